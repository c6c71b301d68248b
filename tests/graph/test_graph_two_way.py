"""Preset selections, the two-way `selections` prop and uirevision, driven by callbacks."""

import pytest
from dash import Dash, Input, Output, State, ctx, html
from graph_helpers import (
    box,
    click_at,
    drag_path,
    echo_json,
    figure,
    outline_count,
    read_json,
    selected_indices,
    wait_selected,
)

import my_components

RECT = {"type": "rect", "xref": "x", "yref": "y", "x0": 1.5, "y0": 1.5, "x1": 2.5, "y1": 2.5}
PRESET = {"type": "rect", "x0": 3.5, "y0": 6.5, "x1": 6.5, "y1": 3.5}
# point index 5 (6, 6) moves up to (6, 9.5): out of a box over 3.5..6.5
MOVED_Y = [1, 2, 3, 4, 5, 9.5, 7, 8, 9, 10]


def make_app(**graph_props):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", **graph_props),
            html.Button("set", id="set-selections"),
            html.Button("bad", id="bad-selections"),
            html.Button("clear", id="clear-selections"),
            html.Button("new figure", id="new-figure"),
            html.Pre(id="selected"),
            html.Pre(id="selections"),
        ]
    )

    @app.callback(
        Output("graph", "selections"),
        Input("set-selections", "n_clicks"),
        Input("bad-selections", "n_clicks"),
        Input("clear-selections", "n_clicks"),
        prevent_initial_call=True,
    )
    def set_selections(*_):
        return {
            "set-selections": [RECT],
            "bad-selections": [{"type": "rect", "x0": 1}, RECT],
            "clear-selections": [],
        }[ctx.triggered_id]

    @app.callback(
        Output("graph", "figure"),
        Input("new-figure", "n_clicks"),
        State("graph", "figure"),
        prevent_initial_call=True,
    )
    def new_figure(_, current):
        uirevision = current["layout"].get("uirevision")
        return figure(y=MOVED_Y, uirevision=uirevision)

    echo_json(app, "selectedData", "selected")

    echo_json(app, "selections", "selections")

    return app


def start(dash_duo, app, selected="null"):
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .nsewdrag")
    if selected is not None:
        dash_duo.wait_for_text_to_equal("#selected", selected)


@pytest.mark.smoke
def test_preset_selection_is_drawn_and_reported_on_load(dash_duo):
    start(dash_duo, make_app(figure=figure(selections=[PRESET])), selected=None)
    selected = wait_selected(dash_duo, [3, 4, 5])
    assert selected["range"] == {"x": [3.5, 6.5], "y": [3.5, 6.5]}
    expected = [
        {"type": "rect", "xref": "x", "yref": "y", "x0": 3.5, "y0": 6.5, "x1": 6.5, "y1": 3.5}
    ]
    assert selected["selections"] == expected
    assert read_json(dash_duo, "#selections") == expected
    assert outline_count(dash_duo) == 1
    # a click on its outline makes it editable; dragging its body moves it by (+2, +2)
    click_at(dash_duo, (3.5, 5))
    drag_path(dash_duo, [(4.5, 5.5), (6.5, 7.5)])
    selected = wait_selected(dash_duo, [5, 6, 7])
    assert selected["range"]["x"] == pytest.approx([5.5, 8.5], abs=0.1)
    # Shift adds a second selection
    box(dash_duo, (0.5, 0.5), (2.5, 2.5), shift=True)
    selected = wait_selected(dash_duo, [0, 1, 5, 6, 7])
    assert len(selected["selections"]) == 2
    assert read_json(dash_duo, "#selections") == selected["selections"]
    assert dash_duo.get_logs() == []


def test_callback_sets_and_clears_selections(dash_duo):
    start(dash_duo, make_app(figure=figure()))
    dash_duo.find_element("#set-selections").click()
    selected = wait_selected(dash_duo, [1])
    assert selected["selections"] == [RECT]
    assert outline_count(dash_duo) == 1
    # the user's box replaces it, and the prop follows
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    selected = wait_selected(dash_duo, [3, 4, 5])
    assert read_json(dash_duo, "#selections") == selected["selections"]
    dash_duo.find_element("#clear-selections").click()
    wait_selected(dash_duo, None)
    dash_duo.wait_for_text_to_equal("#selections", "[]")
    assert outline_count(dash_duo) == 0
    # no point stays highlighted
    opacities = dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph .scatterlayer .point'))"
        ".map(p => parseFloat(getComputedStyle(p).opacity));"
    )
    assert set(opacities) == {1}
    assert dash_duo.get_logs() == []


def test_bad_selections_entry_is_ignored_with_one_console_error(dash_duo):
    start(dash_duo, make_app(figure=figure()))
    dash_duo.find_element("#bad-selections").click()
    selected = wait_selected(dash_duo, [1])
    assert selected["selections"] == [RECT]
    assert outline_count(dash_duo) == 1
    logs = dash_duo.get_logs()
    assert len(logs) == 1, logs
    assert logs[0]["level"] == "SEVERE"
    assert "selections[0]" in logs[0]["message"]
    # the plot keeps working
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    wait_selected(dash_duo, [3, 4, 5])
    assert dash_duo.get_logs() == []


def test_uirevision_keeps_selections_across_a_new_figure(dash_duo):
    start(dash_duo, make_app(figure=figure(uirevision="keep")))
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    before = wait_selected(dash_duo, [3, 4, 5])
    dash_duo.find_element("#new-figure").click()
    # same selection, new data: (6, 6) moved out of it
    after = wait_selected(dash_duo, [3, 4])
    assert after["selections"] == before["selections"]
    assert outline_count(dash_duo) == 1
    assert read_json(dash_duo, "#selections") == before["selections"]
    assert dash_duo.get_logs() == []


def test_without_uirevision_a_new_figure_drops_the_drawn_selection(dash_duo):
    start(dash_duo, make_app(figure=figure()))
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    wait_selected(dash_duo, [3, 4, 5])
    dash_duo.find_element("#new-figure").click()
    dash_duo.wait_for_text_to_equal("#selections", "[]")
    assert outline_count(dash_duo) == 0
    # like dcc.Graph, selectedData keeps the user's last selection
    assert selected_indices(read_json(dash_duo, "#selected")) == [3, 4, 5]
    assert dash_duo.get_logs() == []
