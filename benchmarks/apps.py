"""The Dash apps under test, built by name. Each page pairs one implementation with its peer.

Names: ``dropdown-{mine|dcc|floor}-{n}``, ``graph-{mine|dcc}-{points|indices}-{n}``,
``weight-{dropdown|graph}-{mine|dcc}``. ``mine`` pages import my_components lazily, so a server
that builds only dcc pages never registers (nor serves) our bundle.
"""

import functools
import inspect
import random

from dash import Dash, Input, Output, dcc, html

from .options import city_options

DROPDOWN_ID = "dd"
GRAPH_ID = "graph"
OUTPUT_ID = "out"


def my_components_or_none():
    try:
        import my_components
    except ImportError:
        return None
    return my_components


def component_props(cls):
    """The prop names a generated Dash class accepts (empty when the class is missing).

    Generated classes set `_prop_names` on instances only; their __init__ names every prop.
    """
    if cls is None:
        return set()
    return set(inspect.signature(cls.__init__).parameters) - {"self", "kwargs", "args"}


def capabilities():
    """What the installed my_components offers, so the runner reports "n/a" for the rest."""
    mine = my_components_or_none()
    dropdown = getattr(mine, "Dropdown", None)
    graph = getattr(mine, "Graph", None)
    graph_props = component_props(graph)
    return {
        "dropdown": dropdown is not None,
        "graph": graph is not None,
        "graph_points": graph is not None,
        "graph_indices": "selected_data_format" in graph_props,
    }


@functools.cache
def cached_options(count):
    return city_options(count)


def _dropdown_layout(impl, count):
    options = cached_options(count)
    if impl == "dcc":
        control = dcc.Dropdown(id=DROPDOWN_ID, options=options)
    elif impl == "mine":
        control = my_components_or_none().Dropdown(id=DROPDOWN_ID, options=options)
    elif impl == "floor":
        # Same options shipped and parsed by Dash, no dropdown: what any dropdown must pay.
        control = html.Div(
            [dcc.Store(id="dd-store", data=options), dcc.Input(id="dd-floor-input")],
            id=DROPDOWN_ID,
        )
    else:
        raise ValueError(impl)
    return html.Div([control, html.Div(id=OUTPUT_ID)], style={"width": "600px"})


def scatter_figure(count, seed=4):
    rng = random.Random(seed)
    xs = [rng.random() for _ in range(count)]
    ys = [rng.random() for _ in range(count)]
    return {
        "data": [{"type": "scattergl", "mode": "markers", "x": xs, "y": ys, "marker": {"size": 3}}],
        "layout": {
            "dragmode": "select",
            "margin": {"l": 40, "r": 10, "t": 10, "b": 30},
            "width": 800,
            "height": 500,
            "showlegend": False,
        },
    }


@functools.cache
def cached_figure(count):
    return scatter_figure(count)


def _graph_component(impl, fmt, figure):
    config = {"displayModeBar": False}
    if impl == "dcc":
        return dcc.Graph(id=GRAPH_ID, figure=figure, config=config)
    extra = {"selected_data_format": fmt} if fmt == "indices" else {}
    return my_components_or_none().Graph(id=GRAPH_ID, figure=figure, config=config, **extra)


def _count_selected(selected):
    if not selected:
        return 0
    if "indices" in selected:
        return sum(len(trace) for trace in selected["indices"] or [])
    return len(selected.get("points") or [])


def _graph_app(app, impl, fmt, count):
    figure = cached_figure(count)
    app.layout = html.Div([_graph_component(impl, fmt, figure), html.Div(id=OUTPUT_ID)])

    @app.callback(Output(OUTPUT_ID, "children"), Input(GRAPH_ID, "selectedData"))
    def show_selection(selected):
        return f"selected {_count_selected(selected)}" if selected else "none"


def add_app(name, server):
    """Mount the app `name` on the Flask `server` at /name/."""
    app = Dash(__name__, server=server, url_base_pathname=f"/{name}/")
    kind, *rest = name.split("-")
    if kind == "dropdown":
        impl, count = rest
        app.layout = _dropdown_layout(impl, int(count))
    elif kind == "graph":
        impl, fmt, count = rest
        _graph_app(app, impl, fmt, int(count))
    elif kind == "weight":
        what, impl = rest
        if what == "base":
            app.layout = html.Div("nothing but Dash", id="base")
        elif what == "dropdown":
            app.layout = _dropdown_layout(impl, 1000)
        else:
            _graph_app(app, impl, "points", 1000)
    else:
        raise ValueError(name)
    return app
