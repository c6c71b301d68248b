import { useCallback, useEffect, useState } from 'react';

/**
 * dcc's `debounce`: while the menu is open, picks change the value shown here only; Dash
 * hears the value once, when the menu closes. Returns [value to show, sendProps]: sendProps
 * passes everything else (search_value) straight to Dash.
 */
export function useHeldValue(value, setProps, { hold, menuIsOpen }) {
    // {value, sent}: shown until Dash hands the value back as the prop
    const [held, setHeld] = useState(null);
    const holding = hold && menuIsOpen;

    const sendProps = useCallback(
        (props) => {
            if (!holding || !('value' in props)) {
                setProps(props);
                return;
            }
            const { value: next, ...others } = props;
            setHeld({ value: next, sent: false });
            if (Object.keys(others).length) {
                setProps(others);
            }
        },
        [holding, setProps]
    );

    // the menu closed (or debounce was turned off): send what was held, once
    useEffect(() => {
        if (!holding && held !== null && !held.sent) {
            setHeld({ value: held.value, sent: true });
            setProps({ value: held.value });
        }
    }, [holding, held]);

    // a value from Dash (ours coming back, or a callback's) replaces the held one
    useEffect(() => {
        setHeld((current) => (current !== null && current.sent ? null : current));
    }, [value]);

    return [held === null ? value : held.value, sendProps];
}
