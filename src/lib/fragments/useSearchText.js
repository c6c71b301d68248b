import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The typed search text, kept locally so typing stays instant and survives callbacks that
 * replace options; reported to Dash as `search_value`, and reset when a callback sets it.
 */
export function useSearchText(searchValue, setProps) {
    const [text, setText] = useState(searchValue || '');
    const lastSent = useRef(searchValue);

    useEffect(() => {
        if (searchValue !== lastSent.current) {
            lastSent.current = searchValue;
            setText(searchValue || '');
        }
    }, [searchValue]);

    const changeText = useCallback(
        (next) => {
            setText(next);
            if ((lastSent.current || '') !== next) {
                lastSent.current = next;
                setProps({ search_value: next });
            }
        },
        [setProps]
    );
    return [text, changeText];
}
