/**
 * The Dropdown's own words, overridable key by key through the `labels` prop (dcc.Dropdown's
 * keys and default words, so a dcc layout works unchanged). Pure: no React, no DOM.
 */
export const DEFAULT_LABELS = Object.freeze({
    select_all: 'Select All',
    deselect_all: 'Deselect All',
    selected_count: '{num_selected} selected',
    search: 'Search',
    clear_search: 'Clear search',
    clear_selection: 'Clear selection',
    no_options_found: 'No options found',
    // ours, not dcc's: the row that creates an option (`creatable`)
    create: 'Add "{value}"',
});

/** The defaults with every string given in `labels` put in their place. */
export function menuLabels(labels) {
    if (!labels || typeof labels !== 'object') {
        return DEFAULT_LABELS;
    }
    const merged = { ...DEFAULT_LABELS };
    for (const key of Object.keys(DEFAULT_LABELS)) {
        if (typeof labels[key] === 'string') {
            merged[key] = labels[key];
        }
    }
    return merged;
}

/** `selected_count` with its {num_selected} placeholder filled in (every occurrence). */
export function selectedCountText(template, count) {
    return template.split('{num_selected}').join(String(count));
}

/** `create` with its {value} placeholder filled in with the typed text (every occurrence). */
export function createRowText(template, text) {
    return template.split('{value}').join(text);
}
