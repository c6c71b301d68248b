import React, { Component, Suspense, lazy } from 'react';
import PropTypes from 'prop-types';
import { loadFragment } from '../loaders/loadFragment.js';
import loadMathJax from '../loaders/loadMathJax.js';
import loadPlotly from '../loaders/loadPlotly.js';

const { array, bool, func, object, oneOf, oneOfType, string } = PropTypes;

const RealGraph = lazy(() => loadFragment('graph'));

// Named, as react-docgen prints their source into the Python docstrings.
const DEFAULT_FIGURE = { data: [], layout: {}, frames: [] };
const DEFAULT_CONFIG = {};
const DEFAULT_ANIMATION = {
    frame: { redraw: false },
    transition: { duration: 750, ease: 'cubic-in-out' },
};

/**
 * A plotly.js graph, a drop-in for dcc.Graph: box and lasso selections stay on the plot and can
 * be moved and resized, preset selections from the figure are drawn and reported, and the
 * `selections` prop reads and sets them. plotly.js loads only when a Graph is on the page,
 * and is shared with dcc.Graph.
 */
// A class with defaultProps, as the Dropdown: React 18.3 warns about defaultProps only on functions.
export default class Graph extends Component {
    render() {
        const { id, className, style } = this.props;
        // while the fragment loads: dcc.Graph's classes for a graph not drawn yet
        const pendingClass = ['dash-graph', 'dash-graph--pending', 'my-graph', className]
            .filter(Boolean)
            .join(' ');
        return (
            <Suspense fallback={<div id={id} className={pendingClass} style={style} />}>
                <RealGraph
                    {...this.props}
                    loadPlotly={loadPlotly}
                    loadMathJax={loadMathJax}
                />
            </Suspense>
        );
    }
}

export const propTypes = {
    /**
     * The ID of this component, used to identify dash components in callbacks.
     */
    id: string,

    // A plain object, not PropTypes.exact: a malformed figure must reach the graph, which says
    // what is wrong in its own area instead of failing Dash's prop check.
    /**
     * The plotly.js figure: `data` (list of traces), `layout` and `frames`, as from a plotly
     * `go.Figure`. Preset selections in `layout.selections` are drawn and reported in
     * `selectedData` and `selections`. A figure plotly.js cannot draw (data not a list, a trace
     * type it does not know, a number that is NaN) shows a short message in the graph's area.
     */
    figure: object,

    /**
     * plotly.js config options (modebar, scrollZoom, displaylogo, ...), see
     * https://plotly.com/javascript/configuration-options/
     */
    config: object,

    /**
     * True: the graph follows its container's size (and fills its parent's height when `style`
     * sets none). False: it keeps the figure's size. 'auto' (default): responsive when
     * config.responsive is set and the layout leaves width or height free; as dcc.Graph, the
     * plot is also fitted to its container on its first draw and when the container resizes,
     * unless the layout sets both width and height.
     */
    responsive: oneOf([true, false, 'auto']),

    /**
     * The style of the graph's outer div.
     */
    style: object,

    /**
     * The class name of the graph's outer div.
     */
    className: string,

    /**
     * If True, a new figure with as many traces is reached by plotly.js animate (default False).
     */
    animate: bool,

    /**
     * The options of plotly.js animate, used when `animate` is True
     * (default: a 750 ms cubic-in-out transition without redraw).
     */
    animation_options: object,

    /**
     * If True, `hoverData` becomes None when the mouse leaves the points (default False).
     */
    clear_on_unhover: bool,

    /**
     * The last clicked point(s), with the fields dcc.Graph gives: {"points": [{"curveNumber",
     * "pointNumber", "pointIndex", "x", "y", "customdata", "bbox", ...}], "timestamp"} (the
     * timestamp makes a second click on the same point fire callbacks again). Read-only.
     */
    clickData: object,

    /**
     * The last clicked annotation (one with `captureevents=True` in the figure): {"index",
     * "annotation" (as given in the figure), "fullAnnotation" (with plotly's defaults filled
     * in), "timestamp"}. Read-only.
     */
    clickAnnotationData: object,

    /**
     * If True, LaTeX in the figure ($...$ in titles, axis labels, annotations) is typeset with
     * MathJax 3, loaded on first use (the page's own MathJax 3 when it has one).
     */
    mathjax: bool,

    /**
     * The last hovered point(s), in the form of `clickData` (without "timestamp"). Read-only.
     */
    hoverData: object,

    /**
     * The current selection: "points" (or "indices", see `selected_data_format`), "range" for a
     * box or "lassoPoints" for a lasso (the last one drawn), and "selections" (as in
     * `selections`). Filled on load when the figure has preset selections; None when nothing is
     * selected (double-click clears). Read-only.
     */
    selectedData: object,

    /**
     * The current selections, in plotly's layout.selections form: {"type": "rect", "x0", "y0",
     * "x1", "y1", "xref", "yref"} or {"type": "path", "path", "xref", "yref"}. Drawing, moving,
     * resizing or clearing a selection updates it; setting it draws those selections and updates
     * `selectedData` ([] clears). An entry of another shape is ignored with a console error.
     * A figure without x/y axes (only pies, 3D, polar... traces) keeps them but draws none.
     */
    selections: array,

    /**
     * If False, a box or lasso selection leaves no outline on the plot once made (the look
     * before persistent selections); selectedData still arrives. Default True.
     */
    selection_outline: bool,

    /**
     * The form of `selectedData`: 'points' (default, as dcc.Graph: one dict per point) or
     * 'indices' ({"indices": [[...], ...]}, one list of point indices per trace, and no
     * "points"): a selection of 100,000 points stays a small payload.
     */
    selected_data_format: oneOf(['points', 'indices']),

    /**
     * Data from the last relayout event (zoom, pan, selections, ...): {<attribute>: <value>}.
     * Read-only.
     */
    relayoutData: object,

    /**
     * Data from the last restyle event (legend clicks, ...): [edits, trace indices]. Read-only.
     */
    restyleData: array,

    /**
     * Data to append to traces, applied once per new value: [updateData, traceIndices,
     * maxPoints] or updateData alone, as plotly.js extendTraces.
     */
    extendData: oneOfType([array, object]),

    /**
     * Data to prepend to traces, in the form of `extendData`, as plotly.js prependTraces.
     */
    prependData: oneOfType([array, object]),

    /**
     * Dash-assigned callback that should be called to report property changes
     * to Dash, to make them available for callbacks.
     */
    setProps: func,
};

Graph.propTypes = propTypes;
Graph.defaultProps = {
    figure: DEFAULT_FIGURE,
    config: DEFAULT_CONFIG,
    responsive: 'auto',
    animate: false,
    animation_options: DEFAULT_ANIMATION,
    clear_on_unhover: false,
    clickData: null,
    hoverData: null,
    selectedData: null,
    relayoutData: null,
    restyleData: null,
    selection_outline: true,
    selected_data_format: 'points',
    mathjax: false,
};
