/** Runs `work` when the page is idle (within 2 s at the latest); returns a cancel function. */
export function whenIdle(work) {
    if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(work, { timeout: 2000 });
        return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(work, 200);
    return () => clearTimeout(handle);
}
