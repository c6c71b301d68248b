import { useRef } from 'react';

let instanceCount = 0;

/** An id of this Dropdown's own, fixed for its life, for the ids of its listbox and rows. */
export function useInstanceId() {
    const instanceId = useRef(null);
    if (instanceId.current === null) {
        instanceCount += 1;
        instanceId.current = `my-dropdown-${instanceCount}`;
    }
    return instanceId.current;
}
