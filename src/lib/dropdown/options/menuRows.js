/**
 * The rows of the open menu from the options a search found: option rows, and a heading row
 * before each group that has a match (a group without a match is hidden).
 * A row is a number: an option index (>= 0), or -(groupIndex + 1) for a group heading.
 * Pure: no React, no DOM.
 */

export function isHeadingRow(row) {
    return row < 0;
}

export function groupOfHeadingRow(row) {
    return -row - 1;
}

/**
 * @param hits option indices in display order
 * @param options normalized options (each with .group, -1 outside any group)
 * @param groupCount how many groups the options have
 */
export function buildMenuRows(hits, options, groupCount) {
    if (groupCount === 0) {
        return hits;
    }
    // Sections (each group, and the options outside any group) keep the order in which they
    // first appear in the options; inside a section the hits keep their order.
    const sections = new Map();
    for (const hit of hits) {
        const group = options[hit].group;
        if (!sections.has(group)) {
            sections.set(group, []);
        }
        sections.get(group).push(hit);
    }
    const firstAppearance = new Map();
    options.forEach((option, i) => {
        if (!firstAppearance.has(option.group)) {
            firstAppearance.set(option.group, i);
        }
    });
    const order = [...sections.keys()].sort(
        (a, b) => firstAppearance.get(a) - firstAppearance.get(b)
    );
    const rows = [];
    for (const group of order) {
        if (group >= 0) {
            rows.push(-(group + 1));
        }
        for (const hit of sections.get(group)) {
            rows.push(hit);
        }
    }
    return rows;
}

/** The next option row from `from` in direction `step` (+1/-1), skipping headings; -1 if none. */
export function nextOptionRow(rows, from, step) {
    for (let row = from + step; row >= 0 && row < rows.length; row += step) {
        if (!isHeadingRow(rows[row])) {
            return row;
        }
    }
    return -1;
}
