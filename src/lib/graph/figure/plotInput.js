// What Plotly.react gets for a figure prop: copies, because plotly writes into what it is given
// (selectedpoints into traces, GUI edits into layout) and Dash props must stay as sent.
import { layoutOverridesFor } from './responsive.js';

/** Trace copies one level deep: data arrays stay shared, so plotly's diff sees them unchanged. */
export function tracesFor(data) {
    return (data || []).map((trace) => ({ ...trace }));
}

/** A deep copy of the layout (small next to the data) with the `responsive` overrides. */
export function layoutFor(layout, responsive) {
    // the browser's own deep copy (a layout from Dash is JSON: nothing it cannot copy)
    return { ...structuredClone(layout || {}), ...layoutOverridesFor(responsive) };
}

/** extendData / prependData in plotly's arguments: [update, traceIndices, maxPoints]. */
export function traceUpdateArgs(value) {
    let update = value;
    let indices;
    let maxPoints;
    if (Array.isArray(value)) {
        [update, indices, maxPoints] = value;
    }
    if (!update || typeof update !== 'object') {
        return null;
    }
    if (!indices) {
        const first = update[Object.keys(update)[0]];
        indices = Array.from(
            { length: Array.isArray(first) ? first.length : 0 },
            (_, i) => i
        );
    }
    return [update, indices, maxPoints];
}
