"""mathjax=True: LaTeX in the figure is typeset by MathJax 3, loaded on first use; without it
the text stays as typed, as in dcc.Graph."""

from dash import Dash, html
from dash.testing.wait import until

import my_components

TITLE = "$E = mc^2$"


def titled_figure():
    return {
        "data": [{"type": "scatter", "x": [1, 2], "y": [1, 2]}],
        "layout": {"title": {"text": TITLE}, "width": 400, "height": 300},
    }


def typeset_titles(dash_duo, graph_id):
    # plotly.js puts the svg MathJax made of the title in place of its text
    return dash_duo.driver.execute_script(
        "return document.querySelectorAll(arguments[0]).length;",
        f"#{graph_id} svg.gtitle-math",
    )


def test_mathjax_typesets_latex_only_where_asked(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="plain", figure=titled_figure()),
            my_components.Graph(id="math", figure=titled_figure(), mathjax=True),
        ]
    )
    dash_duo.start_server(app)
    until(lambda: typeset_titles(dash_duo, "math") == 1, 15, msg="the title was never typeset")
    assert dash_duo.driver.execute_script("return window.MathJax.version;").startswith("3.")
    dash_duo.wait_for_text_to_equal("#plain .gtitle", TITLE)
    assert typeset_titles(dash_duo, "plain") == 0
    assert dash_duo.get_logs() == []


def test_a_page_without_mathjax_loads_none(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([my_components.Graph(id="plain", figure=titled_figure())])
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#plain .gtitle", TITLE)
    loaded = dash_duo.driver.execute_script(
        "return performance.getEntriesByType('resource').map((r) => r.name)"
        ".filter((name) => name.includes('mathjax'));"
    )
    assert loaded == []
    assert dash_duo.get_logs() == []
