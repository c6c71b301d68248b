import { useEffect, useRef } from 'react';
import { prunedValue } from './options/selection.js';

/**
 * dcc drops values that are no longer options whenever options change, except while a
 * search is typed (a server-side search replaces options with its results). With
 * `keepOnLoad`, the value the component mounts with is kept as it is (a value persistence
 * restored after a reload, whose created option the layout's options do not carry).
 */
export function usePrunedValue(
    normalized,
    { value, multi, prune, keepOnLoad, searchText, setProps }
) {
    const checkedFor = useRef(null);
    useEffect(() => {
        if (!prune || searchText !== '' || checkedFor.current === normalized) {
            return;
        }
        const onLoad = checkedFor.current === null;
        checkedFor.current = normalized;
        if (onLoad && keepOnLoad) {
            return;
        }
        const pruned = prunedValue(value, multi, normalized.indexByValue);
        if (pruned !== undefined) {
            setProps({ value: pruned });
        }
    }, [normalized, prune]);
}
