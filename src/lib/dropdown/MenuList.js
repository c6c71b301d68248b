import React, {
    createContext,
    forwardRef,
    useContext,
    useEffect,
    useRef,
    useState,
} from 'react';
import { FixedSizeList } from 'react-window';
import { groupOfHeadingRow, isHeadingRow } from './options/menuRows.js';

/** One row of the virtualized list: a group heading or an option. */
function MenuRow({ index, style, data }) {
    const row = data.rows[index];
    if (isHeadingRow(row)) {
        return (
            <div style={style} className="my-dropdown__group-heading" role="presentation">
                <span className="my-dropdown__row-label">
                    {data.groups[groupOfHeadingRow(row)].label}
                </span>
            </div>
        );
    }
    const option = data.options[row];
    const focused = index === data.focusedRow;
    const selected = data.selectedValues.has(option.value);
    return (
        <div
            id={data.optionId(index)}
            role="option"
            aria-selected={selected}
            aria-disabled={option.disabled}
            title={option.title}
            className={
                'my-dropdown__option' +
                (focused ? ' my-dropdown__option--is-focused' : '') +
                (selected ? ' my-dropdown__option--is-selected' : '') +
                (option.disabled ? ' my-dropdown__option--is-disabled' : '')
            }
            style={style}
            onClick={() => data.pickRow(index)}
            onMouseMove={focused ? undefined : () => data.focusRow(index)}
        >
            <span className="my-dropdown__row-label">{option.label}</span>
        </div>
    );
}

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

/** The height of the list part, and whether the select-all bar shows above it. */
function listLayout(menu) {
    const { rows, optionHeight } = menu;
    const showBar = menu.multi && rows.length > 0;
    const listMax = Math.max(
        optionHeight,
        menu.maxHeight - (showBar ? menu.barHeight : 0)
    );
    return { showBar, height: Math.min(listMax, rows.length * optionHeight) };
}

/** The open menu's height, known without measuring (the menu is placed with it). */
export function menuHeightOf(menu) {
    if (menu.rows.length === 0) {
        return NOTICE_HEIGHT;
    }
    const { showBar, height } = listLayout(menu);
    return height + (showBar ? menu.barHeight : 0);
}

/**
 * The menu's content: the listbox, which renders only the rows in view (react-window), and
 * with `multi` the select-all bar above it.
 */
export function MenuList({ menu }) {
    const listRef = useRef(null);
    const { rows, optionHeight, focusedRow } = menu;

    const { showBar, height } = listLayout(menu);
    // opens with the focused row (the picked option) in view, without a scroll after mount
    const [initialOffset] = useState(() =>
        Math.max(0, (focusedRow + 1) * optionHeight - height)
    );
    const scrollOffset = useRef(initialOffset);

    useEffect(() => {
        // scrolling forces a layout: only when the focused row is not wholly in view
        const top = focusedRow * optionHeight;
        const offset = scrollOffset.current;
        if (
            listRef.current &&
            focusedRow >= 0 &&
            (top < offset || top + optionHeight > offset + height)
        ) {
            listRef.current.scrollToItem(focusedRow);
        }
    }, [focusedRow, rows]);
    const listbox = {
        id: menu.listboxId,
        role: 'listbox',
        'aria-multiselectable': menu.multi,
        'aria-label': menu.labels.search,
    };
    return (
        <div className="my-dropdown__menu-list">
            {showBar && <SelectAllBar menu={menu} />}
            {rows.length === 0 ? (
                <>
                    {/* beside the listbox: a listbox holds only options */}
                    <div {...listbox} />
                    <div className="my-dropdown__menu-notice--no-options">
                        {menu.labels.no_options_found}
                    </div>
                </>
            ) : (
                <ListboxAttributes.Provider value={listbox}>
                    <FixedSizeList
                        ref={listRef}
                        outerElementType={ListboxScroller}
                        height={height}
                        width="100%"
                        itemCount={rows.length}
                        itemSize={optionHeight}
                        itemData={menu}
                        overscanCount={4}
                        // null, not 0: react-window sets scrollTop for any number, a forced layout
                        initialScrollOffset={initialOffset > 0 ? initialOffset : null}
                        onScroll={(scroll) => {
                            scrollOffset.current = scroll.scrollOffset;
                        }}
                    >
                        {MenuRow}
                    </FixedSizeList>
                </ListboxAttributes.Provider>
            )}
        </div>
    );
}
