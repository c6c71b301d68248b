"""What the page sees of a Graph beside a dcc.Graph: dcc.Graph's classes (`dash-graph`, and
`dash-graph--pending` on the plot while it is drawn), `data-dash-is-loading` while a callback
computes its figure, and a responsive graph shown after starting in a `display: none` container."""

import threading

import pytest
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until

import my_components

GRAPHS = ("ours", "theirs")


def small_figure(title="first"):
    return {
        "data": [{"type": "scatter", "x": [1, 2, 3], "y": [1, 3, 2]}],
        "layout": {"title": {"text": title}, "height": 300},
    }


# Records, from the page's start, every class list that held dash-graph--pending, by graph id.
RECORD_PENDING = """
window.__pending = {ours: 0, theirs: 0};
new MutationObserver((records) => {
    for (const r of records) {
        const graph = r.target.closest && r.target.closest('#ours, #theirs');
        if (graph && r.target !== graph && r.target.classList.contains('dash-graph--pending')) {
            window.__pending[graph.id] += 1;
        }
    }
}).observe(document, {attributes: true, attributeFilter: ['class'], subtree: true});
"""


def both(figure, **props):
    return [
        my_components.Graph(id="ours", figure=figure, **props),
        dcc.Graph(id="theirs", figure=figure, **props),
    ]


def test_classes_of_dcc_graph_on_the_element_and_while_drawing(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [*both(small_figure(), className="app-class"), html.Button("redraw", id="redraw")]
    )

    @app.callback(
        Output("ours", "figure"),
        Output("theirs", "figure"),
        Input("redraw", "n_clicks"),
        prevent_initial_call=True,
    )
    def redraw(_):
        return small_figure("second"), small_figure("second")

    dash_duo.driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_PENDING}
    )
    dash_duo.start_server(app)
    for graph_id in GRAPHS:
        dash_duo.wait_for_text_to_equal(f"#{graph_id} .gtitle", "first")
        classes = dash_duo.find_element(f"#{graph_id}").get_attribute("class").split()
        assert {"dash-graph", "app-class"} <= set(classes), classes
    assert "my-graph" in dash_duo.find_element("#ours").get_attribute("class").split()

    before = dash_duo.driver.execute_script("return {...window.__pending}")
    dash_duo.find_element("#redraw").click()
    for graph_id in GRAPHS:
        dash_duo.wait_for_text_to_equal(f"#{graph_id} .gtitle", "second")
        # drawn: the class is gone again
        until(lambda g=graph_id: not dash_duo.find_elements(f"#{g} .dash-graph--pending"), 4)
    after = dash_duo.driver.execute_script("return {...window.__pending}")
    for graph_id in GRAPHS:
        assert after[graph_id] > before[graph_id], (graph_id, before, after)
    assert dash_duo.get_logs() == []


@pytest.mark.smoke
def test_data_dash_is_loading_while_a_callback_computes_the_figure(dash_duo):
    lock = threading.Lock()
    app = Dash(__name__)
    app.layout = html.Div([html.Button("go", id="go"), *both(small_figure())])

    @app.callback(
        Output("ours", "figure"),
        Output("theirs", "figure"),
        Input("go", "n_clicks"),
        prevent_initial_call=True,
    )
    def compute(_):
        with lock:
            return small_figure("second"), small_figure("second")

    dash_duo.start_server(app)
    for graph_id in GRAPHS:
        dash_duo.wait_for_element(f"#{graph_id}:not([data-dash-is-loading]) .main-svg")
    with lock:
        dash_duo.find_element("#go").click()
        for graph_id in GRAPHS:
            dash_duo.wait_for_element(f'#{graph_id}[data-dash-is-loading="true"]')
    for graph_id in GRAPHS:
        dash_duo.wait_for_text_to_equal(f"#{graph_id} .gtitle", "second")
        dash_duo.wait_for_element(f"#{graph_id}:not([data-dash-is-loading])")
    assert dash_duo.get_logs() == []


def svg_width(dash_duo, graph_id):
    return dash_duo.driver.execute_script(
        "const svg = document.querySelector(`#${arguments[0]} .main-svg`);"
        "return svg ? svg.getBoundingClientRect().width : null;",
        graph_id,
    )


def test_responsive_graph_in_a_hidden_container_takes_its_size_when_shown(dash_duo):
    app = Dash(__name__)
    figure = {"data": [{"type": "bar", "x": [1, 2], "y": [2, 1]}], "layout": {}}
    app.layout = html.Div(
        [
            html.Button("show", id="show"),
            html.Div(
                both(figure, config={"responsive": True}),
                id="box",
                style={"display": "none", "width": "900px"},
            ),
        ]
    )

    @app.callback(Output("box", "style"), Input("show", "n_clicks"), prevent_initial_call=True)
    def show(_):
        return {"display": "block", "width": "900px"}

    dash_duo.start_server(app)
    for graph_id in GRAPHS:
        # plotted while hidden
        dash_duo.wait_for_element(f"#{graph_id} .main-svg", timeout=10)
    dash_duo.find_element("#show").click()
    for graph_id in GRAPHS:
        until(lambda g=graph_id: svg_width(dash_duo, g) == 900, timeout=6)
    assert dash_duo.get_logs() == []
