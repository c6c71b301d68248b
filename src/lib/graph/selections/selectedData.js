// plotly selection events -> the plain JSON `selectedData` a callback receives: no React, no DOM.
import { normalizeSelections } from './selectionsLayout.js';
import { pathVertices } from './pathPoints.js';
import { plainPoints } from '../events/pointData.js';

/**
 * The selected point indices, one list per trace. Reads two numbers per point and creates no
 * per-point object, so 100,000 selected points cost one pass.
 */
export function pointIndices(points, traceCount) {
    const indices = [];
    for (let t = 0; t < traceCount; t++) {
        indices.push([]);
    }
    for (let i = 0; i < points.length; i++) {
        const point = points[i];
        const list = indices[point.curveNumber];
        if (!list) {
            continue;
        }
        const many = point.pointIndices;
        if (many) {
            for (let k = 0; k < many.length; k++) {
                list.push(many[k]);
            }
        } else {
            list.push(point.pointIndex ?? point.pointNumber);
        }
    }
    return indices;
}

/** Where the last selection is, in dcc's form: range for a box, lassoPoints for a lasso. */
export function extentOfSelections(selections) {
    const last = selections[selections.length - 1];
    if (!last) {
        return {};
    }
    if (last.type === 'path') {
        const { x, y } = pathVertices(last.path);
        return { lassoPoints: { [last.xref]: x, [last.yref]: y } };
    }
    const sorted = (a, b) => (a <= b ? [a, b] : [b, a]);
    return {
        range: {
            [last.xref]: sorted(last.x0, last.x1),
            [last.yref]: sorted(last.y0, last.y1),
        },
    };
}

/**
 * selectedData for a plotly_selected event, or null when nothing is selected any more.
 * format 'points' is dcc's form; 'indices' replaces "points" with one index list per trace.
 * `data`: the traces as plotted (gd.data).
 */
export function selectedDataFromEvent(
    event,
    { format = 'points', data = [], selections }
) {
    const points = (event && event.points) || [];
    const current = normalizeSelections(selections ?? (event && event.selections));
    const hasExtent = event && (event.range || event.lassoPoints);
    if (!current.length && !hasExtent && !points.length) {
        return null;
    }
    const out =
        format === 'indices'
            ? { indices: pointIndices(points, data.length) }
            : { points: plainPoints(points, data) };
    if (event.range) {
        out.range = event.range;
    } else if (event.lassoPoints) {
        out.lassoPoints = event.lassoPoints;
    } else {
        Object.assign(out, extentOfSelections(current));
    }
    out.selections = current;
    return out;
}

/** Whether two index lists per trace hold the same indices in the same order. */
export function sameIndices(a, b) {
    if (!a || !b || a.length !== b.length) {
        return false;
    }
    for (let t = 0; t < a.length; t++) {
        const x = a[t] || [];
        const y = b[t] || [];
        if (x.length !== y.length) {
            return false;
        }
        for (let i = 0; i < x.length; i++) {
            if (x[i] !== y[i]) {
                return false;
            }
        }
    }
    return true;
}
