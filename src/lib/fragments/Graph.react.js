import React, { Component, createRef } from 'react';
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
 * and `loadMathJax` from the light component (which holds the script loaders).
 */
export default class Graph extends Component {
    constructor(props) {
        super(props);
        this.outer = createRef();
        this.plotDiv = createRef();
        this.state = { error: null };
    }

    componentDidMount() {
        ensureNoOutlineStyle();
        this.controller = new GraphController(this.plotDiv.current, {
            setProps: (changes) => this.props.setProps && this.props.setProps(changes),
            onError: (error) => !this.unmounted && this.setState({ error }),
            loadMathJax: this.props.loadMathJax,
        });
        this.controller.update(this.props, null);
        this.props.loadPlotly().then(
            (plotly) => !this.unmounted && this.controller.start(plotly),
            (error) =>
                !this.unmounted &&
                this.controller.fail(`plotly.js did not load: ${error}`)
        );
        if (typeof ResizeObserver !== 'undefined') {
            this.observer = new ResizeObserver(() => {
                clearTimeout(this.resizeTimer);
                this.resizeTimer = setTimeout(
                    () => this.controller.resize(),
                    RESIZE_DEBOUNCE_MS
                );
            });
            this.observer.observe(this.outer.current);
        }
    }

    componentDidUpdate(previous) {
        if (previous !== this.props) {
            this.controller.update(this.props, previous);
        }
    }

    componentWillUnmount() {
        this.unmounted = true;
        clearTimeout(this.resizeTimer);
        if (this.observer) {
            this.observer.disconnect();
        }
        this.controller.destroy();
    }

    render() {
        const { id, className, style, responsive, selection_outline } = this.props;
        const { error } = this.state;
        const classes = ['my-graph'];
        if (className) {
            classes.push(className);
        }
        if (!selection_outline) {
            classes.push('my-graph--no-outline');
        }
        return (
            <div
                id={id}
                ref={this.outer}
                className={classes.join(' ')}
                style={styleFor(style, responsive)}
            >
                {error && (
                    <div className="my-graph-error" role="alert">
                        {`Graph error: ${error}`}
                    </div>
                )}
                <div
                    ref={this.plotDiv}
                    style={{
                        height: '100%',
                        width: '100%',
                        display: error ? 'none' : 'block',
                    }}
                />
            </div>
        );
    }
}

Graph.propTypes = propTypes;
