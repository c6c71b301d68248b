// Finds the one plotly.js of the page: window.Plotly, else the copy Dash serves for dcc.Graph
// (plotly.py's package_data/plotly.min.js, which sets window.Plotly, so dcc.Graph then reuses it),
// else our own async chunk of plotly.js-dist-min.

const MIN_MAJOR = 4;
const SCRIPT_TIMEOUT_MS = 30000;

let plotlyPromise;

function recentEnough(plotly) {
    const major = Number(String((plotly && plotly.version) || '0').split('.')[0]);
    return major >= MIN_MAJOR;
}

function dashConfig() {
    const node = document.getElementById('_dash-config');
    try {
        return node ? JSON.parse(node.textContent) : {};
    } catch {
        return {};
    }
}

/** The URL dcc.Graph loads plotly.js from (the renderer sets it in an effect; read its config too). */
export function dashPlotlyUrl() {
    if (window._dashPlotlyJSURL) {
        return window._dashPlotlyJSURL;
    }
    const config = dashConfig();
    if (config.serve_locally === false && config.plotlyjs_url) {
        return config.plotlyjs_url;
    }
    if (config.requests_pathname_prefix !== undefined) {
        return `${config.requests_pathname_prefix}_dash-component-suites/plotly/package_data/plotly.min.js`;
    }
    return null;
}

function waitForScript(script) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(
            () => reject(new Error('plotly.js load timed out')),
            SCRIPT_TIMEOUT_MS
        );
        const done = (ok) => () => {
            clearTimeout(timer);
            if (ok && window.Plotly) {
                resolve(window.Plotly);
            } else {
                reject(new Error(`plotly.js did not load from ${script.src}`));
            }
        };
        script.addEventListener('load', done(true));
        script.addEventListener('error', done(false));
    });
}

function loadScript(url) {
    const href = new URL(url, document.baseURI).href;
    // dcc.Graph may already be loading it: wait for that script rather than adding a second.
    const existing = Array.from(document.scripts).find((s) => s.src === href);
    if (existing) {
        return window.Plotly ? Promise.resolve(window.Plotly) : waitForScript(existing);
    }
    const script = document.createElement('script');
    script.src = href;
    script.async = true;
    const loaded = waitForScript(script);
    document.body.appendChild(script);
    return loaded;
}

async function ownCopy() {
    // plotly.min.js always writes window.Plotly: keep an older page copy in place for its users.
    const before = window.Plotly;
    const { default: plotly } = await import(
        /* webpackChunkName: "plotly" */ './plotlyDist.js'
    );
    if (before && !recentEnough(before)) {
        window.Plotly = before;
    }
    return plotly;
}

async function resolvePlotly() {
    if (recentEnough(window.Plotly)) {
        return window.Plotly;
    }
    const url = dashPlotlyUrl();
    if (url && !window.Plotly) {
        try {
            const plotly = await loadScript(url);
            if (recentEnough(plotly)) {
                return plotly;
            }
        } catch {
            // unreachable CDN or no plotly package: fall back to our copy
        }
    }
    return ownCopy();
}

/** plotly.js, loaded once per page. */
export default function loadPlotly() {
    if (!plotlyPromise) {
        plotlyPromise = resolvePlotly();
    }
    return plotlyPromise;
}
