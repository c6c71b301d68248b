"""A scattergl Graph beside a dcc.Graph of the same figure: after the same mouse actions both
canvases show the same pixels, while ours skips plotly's repeated WebGL draw at the end of a drag
selection (the draw that holds a page without GPU for a full render of the points)."""

from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until
from graph_helpers import box, echo_json, figure, read_json
from selenium.webdriver.common.action_chains import ActionChains

import my_components

GRAPHS = ("ours", "theirs")

# Counts the WebGL clear and draw calls per graph (the id of the graph holding the canvas), and
# keeps the counts at each mouse release.
COUNT_DRAWS = """
window.__draws = {ours: 0, theirs: 0};
window.__atRelease = null;
for (const name of ['clear', 'drawArrays', 'drawElements']) {
    const original = WebGLRenderingContext.prototype[name];
    WebGLRenderingContext.prototype[name] = function () {
        const graph = this.canvas.closest('#ours, #theirs');
        if (graph) window.__draws[graph.id] += 1;
        return original.apply(this, arguments);
    };
}
window.addEventListener('mouseup', () => { window.__atRelease = {...window.__draws}; }, true);
"""
DRAWS_SINCE_RELEASE = (
    "return {ours: __draws.ours - __atRelease.ours, theirs: __draws.theirs - __atRelease.theirs};"
)
PIXELS = "return document.querySelector(`#${arguments[0]} canvas.gl-canvas-context`).toDataURL();"


def gl_figure():
    fig = figure()
    fig["data"][0].update(type="scattergl", marker={"size": 14, "color": "#1f77b4"})
    return fig


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="ours", figure=gl_figure()),
            dcc.Graph(id="theirs", figure=gl_figure()),
            html.Pre(id="ours-selected"),
            html.Pre(id="theirs-selected"),
        ]
    )
    for graph_id in GRAPHS:
        echo_json(app, "selectedData", f"{graph_id}-selected", graph_id=graph_id)
    return app


def selected_of(dash_duo, graph_id):
    selected = read_json(dash_duo, f"#{graph_id}-selected")
    return sorted(p["pointIndex"] for p in selected["points"]) if selected else None


def wait_selected(dash_duo, graph_id, expected):
    until(lambda: selected_of(dash_duo, graph_id) == expected, timeout=8)


def pixels(dash_duo, graph_id):
    return dash_duo.driver.execute_script(PIXELS, graph_id)


def wait_frames(dash_duo):
    """Waits for two animation frames: whatever was drawn before has reached the canvas."""
    dash_duo.driver.execute_async_script(
        "const done = arguments[0];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done()));"
    )


def pan_x_axis(dash_duo, graph_id, dx):
    """Drag the middle of the x axis sideways: plotly pans the axis (select mode too)."""
    axis = dash_duo.find_element(f"#{graph_id} .ewdrag")
    chain = ActionChains(dash_duo.driver).move_to_element(axis).click_and_hold()
    for _ in range(4):
        chain.move_by_offset(dx // 4, 0)
    chain.release().perform()


def test_scattergl_selections_look_as_in_dcc_graph_without_the_repeated_draw(dash_duo):
    dash_duo.start_server(make_app())
    for graph_id in GRAPHS:
        dash_duo.wait_for_element(f"#{graph_id} canvas.gl-canvas-context")
        dash_duo.wait_for_text_to_equal(f"#{graph_id}-selected", "null")
    assert pixels(dash_duo, "ours") == pixels(dash_duo, "theirs")
    dash_duo.driver.execute_script(COUNT_DRAWS)

    unselected = pixels(dash_duo, "ours")
    for graph_id in GRAPHS:
        # the first drag on this page: the guard acts on its release already
        box(dash_duo, (3.5, 3.5), (6.5, 6.5), graph_id=graph_id)
        # plotly's repeated draw runs in the release's task, long before the callback's output
        wait_selected(dash_duo, graph_id, [3, 4, 5])
        wait_frames(dash_duo)
        since_release = dash_duo.driver.execute_script(DRAWS_SINCE_RELEASE)
        if graph_id == "ours":
            assert since_release["ours"] == 0
        else:
            # the same plotly.js draws it all again in dcc.Graph
            assert since_release["theirs"] > 0
    selected = pixels(dash_duo, "ours")
    assert selected != unselected
    assert selected == pixels(dash_duo, "theirs")

    # Shift + a second box: both selections' points, drawn alike
    for graph_id in GRAPHS:
        box(dash_duo, (7.5, 7.5), (8.5, 8.5), graph_id=graph_id, shift=True)
        wait_selected(dash_duo, graph_id, [3, 4, 5, 7])
    wait_frames(dash_duo)
    assert pixels(dash_duo, "ours") not in (selected, unselected)
    assert pixels(dash_duo, "ours") == pixels(dash_duo, "theirs")

    # panning the x axis after a selection draws the moved points
    before_pan = pixels(dash_duo, "ours")
    for graph_id in GRAPHS:
        pan_x_axis(dash_duo, graph_id, 80)
        until(lambda g=graph_id: dash_duo.driver.execute_script(DRAWS_SINCE_RELEASE)[g] > 0, 4)
    # both pans end in a relayout: wait until each has drawn its panned axis
    until(lambda: pixels(dash_duo, "ours") not in (before_pan, None), timeout=4)
    until(lambda: pixels(dash_duo, "ours") == pixels(dash_duo, "theirs"), timeout=4)
    assert dash_duo.get_logs() == []


# The first WebGL context plotly draws into, kept on window; whether its drawArrays is WebGL's own.
KEEP_CONTEXT = """
const gd = document.querySelector('#ours .js-plotly-plot');
window.__gl = gd._fullLayout._glcanvas.data().map((l) => l.regl && l.regl._gl).find(Boolean);
"""
CONTEXT_UNWRAPPED = "return window.__gl.drawArrays === WebGLRenderingContext.prototype.drawArrays;"


def test_redraw_guard_puts_back_the_draw_calls_when_the_graph_goes_away(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("remove", id="remove"),
            html.Div(my_components.Graph(id="ours", figure=gl_figure()), id="holder"),
            html.Pre(id="ours-selected"),
        ]
    )
    echo_json(app, "selectedData", "ours-selected", graph_id="ours")

    @app.callback(Output("holder", "children"), Input("remove", "n_clicks"))
    def remove(n_clicks):
        if n_clicks:
            return "removed"
        return my_components.Graph(id="ours", figure=gl_figure())

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#ours canvas.gl-canvas-context")
    dash_duo.wait_for_text_to_equal("#ours-selected", "null")
    dash_duo.driver.execute_script(KEEP_CONTEXT)
    box(dash_duo, (3.5, 3.5), (6.5, 6.5), graph_id="ours")
    wait_selected(dash_duo, "ours", [3, 4, 5])
    # the guard wrapped the draw calls of the drag's release
    assert not dash_duo.driver.execute_script(CONTEXT_UNWRAPPED)
    dash_duo.find_element("#remove").click()
    dash_duo.wait_for_text_to_equal("#holder", "removed")
    assert dash_duo.driver.execute_script(CONTEXT_UNWRAPPED)
    assert dash_duo.get_logs() == []
