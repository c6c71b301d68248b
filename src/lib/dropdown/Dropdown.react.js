import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Select from 'react-select';
import { propTypes } from '../components/Dropdown.react.js';
import { normalizeOptions } from './options/normalizeOptions.js';
import { buildMenuRows, isHeadingRow } from './options/menuRows.js';
import {
    deselectAllValues,
    pickValue,
    selectAllValues,
    selectedOptions,
    valueAfterControlChange,
    valuesOf,
    visibleChips,
} from './options/selection.js';
import { menuLabels } from './options/menuLabels.js';
import { rowForKey } from './menu/menuKeys.js';
import {
    controlClassNames,
    controlComponents,
    controlStyles,
    formatOptionLabel,
    getOptionLabel,
    getOptionValue,
} from './controlParts.js';
import { DropdownMenu } from './DropdownMenu.js';
import { useHeldValue } from './useHeldValue.js';
import { useMenuFocus } from './useMenuFocus.js';
import { useOptionSearch } from './useOptionSearch.js';
import { usePrunedValue } from './usePrunedValue.js';
import { useSearchText } from './useSearchText.js';
import { useStableOptions } from './useStableOptions.js';

const SELECT_ALL_BAR_HEIGHT = 36;
const DEFAULT_OPTION_HEIGHT = 35;
// chips beyond this show as one "+N more" chip: drawing 100,000 chips would freeze the page
const MAX_CHIPS = 50;

let instanceCount = 0;

function useReportProblems(normalized, id) {
    useEffect(() => {
        if (normalized.problems.length) {
            console.error(
                `my_components.Dropdown${id ? ` (id ${id})` : ''}: bad options: ` +
                    normalized.problems.join('; ')
            );
        }
    }, [normalized]);
}

