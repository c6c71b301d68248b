import { useCallback } from 'react';
import { isHeadingRow } from './options/menuRows.js';
import { emptiesUnclearable, pickValue } from './options/selection.js';

/**
 * The changes the user makes to the value: changeValue(next) for any of them, pickRow(row)
 * for a pick in the menu (which closes it, or keeps it open for more picks in multi).
 */
export function useValueChanges({
    rows,
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
            if (optionIndex === undefined || isHeadingRow(optionIndex)) {
                return;
            }
            const option = normalized.options[optionIndex];
            if (option.disabled) {
                return;
            }
            const next = pickValue(values, option.value, multi, clearable);
            if (emptiesUnclearable(next, clearable)) {
                return;
            }
            if (!multi || closeOnSelect) {
                setOpen(false);
                changeValue(next, clearTextInto({}));
            } else {
                focusRow(row);
                changeValue(next);
            }
        },
        [
            rows,
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
