import React, {
    createContext,
    forwardRef,
    useContext,
    useEffect,
    useMemo,
    useRef,
} from 'react';
import { FixedSizeList, VariableSizeList } from 'react-window';
import { FixedRow, MeasuredRow } from './MenuRows.js';
import { useRowHeights } from './useRowHeights.js';

// The listbox's attributes, for the element that scrolls: axe-core (and assistive technology)
// then sees the combobox's own popup scrolling, which needs no focus of its own.
const ListboxAttributes = createContext(null);

/** react-window's scrolling element, which is the listbox itself. */
const ListboxScroller = forwardRef(function ListboxScroller(props, ref) {
    return <div ref={ref} {...props} {...useContext(ListboxAttributes)} />;
});

/** "Select all" / "Deselect all" for the options the search currently shows. */
function SelectAllBar({ menu }) {
    return (
        <div style={{ height: menu.barHeight }} className="my-dropdown__select-all-bar">
            <button
                type="button"
                className="my-dropdown__select-all"
                onClick={menu.selectAll}
            >
                {menu.labels.select_all}
            </button>
            <button
                type="button"
                className="my-dropdown__deselect-all"
                onClick={menu.deselectAll}
            >
                {menu.labels.deselect_all}
            </button>
        </div>
    );
}

// the "No options" notice: a line of text between its padding (dropdown.css)
const NOTICE_HEIGHT = 36;

/**
 * The height of the list part, and whether the select-all bar shows above it. Rows as tall
 * as their text count as measured so far (`heightUpTo`), else as `optionHeight`.
 */
function listLayout(menu, heightUpTo = null) {
    const { rows, optionHeight } = menu;
    const showBar = menu.multi && rows.length > 0;
    const listMax = Math.max(
        optionHeight,
        menu.maxHeight - (showBar ? menu.barHeight : 0)
    );
    const height = heightUpTo
        ? heightUpTo(listMax)
        : Math.min(listMax, rows.length * optionHeight);
    return { showBar, height };
}

/** The open menu's height, known without measuring (the menu is placed with it). */
export function menuHeightOf(menu) {
    if (menu.rows.length === 0) {
        return NOTICE_HEIGHT;
    }
    const { showBar, height } = listLayout(menu);
    return height + (showBar ? menu.barHeight : 0);
}

/** A hidden copy of the longest label: the menu takes its width (dropdown.css). */
function WidthSizer({ text }) {
    return (
        <div className="my-dropdown__sizer" aria-hidden="true">
            <div className="my-dropdown__option">
                <span className="my-dropdown__row-label">{text}</span>
            </div>
        </div>
    );
}

/**
 * The menu's content: the listbox, which renders only the rows in view (react-window), and
 * with `multi` the select-all bar above it. Rows have `optionHeight`, or with `autoHeight`
 * are as tall as their text.
 */
export function MenuList({ menu }) {
    const listRef = useRef(null);
    const { rows, optionHeight, focusedRow, autoHeight } = menu;
    const measured = useRowHeights(rows, listRef, optionHeight);

    const { showBar, height } = listLayout(menu, autoHeight ? measured.heightUpTo : null);
    // a list mounts with the focused row (the picked option) in view, without a scroll after
    const initialOffset = Math.max(0, (focusedRow + 1) * optionHeight - height);
    const scrollOffset = useRef(initialOffset);
    const itemData = useMemo(
        () => ({ ...menu, rowObserver: measured.rowObserver }),
        [menu, measured.rowObserver]
    );

    useEffect(() => {
        if (!listRef.current || focusedRow < 0) {
            return;
        }
        if (autoHeight) {
            // react-window scrolls only when the row is not wholly in view
            listRef.current.scrollToItem(focusedRow);
            return;
        }
        // scrolling forces a layout: only when the focused row is not wholly in view
        const top = focusedRow * optionHeight;
        const offset = scrollOffset.current;
        if (top < offset || top + optionHeight > offset + height) {
            listRef.current.scrollToItem(focusedRow);
        }
    }, [focusedRow, rows]);

    const listProps = {
        ref: listRef,
        height,
        width: '100%',
        itemCount: rows.length,
        itemData,
        outerElementType: ListboxScroller,
        overscanCount: 4,
        // null, not 0: react-window sets scrollTop for any number, a forced layout
        initialScrollOffset: initialOffset > 0 ? initialOffset : null,
        onScroll: (scroll) => {
            scrollOffset.current = scroll.scrollOffset;
        },
    };
    const listbox = {
        id: menu.listboxId,
        role: 'listbox',
        'aria-multiselectable': menu.multi,
        'aria-label': menu.labels.search,
    };
    let list = null;
    if (rows.length === 0) {
        list = (
            <>
                {/* beside the listbox: a listbox holds only options */}
                <div {...listbox} />
                <div className="my-dropdown__menu-notice--no-options">
                    {menu.labels.no_options_found}
                </div>
            </>
        );
    } else if (autoHeight) {
        list = (
            <VariableSizeList
                key={measured.listKey}
                {...listProps}
                itemSize={measured.itemSize}
                estimatedItemSize={optionHeight}
            >
                {MeasuredRow}
            </VariableSizeList>
        );
    } else {
        list = (
            <FixedSizeList {...listProps} itemSize={optionHeight}>
                {FixedRow}
            </FixedSizeList>
        );
    }
    return (
        <div
            className={
                'my-dropdown__menu-list' +
                (autoHeight ? ' my-dropdown__menu-list--auto-height' : '')
            }
        >
            {menu.sizerText && <WidthSizer text={menu.sizerText} />}
            {showBar && <SelectAllBar menu={menu} />}
            {rows.length === 0 ? (
                list
            ) : (
                <ListboxAttributes.Provider value={listbox}>
                    {list}
                </ListboxAttributes.Provider>
            )}
        </div>
    );
}
