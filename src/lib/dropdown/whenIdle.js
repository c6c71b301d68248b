/** Runs `work` when the page is idle (within 2 s at the latest); returns a cancel function. */
export function whenIdle(work) {
    if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(work, { timeout: 2000 });
        return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(work, 200);
    return () => clearTimeout(handle);
}

// idle time left to the browser in each slot
const IDLE_MARGIN_MS = 3;

/**
 * Runs `work(hasTime)` in idle slots until it returns true; `hasTime()` says whether the slot
 * has time left (never where there are no idle deadlines: `work` must then still make a step
 * per call). Returns a cancel function.
 */
export function inIdleSlices(work) {
    let cancel = null;
    const step = (deadline) => {
        const done = work(
            () => Boolean(deadline) && deadline.timeRemaining() > IDLE_MARGIN_MS
        );
        cancel = done ? null : whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel && cancel();
}
