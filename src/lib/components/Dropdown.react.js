import React, { Suspense, lazy } from 'react';
import PropTypes from 'prop-types';

const RealDropdown = lazy(
    () => import(/* webpackChunkName: "dropdown" */ '../fragments/Dropdown.react.js')
);

/**
 * A dropdown to pick one or several options, built on react-select.
 */
export default function Dropdown({
    options = [],
    multi = false,
    placeholder = 'Select...',
    ...rest
}) {
    return (
        <Suspense fallback={null}>
            <RealDropdown
                options={options}
                multi={multi}
                placeholder={placeholder}
                {...rest}
            />
        </Suspense>
    );
}

export const propTypes = {
    /**
     * The ID of this component, used to identify dash components in callbacks.
     */
    id: PropTypes.string,

    /**
     * The options to choose from: a list of strings, or of dicts with `label` and `value`.
     */
    options: PropTypes.arrayOf(
        PropTypes.oneOfType([
            PropTypes.string,
            PropTypes.exact({
                label: PropTypes.string,
                value: PropTypes.string,
            }),
        ])
    ),

    /**
     * The value of the input: one option's value, or a list of them when `multi` is True.
     */
    value: PropTypes.oneOfType([PropTypes.string, PropTypes.arrayOf(PropTypes.string)]),

    /**
     * If True, the user can pick several options and `value` is a list.
     */
    multi: PropTypes.bool,

    /**
     * The grey text shown while no value is chosen.
     */
    placeholder: PropTypes.string,

    /**
     * Dash-assigned callback that should be called to report property changes
     * to Dash, to make them available for callbacks.
     */
    setProps: PropTypes.func,
};

Dropdown.propTypes = propTypes;
