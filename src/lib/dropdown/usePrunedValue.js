import { useEffect, useRef } from 'react';
import { prunedValue } from './options/selection.js';

/**
 * dcc drops values that are no longer options whenever options change, except while a
 * search is typed (a server-side search replaces options with its results).
 */
export function usePrunedValue(
    normalized,
    { value, multi, prune, searchText, setProps }
) {
    const checkedFor = useRef(null);
    useEffect(() => {
        if (!prune || searchText !== '' || checkedFor.current === normalized) {
            return;
        }
        checkedFor.current = normalized;
        const pruned = prunedValue(value, multi, normalized.indexByValue);
        if (pruned !== undefined) {
            setProps({ value: pruned });
        }
    }, [normalized, prune]);
}
