"""Search: per-option `search`, component label text, accents, every word, order, search_value."""

import pytest
from dash import Dash, Input, Output, html
from dropdown_helpers import (
    click_option,
    open_menu,
    option_texts,
    search_box,
    type_search,
    wait_for_options,
)
from selenium.webdriver.common.keys import Keys

import my_components

CITIES = [
    {"label": html.Div(["New York City"]), "value": "NYC", "search": "The Big Apple"},
    {"label": "São Paulo", "value": "SAO"},
    {"label": "Montréal", "value": "MTL"},
    {"label": html.Span(["Tokyo ", html.B("Japan")]), "value": "TYO"},
    {"label": "Saint-Étienne", "value": "STE"},
]
PARIS = ["Seattle Paris", "Paris", "Aparis", "Paris Nord"]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="cities", options=CITIES),
            html.Div(id="cities-out"),
            my_components.Dropdown(id="relevance", options=PARIS),
            my_components.Dropdown(id="original", options=PARIS, search_order="original"),
            my_components.Dropdown(id="index", options=PARIS, search_order="index"),
            # prune_value=False: the picked value stays when the next search replaces options
            my_components.Dropdown(
                id="server", options=["first"], filter_options=False, prune_value=False
            ),
            html.Div(id="server-search"),
        ]
    )

    @app.callback(Output("cities-out", "children"), Input("cities", "value"))
    def show(value):
        return f"value={value}"

    @app.callback(
        Output("server", "options"),
        Output("server-search", "children"),
        Input("server", "search_value"),
    )
    def server_search(search_value):
        # options that do not contain the query: only shown because filtering is off
        if not search_value:
            return ["first"], "search="
        return [f"result {i} for {search_value}" for i in range(3)] + ["zzz"], (
            f"search={search_value}"
        )

    return app


@pytest.mark.smoke
def test_search_text_and_accents(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "cities")
    assert option_texts(dash_duo) == [
        "New York City",
        "São Paulo",
        "Montréal",
        "Tokyo Japan",
        "Saint-Étienne",
    ]
    # per-option search text
    type_search(dash_duo, "cities", "big apple")
    wait_for_options(dash_duo, ["New York City"])
    search_box(dash_duo, "cities").send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#cities-out", "value=NYC")
    dash_duo.wait_for_text_to_equal("#cities .my-dropdown__single-value", "New York City")

    # accent- and case-insensitive, every word in any order
    for query, expected in [
        ("sao paulo", ["São Paulo"]),
        ("PAULO SÃO", ["São Paulo"]),
        ("etienne", ["Saint-Étienne"]),
        ("montreal", ["Montréal"]),
        # a component label without `search` is searched by its text
        ("japan", ["Tokyo Japan"]),
        ("new york", []),  # NYC's search text replaces its label
        ("object", []),  # never "[object Object]"
    ]:
        open_menu(dash_duo, "cities")
        type_search(dash_duo, "cities", query)
        wait_for_options(dash_duo, expected)
        search_box(dash_duo, "cities").send_keys(Keys.ESCAPE)
    assert dash_duo.get_logs() == []


def test_search_order(dash_duo):
    dash_duo.start_server(make_app())
    for dropdown_id, expected in [
        ("relevance", ["Paris", "Paris Nord", "Seattle Paris", "Aparis"]),
        ("index", ["Paris", "Paris Nord", "Seattle Paris", "Aparis"]),
        ("original", PARIS),
    ]:
        open_menu(dash_duo, dropdown_id)
        type_search(dash_duo, dropdown_id, "paris")
        wait_for_options(dash_duo, expected)
        search_box(dash_duo, dropdown_id).send_keys(Keys.ESCAPE)
    assert dash_duo.get_logs() == []


def test_server_side_search_keeps_the_typed_text(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#server-search", "search=")
    open_menu(dash_duo, "server")
    type_search(dash_duo, "server", "ab")
    # search_value reaches the callback, whose options show unfiltered
    dash_duo.wait_for_text_to_equal("#server-search", "search=ab")
    wait_for_options(dash_duo, ["result 0 for ab", "result 1 for ab", "result 2 for ab", "zzz"])
    # the callback replaced options while the user typed: the text survives, typing goes on
    assert search_box(dash_duo, "server").get_attribute("value") == "ab"
    type_search(dash_duo, "server", "c")
    dash_duo.wait_for_text_to_equal("#server-search", "search=abc")
    wait_for_options(dash_duo, ["result 0 for abc", "result 1 for abc", "result 2 for abc", "zzz"])
    assert search_box(dash_duo, "server").get_attribute("value") == "abc"
    click_option(dash_duo, "zzz")
    # picking clears the search, the callback puts back its first options, the value stays
    dash_duo.wait_for_text_to_equal("#server-search", "search=")
    dash_duo.wait_for_text_to_equal("#server .my-dropdown__single-value", "zzz")
    assert dash_duo.get_logs() == []
