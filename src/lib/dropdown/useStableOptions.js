import { useRef } from 'react';
import { sameOptions } from './options/sameOptions.js';

/**
 * The previous `options` while the new ones describe the same options (see sameOptions).
 * Dash hands the Dropdown the very array of its layout on every render (no prop of ours is a
 * node, so Dash re-wraps nothing), so the comparison runs only when a callback sent options.
 */
export function useStableOptions(options) {
    const kept = useRef(options);
    const seen = useRef(options);
    if (seen.current !== options) {
        seen.current = options;
        if (!sameOptions(kept.current, options)) {
            kept.current = options;
        }
    }
    return kept.current;
}
