import React, { useLayoutEffect, useRef, useState } from 'react';
import { propTypes } from '../components/Graph.react.js';
import createGraphController from './GraphController.js';
import { styleFor } from '../figure/responsive.js';

const RESIZE_DEBOUNCE_MS = 50;

/**
 * The plotly.js graph behind my_components.Graph; props as documented there, plus `loadPlotly`,
 * `loadMathJax` and `loadFragment` from the light component (which holds the script loaders).
 * A function with hooks rather than a class: no `this.` to ship (the Graph page's byte budget).
 * The no-outline class's style comes with GraphExtras (see the controller).
 */
export default function Graph(props) {
    const { id, className, style, responsive, selection_outline } = props;
    const [error, setError] = useState(null);
    const outer = useRef();
    const plotDiv = useRef();
    const controller = useRef();
    const previous = useRef(null);

    // Layout effects, as componentDidMount/Update: plotting starts in the same commit.
    useLayoutEffect(() => {
        let mounted = true;
        let resizeTimer;
        const graph = (controller.current = createGraphController(plotDiv.current, {
            setProps: (changes) => previous.current.setProps?.(changes),
            onError: (message) => mounted && setError(message),
            loadMathJax: props.loadMathJax,
            loadFragment: props.loadFragment,
        }));
        props.loadPlotly().then(
            (plotly) => mounted && graph.start(plotly),
            (reason) => mounted && graph.fail(`plotly.js did not load: ${reason}`)
        );
        // in every browser Dash supports
        const observer = new ResizeObserver(() => {
            clearTimeout(resizeTimer);
            resizeTimer = setTimeout(() => graph.resize(), RESIZE_DEBOUNCE_MS);
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
            controller.current.update(props, previous.current);
            previous.current = props;
        }
    });

    return (
        <div
            id={id}
            ref={outer}
            className={[
                'my-graph',
                className,
                !selection_outline && 'my-graph--no-outline',
            ]
                .filter(Boolean)
                .join(' ')}
            style={styleFor(style, responsive)}
        >
            {error && (
                <div className="my-graph-error" role="alert">
                    {`Graph error: ${error}`}
                </div>
            )}
            <div
                ref={plotDiv}
                style={{
                    height: '100%',
                    width: '100%',
                    display: error ? 'none' : 'block',
                }}
            />
        </div>
    );
}

Graph.propTypes = propTypes;
