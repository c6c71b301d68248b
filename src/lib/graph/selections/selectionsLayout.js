// Conversions between plotly's layout.selections and the `selections` prop: no React, no DOM.

const RECT_KEYS = ['x0', 'y0', 'x1', 'y1'];
const AXIS_ID = { xref: /^x\d*$/, yref: /^y\d*$/ };

function isCoordinate(value) {
    return (
        (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string'
    );
}

/**
 * Why a `selections` entry cannot be drawn, or null when it can.
 * Plotly infers the type from the keys, so a missing type is fine.
 */
export function selectionProblem(entry) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        return 'is not a dict';
    }
    const type = entry.type ?? (entry.path !== undefined ? 'path' : 'rect');
    for (const key of ['xref', 'yref']) {
        if (entry[key] !== undefined && !AXIS_ID[key].test(String(entry[key]))) {
            return `has ${key}=${JSON.stringify(entry[key])}, not an axis id`;
        }
    }
    if (type === 'rect') {
        const bad = RECT_KEYS.filter((key) => !isCoordinate(entry[key]));
        return bad.length ? `is a rect without a valid ${bad.join(', ')}` : null;
    }
    if (type === 'path') {
        return typeof entry.path === 'string' && /^\s*M/i.test(entry.path)
            ? null
            : 'is a path without an SVG path "M..."';
    }
    return `has type=${JSON.stringify(entry.type)}, not "rect" or "path"`;
}

/**
 * A figure's own layout.selections with xref/yref ('x'/'y', plotly's default) on the entries that
 * have none: plotly.js throws on them in a figure without x/y axes (only pies...). Entries that
 * are not dicts stay as they are, for plotly to drop.
 */
export function withAxisRefs(selections) {
    if (!Array.isArray(selections)) {
        return selections;
    }
    return selections.map((entry) =>
        entry !== null && typeof entry === 'object' && !Array.isArray(entry)
            ? { xref: 'x', yref: 'y', ...entry }
            : entry
    );
}

/**
 * Splits a `selections` prop into the entries plotly can draw and the problems of the others.
 * The valid ones get xref/yref ('x'/'y', plotly's default) when they have none: without them
 * plotly.js looks for a first x axis and throws on a figure that has none (only pies...).
 */
export function splitValidSelections(selections) {
    if (!Array.isArray(selections)) {
        return { valid: [], problems: ['selections is not a list'] };
    }
    const valid = [];
    const problems = [];
    selections.forEach((entry, index) => {
        const problem = selectionProblem(entry);
        if (problem) {
            problems.push(`selections[${index}] ${problem}`);
        } else {
            valid.push({ xref: 'x', yref: 'y', ...entry });
        }
    });
    return { valid, problems };
}

/** One selection in the prop's form: only the keys that say where it is. */
export function normalizeSelection(selection) {
    const type = selection.type ?? (selection.path !== undefined ? 'path' : 'rect');
    const out = { type, xref: selection.xref ?? 'x', yref: selection.yref ?? 'y' };
    if (type === 'path') {
        out.path = selection.path;
    } else {
        for (const key of RECT_KEYS) {
            out[key] = selection[key];
        }
    }
    return out;
}

/** The prop's form of plotly's layout.selections (which carries styling and null holes). */
export function normalizeSelections(selections) {
    if (!Array.isArray(selections)) {
        return [];
    }
    return selections.filter((s) => s && typeof s === 'object').map(normalizeSelection);
}

export function sameSelections(a, b) {
    return (
        JSON.stringify(normalizeSelections(a)) === JSON.stringify(normalizeSelections(b))
    );
}

/**
 * The selections to draw with a new figure. Like plotly's uirevision rule: when uirevision is
 * set and unchanged and the figure's own selections did not change, the user's selections stay.
 */
export function carriedSelections({ previousLayout, nextLayout, current }) {
    if (!previousLayout || !nextLayout || !current || !current.length) {
        return undefined;
    }
    const uirevision = nextLayout.uirevision;
    if (uirevision === undefined || uirevision === null) {
        return undefined;
    }
    if (JSON.stringify(uirevision) !== JSON.stringify(previousLayout.uirevision)) {
        return undefined;
    }
    if (!sameSelections(previousLayout.selections, nextLayout.selections)) {
        return undefined;
    }
    return current;
}
