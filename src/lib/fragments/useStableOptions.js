import { useRef } from 'react';
import { sameOptions } from '../options/sameOptions.js';

/** The previous `options` while the new ones describe the same options (see sameOptions). */
export function useStableOptions(options) {
    const kept = useRef(options);
    // the raw prop last compared: a re-render with the same array skips the O(n) comparison
    const seen = useRef(options);
    if (seen.current !== options) {
        seen.current = options;
        if (!sameOptions(kept.current, options)) {
            kept.current = options;
        }
    }
    return kept.current;
}
