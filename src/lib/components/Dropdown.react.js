import React, { Component, Suspense, lazy } from 'react';
import PropTypes from 'prop-types';
import { loadFragment } from '../loaders/loadFragment.js';

// Destructured: the minified bundle then names each type in one letter, not as PropTypes.x.
const { arrayOf, bool, exact, func, number, object, oneOf, oneOfType, string } =
    PropTypes;

const RealDropdown = lazy(() => loadFragment('dropdown'));

/**
 * A dropdown to pick one or several options: a drop-in for dcc.Dropdown, built on react-select,
 * with per-option search text, Dash components as labels, option groups, and a virtualized menu
 * that stays instant at 100,000 options.
 */
// A class, not a function: Dash reads persistence defaults from `defaultProps` (Dash 2.x reads
// nothing else), and React 18.3 warns about defaultProps only on function components.
export default class Dropdown extends Component {
    render() {
        return (
            <Suspense fallback={null}>
                <RealDropdown {...this.props} />
            </Suspense>
        );
    }
}

// options, then value, first: dcc.Dropdown takes them as positional arguments
export const propTypes = {
    /**
     * The options to choose from, in any dcc.Dropdown format: a list of strings, numbers or
     * booleans; a dict {value: label}; or a list of dicts {label, value, disabled, title, search}.
     * A list may also hold groups {"label": "Canada", "options": [...]}: a heading with its
     * options beneath (labels inside groups show as text, not as components).
     */
    options: oneOfType([
        arrayOf(
            oneOfType([
                string,
                number,
                bool,
                exact({
                    // not `node`: Dash would then re-wrap every option's label on each render
                    /**
                     * What the option shows: a string, a number, a Dash component, or a list of
                     * components and strings (on Dash 2, a component shows as its text).
                     */
                    label: oneOfType([
                        string,
                        number,
                        object,
                        arrayOf(oneOfType([string, number, object])),
                    ]),
                    /**
                     * What `value` holds when this option is picked. Keeps its type: 3 stays a number.
                     */
                    value: oneOfType([string, number, bool]).isRequired,
                    /**
                     * If True, the option shows but cannot be picked.
                     */
                    disabled: bool,
                    /**
                     * The option's tooltip.
                     */
                    title: string,
                    /**
                     * The text search matches for this option, instead of its label's text.
                     */
                    search: string,
                }),
                exact({
                    /**
                     * The group's heading.
                     */
                    label: string,
                    /**
                     * The group's options, in the list formats above (labels show as text).
                     */
                    options: arrayOf(oneOfType([string, number, bool, object])),
                }),
            ])
        ),
        object,
    ]),

    /**
     * The picked option's value, or with `multi` a list of values. Values keep their JSON type.
     */
    value: oneOfType([string, number, bool, arrayOf(oneOfType([string, number, bool]))]),

    /**
     * The ID of this component, used to identify dash components in callbacks.
     */
    id: string,

    /**
     * If True, the user can pick several options and `value` is a list.
     */
    multi: bool,

    /**
     * If True, a clear control empties the value; if False, nothing (Backspace included) can.
     */
    clearable: bool,

    /**
     * If True, the user can type to search the options.
     */
    searchable: bool,

    /**
     * The text typed in the search box. Two-way: callbacks read it (once typing pauses for
     * 150 ms) and may set it. It survives callbacks that replace options while the user types.
     */
    search_value: string,

    /**
     * The grey text shown while no value is chosen.
     */
    placeholder: string,

    /**
     * If True, the dropdown cannot be used.
     */
    disabled: bool,

    /**
     * The height of each option in the menu: 'auto' (the default, as dcc 4) makes each row as
     * tall as its text, long labels wrapping, and the menu as wide as its longest label (up to
     * the window's edge); a number of pixels gives every row that height (long labels are cut
     * with an ellipsis).
     */
    optionHeight: oneOfType([number, oneOf(['auto'])]),

    /**
     * The most the menu's list grows to, in pixels; beyond it the list scrolls.
     */
    maxHeight: number,

    /**
     * How search results are ordered: 'relevance' (exact matches, then prefix, then word start,
     * then substring) or 'original' (the options' own order). dcc's 'index' means 'relevance'.
     */
    search_order: oneOf(['relevance', 'original', 'index']),

    /**
     * If False, the options are shown as given, unfiltered, so a callback on `search_value`
     * can supply them (server-side search; pair it with `prune_value=False` to keep a pick
     * that the next search's options leave out).
     */
    filter_options: bool,

    /**
     * If True, when options change, values no longer among them are dropped from `value`
     * (dcc's behaviour; not while a search is typed). If False, they are kept and still shown.
     */
    prune_value: bool,

    /**
     * If True, the user can add an option by typing it: a text (trimmed) that matches no
     * option's label or value, and no picked value, once accents and case are folded away
     * offers the row `Add "Lisbon"` at the top of the menu (its words: `labels.create`).
     * Enter or a click picks it: `value` becomes "Lisbon" (appended with `multi`) and
     * {"label": "Lisbon", "value": "Lisbon"} is added to `options`, in one update. Blank texts
     * and texts over 200 characters offer nothing. With persistence, only `value` is kept:
     * after a reload the created value still shows as its text, because with creatable the
     * value the dropdown loads with is never pruned (later options changes prune as
     * `prune_value` says). Default False.
     */
    creatable: bool,

    /**
     * If True, the menu closes after an option is picked; if False, it stays open for more
     * picks. Unset: True for a single dropdown, False with `multi` (as dcc 4).
     */
    closeOnSelect: bool,

    /**
     * If True, picks made while the menu is open are sent to Dash once, when it closes (one
     * callback for several picks; useful with `multi`, whose menu stays open after a pick).
     */
    debounce: bool,

    /**
     * The dropdown's own words, for translation (dcc.Dropdown's keys, and `create`; each
     * optional).
     */
    labels: exact({
        /**
         * The button that selects every option the search shows (multi). Default "Select All".
         */
        select_all: string,
        /**
         * The button that deselects them. Default "Deselect All".
         */
        deselect_all: string,
        /**
         * The tooltip of a multi dropdown's values; {num_selected} is replaced by their
         * number. Default "{num_selected} selected".
         */
        selected_count: string,
        /**
         * The search input's accessible name. Default "Search".
         */
        search: string,
        /**
         * Accepted for dcc layouts; unused: the search is typed in the control itself and
         * cleared with Escape, there is no separate clear-search button.
         */
        clear_search: string,
        /**
         * The tooltip and accessible name of the clear control. Default "Clear selection".
         */
        clear_selection: string,
        /**
         * The notice when no option matches the search. Default "No options found".
         */
        no_options_found: string,
        /**
         * The row that adds the typed text as an option (`creatable`); {value} is replaced
         * by the text. Default 'Add "{value}"'.
         */
        create: string,
    }),

    /**
     * Inline styles of the outer element.
     */
    style: object,

    /**
     * The class of the outer element.
     */
    className: string,

    /**
     * Turns persistence on: a value the user picked is restored after a reload, as long as
     * `persistence` and the `value` given by the app stay the same. Change it to forget.
     */
    persistence: oneOfType([bool, string, number]),

    /**
     * The props whose user changes persist: only 'value'.
     */
    persisted_props: arrayOf(oneOf(['value'])),

    /**
     * Where persisted changes are kept: 'local' (localStorage, survives closing the browser),
     * 'session' (sessionStorage, until the tab closes) or 'memory' (until the page reloads).
     */
    persistence_type: oneOf(['local', 'session', 'memory']),

    /**
     * Dash-assigned callback that should be called to report property changes
     * to Dash, to make them available for callbacks.
     */
    setProps: func,
};

export const defaultProps = {
    options: [],
    multi: false,
    clearable: true,
    searchable: true,
    placeholder: 'Select...',
    disabled: false,
    optionHeight: 'auto',
    maxHeight: 200,
    search_order: 'relevance',
    filter_options: true,
    prune_value: true,
    creatable: false,
    debounce: false,
    persisted_props: ['value'],
    persistence_type: 'local',
};

Dropdown.propTypes = propTypes;
Dropdown.defaultProps = defaultProps;
