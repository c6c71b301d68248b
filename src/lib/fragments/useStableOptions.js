import { useRef } from 'react';
import { sameOptions } from '../options/sameOptions.js';

/** The previous `options` while the new ones describe the same options (see sameOptions). */
export function useStableOptions(options) {
    const kept = useRef(options);
    if (!sameOptions(kept.current, options)) {
        kept.current = options;
    }
    return kept.current;
}
