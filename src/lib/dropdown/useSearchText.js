import { useCallback, useEffect, useRef, useState } from 'react';

// Each setProps makes Dash re-render the component and re-wrap every option label: typing
// stays local and reports search_value once it pauses.
export const SEARCH_VALUE_DELAY_MS = 150;

/**
 * The typed search text, kept locally so typing stays instant and survives callbacks that
 * replace options; reported to Dash as `search_value`, and reset when a callback sets it.
 * Returns [text, changeText, clearTextInto]: clearTextInto(props) empties the text and adds
 * `search_value: ''` to props when Dash must hear of it, so a pick makes one setProps call.
 */
export function useSearchText(searchValue, setProps) {
    const [text, setText] = useState(searchValue || '');
    const lastSent = useRef(searchValue);
    const pending = useRef(null);

    useEffect(() => {
        if (searchValue !== lastSent.current) {
            clearTimeout(pending.current);
            lastSent.current = searchValue;
            setText(searchValue || '');
        }
    }, [searchValue]);
    useEffect(() => () => clearTimeout(pending.current), []);

    const changeText = useCallback(
        (next) => {
            setText(next);
            clearTimeout(pending.current);
            pending.current = setTimeout(() => {
                if ((lastSent.current || '') !== next) {
                    lastSent.current = next;
                    setProps({ search_value: next });
                }
            }, SEARCH_VALUE_DELAY_MS);
        },
        [setProps]
    );

    const clearTextInto = useCallback((props) => {
        setText('');
        clearTimeout(pending.current);
        if ((lastSent.current || '') === '') {
            return props;
        }
        lastSent.current = '';
        return { ...props, search_value: '' };
    }, []);

    return [text, changeText, clearTextInto];
}
