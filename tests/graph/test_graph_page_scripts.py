"""A page that brings its own scripts: the Graph reuses the page's MathJax 3 (mathjax=True) and
its window.Plotly, and loads neither a second time."""

import shutil
from pathlib import Path

import plotly
from dash import Dash, html
from dash.testing.wait import until
from graph_helpers import figure, plotly_loads

import my_components

ROOT = Path(__file__).resolve().parents[2]
PAGE_MATHJAX = ROOT / "node_modules" / "mathjax" / "es5" / "tex-svg.js"
PAGE_PLOTLY = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"

SCRIPTS = """
return performance.getEntriesByType('resource')
    .map((r) => r.name.split('?')[0])
    .filter((name) => name.endsWith('.js'));
"""


def app_with_assets(tmp_path, files, layout):
    """An app whose assets folder holds `files` ({name: source}); Dash puts them in the page."""
    for name, source in files.items():
        shutil.copy(source, tmp_path / name)
    app = Dash(__name__, assets_folder=str(tmp_path))
    app.layout = layout
    return app


def test_the_pages_own_mathjax_is_used(dash_duo, tmp_path):
    fig = figure()
    fig["layout"]["title"] = {"text": "$E = mc^2$"}
    app = app_with_assets(
        tmp_path,
        {"page-mathjax.js": PAGE_MATHJAX},
        html.Div(my_components.Graph(id="graph", figure=fig, mathjax=True)),
    )
    dash_duo.start_server(app)
    until(lambda: dash_duo.find_elements("#graph svg.gtitle-math"), 15, msg="title never typeset")
    mathjax = [s for s in dash_duo.driver.execute_script(SCRIPTS) if "mathjax" in s.lower()]
    assert [s.rsplit("/", 1)[-1] for s in mathjax] == ["page-mathjax.js"], mathjax
    assert dash_duo.get_logs() == []


def test_an_existing_window_plotly_is_used(dash_duo, tmp_path):
    app = app_with_assets(
        tmp_path,
        {"page-plotly.js": PAGE_PLOTLY},
        html.Div(my_components.Graph(id="graph", figure=figure())),
    )
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .scatterlayer .point")
    assert [s.rsplit("/", 1)[-1] for s in plotly_loads(dash_duo)] == ["page-plotly.js"]
    assert dash_duo.get_logs() == []
