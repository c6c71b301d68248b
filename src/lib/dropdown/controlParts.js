/**
 * What the Dropdown takes from react-select: its control (values, chips, search input,
 * indicators), configured through react-select's documented `components`, `styles` and
 * `classNames`. react-select's own menu is never opened: the menu is ours (DropdownMenu.js).
 * Our components read what they need from `selectProps.dropdown`, a prop we pass to Select.
 */
import React from 'react';
import { components as selectParts } from 'react-select';
import { selectedCountText } from './options/menuLabels.js';
import { OptionLabel } from './OptionLabel.js';

/** The search input as the combobox of our menu: expanded state, listbox, focused row. */
function ComboboxInput(props) {
    const { open, listboxId, activeDescendant } = props.selectProps.dropdown;
    return (
        <selectParts.Input
            {...props}
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-controls={open ? listboxId : undefined}
            aria-activedescendant={activeDescendant || undefined}
        />
    );
}

/** The clear control, named by the `clear_selection` label (tooltip and accessible name). */
function LabelledClear(props) {
    const title = props.selectProps.dropdown.labels.clear_selection;
    return (
        <selectParts.ClearIndicator
            {...props}
            innerProps={{
                ...props.innerProps,
                title,
                role: 'button',
                'aria-label': title,
                'aria-hidden': undefined,
            }}
        />
    );
}

/** The picked value, with its option's `title` as its tooltip. */
function TitledValue(props) {
    return (
        <selectParts.SingleValue
            {...props}
            innerProps={{ ...props.innerProps, title: props.data.title }}
        />
    );
}

/** A picked value's chip, with its option's `title` as its tooltip. */
function TitledChip(props) {
    return (
        <selectParts.MultiValue
            {...props}
            innerProps={{ ...props.innerProps, title: props.data.title }}
        />
    );
}

/** A multi dropdown's values, with the `selected_count` label as their tooltip. */
function CountedValues(props) {
    if (!props.isMulti || !props.hasValue) {
        return <selectParts.ValueContainer {...props} />;
    }
    const { labels, selectedCount } = props.selectProps.dropdown;
    const title = selectedCountText(labels.selected_count, selectedCount);
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

const controlComponents = {
    Input: ComboboxInput,
    MultiValueRemove: ChipRemove,
    ClearIndicator: LabelledClear,
    SingleValue: TitledValue,
    MultiValue: TitledChip,
    ValueContainer: CountedValues,
};

// every part react-select draws gets no emotion style: dropdown.css styles them by class
const NO_STYLE = {};
const noStyle = () => NO_STYLE;
const controlStyles = Object.fromEntries(
    [
        'container',
        'control',
        'valueContainer',
        'indicatorsContainer',
        'dropdownIndicator',
        'clearIndicator',
        'indicatorSeparator',
        'loadingIndicator',
        'input',
        'placeholder',
        'singleValue',
        'multiValue',
        'multiValueLabel',
        'multiValueRemove',
    ].map((part) => [part, noStyle])
);

// the one state dropdown.css cannot read from react-select's own classes
const controlClassNames = {
    multiValueRemove: ({ isFocused }) =>
        isFocused ? 'my-dropdown__multi-value__remove--is-focused' : '',
};

const NO_OPTIONS = [];

/** The props of react-select's Select that never change. */
export const controlProps = {
    classNamePrefix: 'my-dropdown',
    className: 'my-dropdown__container',
    unstyled: true,
    styles: controlStyles,
    classNames: controlClassNames,
    components: controlComponents,
    // the menu is ours: react-select lists nothing and never opens its own
    options: NO_OPTIONS,
    menuIsOpen: false,
    escapeClearsValue: false,
    getOptionLabel: (option) => option.text,
    getOptionValue: (option) => String(option.value),
    formatOptionLabel: (option, { context }) => (
        <OptionLabel label={option.label} place={context} />
    ),
};
