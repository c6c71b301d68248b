"""The Graph sections of the demo: preset, persistent and two-way selections, and a crossfilter."""

import plotly.graph_objects as go
from dash import Input, Output, ctx, html

import my_components

from . import data

CLUSTER_COLOURS = {"north": "#1d70a2", "south": "#e4572e", "east": "#5b8e32"}
# A box around the east cluster: what the "Select the east cluster" button draws.
EAST_BOX = {"type": "rect", "xref": "x", "yref": "y", "x0": 4.5, "x1": 7.5, "y0": 3.3, "y1": 6.7}


def scatter(y_key="y", selected=None, title=None):
    """The sample points, coloured by cluster; customdata holds each point's index."""
    points = data.sample_points()
    trace = go.Scatter(
        x=[p["x"] for p in points],
        y=[p[y_key] for p in points],
        customdata=list(range(len(points))),
        mode="markers",
        marker={"color": [CLUSTER_COLOURS[p["cluster"]] for p in points], "size": 7},
        selectedpoints=sorted(selected) if selected is not None else None,
        unselected={"marker": {"opacity": 0.2}},
    )
    fig = go.Figure(trace)
    fig.update_layout(
        title=title,
        dragmode="select",
        uirevision="keep",  # a new figure from a callback keeps the user's selections
        margin={"l": 40, "r": 10, "t": 40 if title else 10, "b": 30},
        height=300,
        xaxis_title="x",
        yaxis_title=y_key,
    )
    return fig


def preset_figure():
    fig = scatter()
    fig.add_selection(type="rect", x0=3.0, y0=6.5, x1=3.5, y1=5.5)
    return fig


def layout():
    return [
        html.Section(
            [
                html.H2("Graph: a preset selection"),
                html.P(
                    "fig.add_selection(...) draws a selection on load; move it, resize it, "
                    "or add another with Shift."
                ),
                my_components.Graph(id="preset-graph", figure=preset_figure()),
                html.Div(id="preset-graph-output"),
            ],
            id="section-graph-preset",
            className="wide",
        ),
        html.Section(
            [
                html.H2("Graph: selections in callbacks"),
                html.P(
                    "Select with the box or lasso: the outline stays, and the table follows. "
                    "The buttons set and clear `selections` from a callback. The background "
                    "job below works on this selection."
                ),
                html.Button("Select the east cluster", id="summary-select-east"),
                html.Button("Clear the selection", id="summary-clear"),
                my_components.Graph(id="summary-graph", figure=scatter()),
                html.Div(id="summary-table"),
            ],
            id="section-graph-summary",
            className="wide",
        ),
        html.Section(
            [
                html.H2("Graph: crossfilter"),
                html.P("A selection in either graph highlights the same points in both."),
                html.Div(
                    [
                        my_components.Graph(id="cross-xy", figure=scatter("y", title="x, y")),
                        my_components.Graph(id="cross-xz", figure=scatter("z", title="x, z")),
                    ],
                    className="side-by-side",
                ),
            ],
            id="section-graph-crossfilter",
            className="wide",
        ),
    ]


def selected_indices(selected_data):
    """The indices (customdata) of the points in a selectedData, None when nothing is selected."""
    if not selected_data or "points" not in selected_data:
        return None
    indices = set()
    for point in selected_data["points"]:
        custom = point.get("customdata")
        indices.add(custom[0] if isinstance(custom, list) else custom)
    return indices


def count_selected(selected_data):
    indices = selected_indices(selected_data)
    if indices is None:
        return "No selection"
    return f"{len(indices)} points selected"


def set_selections(_east_clicks, _clear_clicks):
    """The two buttons: draw a box around the east cluster, or clear every selection."""
    if ctx.triggered_id == "summary-select-east":
        return [EAST_BOX]
    return []


def summary_table(selected_data):
    """A table of the selected points by cluster: count, mean x, mean y."""
    indices = selected_indices(selected_data)
    if indices is None:
        return html.P("No selection: drag a box or lasso on the graph.", id="summary-empty")
    points = data.sample_points()
    rows = []
    for cluster in data.CLUSTERS:
        chosen = [points[i] for i in sorted(indices) if points[i]["cluster"] == cluster]
        if chosen:
            mean_x = sum(p["x"] for p in chosen) / len(chosen)
            mean_y = sum(p["y"] for p in chosen) / len(chosen)
            rows.append(
                html.Tr(
                    [
                        html.Td(cluster),
                        html.Td(len(chosen)),
                        html.Td(f"{mean_x:.2f}"),
                        html.Td(f"{mean_y:.2f}"),
                    ]
                )
            )
    header = html.Tr([html.Th("cluster"), html.Th("points"), html.Th("mean x"), html.Th("mean y")])
    return html.Table([html.Thead(header), html.Tbody(rows)], id="summary-stats")


def crossfilter(selected_xy, selected_xz):
    """Both figures, highlighting the points selected in both graphs (or in the one used)."""
    chosen = [s for s in (selected_indices(selected_xy), selected_indices(selected_xz)) if s]
    selected = set.intersection(*chosen) if chosen else None
    return scatter("y", selected, "x, y"), scatter("z", selected, "x, z")


def register(app):
    app.callback(Output("preset-graph-output", "children"), Input("preset-graph", "selectedData"))(
        count_selected
    )
    app.callback(
        Output("summary-graph", "selections"),
        Input("summary-select-east", "n_clicks"),
        Input("summary-clear", "n_clicks"),
        prevent_initial_call=True,
    )(set_selections)
    app.callback(Output("summary-table", "children"), Input("summary-graph", "selectedData"))(
        summary_table
    )
    app.callback(
        Output("cross-xy", "figure"),
        Output("cross-xz", "figure"),
        Input("cross-xy", "selectedData"),
        Input("cross-xz", "selectedData"),
        prevent_initial_call=True,
    )(crossfilter)
