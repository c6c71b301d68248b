import { useEffect, useRef } from 'react';

/**
 * A click on a <label> that wraps the Dropdown, or on one whose `for` names its `id` (as
 * html.Label(htmlFor=id)), focuses the search input and opens the menu, as dcc's does.
 * Returns the handlers for the Dropdown's element.
 */
export function useLabelClicks({ id, element, selectRef, setOpen }) {
    // a press inside the Dropdown: its click is the control's own, not a label's
    const pressed = useRef(false);

    useEffect(() => {
        if (typeof id !== 'string' || !id) {
            return undefined;
        }
        const onClick = (event) => {
            const label =
                event.target instanceof Element && event.target.closest('label');
            if (label && label.htmlFor === id && !element.current?.contains(label)) {
                selectRef.current?.focus();
                setOpen(true);
            }
        };

        document.addEventListener('click', onClick);
        return () => document.removeEventListener('click', onClick);
    }, [id]);

    return {
        onMouseDownCapture: () => {
            pressed.current = true;
        },
        // a wrapping label hands its click to the first labelable element in it: our input
        onClick: (event) => {
            const fromLabel = !pressed.current && event.target.tagName === 'INPUT';
            pressed.current = false;
            if (fromLabel) {
                setOpen(true);
            }
        },
    };
}
