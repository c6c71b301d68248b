// plotly.js events -> Dash props, as plain JSON, with the fields and timing of dcc.Graph.
import { annotationEventData } from './events/annotationEvent.js';
import { pointEventData } from './events/pointData.js';
import { editsShapes, figureWithShapes, plainShapes } from './events/shapes.js';

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Binds the plotly events of `gd` for `graph`, the GraphController that owns it: its current
 * props, its `source` (who is changing the plot: our own relayouts and restyles are not user
 * edits), its selections and setProps.
 */
export function bindEvents(gd, graph) {
    const setProps = (changes) => graph.setProps(changes);
    // `value` (if any) for prop `name`, unless the prop holds that already
    const reportNew = (name, value) => {
        if (value && !sameJson(value, graph.props[name])) {
            setProps({ [name]: value });
        }
    };
    gd.on('plotly_selected', (event) => {
        // a click without a drag in select mode: not a selection
        if (event !== undefined) {
            graph.selections.onSelected(event);
        }
    });
    gd.on('plotly_deselect', () => graph.selections.onDeselect());
    gd.on('plotly_click', (event) => {
        const clickData = pointEventData(event, gd.data);
        if (clickData) {
            // a new value each time, so that a second click on the same point fires callbacks
            clickData.timestamp = Date.now();
            setProps({ clickData });
        }
    });
    gd.on('plotly_clickannotation', (event) => {
        const clickAnnotationData = annotationEventData(event, Date.now());
        if (clickAnnotationData) {
            setProps({ clickAnnotationData });
        }
    });
    gd.on('plotly_hover', (event) =>
        reportNew('hoverData', pointEventData(event, gd.data))
    );
    gd.on('plotly_unhover', () => {
        if (graph.props.clear_on_unhover) {
            setProps({ hoverData: null });
        }
    });
    gd.on('plotly_relayout', (event) => {
        if (graph.source) {
            return;
        }
        reportNew('relayoutData', event);
        if (editsShapes(event)) {
            // shapes drawn, moved or resized go back into the figure, as with dcc.Graph
            const shapes = plainShapes(gd.layout.shapes);
            const figure = shapes && figureWithShapes(graph.props.figure, shapes);
            if (figure) {
                graph.figureWrittenBack(figure);
                setProps({ figure });
            }
        }
    });
    gd.on('plotly_restyle', (event) => graph.source || reportNew('restyleData', event));
}
