/**
 * Turns options in any dcc.Dropdown format into a list of {label, value, disabled}.
 * Pure: no React, no DOM.
 */
export function normalizeOptions(options) {
    if (options === null || options === undefined) {
        return [];
    }
    if (!Array.isArray(options)) {
        // dcc's {value: label} form
        return Object.entries(options).map(([value, label]) => ({ label, value }));
    }
    return options.map((option) =>
        typeof option === 'object' && option !== null
            ? { ...option, disabled: Boolean(option.disabled) }
            : { label: String(option), value: option, disabled: false }
    );
}
