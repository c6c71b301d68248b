// Evaluated as `return <this file>`: the scripts this page fetched (resource timing) and
// whether plotly.js is loaded.
(() => {
    const scripts = performance
        .getEntriesByType('resource')
        .filter(
            (entry) => entry.initiatorType === 'script' || /\.js(\?|$)/.test(entry.name)
        )
        .map((entry) => ({
            name: new URL(entry.name).pathname,
            transfer: entry.transferSize,
            encoded: entry.encodedBodySize,
            decoded: entry.decodedBodySize,
        }));
    return {
        scripts,
        plotly:
            typeof window.Plotly !== 'undefined' ||
            scripts.some((s) => /plotly/i.test(s.name)),
    };
})();
