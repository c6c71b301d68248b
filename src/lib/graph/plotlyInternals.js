// The one place that reads plotly.js's private fields (gd._fullData, gd._fullLayout): plotly.js
// has no public way to tell which trace types it drew or to reach its WebGL contexts.
// tests/graph/test_graph_internals.py fails when a plotly.js upgrade changes what is read here.

/** The traces as plotly drew them, defaults filled in (a type it did not know becomes scatter). */
export function drawnTraces(gd) {
    return gd._fullData || [];
}

/** The drag mode in effect ('zoom', 'select', 'lasso', ...), the default filled in. */
export function dragModeOf(gd) {
    return gd._fullLayout ? gd._fullLayout.dragmode : undefined;
}

/** Whether the plot has WebGL canvases (scattergl, splom, ...): plotly adds them to the DOM. */
export function hasWebGl(gd) {
    return Boolean(gd.querySelector('canvas.gl-canvas'));
}

/**
 * The WebGL contexts plotly draws its regl traces into: `_fullLayout._glcanvas` is a d3
 * selection of the canvases, each bound to a layer whose regl instance holds the context.
 */
export function webGlContexts(gd) {
    const canvases = gd._fullLayout && gd._fullLayout._glcanvas;
    if (!canvases || typeof canvases.data !== 'function') {
        return [];
    }
    return canvases
        .data()
        .map((layer) => layer && layer.regl && layer.regl._gl)
        .filter(Boolean);
}
