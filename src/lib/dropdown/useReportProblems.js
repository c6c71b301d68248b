import { useEffect } from 'react';

/** One console error per new options naming each entry that was skipped as bad. */
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
