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

/** The clear control, with the `clear_selection` label as its tooltip. */
function LabelledClear(props) {
    const title = props.selectProps.dropdown.labels.clear_selection;
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

export const controlComponents = {
    Input: ComboboxInput,
    MultiValueRemove: ChipRemove,
    ClearIndicator: LabelledClear,
    ValueContainer: CountedValues,
};

// every part react-select draws gets no emotion style: dropdown.css styles them by class
const NO_STYLE = {};
const noStyle = () => NO_STYLE;
export const controlStyles = Object.fromEntries(
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
export const controlClassNames = {
    multiValueRemove: ({ isFocused }) =>
        isFocused ? 'my-dropdown__multi-value__remove--is-focused' : '',
};

export const getOptionLabel = (option) => option.text;
export const getOptionValue = (option) => String(option.value);
export const formatOptionLabel = (option, { context }) => (
    <OptionLabel label={option.label} place={context} />
);
