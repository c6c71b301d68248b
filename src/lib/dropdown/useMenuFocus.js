import { useCallback, useEffect, useMemo, useState } from 'react';
import { nextOptionRow } from './options/menuRows.js';

/** Where keyboard focus starts: the picked option (single, blank search), else the first. */
function startRowOf(rows, selectedIndex, searching) {
    if (!searching && selectedIndex !== undefined) {
        const row = rows.indexOf(selectedIndex);
        if (row >= 0) {
            return row;
        }
    }
    return nextOptionRow(rows, -1, 1);
}

/**
 * The row of the open menu that has the keyboard focus. It starts again whenever the rows
 * change (a keystroke) or the menu reopens, from the picked option or the first one.
 * Returns [focusedRow, focusRow].
 */
export function useMenuFocus(rows, { open, selectedIndex, searching }) {
    // focus restarts when the rows change, not when the value does
    const startRow = useMemo(() => startRowOf(rows, selectedIndex, searching), [rows]);
    const [moved, setMoved] = useState({ rows: null, row: -1 });
    const focusRow = useCallback((row) => setMoved({ rows, row }), [rows]);
    // a reopened menu starts again from the picked option, even on the very same rows
    useEffect(() => {
        if (!open) {
            setMoved({ rows: null, row: -1 });
        }
    }, [open]);
    return [moved.rows === rows ? moved.row : startRow, focusRow];
}
