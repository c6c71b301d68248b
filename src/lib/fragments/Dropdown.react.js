import React from 'react';
import Select from 'react-select';
import { normalizeOptions } from '../options/normalizeOptions.js';

export default function Dropdown({ id, options, value, multi, placeholder, setProps }) {
    const selectOptions = normalizeOptions(options);
    const values = multi ? value || [] : [value];
    const selected = selectOptions.filter((option) => values.includes(option.value));
    const onChange = (picked) => {
        if (multi) {
            setProps({ value: (picked || []).map((option) => option.value) });
        } else {
            setProps({ value: picked ? picked.value : null });
        }
    };
    return (
        <div id={id}>
            <Select
                options={selectOptions}
                value={multi ? selected : selected[0] || null}
                isMulti={multi}
                placeholder={placeholder}
                onChange={onChange}
            />
        </div>
    );
}
