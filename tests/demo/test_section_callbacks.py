"""The Dropdown and Graph sections' callbacks called as plain functions: no browser, no server."""

import pytest
from dash._callback_context import context_value
from dash._utils import AttributeDict
from dash.exceptions import PreventUpdate

from demo import data, dropdown_sections, graph_sections


@pytest.fixture
def triggered_by():
    tokens = []

    def trigger(prop_id):
        tokens.append(context_value.set(AttributeDict(triggered_inputs=[{"prop_id": prop_id}])))

    yield trigger
    for token in reversed(tokens):
        context_value.reset(token)


def selected_data(indices):
    """selectedData as the Graph sends it in 'points' format (customdata = the point's index)."""
    points = data.sample_points()
    return {
        "points": [
            {"curveNumber": 0, "pointIndex": i, "x": points[i]["x"], "y": points[i]["y"],
             "customdata": i}
            for i in indices
        ]
    }  # fmt: skip


def test_show_pick():
    assert dropdown_sections.show_pick(None) == "Nothing picked yet"
    assert dropdown_sections.show_pick([]) == "Nothing picked yet"
    assert dropdown_sections.show_pick("NYC") == "You picked: NYC"
    assert dropdown_sections.show_pick(["Apple", "Kiwi"]) == "You picked: Apple, Kiwi"
    assert dropdown_sections.show_pick(0) == "You picked: 0"


def test_search_on_server_ignores_accents_and_needs_every_word():
    found = dropdown_sections.search_on_server("sao DISTRICT 12", None)
    expected = [
        label for label in data.many_labels() if label.startswith("São Paulo") and "12" in label
    ]
    # ranked as the Dropdown ranks: every word at a word start ("district 12 #...") first
    at_word_starts = [label for label in expected if " district 12 #" in label]
    inside_words = [label for label in expected if " district 12 #" not in label]
    limit = dropdown_sections.SERVER_SEARCH_LIMIT
    assert len(expected) > limit
    assert found == (at_word_starts + inside_words)[:limit]
    assert found != expected[:limit]


def test_search_on_server_keeps_the_picked_value():
    picked = "Łódź district 9 #000009"
    found = dropdown_sections.search_on_server("zurich", picked)
    assert found[0] == picked
    assert all(label.startswith("Zürich") for label in found[1:])
    assert dropdown_sections.search_on_server("no such place", None) == []


def test_search_on_server_does_nothing_without_text():
    with pytest.raises(PreventUpdate):
        dropdown_sections.search_on_server("", "x")


def test_many_labels_are_unique_and_accented():
    labels = data.many_labels()
    assert len(labels) == len(set(labels)) == 100_000
    assert any("ó" in label for label in labels)


def test_selected_indices():
    assert graph_sections.selected_indices(None) is None
    assert graph_sections.selected_indices({"selections": []}) is None
    assert graph_sections.selected_indices(selected_data([3, 5])) == {3, 5}
    assert graph_sections.selected_indices({"points": [{"customdata": [7]}]}) == {7}


def test_count_selected():
    assert graph_sections.count_selected(None) == "No selection"
    assert graph_sections.count_selected(selected_data([1, 2, 3])) == "3 points selected"


def test_select_east_button_draws_the_east_box(triggered_by):
    triggered_by("summary-select-east.n_clicks")
    assert graph_sections.set_selections(1, None) == [graph_sections.EAST_BOX]


def test_clear_button_clears_the_selections(triggered_by):
    triggered_by("summary-clear.n_clicks")
    assert graph_sections.set_selections(1, 1) == []


def test_summary_table_counts_and_averages_by_cluster():
    points = data.sample_points()
    north = [i for i, p in enumerate(points) if p["cluster"] == "north"][:4]
    east = [i for i, p in enumerate(points) if p["cluster"] == "east"][:2]
    table = graph_sections.summary_table(selected_data(north + east))
    rows = table.children[1].children
    cells = [[cell.children for cell in row.children] for row in rows]
    mean = lambda key, idx: f"{sum(points[i][key] for i in idx) / len(idx):.2f}"  # noqa: E731
    assert cells == [
        ["north", 4, mean("x", north), mean("y", north)],
        ["east", 2, mean("x", east), mean("y", east)],
    ]


def test_summary_table_without_selection_says_how_to_select():
    assert graph_sections.summary_table(None).id == "summary-empty"


def test_crossfilter_highlights_the_points_selected_in_both():
    xy, xz = graph_sections.crossfilter(selected_data([1, 2, 3, 4]), selected_data([3, 4, 5]))
    assert list(xy.data[0].selectedpoints) == [3, 4]
    assert list(xz.data[0].selectedpoints) == [3, 4]
    xy, xz = graph_sections.crossfilter(None, selected_data([9, 8]))
    assert list(xy.data[0].selectedpoints) == [8, 9]
    assert list(xz.data[0].y) == [p["z"] for p in data.sample_points()]
    xy, _ = graph_sections.crossfilter(None, None)
    assert xy.data[0].selectedpoints is None
    assert xy.layout.uirevision == "keep"


def test_preset_figure_has_the_issue_selection():
    selections = graph_sections.preset_figure().layout.selections
    assert [(s.type, s.x0, s.y0, s.x1, s.y1) for s in selections] == [("rect", 3.0, 6.5, 3.5, 5.5)]