export default function Dropdown(props) {
    const {
        id,
        value,
        multi,
        clearable,
        searchable,
        search_value,
        placeholder,
        disabled,
        optionHeight: optionHeightProp,
        maxHeight,
        search_order,
        filter_options,
        prune_value,
        closeOnSelect: closeOnSelectProp,
        debounce,
        labels,
        style,
        className,
        setProps: setDashProps,
    } = props;

    // dcc 4's 'auto' (rows as tall as their labels) is one-line rows here: the virtual list
    // needs one row height
    const optionHeight =
        typeof optionHeightProp === 'number' && optionHeightProp > 0
            ? optionHeightProp
            : DEFAULT_OPTION_HEIGHT;
    // dcc 4: a multi dropdown stays open after a pick unless told otherwise
    const closeOnSelect = closeOnSelectProp ?? !multi;
    const options = useStableOptions(props.options);
    const normalized = useMemo(() => normalizeOptions(options), [options]);
    useReportProblems(normalized, id);

    const [open, setOpen] = useState(false);
    const [shownValue, setProps] = useHeldValue(value, setDashProps, {
        hold: debounce,
        menuIsOpen: open,
    });
    const words = useMemo(() => menuLabels(labels), [labels]);
    const values = useMemo(() => valuesOf(shownValue, multi), [shownValue, multi]);
    const selectedValues = useMemo(() => new Set(values), [values]);
    const selected = useMemo(
        () => selectedOptions(values, normalized),
        [values, normalized]
    );
    const chips = useMemo(() => visibleChips(selected, MAX_CHIPS), [selected]);

    const [searchText, setSearchText, clearTextInto] = useSearchText(
        search_value,
        setProps
    );
    usePrunedValue(normalized, {
        value,
        multi,
        prune: prune_value,
        searchText,
        setProps: setDashProps,
    });

    const hits = useOptionSearch(normalized, searchText, {
        active: open || searchText !== '',
        filter: filter_options && searchable,
        order: search_order === 'original' ? 'original' : 'relevance',
    });
    const rows = useMemo(
        () => buildMenuRows(hits, normalized.options, normalized.groups.length),
        [hits, normalized]
    );
    const [focusedRow, focusRow] = useMenuFocus(rows, {
        open,
        selectedIndex:
            !multi && values.length ? normalized.indexByValue.get(values[0]) : undefined,
        searching: searchText.trim() !== '',
    });

    const instanceId = useRef(null);
    if (instanceId.current === null) {
        instanceCount += 1;
        instanceId.current = `my-dropdown-${instanceCount}`;
    }
    const listboxId = `${instanceId.current}-listbox`;
    const optionIdPrefix = `${instanceId.current}-option-`;
    const element = useRef(null);

    const setValues = useCallback(
        (next) => setProps({ value: multi ? next : next.length ? next[0] : null }),
        [setProps, multi]
    );

    const pickRow = useCallback(
        (row) => {
            const optionIndex = rows[row];
            if (optionIndex === undefined || isHeadingRow(optionIndex)) {
                return;
            }
            const option = normalized.options[optionIndex];
            if (option.disabled) {
                return;
            }
            const picked = { value: pickValue(values, option.value, multi) };
            if (!multi || closeOnSelect) {
                setOpen(false);
                setProps(clearTextInto(picked));
            } else {
                focusRow(row);
                setProps(picked);
            }
        },
        [
            rows,
            normalized,
            values,
            multi,
            closeOnSelect,
            setProps,
            clearTextInto,
            focusRow,
        ]
    );

    const menu = useMemo(
        () => ({
            rows,
            options: normalized.options,
            groups: normalized.groups,
            focusedRow,
            selectedValues,
            optionHeight,
            maxHeight,
            multi,
            barHeight: SELECT_ALL_BAR_HEIGHT,
            labels: words,
            listboxId,
            optionId: (row) => optionIdPrefix + row,
            focusRow,
            pickRow,
            selectAll: () => setValues(selectAllValues(values, hits, normalized.options)),
            deselectAll: () =>
                setValues(deselectAllValues(values, hits, normalized.options)),
        }),
        [
            rows,
            normalized,
            focusedRow,
            selectedValues,
            optionHeight,
            maxHeight,
            multi,
            focusRow,
            pickRow,
            setValues,
            values,
            hits,
            listboxId,
            optionIdPrefix,
            words,
        ]
    );

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
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
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

    // chips removed, Backspace, the clear control: the only changes react-select makes itself
    const onChange = (_picked, { action, removedValue }) => {
        const next = valueAfterControlChange(values, multi, action, removedValue);
        if (next !== undefined) {
            setProps({ value: next });
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

    return (
        <div
            id={id}
            ref={element}
            className={className ? `my-dropdown ${className}` : 'my-dropdown'}
            style={style}
            onMouseDown={onMouseDown}
        >
            <Select
                classNamePrefix="my-dropdown"
                className="my-dropdown__container"
                unstyled
                styles={controlStyles}
                classNames={controlClassNames}
                components={controlComponents}
                instanceId={instanceId.current}
                options={[]}
                value={multi ? chips : selected[0] || null}
                isMulti={multi}
                isClearable={clearable}
                backspaceRemovesValue={clearable}
                escapeClearsValue={false}
                isSearchable={searchable}
                isDisabled={disabled}
                placeholder={placeholder}
                getOptionLabel={getOptionLabel}
                getOptionValue={getOptionValue}
                formatOptionLabel={formatOptionLabel}
                aria-label={words.search}
                inputValue={searchText}
                onInputChange={onInputChange}
                menuIsOpen={false}
                onMenuOpen={() => setOpen(true)}
                onMenuClose={closeMenu}
                onChange={onChange}
                onKeyDown={onKeyDown}
                dropdown={{
                    open,
                    listboxId,
                    activeDescendant:
                        open && focusedRow >= 0 ? optionIdPrefix + focusedRow : '',
                    labels: words,
                    selectedCount: values.length,
                }}
            />
            {open && element.current && (
                <DropdownMenu anchor={element.current} menu={menu} />
            )}
        </div>
    );
}

Dropdown.propTypes = propTypes;
