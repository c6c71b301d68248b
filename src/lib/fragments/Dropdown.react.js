import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import Select, { components as selectParts } from 'react-select';
import { propTypes } from '../components/Dropdown.react.js';
import { normalizeOptions } from '../options/normalizeOptions.js';
import { buildMenuRows, isHeadingRow, nextOptionRow } from '../options/menuRows.js';
import {
    deselectAllValues,
    pickValue,
    prunedValue,
    selectAllValues,
    selectedOptions,
    valueAfterControlChange,
    valuesOf,
    visibleChips,
} from '../options/selection.js';
import { menuLabels, selectedCountText } from '../options/menuLabels.js';
import { LeanMenu, LeanMenuPortal } from './DropdownMenu.js';
import {
    injectDropdownStyles,
    selectClassNames,
    selectStyles,
} from './dropdownStyles.js';
import { VirtualMenuList } from './DropdownMenuList.js';
import { useHeldValue } from './useHeldValue.js';
import { useOptionSearch } from '../dropdown/useOptionSearch.js';
import { useSearchText } from './useSearchText.js';
import { useMenuWarmUp } from './useMenuWarmUp.js';
import { useStableOptions } from './useStableOptions.js';

// react-select only draws the control; the menu's rows come from VirtualMenuList.
const NO_OPTIONS = [];
const SELECT_ALL_BAR_HEIGHT = 36;
const DEFAULT_OPTION_HEIGHT = 35;
// chips beyond this show as one "+N more" chip: drawing 100,000 chips would freeze the page
const MAX_CHIPS = 50;

let instanceCount = 0;

injectDropdownStyles();

/** react-select's input, pointing aria-activedescendant at our focused row. */
function ComboboxInput(props) {
    return (
        <selectParts.Input
            {...props}
            aria-activedescendant={props.selectProps.dropdownMenu.activeDescendant}
        />
    );
}

/** The clear control, with the `clear_selection` label as its tooltip. */
function LabelledClear(props) {
    const title = props.selectProps.dropdownLabels.clear_selection;
    return (
        <selectParts.ClearIndicator
            {...props}
            innerProps={{ ...props.innerProps, title }}
        />
    );
}

/** A multi dropdown's values, with the `selected_count` label as their tooltip. */
function CountedValues(props) {
    if (!props.isMulti || !props.hasValue) {
        return <selectParts.ValueContainer {...props} />;
    }
    const { dropdownLabels, selectedCount } = props.selectProps;
    const title = selectedCountText(dropdownLabels.selected_count, selectedCount);
    return (
        <selectParts.ValueContainer
            {...props}
            innerProps={{ ...props.innerProps, title }}
        />
    );
}

/** The "+N more" chip stands for many values: it has no remove control. */
function ChipRemove(props) {
    return props.data.more ? null : <selectParts.MultiValueRemove {...props} />;
}

const selectComponents = {
    Menu: LeanMenu,
    MenuPortal: LeanMenuPortal,
    MenuList: VirtualMenuList,
    Input: ComboboxInput,
    MultiValueRemove: ChipRemove,
    ClearIndicator: LabelledClear,
    ValueContainer: CountedValues,
};

const getOptionLabel = (option) => option.text;
const getOptionValue = (option) => String(option.value);
const formatOptionLabel = (option) => option.label;
const ignore = () => {};
// rows drawn by the warm-up menu: a screenful
const WARM_UP_ROWS = 20;
// what the warm-up "types", a letter per step
const WARM_UP_TEXT = 'ab';

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

