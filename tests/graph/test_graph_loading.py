"""plotly.js loads lazily, once per page, shared with dcc.Graph."""

import pytest
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until
from graph_helpers import figure

import my_components

# Every script the page fetched, with its size; plotly.js copies are counted by URL.
RESOURCES = """
return performance.getEntriesByType('resource')
    .filter(e => e.initiatorType === 'script' || e.name.endsWith('.js'))
    .map(e => [e.name.split('?')[0], e.decodedBodySize]);
"""
SCRIPT_TAGS = "return Array.from(document.scripts).map(s => s.src).filter(s => /plotly/.test(s));"


def plotly_loads(dash_duo):
    return [
        name
        for name, _ in dash_duo.driver.execute_script(RESOURCES)
        if "plotly" in name.rsplit("/", 1)[-1]
    ]


def js_bytes(dash_duo):
    return sum(size for _, size in dash_duo.driver.execute_script(RESOURCES))


def page(*graphs):
    app = Dash(__name__)
    app.layout = html.Div(list(graphs))
    return app


def ours():
    return my_components.Graph(id="ours", figure=figure())


def theirs():
    return dcc.Graph(id="theirs", figure=figure())


def wait_plotted(dash_duo, *ids):
    for graph_id in ids:
        dash_duo.wait_for_element(f"#{graph_id} .main-svg", timeout=15)


@pytest.mark.smoke
@pytest.mark.parametrize("order", ["ours-first", "theirs-first"])
def test_page_with_graph_and_dcc_graph_loads_plotly_once(dash_duo, order):
    graphs = [ours(), theirs()] if order == "ours-first" else [theirs(), ours()]
    dash_duo.start_server(page(*graphs))
    wait_plotted(dash_duo, "ours", "theirs")
    loads = plotly_loads(dash_duo)
    assert len(loads) == 1, loads
    assert loads[0].endswith("/_dash-component-suites/plotly/package_data/plotly.min.js")
    assert len(dash_duo.driver.execute_script(SCRIPT_TAGS)) == 1
    assert dash_duo.get_logs() == []


def test_dcc_graph_added_later_reuses_our_plotly(dash_duo):
    app = page(ours(), html.Button("add", id="add"), html.Div(id="later"))

    @app.callback(Output("later", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(_):
        return theirs()

    dash_duo.start_server(app)
    wait_plotted(dash_duo, "ours")
    dash_duo.find_element("#add").click()
    wait_plotted(dash_duo, "theirs")
    assert len(plotly_loads(dash_duo)) == 1
    assert dash_duo.get_logs() == []


def test_page_without_graph_loads_no_plotly(dash_duo):
    dash_duo.start_server(
        page(my_components.Dropdown(id="dd", options=["a"]), html.Div("ready", id="ready"))
    )
    dash_duo.wait_for_text_to_equal("#ready", "ready")
    dash_duo.wait_for_element("#dd input")
    assert plotly_loads(dash_duo) == []
    names = [name.rsplit("/", 1)[-1] for name, _ in dash_duo.driver.execute_script(RESOURCES)]
    assert "async-graph.js" not in names


# Issue 15's target: a Graph page's JS within 1% of a dcc.Graph page's, with one plotly.js. Both
# pages here load the same Dash bundles, our main bundle and one plotly.js; an app without
# my_components would not load our main bundle, so it counts against us: main bundle + Graph
# fragment vs dcc's Graph chunk.
PAGE_WEIGHT_TOLERANCE = 0.01


def main_bundle_bytes(dash_duo):
    return sum(
        size
        for name, size in dash_duo.driver.execute_script(RESOURCES)
        if name.rsplit("/", 1)[-1].startswith("my_components.")
    )


def gl_figure():
    fig = figure()
    fig["data"][0]["type"] = "scattergl"
    return fig


@pytest.mark.parametrize("trace_type", ["scatter", "scattergl"])
def test_graph_page_js_within_one_percent_of_a_dcc_graph_page(dash_duo, trace_type):
    fig = gl_figure() if trace_type == "scattergl" else figure()
    dash_duo.start_server(page(my_components.Graph(id="ours", figure=fig)))
    wait_plotted(dash_duo, "ours")
    if trace_type == "scattergl":
        dash_duo.wait_for_element("#ours canvas.gl-canvas-context")
    ours_bytes = js_bytes(dash_duo)
    assert len(plotly_loads(dash_duo)) == 1
    assert dash_duo.get_logs() == []
    dash_duo.server.stop()

    dash_duo.start_server(page(dcc.Graph(id="theirs", figure=fig)))
    wait_plotted(dash_duo, "theirs")
    if trace_type == "scattergl":
        dash_duo.wait_for_element("#theirs canvas.gl-canvas-context")
    main_bytes = main_bundle_bytes(dash_duo)
    assert main_bytes > 0
    theirs_bytes = js_bytes(dash_duo) - main_bytes
    print(f"JS bytes ({trace_type}): Graph page {ours_bytes}, dcc.Graph page {theirs_bytes}")
    assert ours_bytes <= theirs_bytes * (1 + PAGE_WEIGHT_TOLERANCE)


def test_trace_updates_given_with_the_first_figure_apply_in_order(dash_duo):
    # both are applied after the first plot
    graph = my_components.Graph(
        id="ours",
        figure=figure(),
        prependData=[{"x": [[0]], "y": [[0]]}, [0]],
        extendData=[{"x": [[11, 12]], "y": [[11, 12]]}, [0]],
    )
    dash_duo.start_server(page(graph))
    wait_plotted(dash_duo, "ours")
    xs = "return Array.from(document.querySelector('#ours .js-plotly-plot').data[0].x)"
    until(lambda: dash_duo.driver.execute_script(xs) == [0, *range(1, 13)], timeout=6)
    assert dash_duo.get_logs() == []


def test_falls_back_to_its_own_plotly_when_dash_copy_fails(dash_duo):
    # as with serve_locally=False and no internet: the copy Dash points to does not load
    dash_duo.driver.execute_cdp_cmd("Network.enable", {})
    dash_duo.driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*package_data/plotly*"]})
    try:
        dash_duo.start_server(page(ours()))
        wait_plotted(dash_duo, "ours")
        names = [name.rsplit("/", 1)[-1] for name in plotly_loads(dash_duo)]
        assert "async-plotly.js" in names, names
        version = dash_duo.driver.execute_script("return window.Plotly.version")
        assert version.startswith("4."), version
        # the only console error is the blocked request itself
        logs = dash_duo.get_logs()
        assert all("package_data/plotly" in entry["message"] for entry in logs), logs
    finally:
        dash_duo.driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
