/**
 * Whether two `options` props describe the same options. Dash hands a component a fresh
 * `options` array on every render when labels may be components (it re-wraps each label), so
 * identity alone would rebuild the search index and re-report bad shapes on every render.
 * Pure: no React, no DOM.
 */
import { isReactElement, layoutOfElement } from './labelText.js';

function sameLabel(a, b) {
    if (a === b) {
        return true;
    }
    if (isReactElement(a) && isReactElement(b)) {
        const layoutA = layoutOfElement(a);
        return layoutA !== null && layoutA === layoutOfElement(b);
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((part, i) => sameLabel(part, b[i]));
    }
    return false;
}

function sameEntry(a, b) {
    if (a === b) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        return false;
    }
    const keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) {
        return false;
    }
    return keysA.every((key) => {
        if (key === 'label') {
            return sameLabel(a.label, b.label);
        }
        if (key === 'options' && Array.isArray(a.options)) {
            return sameOptions(a.options, b.options);
        }
        return a[key] === b[key];
    });
}

export function sameOptions(a, b) {
    if (a === b) {
        return true;
    }
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (!sameEntry(a[i], b[i])) {
            return false;
        }
    }
    return true;
}
