// Checks a figure for what plotly.js would silently mangle: no React, no DOM.
// (plotly.js draws most bad figures anyway, coercing bad values to defaults; Plotly.validate
// would tell, but it rebuilds the whole schema on each call: too slow for every figure.)

const isObject = (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value);

// The path of a non-finite scalar where plotly wants a number, in a dict and the dicts inside
// its lists (layout.shapes...). Arrays of numbers are data, where NaN is a gap: not looked into.
function nonFiniteScalar(value, path) {
    if (typeof value === 'number') {
        return Number.isFinite(value) ? null : path;
    }
    const list = Array.isArray(value);
    if (list || isObject(value)) {
        for (const key of Object.keys(value)) {
            const item = value[key];
            const found =
                (!list || isObject(item)) &&
                nonFiniteScalar(item, list ? `${path}[${key}]` : `${path}.${key}`);
            if (found) {
                return found;
            }
        }
    }
    return null;
}

/** A short description of what is wrong with `figure`, or null when plotly can draw it. */
export function figureProblem(figure) {
    if (figure === null || figure === undefined) {
        return null;
    }
    if (!isObject(figure)) {
        return 'figure is not a dict';
    }
    const { data, layout } = figure;
    if (data !== undefined && data !== null && !Array.isArray(data)) {
        return 'figure.data is not a list';
    }
    if (layout !== undefined && layout !== null && !isObject(layout)) {
        return 'figure.layout is not a dict';
    }
    for (let i = 0; i < (data || []).length; i++) {
        const trace = data[i];
        if (!isObject(trace)) {
            return `figure.data[${i}] is not a dict`;
        }
        if (trace.type !== undefined && typeof trace.type !== 'string') {
            return `figure.data[${i}].type is not a string`;
        }
    }
    const path = nonFiniteScalar({ data, layout }, '');
    return path ? `figure${path} is not a finite number` : null;
}

/**
 * Trace types plotly did not know: it draws them as scatter, so compare what was asked
 * (fullData[i]._input.type) with what it drew.
 */
export function unknownTraceType(fullData) {
    for (const trace of fullData || []) {
        const asked = trace._input && trace._input.type;
        if (asked !== undefined && asked !== trace.type) {
            return `figure.data[${trace.index}].type "${asked}" is not a plotly.js trace type`;
        }
    }
    return null;
}
