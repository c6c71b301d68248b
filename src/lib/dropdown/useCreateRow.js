import { useMemo } from 'react';
import { CREATE_ROW, takenNames, textToCreate } from './options/createOption.js';
import { createRowText } from './options/menuLabels.js';

/**
 * `creatable`: the menu's rows with the create row first when the search text offers one.
 * Returns {rows, created (the text to create, or null), createLabel (the row's words)}.
 */
export function useCreateRow(
    optionRows,
    { creatable, normalized, searchText, values, words }
) {
    // the options' folded names, made on the first text typed
    const names = useMemo(() => {
        let taken = null;
        return () => {
            taken = taken || takenNames(normalized.options);
            return taken;
        };
    }, [normalized]);
    const created = useMemo(
        () =>
            creatable && searchText.trim() !== ''
                ? textToCreate(searchText, names(), values)
                : null,
        [creatable, searchText, names, values]
    );
    const rows = useMemo(
        () => (created === null ? optionRows : [CREATE_ROW, ...optionRows]),
        [optionRows, created]
    );
    const createLabel = created === null ? '' : createRowText(words.create, created);
    return { rows, created, createLabel };
}
