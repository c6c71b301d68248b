"""Selections made with the mouse: box, lasso, move, resize, Shift, double-click, outline, format.

The scatter holds the points (1, 1) ... (10, 10); point index i is at x = y = i + 1.
"""

import time

import pytest
from dash import Dash, html
from dash.testing.wait import until
from graph_helpers import (
    box,
    double_click,
    drag_path,
    echo_json,
    figure,
    lasso,
    outline_count,
    read_json,
    two_frames,
    wait_selected,
)

import my_components


def make_app(fig=None, **graph_props):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", figure=fig or figure(), **graph_props),
            html.Pre(id="selected"),
            html.Pre(id="selections"),
        ]
    )

    echo_json(app, "selectedData", "selected")

    echo_json(app, "selections", "selections")

    return app


def start(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .nsewdrag")
    dash_duo.wait_for_text_to_equal("#selected", "null")


@pytest.mark.smoke
def test_box_selection_persists_and_reports_points(dash_duo):
    start(dash_duo, make_app())
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    selected = wait_selected(dash_duo, [3, 4, 5])
    assert [p["x"] for p in selected["points"]] == [4, 5, 6]
    assert [p["customdata"] for p in selected["points"]] == ["c4", "c5", "c6"]
    assert selected["range"]["x"] == pytest.approx([3.5, 6.5], abs=0.05)
    assert selected["range"]["y"] == pytest.approx([3.5, 6.5], abs=0.05)
    (selection,) = selected["selections"]
    assert selection["type"] == "rect"
    assert sorted([selection["x0"], selection["x1"]]) == pytest.approx([3.5, 6.5], abs=0.05)
    assert outline_count(dash_duo) == 1
    assert read_json(dash_duo, "#selections") == selected["selections"]
    # still there once the callbacks' answers have come back and two frames have painted
    two_frames(dash_duo)
    assert outline_count(dash_duo) == 1
    assert dash_duo.get_logs() == []


def test_lasso_selection_persists_and_reports_points(dash_duo):
    start(dash_duo, make_app(figure(dragmode="lasso")))
    # a diamond around (2, 2) and (3, 3)
    lasso(dash_duo, [(0.9, 2.5), (2.5, 0.9), (4.1, 2.5), (2.5, 4.1)])
    selected = wait_selected(dash_duo, [1, 2])
    assert set(selected["lassoPoints"]) == {"x", "y"}
    assert len(selected["lassoPoints"]["x"]) >= 4
    (selection,) = selected["selections"]
    assert selection["type"] == "path" and selection["path"].startswith("M")
    assert outline_count(dash_duo) == 1
    assert dash_duo.get_logs() == []


def test_move_and_resize_a_selection_updates_selected_data(dash_duo):
    start(dash_duo, make_app())
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    wait_selected(dash_duo, [3, 4, 5])
    # drag the body: the box moves by (+2, +2)
    drag_path(dash_duo, [(5, 5), (7, 7)])
    selected = wait_selected(dash_duo, [5, 6, 7])
    assert selected["range"]["x"] == pytest.approx([5.5, 8.5], abs=0.1)
    # drag the right edge's handle out to x = 9.5: the same points, a wider range
    drag_path(dash_duo, [(8.5, 7), (9.5, 7)])
    end = time.time() + 8
    while read_json(dash_duo, "#selected")["range"]["x"][1] < 9.3 and time.time() < end:
        time.sleep(0.1)
    selected = wait_selected(dash_duo, [5, 6, 7])
    assert selected["range"]["x"] == pytest.approx([5.5, 9.5], abs=0.1)
    # and the top edge's handle up to y = 9.5: now (9, 9) is in
    drag_path(dash_duo, [(7.5, 8.5), (7.5, 9.5)])
    selected = wait_selected(dash_duo, [5, 6, 7, 8])
    assert read_json(dash_duo, "#selections") == selected["selections"]
    assert outline_count(dash_duo) == 1
    assert dash_duo.get_logs() == []


def test_shift_adds_a_second_selection_and_double_click_clears(dash_duo):
    start(dash_duo, make_app())
    box(dash_duo, (1.5, 1.5), (2.5, 2.5))
    wait_selected(dash_duo, [1])
    box(dash_duo, (7.5, 7.5), (9.5, 9.5), shift=True)
    selected = wait_selected(dash_duo, [1, 7, 8])
    assert len(selected["selections"]) == 2
    assert outline_count(dash_duo) == 2
    double_click(dash_duo, (9.5, 1.5))
    wait_selected(dash_duo, None)
    dash_duo.wait_for_text_to_equal("#selections", "[]")
    assert outline_count(dash_duo) == 0
    assert dash_duo.get_logs() == []


def test_selection_outline_false_hides_the_outline_but_reports(dash_duo):
    start(dash_duo, make_app(selection_outline=False))
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    selected = wait_selected(dash_duo, [3, 4, 5])
    assert selected["range"]["x"] == pytest.approx([3.5, 6.5], abs=0.05)
    until(lambda: read_json(dash_duo, "#selections") == selected["selections"], 8)
    two_frames(dash_duo)
    assert outline_count(dash_duo) == 0
    # the points stay highlighted: the unselected ones are dimmed
    dimmed = dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph .scatterlayer .point'))"
        ".map(p => parseFloat(getComputedStyle(p).opacity));"
    )
    assert [i for i, o in enumerate(dimmed) if o == 1] == [3, 4, 5]
    assert dash_duo.get_logs() == []


def test_indices_format_reports_index_lists(dash_duo):
    start(dash_duo, make_app(selected_data_format="indices"))
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    selected = wait_selected(dash_duo, [3, 4, 5])
    assert selected["indices"] == [[3, 4, 5]]
    assert "points" not in selected
    assert selected["range"]["x"] == pytest.approx([3.5, 6.5], abs=0.05)
    assert len(selected["selections"]) == 1
    assert dash_duo.get_logs() == []
