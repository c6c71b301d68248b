// Finds the one plotly.js of the page: window.Plotly, else the copy Dash serves for dcc.Graph
// (plotly.py's package_data/plotly.min.js, which sets window.Plotly, so dcc.Graph then reuses it),
// else our own async-plotly fragment of plotly.js-dist-min. In the main bundle (it shares the
// script loader): the Graph fragment gets it from the light component.
import { loadFragment, loadScript } from './loadFragment.js';

let plotlyPromise;

const recentEnough = (plotly) => parseInt(plotly && plotly.version) >= 4;

function dashConfig() {
    try {
        return JSON.parse(document.getElementById('_dash-config').textContent);
    } catch {
        return {};
    }
}

/** The URL dcc.Graph loads plotly.js from (the renderer sets it in an effect; read its config too). */
export function dashPlotlyUrl() {
    const config = dashConfig();
    return (
        window._dashPlotlyJSURL ||
        (config.serve_locally === false && config.plotlyjs_url) ||
        (config.requests_pathname_prefix !== undefined
            ? `${config.requests_pathname_prefix}_dash-component-suites/plotly/package_data/plotly.min.js`
            : null)
    );
}

async function ownCopy() {
    // plotly.min.js always writes window.Plotly: keep an older page copy in place for its users.
    const before = window.Plotly;
    const { default: plotly } = await loadFragment('plotly');
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
            // dcc.Graph may already be loading it: loadScript waits for that script tag
            const plotly = await loadScript(url, () => window.Plotly);
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
