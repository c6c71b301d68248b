import { useCallback, useEffect, useMemo, useRef } from 'react';

let listCount = 0;

/**
 * The heights of rows as tall as their text, measured by a ResizeObserver as they render
 * (after the browser's own layout: nothing here forces one); rows not yet seen count as
 * `estimate`. New rows (a keystroke) start a new list, keyed by `listKey`.
 */
export function useRowHeights(rows, listRef, estimate) {
    const measured = useMemo(() => {
        listCount += 1;
        return { heights: new Map(), key: listCount };
    }, [rows, estimate]);
    const current = useRef(measured);
    current.current = measured;

    const observer = useMemo(() => {
        if (typeof ResizeObserver !== 'function') {
            return null;
        }
        return new ResizeObserver((entries) => {
            const { heights } = current.current;
            let firstChanged = Infinity;
            for (const entry of entries) {
                const row = Number(entry.target.dataset.row);
                const box = entry.borderBoxSize && entry.borderBoxSize[0];
                const height = box ? box.blockSize : entry.target.offsetHeight;
                if (height > 0 && heights.get(row) !== height) {
                    heights.set(row, height);
                    firstChanged = Math.min(firstChanged, row);
                }
            }
            if (firstChanged !== Infinity && listRef.current) {
                listRef.current.resetAfterIndex(firstChanged);
            }
        });
    }, []);
    useEffect(() => () => observer && observer.disconnect(), [observer]);

    const itemSize = useCallback(
        (row) => measured.heights.get(row) ?? estimate,
        [measured, estimate]
    );

    /** The rows' total height, counted only up to `max`. */
    const heightUpTo = (max) => {
        let total = 0;
        for (let row = 0; row < rows.length && total < max; row++) {
            total += itemSize(row);
        }
        return Math.min(total, max);
    };

    return { listKey: measured.key, itemSize, rowObserver: observer, heightUpTo };
}
