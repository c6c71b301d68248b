// plotly.js events -> Dash props, as plain JSON.
import { annotationEventData } from '../figure/annotationEvent.js';
import { pointEventData } from '../selections/selectedData.js';

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Binds the plotly events of `gd`; `graph` is the GraphController that owns it. */
export function bindEvents(gd, graph) {
    gd.on('plotly_selecting', () => graph.redrawGuard?.selectingSeen());
    gd.on('plotly_selected', (event) => {
        // plotly has drawn the end of the drag by now
        graph.redrawGuard?.disarm();
        // a click without a drag in select mode: not a selection
        if (event !== undefined) {
            graph.onSelected(event);
        }
    });
    gd.on('plotly_deselect', () => {
        graph.redrawGuard?.disarm();
        graph.onDeselect();
    });
    gd.on('plotly_click', (event) => {
        const clickData = pointEventData(event);
        if (clickData) {
            graph.setProps({ clickData });
        }
    });
    gd.on('plotly_clickannotation', (event) => {
        const clickAnnotationData = annotationEventData(event);
        if (clickAnnotationData) {
            graph.setProps({ clickAnnotationData });
        }
    });
    gd.on('plotly_hover', (event) => {
        const hoverData = pointEventData(event);
        if (hoverData && !sameJson(hoverData, graph.props.hoverData)) {
            graph.setProps({ hoverData });
        }
    });
    gd.on('plotly_unhover', () => {
        if (graph.props.clear_on_unhover) {
            graph.setProps({ hoverData: null });
        }
    });
    gd.on('plotly_relayout', (event) => {
        // our own relayouts (applying `selections`) are not user edits
        if (!graph.source && event && !sameJson(event, graph.props.relayoutData)) {
            graph.setProps({ relayoutData: event });
        }
    });
    gd.on('plotly_restyle', (event) => {
        if (!graph.source && event && !sameJson(event, graph.props.restyleData)) {
            graph.setProps({ restyleData: event });
        }
    });
}