/** Where keyboard focus starts: the selected option (single, blank search), else the first. */
function initialFocusRow(rows, selectedIndex) {
    if (selectedIndex !== undefined) {
        const row = rows.indexOf(selectedIndex);
        if (row >= 0) {
            return row;
        }
    }
    return nextOptionRow(rows, -1, 1);
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

    const [menuIsOpen, setMenuIsOpen] = useState(false);
    const [shownValue, setProps] = useHeldValue(value, setDashProps, {
        hold: debounce,
        menuIsOpen,
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
    // dcc drops values that are no longer options whenever options change, except while a
    // search is typed (a server-side search replaces options with its results)
    const pruneCheckedFor = useRef(null);
    useEffect(() => {
        if (!prune_value || searchText !== '' || pruneCheckedFor.current === normalized) {
            return;
        }
        pruneCheckedFor.current = normalized;
        const pruned = prunedValue(value, multi, normalized.indexByValue);
        if (pruned !== undefined) {
            setDashProps({ value: pruned });
        }
    }, [normalized, prune_value]);

    const hits = useOptionSearch(normalized, searchText, {
        active: menuIsOpen || searchText !== '',
        filter: filter_options && searchable,
        order: search_order === 'original' ? 'original' : 'relevance',
    });
    const rows = useMemo(
        () => buildMenuRows(hits, normalized.options, normalized.groups.length),
        [hits, normalized]
    );

    const selectedIndex =
        !multi && values.length ? normalized.indexByValue.get(values[0]) : undefined;
    const startRow = useMemo(
        () =>
            searchText.trim()
                ? nextOptionRow(rows, -1, 1)
                : initialFocusRow(rows, selectedIndex),
        // focus restarts when the rows change, not when the value does
        [rows]
    );
    const [moved, setMoved] = useState({ rows: null, row: -1 });
    const focusedRow = moved.rows === rows ? moved.row : startRow;
    const focusRow = useCallback((row) => setMoved({ rows, row }), [rows]);
    // a reopened menu starts again from the picked option, even on the very same rows
    useEffect(() => {
        if (!menuIsOpen) {
            setMoved({ rows: null, row: -1 });
        }
    }, [menuIsOpen]);

    const instanceId = useRef(null);
    if (instanceId.current === null) {
        instanceCount += 1;
        instanceId.current = `my-dropdown-${instanceCount}`;
    }
    const optionIdPrefix = `react-select-${instanceId.current}-option-`;

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
                setMenuIsOpen(false);
                setProps(clearTextInto(picked));
            } else {
                setMoved({ rows, row });
                setProps(picked);
            }
        },
        [rows, normalized, values, multi, closeOnSelect, setProps, clearTextInto]
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
            optionId: (row) => optionIdPrefix + row,
            activeDescendant:
                menuIsOpen && focusedRow >= 0 ? optionIdPrefix + focusedRow : '',
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
            menuIsOpen,
            focusRow,
            pickRow,
            setValues,
            values,
            hits,
            optionIdPrefix,
            words,
        ]
    );

    const onKeyDown = (event) => {
        if (!menuIsOpen || event.nativeEvent.isComposing) {
            return;
        }
        const page = Math.max(1, Math.floor(maxHeight / optionHeight));
        const last = nextOptionRow(rows, rows.length, -1);
        const first = nextOptionRow(rows, -1, 1);
        let target = null;
        switch (event.key) {
            case 'ArrowDown':
                target = nextOptionRow(rows, focusedRow, 1);
                target = target < 0 ? first : target;
                break;
            case 'ArrowUp':
                target = nextOptionRow(rows, focusedRow, -1);
                target = target < 0 ? last : target;
                break;
            case 'PageDown':
                target = nextOptionRow(
                    rows,
                    Math.min(rows.length, focusedRow + page) - 1,
                    1
                );
                target = target < 0 ? last : target;
                break;
            case 'PageUp':
                target = nextOptionRow(rows, Math.max(-1, focusedRow - page) + 1, -1);
                target = target < 0 ? first : target;
                break;
            case 'Home':
                target = first;
                break;
            case 'End':
                target = last;
                break;
            case 'Enter':
                if (event.keyCode === 229) {
                    return; // an input method is composing
                }
                pickRow(focusedRow);
                event.preventDefault();
                return;
            case ' ':
                if (searchText !== '') {
                    return;
                }
                pickRow(focusedRow);
                event.preventDefault();
                return;
            default:
                return;
        }
        if (target >= 0) {
            focusRow(target);
        }
        event.preventDefault();
    };

    const onInputChange = (text, { action }) => {
        if (action === 'input-change') {
            setSearchText(text);
            if (!menuIsOpen) {
                setMenuIsOpen(true);
            }
        } else if (
            action === 'input-blur' ||
            action === 'menu-close' ||
            action === 'set-value'
        ) {
            if (searchText !== '') {
                setSearchText('');
            }
        }
    };

    // chips removed, Backspace, the clear control: the only changes react-select makes itself
    const onChange = (_picked, { action, removedValue }) => {
        const next = valueAfterControlChange(values, multi, action, removedValue);
        if (next !== undefined) {
            setProps({ value: next });
        }
    };

    const warmUp = useMenuWarmUp();

    const selectProps = {
        classNamePrefix: 'my-dropdown',
        className: 'my-dropdown__container',
        unstyled: true,
        styles: selectStyles,
        classNames: selectClassNames,
        options: NO_OPTIONS,
        filterOption: null,
        value: multi ? chips : selected[0] || null,
        isMulti: multi,
        isClearable: clearable,
        backspaceRemovesValue: clearable,
        escapeClearsValue: false,
        isSearchable: searchable,
        isDisabled: disabled,
        placeholder,
        getOptionLabel,
        getOptionValue,
        formatOptionLabel,
        hideSelectedOptions: false,
        captureMenuScroll: false,
        components: selectComponents,
        'aria-label': words.search,
        dropdownLabels: words,
        selectedCount: values.length,
    };

    return (
        <div
            id={id}
            className={className ? `my-dropdown ${className}` : 'my-dropdown'}
            style={style}
        >
            <Select
                {...selectProps}
                instanceId={instanceId.current}
                inputValue={searchText}
                onInputChange={onInputChange}
                menuIsOpen={menuIsOpen}
                onMenuOpen={() => setMenuIsOpen(true)}
                onMenuClose={() => setMenuIsOpen(false)}
                onChange={onChange}
                onKeyDown={onKeyDown}
                menuPortalTarget={document.body}
                dropdownMenu={menu}
            />
            {warmUp &&
                createPortal(
                    // the same menu, opened and typed into where nobody sees it (useMenuWarmUp)
                    <Select
                        {...selectProps}
                        instanceId={`${instanceId.current}-warm-up`}
                        inputValue={WARM_UP_TEXT.slice(0, warmUp.typed)}
                        onInputChange={ignore}
                        menuIsOpen={warmUp.open}
                        onMenuOpen={warmUp.onMenuOpen}
                        onMenuClose={ignore}
                        onChange={ignore}
                        menuPortalTarget={warmUp.container}
                        dropdownMenu={{
                            ...menu,
                            // each step shows other rows, as a keystroke does
                            rows: normalized.options
                                .slice(warmUp.typed, warmUp.typed + WARM_UP_ROWS)
                                .map((_option, index) => index + warmUp.typed),
                            focusedRow: 0,
                            activeDescendant: '',
                            focusRow: ignore,
                            pickRow: ignore,
                            selectAll: ignore,
                            deselectAll: ignore,
                        }}
                    />,
                    warmUp.container
                )}
        </div>
    );
}

Dropdown.propTypes = propTypes;
