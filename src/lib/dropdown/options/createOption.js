/**
 * `creatable`: whether the typed search text offers a row that creates a new option, and the
 * options with that option added. Pure: no React, no DOM.
 */
import { foldText } from '../../search/foldText.js';

// a longer text offers no create row: it is far more likely a paste gone wrong than a name
export const MAX_CREATED_LENGTH = 200;

// the menu row that creates an option; option rows are numbers (menuRows.js)
export const CREATE_ROW = 'create';

export function isCreateRow(row) {
    return row === CREATE_ROW;
}

/**
 * The folded names a created text must differ from: every option's label text and value,
 * each folded as the search folds text.
 */
export function takenNames(options) {
    const names = new Set();
    for (const option of options) {
        names.add(foldText(option.text));
        names.add(foldText(String(option.value)));
    }
    return names;
}

/**
 * The text a create row offers for `searchText`, or null when it offers none: a blank text,
 * one longer than MAX_CREATED_LENGTH (trimmed), or one equal after folding to an option's
 * label or value (`names`, from takenNames) or to a picked value.
 */
export function textToCreate(searchText, names, values = []) {
    if (typeof searchText !== 'string') {
        return null;
    }
    const text = searchText.trim();
    if (text === '' || text.length > MAX_CREATED_LENGTH) {
        return null;
    }
    const folded = foldText(text);
    if (folded === '' || names.has(folded)) {
        return null;
    }
    if (values.some((value) => foldText(String(value)) === folded)) {
        return null;
    }
    return text;
}

/**
 * `options` (in any dcc format) with the option for `text` added at the end: a dict
 * {value: label} gets the key, a list the entry {"label": text, "value": text}.
 */
export function optionsWithCreated(options, text) {
    const created = { label: text, value: text };
    if (Array.isArray(options)) {
        return [...options, created];
    }
    if (options && typeof options === 'object') {
        return { ...options, [text]: text };
    }
    return [created];
}
