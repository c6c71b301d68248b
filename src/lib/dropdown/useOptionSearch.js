import { useCallback, useEffect, useMemo, useRef } from 'react';
import { buildSearchIndex, searchIndex } from '../search/searchIndex.js';
import { whenIdle } from './whenIdle.js';

const NO_HITS = [];

function everyIndex(count) {
    const all = new Array(count);
    for (let i = 0; i < count; i++) {
        all[i] = i;
    }
    return all;
}

/**
 * The indices of the options to show for `query`. The search index is built once per options
 * change, in idle time after first paint (or on demand if the user types sooner); a blank
 * query shows every option without it. Nothing is computed while `active` is false.
 */
export function useOptionSearch(normalized, query, { active, filter, order }) {
    const built = useRef({ normalized: null, index: null });
    const getIndex = useCallback(() => {
        if (built.current.normalized !== normalized) {
            const { options } = normalized;
            built.current = {
                normalized,
                index: buildSearchIndex(
                    options.map((option) => option.search),
                    options.map((option) => option.value)
                ),
            };
        }
        return built.current.index;
    }, [normalized]);

    useEffect(() => (filter ? whenIdle(getIndex) : undefined), [getIndex, filter]);

    // made on first need, never while the page loads
    const allIndices = useMemo(() => {
        let all = null;
        return () => {
            all = all || everyIndex(normalized.options.length);
            return all;
        };
    }, [normalized]);

    return useMemo(() => {
        if (!active) {
            return NO_HITS;
        }
        if (!filter || !query.trim()) {
            return allIndices();
        }
        return searchIndex(getIndex(), query, { order });
    }, [active, filter, query, order, getIndex, allIndices]);
}
