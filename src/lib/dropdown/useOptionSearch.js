import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
    buildSearchIndex,
    precomputeNextCharacter,
    precomputeOneCharacterAnswers,
    searchIndex,
    warmUpSearch,
} from '../search/searchIndex.js';
import { inIdleSlices, whenIdle } from './whenIdle.js';

const NO_HITS = [];
// Warm-up rounds, each in its own idle slot: the JIT compiles in the background in between.
const WARM_UP_ROUNDS = 3;

/**
 * The indices of the options to show for `query`. The search index is built once per options
 * change, in idle time after first paint (or on demand if the user types sooner); a blank
 * query shows every option without touching it. Nothing is computed while `active` is false.
 */
export function useOptionSearch(normalized, query, { active, filter, order }) {
    const built = useRef({ normalized: null, index: null });
    const getIndex = useCallback(() => {
        if (built.current.normalized !== normalized) {
            const texts = normalized.options.map((option) => option.search);
            built.current = { normalized, index: buildSearchIndex(texts) };
        }
        return built.current.index;
    }, [normalized]);

    useEffect(() => {
        if (!filter) {
            return undefined;
        }
        let round = 0;
        return inIdleSlices((hasTime) => {
            const index = getIndex();
            let done = false;
            if (round > 0 && round <= WARM_UP_ROUNDS) {
                warmUpSearch(index);
            } else if (round > WARM_UP_ROUNDS) {
                // then the first keystroke's answers, a few per idle slot
                done = precomputeOneCharacterAnswers(index, hasTime);
            }
            round += 1;
            if (done) {
                performance.mark('my-dropdown:search-warm');
            }
            return done;
        });
    }, [getIndex, filter]);

    const allIndices = useMemo(() => {
        let all = null;
        // made in idle time or on first open: never while the page loads
        return () => {
            if (all === null) {
                // a plain loop: Array.from with a map function takes ~20 ms at 100,000
                const count = normalized.options.length;
                all = new Array(count);
                for (let i = 0; i < count; i++) {
                    all[i] = i;
                }
            }
            return all;
        };
    }, [normalized]);

    // the list of every index too, in idle time: at 100,000 options it cost the first open ~1.5 ms
    useEffect(() => whenIdle(allIndices), [allIndices]);

    // the pause after a first keystroke: the second keystroke's matches, ahead
    useEffect(() => {
        if (!active || !filter || query.trim().length !== 1) {
            return undefined;
        }
        return inIdleSlices((hasTime) =>
            precomputeNextCharacter(getIndex(), query, hasTime)
        );
    }, [active, filter, query, getIndex]);

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
