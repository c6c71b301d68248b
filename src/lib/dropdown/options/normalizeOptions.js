/**
 * Turns options in any dcc.Dropdown format into one flat list of selectable options plus the
 * groups they belong to. Pure: no React, no DOM.
 *
 * Accepted: a list of strings/numbers/booleans; a dict {value: label}; a list of
 * {label, value, disabled, title, search}; group entries {label, options: [...]} in that list.
 * Entries of a wrong shape are skipped and described in `problems` (one message each).
 */
import { isLayoutComponent, isReactElement, labelText } from './labelText.js';

const MAX_PROBLEMS = 5;

function isPrimitiveValue(value) {
    return (
        typeof value === 'string' ||
        (typeof value === 'number' && Number.isFinite(value)) ||
        typeof value === 'boolean'
    );
}

function describe(entry) {
    try {
        const json = JSON.stringify(entry);
        if (json !== undefined) {
            return json.length > 80 ? `${json.slice(0, 77)}...` : json;
        }
    } catch {
        // circular: fall through
    }
    return String(entry);
}

/**
 * What the menu and the control render for a label: strings, elements, components (layout
 * JSON) and lists as they are (OptionLabel renders them), anything else as its value's text.
 */
function displayLabel(label, value) {
    if (
        typeof label === 'string' ||
        isReactElement(label) ||
        isLayoutComponent(label) ||
        Array.isArray(label)
    ) {
        return label;
    }
    if (typeof label === 'number' || typeof label === 'boolean') {
        return String(label);
    }
    return String(value);
}

/** The text of a label; a boolean shows as "true"/"false" (displayLabel), so it reads so too. */
function textOfLabel(label) {
    // strings are the common case at 100,000 options: skip the tree walk
    if (typeof label === 'string') {
        return label;
    }
    return typeof label === 'boolean' ? String(label) : labelText(label);
}

function makeOption(value, label, entry, group) {
    const text =
        label === undefined || label === null ? String(value) : textOfLabel(label);
    const search = entry && typeof entry.search === 'string' ? entry.search : null;
    return {
        value,
        label: displayLabel(label, value),
        // what the control announces and what search falls back to
        text: text || String(value),
        search: search === null ? text || String(value) : search,
        disabled: Boolean(entry && entry.disabled),
        title: entry && typeof entry.title === 'string' ? entry.title : undefined,
        group,
    };
}

/**
 * Dash rebuilds every entry of a list whose first entry has a label (the `options[].label`
 * children prop) with Ramda's assocPath: "ab" arrives as {0: "a", 1: "b", label: undefined};
 * a number, a boolean, null or "" as {label: undefined}. JSON never carries undefined, so this
 * shape is Dash's own. Returns the string it was, '' when the value is lost, or null.
 */
function rebuiltByDash(entry) {
    if (!('label' in entry) || entry.label !== undefined) {
        return null;
    }
    const keys = Object.keys(entry).filter((key) => key !== 'label');
    const chars = keys.map((key, i) => (key === String(i) ? entry[key] : null));
    if (chars.some((char) => typeof char !== 'string' || char.length !== 1)) {
        return null;
    }
    return chars.join('');
}

function isGroup(entry) {
    return !('value' in entry) && Array.isArray(entry.options);
}

/**
 * @returns {{options: object[], groups: {label: any, text: string}[], problems: string[],
 *            indexByValue: Map}}
 *   options[i].group is an index into groups, or -1 outside any group.
 */
export function normalizeOptions(rawOptions) {
    const options = [];
    const groups = [];
    const problems = [];
    const indexByValue = new Map();
    const report = (message) => {
        if (problems.length < MAX_PROBLEMS) {
            problems.push(message);
        } else if (problems.length === MAX_PROBLEMS) {
            problems.push('...');
        }
    };
    const add = (option) => {
        if (indexByValue.has(option.value)) {
            report(
                `duplicate value ${describe(option.value)}: only the first option is matched`
            );
        } else {
            indexByValue.set(option.value, options.length);
        }
        options.push(option);
    };

    const addEntry = (entry, position, group) => {
        if (isPrimitiveValue(entry)) {
            add(makeOption(entry, String(entry), null, group));
            return;
        }
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            report(
                `options${position} is ${describe(entry)}: expected a string, number, boolean or {label, value}`
            );
            return;
        }
        const rebuilt = rebuiltByDash(entry);
        if (rebuilt) {
            add(makeOption(rebuilt, rebuilt, null, group));
            return;
        }
        if (rebuilt === '') {
            report(
                `options${position} arrived empty: Dash drops numbers, booleans, null and "" mixed into a list of {label, value} dicts; give every option as a dict`
            );
            return;
        }
        if (isGroup(entry)) {
            if (group !== -1) {
                report(
                    `options${position} is a group inside a group: groups cannot nest`
                );
                return;
            }
            const groupIndex = groups.length;
            groups.push({
                label: displayLabel(entry.label, ''),
                text: textOfLabel(entry.label),
            });
            entry.options.forEach((child, i) =>
                addEntry(child, `${position}.options[${i}]`, groupIndex)
            );
            return;
        }
        if (!isPrimitiveValue(entry.value)) {
            report(
                `options${position} ${describe(entry)} has no valid value: expected a string, number or boolean`
            );
            return;
        }
        add(makeOption(entry.value, entry.label, entry, group));
    };

    if (rawOptions === null || rawOptions === undefined) {
        // no options
    } else if (Array.isArray(rawOptions)) {
        for (let i = 0; i < rawOptions.length; i++) {
            addEntry(rawOptions[i], `[${i}]`, -1);
        }
    } else if (typeof rawOptions === 'object') {
        // dcc's {value: label} form: JSON object keys are strings
        for (const [value, label] of Object.entries(rawOptions)) {
            add(makeOption(value, label, null, -1));
        }
    } else {
        report(`options is ${describe(rawOptions)}: expected a list or a dict`);
    }
    return { options, groups, problems, indexByValue };
}
