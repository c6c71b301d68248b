const NO_CONTEXT = () => null;

/**
 * Whether a callback is computing one of the Dropdown's props: Dash 3+'s documented
 * `dash_component_api.useDashContext().useLoading()`, else the `loading_state` prop that
 * Dash 2's renderer passes.
 */
export function useDashLoading(loadingState) {
    const api = window.dash_component_api;
    // the same functions on every render of a page: hooks stay in a fixed order
    const context = ((api && api.useDashContext) || NO_CONTEXT)();
    if (context && typeof context.useLoading === 'function') {
        return Boolean(context.useLoading());
    }
    return Boolean(loadingState && loadingState.is_loading);
}
