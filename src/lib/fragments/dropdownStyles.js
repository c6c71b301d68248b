/**
 * The Dropdown control's look as one static stylesheet, keyed on the state classes react-select
 * already sets (`my-dropdown__control--is-focused`, ...), instead of react-select's emotion
 * styles: those are serialised on every render and a state they have not met yet (focus, menu
 * open, typed text) inserts a new rule, which makes the browser recompute the page's styles in
 * the middle of opening the menu. Values are react-select 5's default theme. The menu's rows
 * take their look from here too: fewer inline style properties for React to set per row.
 */

const STYLE_ELEMENT_ID = 'my-dropdown-styles';

const CSS = `
.my-dropdown__container {
    position: relative;
    box-sizing: border-box;
}
.my-dropdown--is-disabled {
    pointer-events: none;
}
.my-dropdown__control {
    align-items: center;
    cursor: default;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    min-height: 38px;
    outline: 0 !important;
    position: relative;
    transition: all 100ms;
    background-color: hsl(0, 0%, 100%);
    border: 1px solid hsl(0, 0%, 80%);
    border-radius: 4px;
    box-sizing: border-box;
}
.my-dropdown__control:hover {
    border-color: hsl(0, 0%, 70%);
}
.my-dropdown__control--is-focused,
.my-dropdown__control--is-focused:hover {
    border-color: #2684ff;
    box-shadow: 0 0 0 1px #2684ff;
}
.my-dropdown__control--is-disabled {
    background-color: hsl(0, 0%, 95%);
    border-color: hsl(0, 0%, 90%);
}
.my-dropdown__value-container {
    align-items: center;
    display: grid;
    flex: 1;
    flex-wrap: wrap;
    position: relative;
    overflow: hidden;
    padding: 2px 8px;
    box-sizing: border-box;
}
.my-dropdown__value-container--is-multi.my-dropdown__value-container--has-value {
    display: flex;
}
.my-dropdown__indicators {
    align-items: center;
    align-self: stretch;
    display: flex;
    flex-shrink: 0;
    box-sizing: border-box;
}
.my-dropdown__indicator {
    display: flex;
    transition: color 150ms;
    color: hsl(0, 0%, 80%);
    padding: 8px;
    box-sizing: border-box;
}
.my-dropdown__indicator:hover {
    color: hsl(0, 0%, 60%);
}
.my-dropdown__control--is-focused .my-dropdown__indicator {
    color: hsl(0, 0%, 40%);
}
.my-dropdown__control--is-focused .my-dropdown__indicator:hover {
    color: hsl(0, 0%, 20%);
}
.my-dropdown__indicator-separator {
    align-self: stretch;
    width: 1px;
    background-color: hsl(0, 0%, 80%);
    margin-bottom: 8px;
    margin-top: 8px;
    box-sizing: border-box;
}
.my-dropdown__control--is-disabled .my-dropdown__indicator-separator {
    background-color: hsl(0, 0%, 90%);
}
.my-dropdown__input-container {
    visibility: visible;
    flex: 1 1 auto;
    display: inline-grid;
    grid-area: 1 / 1 / 2 / 3;
    grid-template-columns: 0 min-content;
    margin: 2px;
    padding-bottom: 2px;
    padding-top: 2px;
    color: hsl(0, 0%, 20%);
    box-sizing: border-box;
}
.my-dropdown__input-container::after {
    content: attr(data-value) ' ';
    visibility: hidden;
    white-space: pre;
    grid-area: 1 / 2;
    font: inherit;
    min-width: 2px;
    border: 0;
    margin: 0;
    outline: 0;
    padding: 0;
}
.my-dropdown--is-disabled .my-dropdown__input-container {
    visibility: hidden;
}
.my-dropdown__placeholder {
    grid-area: 1 / 1 / 2 / 3;
    color: hsl(0, 0%, 50%);
    margin-left: 2px;
    margin-right: 2px;
    box-sizing: border-box;
}
.my-dropdown__single-value {
    grid-area: 1 / 1 / 2 / 3;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: hsl(0, 0%, 20%);
    margin-left: 2px;
    margin-right: 2px;
    box-sizing: border-box;
}
.my-dropdown__single-value--is-disabled {
    color: hsl(0, 0%, 60%);
}
.my-dropdown__multi-value {
    display: flex;
    min-width: 0;
    background-color: hsl(0, 0%, 90%);
    border-radius: 2px;
    margin: 2px;
    box-sizing: border-box;
}
.my-dropdown__multi-value__label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    border-radius: 2px;
    color: hsl(0, 0%, 20%);
    font-size: 85%;
    padding: 3px 3px 3px 6px;
    box-sizing: border-box;
}
.my-dropdown__multi-value__remove {
    align-items: center;
    display: flex;
    border-radius: 2px;
    padding-left: 4px;
    padding-right: 4px;
    box-sizing: border-box;
}
.my-dropdown__multi-value__remove:hover,
.my-dropdown__multi-value__remove--is-focused {
    background-color: #ffbdad;
}
.my-dropdown__multi-value__remove:hover {
    color: #de350b;
}
.my-dropdown__option,
.my-dropdown__group-heading {
    box-sizing: border-box;
    padding: 0 12px;
    display: flex;
    align-items: center;
}
.my-dropdown__option {
    color: inherit;
    background: transparent;
    cursor: pointer;
}
.my-dropdown__option--is-focused {
    background: #deebff;
}
.my-dropdown__option--is-selected {
    color: white;
    background: #2684ff;
}
.my-dropdown__option--is-selected.my-dropdown__option--is-focused {
    background: #1f6fe0;
}
.my-dropdown__option.my-dropdown__option--is-disabled {
    color: hsl(0, 0%, 60%);
    background: transparent;
    cursor: default;
}
.my-dropdown__option.my-dropdown__option--is-disabled.my-dropdown__option--is-focused {
    background: #f2f2f2;
}
.my-dropdown__group-heading {
    color: hsl(0, 0%, 40%);
    font-size: 75%;
    font-weight: 600;
    text-transform: uppercase;
}
/* one flex item, so a label made of several components keeps its inline spacing */
.my-dropdown__row-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
}
`;

/** Adds the stylesheet to the page once (several Dropdowns, or the chunk loaded twice, share it). */
export function injectDropdownStyles() {
    if (typeof document === 'undefined' || document.getElementById(STYLE_ELEMENT_ID)) {
        return;
    }
    const element = document.createElement('style');
    element.id = STYLE_ELEMENT_ID;
    element.textContent = CSS;
    document.head.appendChild(element);
}

/** The same stylesheet inside `root` (a shadow root: the page's stylesheets stop at its edge). */
export function copyDropdownStyles(root) {
    const element = document.createElement('style');
    element.textContent = CSS;
    root.appendChild(element);
}

// react-select's `styles`: every part it draws gets no emotion style (the stylesheet has them)
const NO_STYLE = {};
const noStyle = () => NO_STYLE;
export const selectStyles = Object.fromEntries(
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

// the one state the stylesheet cannot read from react-select's own classes
export const selectClassNames = {
    multiValueRemove: ({ isFocused }) =>
        isFocused ? 'my-dropdown__multi-value__remove--is-focused' : '',
};
