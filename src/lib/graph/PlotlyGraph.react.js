import React, { useLayoutEffect, useRef, useState } from 'react';
import GraphController from './GraphController.js';
import { addNoOutlineStyle } from './noOutlineStyle.js';
import { styleFor } from './figure/responsive.js';

const RESIZE_DEBOUNCE_MS = 50;

/**
 * Whether Dash is running a callback that outputs to this component: Dash 3+ says so through its
 * component API (a hook, the same on every render of a page), Dash 2 through `loading_state`.
 */
function useIsLoading(loadingState) {
    const api = window.dash_component_api;
    if (api && api.useDashContext) {
        return api.useDashContext().useLoading();
    }
    return Boolean(loadingState && loadingState.is_loading);
}

/**
 * The plotly.js graph behind my_components.Graph, props as documented there (Dash checks them
 * on the light component), plus `loadPlotly` and `loadMathJax` from it (it holds the loaders).
 */
export default function PlotlyGraph(props) {
    const { id, className, style, responsive, selection_outline, loading_state } = props;
    const [error, setError] = useState(null);
    const loading = useIsLoading(loading_state);
    const outer = useRef();
    const plotHost = useRef();
    const controller = useRef();
    const previous = useRef(null);

    // Layout effects, as componentDidMount/Update: plotting starts in the same commit.
    useLayoutEffect(() => {
        let mounted = true;
        let resizeTimer;
        const graph = (controller.current = new GraphController(plotHost.current, {
            setProps: (changes) => previous.current.setProps?.(changes),
            onError: (message) => mounted && setError(message),
            loadMathJax: props.loadMathJax,
        }));
        props.loadPlotly().then(
            (plotly) => mounted && graph.start(plotly),
            (reason) => mounted && graph.fail(`plotly.js did not load: ${reason}`)
        );
        // also when a container that was display:none is shown
        const observer = new ResizeObserver(() => {
            clearTimeout(resizeTimer);
            resizeTimer = setTimeout(() => graph.resize(true), RESIZE_DEBOUNCE_MS);
        });
        observer.observe(outer.current);
        return () => {
            mounted = false;
            clearTimeout(resizeTimer);
            observer.disconnect();
            graph.destroy();
        };
    }, []);

    // Every new props object reaches the controller once (not a re-render for our own error).
    useLayoutEffect(() => {
        if (previous.current !== props) {
            if (!props.selection_outline) {
                addNoOutlineStyle();
            }
            controller.current.update(props, previous.current);
            previous.current = props;
        }
    });

    // dash-graph: dcc.Graph's class, which app stylesheets and tests target
    const classes = [
        'dash-graph',
        'my-graph',
        className,
        !selection_outline && 'my-graph--no-outline',
    ];
    return (
        <div
            id={id}
            ref={outer}
            className={classes.filter(Boolean).join(' ')}
            style={styleFor(style, responsive)}
            data-dash-is-loading={loading || undefined}
        >
            {error && (
                <div className="my-graph-error" role="alert">
                    {`Graph error: ${error}`}
                </div>
            )}
            <div
                ref={plotHost}
                style={{
                    height: '100%',
                    width: '100%',
                    display: error ? 'none' : 'block',
                }}
            />
        </div>
    );
}
