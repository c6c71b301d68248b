/**
 * Which row of the open menu a navigation key moves the focus to. Pure: no React, no DOM.
 * Rows are those of menuRows.js: group headings are skipped.
 */
import { nextOptionRow } from '../options/menuRows.js';

// PageUp/PageDown move this many rows, as dcc 4's Dropdown does
export const PAGE_ROWS = 10;

/**
 * @param key a KeyboardEvent.key
 * @param rows the menu's rows
 * @param focusedRow the row that has the focus, or -1
 * @returns the row to focus (-1 when there is none), or null for a key that moves nothing
 */
export function rowForKey(key, rows, focusedRow) {
    const first = nextOptionRow(rows, -1, 1);
    const last = nextOptionRow(rows, rows.length, -1);
    const orElse = (row, fallback) => (row < 0 ? fallback : row);
    switch (key) {
        case 'ArrowDown':
            return orElse(nextOptionRow(rows, focusedRow, 1), first);
        case 'ArrowUp':
            return orElse(nextOptionRow(rows, focusedRow, -1), last);
        case 'PageDown': {
            const from = Math.min(rows.length, Math.max(focusedRow, 0) + PAGE_ROWS) - 1;
            return orElse(nextOptionRow(rows, from, 1), last);
        }
        case 'PageUp': {
            const from = Math.max(-1, focusedRow - PAGE_ROWS) + 1;
            return orElse(nextOptionRow(rows, from, -1), first);
        }
        case 'Home':
            return first;
        case 'End':
            return last;
        default:
            return null;
    }
}
