// plotly.js events -> Dash props, as plain JSON.
import { pointEventData } from '../selections/selectedData.js';

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Binds the plotly events of `gd` for the controller that owns it: `props()` are its current
 * props, `busy()` says whether the controller itself is changing the plot (its relayouts and
 * restyles are not user edits), `onSelected(event)` and `onDeselect()` take the selections,
 * `loadExtras()` resolves with GraphExtras.
 */
export function bindEvents(
    gd,
    { props, busy, setProps, onSelected, onDeselect, loadExtras }
) {
    // `value` (if any) for prop `name`, unless the prop holds that already
    const reportNew = (name, value) => {
        if (value && !sameJson(value, props()[name])) {
            setProps({ [name]: value });
        }
    };
    gd.on('plotly_selected', (event) => {
        // a click without a drag in select mode: not a selection
        if (event !== undefined) {
            onSelected(event);
        }
    });
    gd.on('plotly_deselect', () => onDeselect());
    gd.on('plotly_click', (event) => {
        const clickData = pointEventData(event);
        if (clickData) {
            setProps({ clickData });
        }
    });
    gd.on('plotly_clickannotation', (event) => {
        const now = Date.now();
        // converted in GraphExtras: few figures have annotations that capture clicks
        loadExtras().then(({ annotationEventData }) => {
            const clickAnnotationData = annotationEventData(event, now);
            if (clickAnnotationData) {
                setProps({ clickAnnotationData });
            }
        });
    });
    gd.on('plotly_hover', (event) => reportNew('hoverData', pointEventData(event)));
    gd.on('plotly_unhover', () => {
        if (props().clear_on_unhover) {
            setProps({ hoverData: null });
        }
    });
    gd.on('plotly_relayout', (event) => busy() || reportNew('relayoutData', event));
    gd.on('plotly_restyle', (event) => busy() || reportNew('restyleData', event));
}
