// The selected-points state plotly draws (each trace's `selectedpoints`): no React, no DOM.

/** Each trace's selectedpoints (null where the trace has none: drawn without selection styling). */
export function selectedPointsOf(data) {
    if (!Array.isArray(data)) {
        return [];
    }
    return data.map((trace) => (trace && trace.selectedpoints) ?? null);
}

/**
 * Whether two selectedPointsOf() results draw alike: the same traces, and per trace either no
 * selection on both sides or the same indices in the same order. An empty list is not "none":
 * plotly dims every point of a trace whose selectedpoints is [].
 */
export function sameSelectedPoints(a, b) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
        return false;
    }
    for (let t = 0; t < a.length; t++) {
        const x = a[t];
        const y = b[t];
        if (x === y) {
            continue;
        }
        if (x === null || y === null || x.length !== y.length) {
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
