import { useEffect } from 'react';

/** One console error per new options, naming each entry that was skipped as bad. */
export function useReportProblems(normalized, id) {
    useEffect(() => {
        if (normalized.problems.length) {
            console.error(
                `my_components.Dropdown${id ? ` (id ${id})` : ''}: bad options: ` +
                    normalized.problems.join('; ')
            );
        }
    }, [normalized]);
}

/** One console error for an `optionHeight` that is neither a positive number nor 'auto'. */
export function useReportOptionHeight(optionHeight, id) {
    useEffect(() => {
        const valid =
            optionHeight === undefined ||
            optionHeight === 'auto' ||
            (typeof optionHeight === 'number' && optionHeight > 0);
        if (!valid) {
            console.error(
                `my_components.Dropdown${id ? ` (id ${id})` : ''}: optionHeight ` +
                    `${JSON.stringify(optionHeight)} is neither a positive number nor 'auto': ` +
                    'rows are as tall as their text'
            );
        }
    }, [optionHeight]);
}
