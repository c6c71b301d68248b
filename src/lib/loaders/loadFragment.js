// Loads our fragments (async-<name>.js, each built as its own script) and plotly.js as classic
// scripts: a few lines instead of webpack's chunk runtime, which cost 2.3 kB on every page.

// Fragments sit beside the main bundle, which Dash serves (fingerprinted) from
// .../_dash-component-suites/my_components/: the folder of the script running now, at its start.
const base = (document.currentScript?.src || '').replace(/[^/]*$/, '');
const TIMEOUT_MS = 30000;

/**
 * Resolves with `found()` once the script at `url` has run, and at once when `found()` is
 * there already. Reuses a script tag with that URL: another graph, or dcc.Graph, may be loading it.
 */
export function loadScript(url, found) {
    const src = new URL(url, document.baseURI).href;
    return new Promise((resolve, reject) => {
        const settle = () =>
            found() ? resolve(found()) : reject(new Error(`${src} did not load`));
        if (found()) {
            return settle();
        }
        let script = [...document.scripts].find((s) => s.src === src);
        if (!script) {
            script = document.createElement('script');
            script.src = src;
            document.head.appendChild(script);
        }
        script.addEventListener('load', settle);
        script.addEventListener('error', settle);
        setTimeout(settle, TIMEOUT_MS);
    });
}

/**
 * The module of fragment `name`, {default: ...} as React.lazy wants. Each fragment script
 * registers it in window.my_components_fragments (see webpack.config.js); with Dash's
 * eager_loading the page has run that script already.
 */
export const loadFragment = (name) =>
    loadScript(`${base}async-${name}.js`, () => window.my_components_fragments?.[name]);
