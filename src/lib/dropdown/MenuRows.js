import React, { useLayoutEffect, useRef } from 'react';
import { groupOfHeadingRow, isHeadingRow } from './options/menuRows.js';
import { isCreateRow } from './options/createOption.js';
import { OptionLabel } from './OptionLabel.js';

/** The row that creates an option from the typed text (`creatable`): its words, as text. */
function CreateRow({ index, data, style, innerRef }) {
    const focused = index === data.focusedRow;
    return (
        <div
            id={data.optionId(index)}
            role="option"
            aria-selected={false}
            className={
                'my-dropdown__option my-dropdown__option--create' +
                (focused ? ' my-dropdown__option--is-focused' : '')
            }
            style={style}
            data-row={index}
            ref={innerRef}
            onClick={() => data.pickRow(index)}
            onMouseMove={focused ? undefined : () => data.focusRow(index)}
        >
            <span className="my-dropdown__row-label">{data.createLabel}</span>
        </div>
    );
}

/** One row's element: a group heading or an option, with the style and ref given. */
function RowElement({ index, data, style, innerRef }) {
    const row = data.rows[index];
    if (isCreateRow(row)) {
        return <CreateRow index={index} data={data} style={style} innerRef={innerRef} />;
    }
    if (isHeadingRow(row)) {
        return (
            <div
                style={style}
                className="my-dropdown__group-heading"
                role="presentation"
                data-row={index}
                ref={innerRef}
            >
                <span className="my-dropdown__row-label">
                    <OptionLabel
                        label={data.groups[groupOfHeadingRow(row)].label}
                        place="menu"
                    />
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
            data-row={index}
            ref={innerRef}
            onClick={() => data.pickRow(index)}
            onMouseMove={focused ? undefined : () => data.focusRow(index)}
        >
            <span className="my-dropdown__row-label">
                <OptionLabel label={option.label} place="menu" />
            </span>
        </div>
    );
}

/** A row of a list of rows that all have `optionHeight`: react-window places and sizes it. */
export function FixedRow({ index, style, data }) {
    return <RowElement index={index} data={data} style={style} />;
}

/**
 * A row as tall as its text ('auto'): react-window places a box, the row inside it takes its
 * natural height, which `data.rowObserver` measures while the row is in the DOM.
 */
export function MeasuredRow({ index, style, data }) {
    const element = useRef(null);
    const { rowObserver } = data;
    useLayoutEffect(() => {
        const row = element.current;
        if (!rowObserver || !row) {
            return undefined;
        }
        rowObserver.observe(row);
        return () => rowObserver.unobserve(row);
    }, [rowObserver]);
    return (
        <div style={style}>
            <RowElement index={index} data={data} innerRef={element} />
        </div>
    );
}
