// Shapes the user draws, moves or resizes -> figure['layout']['shapes'], as dcc.Graph writes them
// back: no React, no DOM.

/** Whether a plotly_relayout event changed shapes ({shapes: [...]}, {'shapes[0].x0': ...}). */
export function editsShapes(relayoutEvent) {
    return Object.keys(relayoutEvent || {}).some(
        (key) => key === 'shapes' || key.startsWith('shapes[')
    );
}

const publicOnly = (key, value) => (key[0] === '_' ? undefined : value);

/** The plotted shapes as plain JSON (plotly keeps private `_` fields on some), or null. */
export function plainShapes(shapes) {
    if (!Array.isArray(shapes)) {
        return null;
    }
    try {
        return JSON.parse(JSON.stringify(shapes, publicOnly));
    } catch {
        return null;
    }
}

/** `figure` with `shapes` as its layout.shapes, or null when it holds those shapes already. */
export function figureWithShapes(figure, shapes) {
    const base = figure && typeof figure === 'object' ? figure : {};
    const layout = base.layout && typeof base.layout === 'object' ? base.layout : {};
    if (JSON.stringify(layout.shapes) === JSON.stringify(shapes)) {
        return null;
    }
    return { ...base, layout: { ...layout, shapes } };
}
