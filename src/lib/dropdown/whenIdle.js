// where the browser has no requestIdleCallback (Safari): soon after the current task instead
const FALLBACK_DELAY = 200;
// idle callbacks run at the latest after this long
const IDLE_TIMEOUT = 2000;

/**
 * Runs `work` once the page is idle: with requestIdleCallback where the browser has it,
 * else after a short timeout. Returns a function that cancels it.
 */
export function whenIdle(work) {
    if (typeof globalThis.requestIdleCallback === 'function') {
        const handle = globalThis.requestIdleCallback(() => work(), {
            timeout: IDLE_TIMEOUT,
        });
        return () => globalThis.cancelIdleCallback(handle);
    }
    const handle = setTimeout(work, FALLBACK_DELAY);
    return () => clearTimeout(handle);
}
