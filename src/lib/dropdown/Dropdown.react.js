import React, { useMemo, useRef, useState } from 'react';
import Select from 'react-select';
import { normalizeOptions } from './options/normalizeOptions.js';
import { buildMenuRows } from './options/menuRows.js';
import {
    deselectAllValues,
    selectAllValues,
    selectedOptions,
    valueAfterControlChange,
    valuesOf,
    visibleChips,
} from './options/selection.js';
import { menuLabels } from './options/menuLabels.js';
import { longestOption } from './options/longestOption.js';
import { controlProps } from './controlParts.js';
import { DropdownMenu } from './DropdownMenu.js';
import { useCreateRow } from './useCreateRow.js';
import { useDashLoading } from './useDashLoading.js';
import { useInstanceId } from './useInstanceId.js';
import { useHeldValue } from './useHeldValue.js';
import { useLabelClicks } from './useLabelClicks.js';
import { useReportOptionHeight, useReportProblems } from './useReportProblems.js';
import { useValueChanges } from './useValueChanges.js';
import { useMenuEvents } from './useMenuEvents.js';
import { useMenuFocus } from './useMenuFocus.js';
import { useOptionSearch } from './useOptionSearch.js';
import { usePrunedValue } from './usePrunedValue.js';
import { useSearchText } from './useSearchText.js';
import { useStableOptions } from './useStableOptions.js';

const SELECT_ALL_BAR_HEIGHT = 36;
// one line of text in a row (dropdown.css), and the height of rows not yet measured
const DEFAULT_OPTION_HEIGHT = 35;
// the room the menu leaves in the window's height, as dcc 4's
const VIEWPORT_MARGIN = 100;
// chips beyond this show as one "+N more" chip: drawing 100,000 chips would freeze the page
const MAX_CHIPS = 50;

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
        creatable,
        closeOnSelect: closeOnSelectProp,
        debounce,
        labels,
        style,
        className,
        setProps: setDashProps,
    } = props;
    const loading = useDashLoading(props.loading_state);

    // 'auto' (and anything but a positive number): rows as tall as their text
    const autoHeight = !(typeof optionHeightProp === 'number' && optionHeightProp > 0);
    const optionHeight = autoHeight ? DEFAULT_OPTION_HEIGHT : optionHeightProp;
    useReportOptionHeight(optionHeightProp, props.id);
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
        // with creatable, a value missing from options may be one the user created
        keepOnLoad: creatable,
        searchText,
        setProps: setDashProps,
    });

    const hits = useOptionSearch(normalized, searchText, {
        active: open || searchText !== '',
        filter: filter_options && searchable,
        order: search_order === 'original' ? 'original' : 'relevance',
    });
    const optionRows = useMemo(
        () => buildMenuRows(hits, normalized.options, normalized.groups.length),
        [hits, normalized]
    );
    const { rows, created, createLabel } = useCreateRow(optionRows, {
        creatable,
        normalized,
        searchText,
        values,
        words,
    });
    const [focusedRow, focusRow] = useMenuFocus(rows, {
        open,
        selectedIndex:
            !multi && values.length ? normalized.indexByValue.get(values[0]) : undefined,
        searching: searchText.trim() !== '',
    });

    const instanceId = useInstanceId();
    const listboxId = `${instanceId}-listbox`;
    const optionIdPrefix = `${instanceId}-option-`;
    const element = useRef(null);
    const selectRef = useRef(null);

    const { changeValue, pickRow } = useValueChanges({
        rows,
        options,
        created,
        normalized,
        values,
        multi,
        clearable,
        closeOnSelect,
        setProps,
        clearTextInto,
        focusRow,
        setOpen,
    });

    // the menu is as wide as the longest label (up to the window's edge)
    const longest = useMemo(
        () => (open ? longestOption(normalized.options) : -1),
        [normalized, open]
    );

    const menu = useMemo(
        () => ({
            rows,
            options: normalized.options,
            groups: normalized.groups,
            focusedRow,
            selectedValues,
            optionHeight,
            autoHeight,
            sizerText: longest >= 0 ? normalized.options[longest].text : '',
            // dcc 4: never taller than the window, less a margin
            maxHeight: Math.max(
                optionHeight,
                Math.min(maxHeight, window.innerHeight - VIEWPORT_MARGIN)
            ),
            multi,
            barHeight: SELECT_ALL_BAR_HEIGHT,
            labels: words,
            createLabel,
            listboxId,
            optionId: (row) => optionIdPrefix + row,
            focusRow,
            pickRow,
            selectAll: () =>
                changeValue(selectAllValues(values, hits, normalized.options)),
            deselectAll: () =>
                changeValue(deselectAllValues(values, hits, normalized.options)),
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
            changeValue,
            values,
            hits,
            listboxId,
            optionIdPrefix,
            words,
            open,
            autoHeight,
            longest,
            createLabel,
        ]
    );

    const { closeMenu, onKeyDown, onInputChange, onMouseDown } = useMenuEvents({
        open,
        setOpen,
        rows,
        focusedRow,
        focusRow,
        pickRow,
        searchText,
        setSearchText,
        element,
    });

    // chips removed, Backspace, the clear control: the only changes react-select makes itself
    const onChange = (_picked, { action, removedValue }) => {
        const next = valueAfterControlChange(values, multi, action, removedValue);
        if (next !== undefined) {
            changeValue(next);
        }
    };

    const labelClicks = useLabelClicks({ id, element, selectRef, setOpen });

    return (
        <div
            id={id}
            ref={element}
            className={className ? `my-dropdown ${className}` : 'my-dropdown'}
            style={style}
            data-dash-is-loading={loading || undefined}
            onMouseDown={onMouseDown}
            {...labelClicks}
        >
            <Select
                {...controlProps}
                ref={selectRef}
                instanceId={instanceId}
                value={multi ? chips : selected[0] || null}
                isMulti={multi}
                isClearable={clearable}
                backspaceRemovesValue={clearable}
                isSearchable={searchable}
                isDisabled={disabled}
                placeholder={placeholder}
                aria-label={words.search}
                inputValue={searchText}
                onInputChange={onInputChange}
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
