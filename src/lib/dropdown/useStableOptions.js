import { useRef } from 'react';
import { sameOptions } from './options/sameOptions.js';

const NO_CONTEXT = () => null;

/**
 * The `options` array as stored in Dash's layout, before Dash re-wrapped the labels for this
 * render: the same array as long as no callback replaced the options. Dash 3+ only
 * (window.dash_component_api); undefined elsewhere.
 */
function useLayoutOptions() {
    const api = window.dash_component_api;
    try {
        // the same function on every render of a page: hooks stay in a fixed order
        const context = ((api && api.useDashContext) || NO_CONTEXT)();
        if (!context || !context.componentPath || typeof api.getLayout !== 'function') {
            return undefined;
        }
        const node = api.getLayout(context.componentPath);
        return node && node.props ? node.props.options : undefined;
    } catch {
        return undefined;
    }
}

/**
 * The previous `options` while the new ones describe the same options (see sameOptions).
 * Dash re-renders the Dropdown after each of its own setProps (search_value, value) with a
 * fresh options array; comparing many options is slow, so where Dash's layout shows
 * the stored array unchanged the comparison is skipped.
 */
export function useStableOptions(options) {
    const layoutOptions = useLayoutOptions();
    const kept = useRef(options);
    // the raw prop and the layout's array last compared
    const seen = useRef({ options, layoutOptions });
    const last = seen.current;
    if (last.options !== options) {
        const unchanged =
            layoutOptions !== undefined && layoutOptions === last.layoutOptions;
        if (!unchanged && !sameOptions(kept.current, options)) {
            kept.current = options;
        }
    }
    seen.current = { options, layoutOptions };
    return kept.current;
}
