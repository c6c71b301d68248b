import { useCallback } from 'react';
import { isHeadingRow } from './options/menuRows.js';
import { emptiesUnclearable, pickValue } from './options/selection.js';
import { isCreateRow, optionsWithCreated } from './options/createOption.js';

/**
 * The changes the user makes to the value: changeValue(next) for any of them, pickRow(row)
 * for a pick in the menu (which closes it, or keeps it open for more picks in multi). The
 * create row picks `created` and adds its option to `options`, in the same setProps.
 */
export function useValueChanges({
    rows,
    options,
    created,
    normalized,
    values,
    multi,
    clearable,
    closeOnSelect,
    setProps,
    clearTextInto,
    focusRow,
    setOpen,
}) {
    // every change the user makes to the value; with clearable False, none may empty it
    const changeValue = useCallback(
        (next, others = {}) => {
            if (!emptiesUnclearable(next, clearable)) {
                setProps({ ...others, value: next });
            }
        },
        [setProps, clearable]
    );

    const pickRow = useCallback(
        (row) => {
            const optionIndex = rows[row];
            let next;
            let others = {};
            if (isCreateRow(optionIndex) && created !== null) {
                next = multi ? [...values, created] : created;
                others = { options: optionsWithCreated(options, created) };
            } else if (optionIndex === undefined || isHeadingRow(optionIndex)) {
                return;
            } else {
                const option = normalized.options[optionIndex];
                if (option.disabled) {
                    return;
                }
                next = pickValue(values, option.value, multi, clearable);
            }
            if (emptiesUnclearable(next, clearable)) {
                return;
            }
            if (!multi || closeOnSelect) {
                setOpen(false);
                changeValue(next, clearTextInto(others));
            } else {
                focusRow(row);
                changeValue(next, others);
            }
        },
        [
            rows,
            options,
            created,
            normalized,
            values,
            multi,
            clearable,
            closeOnSelect,
            changeValue,
            clearTextInto,
            focusRow,
        ]
    );

    return { changeValue, pickRow };
}
