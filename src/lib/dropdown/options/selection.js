/**
 * Conversions between the `value` prop and the selected options, and the changes a user makes.
 * Values keep their JSON type: 3 and "3" are different values. Pure: no React, no DOM.
 */

/** The selected values as a list, whatever `multi` is. */
export function valuesOf(value, multi) {
    if (value === null || value === undefined) {
        return [];
    }
    if (multi) {
        return Array.isArray(value) ? value : [value];
    }
    return Array.isArray(value) ? value.slice(0, 1) : [value];
}

/** The options for the selected values; a value not in options gets a plain stand-in. */
export function selectedOptions(values, normalized) {
    return values.map((value) => {
        const index = normalized.indexByValue.get(value);
        if (index !== undefined) {
            return normalized.options[index];
        }
        const text = String(value);
        return { value, label: text, text, search: text, disabled: false, group: -1 };
    });
}

/**
 * The value with every value missing from options dropped (dcc's behaviour when options
 * change), or undefined when nothing needs dropping.
 */
export function prunedValue(value, multi, indexByValue) {
    // dcc leaves an empty value ('' or []) as it is
    if (value === '') {
        return undefined;
    }
    const values = valuesOf(value, multi);
    const kept = values.filter((v) => indexByValue.has(v));
    if (kept.length === values.length) {
        return undefined;
    }
    return multi ? kept : null;
}

/**
 * The value after the user picks one option: toggled in multi; in single, replaced, or
 * cleared when it is the option already picked and the dropdown is clearable (as dcc 4).
 */
export function pickValue(values, picked, multi, clearable = true) {
    if (!multi) {
        return clearable && values.length === 1 && values[0] === picked ? null : picked;
    }
    return values.includes(picked)
        ? values.filter((v) => v !== picked)
        : [...values, picked];
}

/** Select all: every enabled option among `hits` added after the values already selected. */
export function selectAllValues(values, hits, options) {
    const chosen = new Set(values);
    const added = [];
    for (const hit of hits) {
        const option = options[hit];
        if (!option.disabled && !chosen.has(option.value)) {
            chosen.add(option.value);
            added.push(option.value);
        }
    }
    return added.length ? [...values, ...added] : values;
}

/** Deselect all: every enabled option among `hits` removed from the values. */
export function deselectAllValues(values, hits, options) {
    const removed = new Set();
    for (const hit of hits) {
        if (!options[hit].disabled) {
            removed.add(options[hit].value);
        }
    }
    const kept = values.filter((v) => !removed.has(v));
    return kept.length === values.length ? values : kept;
}

/**
 * The value after a change made in the control itself (a chip's remove control, Backspace,
 * the clear control), from the full list of values: the control may show only some of them.
 * @returns the new value, or undefined for no change
 */
export function valueAfterControlChange(values, multi, action, removed) {
    if (action === 'clear') {
        return multi ? [] : null;
    }
    if (action === 'pop-value') {
        if (!values.length) {
            return undefined;
        }
        return multi ? values.slice(0, -1) : null;
    }
    if (action === 'remove-value' || action === 'deselect-option') {
        if (!removed || removed.more) {
            return undefined;
        }
        return multi ? values.filter((v) => v !== removed.value) : null;
    }
    return undefined;
}

/**
 * The chips the control shows: the first `max` selected options, then one "+N more" chip,
 * so selecting all of 100,000 options does not draw 100,000 chips.
 */
export function visibleChips(selected, max) {
    if (selected.length <= max) {
        return selected;
    }
    const hidden = selected.length - max;
    const text = `+${hidden} more`;
    const more = {
        value: `\u0000more`,
        label: text,
        text,
        search: text,
        disabled: true,
        more: true,
    };
    return [...selected.slice(0, max), more];
}

/** Whether `next` would leave a dropdown with `clearable` False without a value (refused). */
export function emptiesUnclearable(next, clearable) {
    return !clearable && (next === null || (Array.isArray(next) && next.length === 0));
}
