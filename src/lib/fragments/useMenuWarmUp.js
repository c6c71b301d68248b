import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle.js';

// once per page: what it warms (compiled code) is shared by every Dropdown
let warmedUp = false;

// Each pass draws the menu open, then as after one and two typed letters, then closes it.
const STEPS_PER_PASS = 4;
// One pass only compiles the code; a few more let V8 optimise the paths an open and a
// keystroke take (the first real ones otherwise run them slowly, compiling as they go).
const PASSES = 3;

/**
 * What to draw the warm-up menu into, one step per idle slot after the first Dropdown mounts:
 * { container, typed } (a detached element; typed: how many letters the warm-up "typed") or
 * null. The first real open and keystroke otherwise run the menu's code (react-select's open
 * path and re-render, the virtual list, the rows) for the first time: V8 compiles it then,
 * which made the first open about twice as slow as the next ones.
 */
export function useMenuWarmUp() {
    const [step, setStep] = useState(null);
    useEffect(
        () =>
            whenIdle(() => {
                if (!warmedUp) {
                    warmedUp = true;
                    setStep({ index: 0, container: document.createElement('div') });
                }
            }),
        []
    );
    useEffect(() => {
        if (!step) {
            return undefined;
        }
        return whenIdle(() => {
            const index = step.index + 1;
            if (index >= STEPS_PER_PASS * PASSES) {
                setStep(null);
            } else if (index % STEPS_PER_PASS === STEPS_PER_PASS - 1) {
                // closed for one step: the next pass mounts the menu again
                setStep({ index, container: null });
            } else {
                setStep({
                    index,
                    container: step.container || document.createElement('div'),
                });
            }
        });
    }, [step]);
    if (!step || !step.container) {
        return null;
    }
    return { container: step.container, typed: step.index % STEPS_PER_PASS };
}
