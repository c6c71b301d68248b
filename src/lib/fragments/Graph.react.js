import React, { useLayoutEffect, useRef, useState } from 'react';
import { propTypes } from '../components/Graph.react.js';
import GraphController from './GraphController.js';
import { styleFor } from '../figure/responsive.js';

const RESIZE_DEBOUNCE_MS = 50;

// Hides drawn selections (and the handles of the active one) when selection_outline is False.
const NO_OUTLINE_CSS =
    '.my-graph--no-outline .selectionlayer,.my-graph--no-outline .outline-controllers' +
    '{display:none}';

function ensureNoOutlineStyle() {
    if (!document.getElementById('my-graph-styles')) {
        const style = document.createElement('style');
        style.id = 'my-graph-styles';
        style.textContent = NO_OUTLINE_CSS;
        document.head.appendChild(style);
    }
}

/**
 * The plotly.js graph behind my_components.Graph; props as documented there, plus `loadPlotly`
 * and `loadMathJax` from the light component (which holds the script loaders). A function with
 * hooks rather than a class: no `this.` to ship, and the graph chunk has a byte budget.
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
        ensureNoOutlineStyle();
        const graph = (controller.current = new GraphController(plotDiv.current, {
            setProps: (changes) => previous.current.setProps?.(changes),
            onError: (message) => mounted && setError(message),
            loadMathJax: props.loadMathJax,
        }));
        props.loadPlotly().then(
            (plotly) => mounted && graph.start(plotly),
            (reason) => mounted && graph.fail(`plotly.js did not load: ${reason}`)
        );
        const observer =
            typeof ResizeObserver !== 'undefined' &&
            new ResizeObserver(() => {
                clearTimeout(resizeTimer);
                resizeTimer = setTimeout(() => graph.resize(), RESIZE_DEBOUNCE_MS);
            });
        if (observer) {
            observer.observe(outer.current);
        }
        return () => {
            mounted = false;
            clearTimeout(resizeTimer);
            if (observer) {
                observer.disconnect();
            }
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
