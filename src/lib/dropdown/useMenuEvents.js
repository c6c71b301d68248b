import { rowForKey } from './menu/menuKeys.js';

/**
 * What opens and closes our menu and moves its focus: keys (given to react-select's
 * documented `onKeyDown`, which skips those we prevent), typing, and presses in the control.
 */
export function useMenuEvents({
    open,
    setOpen,
    rows,
    focusedRow,
    focusRow,
    pickRow,
    searchText,
    setSearchText,
    element,
}) {
    const closeMenu = () => {
        setOpen(false);
        if (searchText !== '') {
            setSearchText('');
        }
    };

    // keys react-select does not know our menu for; each one handled here is kept from it
    const onKeyDown = (event) => {
        if (event.nativeEvent.isComposing || event.keyCode === 229) {
            return; // an input method is composing
        }
        if (!open) {
            if (['ArrowDown', 'ArrowUp', 'Enter'].includes(event.key)) {
                setOpen(true);
                event.preventDefault();
            }
            return;
        }
        const target = rowForKey(event.key, rows, focusedRow);
        if (target !== null) {
            if (target >= 0) {
                focusRow(target);
            }
        } else if (event.key === 'Enter' || (event.key === ' ' && searchText === '')) {
            pickRow(focusedRow);
        } else if (event.key === 'Escape') {
            closeMenu();
        } else {
            return;
        }
        event.preventDefault();
    };

    const onInputChange = (text, { action }) => {
        if (action === 'input-change') {
            setSearchText(text);
            setOpen(true);
        } else if (action === 'input-blur' && searchText !== '') {
            setSearchText('');
        }
    };

    // react-select opens its menu on a press in the control: a press there while ours is
    // open closes it (on the search text it keeps it open, for the caret). Presses in the
    // menu reach here too, through the portal: they are the menu's.
    const onMouseDown = (event) => {
        if (
            open &&
            event.button === 0 &&
            event.target.tagName !== 'INPUT' &&
            element.current.contains(event.target)
        ) {
            closeMenu();
        }
    };

    return { closeMenu, onKeyDown, onInputChange, onMouseDown };
}
