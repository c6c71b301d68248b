/**
 * An option's label as a menu row or the control shows it. Dash hands labels over as plain JSON
 * (the `label` prop is not declared a node, so Dash does not re-wrap every option on each
 * render): text shows as text, a Dash component (or a list of them) renders through Dash 3+'s
 * documented API for components outside the layout tree, window.dash_component_api's
 * ExternalWrapper. Dash 2 has no such API: there a component label shows as its text.
 */
import React from 'react';
import { isLayoutComponent, labelText } from './options/labelText.js';

// Beside the app's layout, not inside our props: inserting a label copies no options array
// and re-renders no Dropdown (as Dash's devtools keep theirs under '__dash_devtools').
const LABELS_ROOT = '__my_components_dropdown_labels';

// One key per label object: a row that shows another option, or options a callback replaced,
// mount a fresh wrapper instead of updating one of another type at the same path.
const labelKeys = new WeakMap();
let labelCount = 0;

function keyOf(component) {
    let key = labelKeys.get(component);
    if (key === undefined) {
        labelCount += 1;
        key = `label-${labelCount}`;
        labelKeys.set(component, key);
    }
    return key;
}

function externalWrapper() {
    const api = window.dash_component_api;
    return (api && api.ExternalWrapper) || null;
}

function isText(part) {
    return typeof part === 'string' || typeof part === 'number';
}

/**
 * @param label  what normalizeOptions kept: text, layout JSON of a component, or a list
 * @param place  where it shows ('menu' or 'value'): one label can show in both at once, and
 *               each needs its own place in Dash's layout
 */
export function OptionLabel({ label, place }) {
    if (isText(label)) {
        return label;
    }
    const Wrapper = externalWrapper();
    const parts = Array.isArray(label) ? label : [label];
    return parts.map((part, i) => {
        if (isText(part)) {
            return <React.Fragment key={i}>{part}</React.Fragment>;
        }
        if (!isLayoutComponent(part)) {
            return null;
        }
        if (!Wrapper) {
            return <React.Fragment key={i}>{labelText(part)}</React.Fragment>;
        }
        const key = keyOf(part);
        return (
            <Wrapper
                key={key}
                component={part}
                componentPath={[LABELS_ROOT, place, key]}
                // removed from Dash's layout when the row scrolls out or the menu closes
                temp
            />
        );
    });
}
