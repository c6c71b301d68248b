import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle.js';

// once per page: what it warms (compiled code) is shared by every Dropdown
let warmedUp = false;

/**
 * A detached element to draw one open menu into, for one idle slot after the first Dropdown
 * mounts, then null. The first real open otherwise runs the menu's code (react-select's open
 * path, the virtual list, the rows) for the first time: V8 compiles it then, which made the
 * first open about twice as slow as the next ones.
 */
export function useMenuWarmUp() {
    const [container, setContainer] = useState(null);
    useEffect(
        () =>
            whenIdle(() => {
                if (!warmedUp) {
                    warmedUp = true;
                    setContainer(document.createElement('div'));
                }
            }),
        []
    );
    useEffect(
        () => (container ? whenIdle(() => setContainer(null)) : undefined),
        [container]
    );
    return container;
}
