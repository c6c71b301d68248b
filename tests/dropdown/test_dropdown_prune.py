"""prune_value: when options change, True drops values no longer in options; False keeps them."""

from dash import Dash, Input, Output, html
from dropdown_helpers import open_menu, search_box, shown_value, type_search, wait_for_options
from selenium.webdriver.common.keys import Keys

import my_components

BEFORE = ["Montréal", "Paris", "Tokyo"]
AFTER = ["Paris", "Lima"]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("change options", id="change"),
            my_components.Dropdown(id="pruned", options=BEFORE, value="Montréal"),
            my_components.Dropdown(
                id="pruned-multi", options=BEFORE, value=["Montréal", "Paris"], multi=True
            ),
            my_components.Dropdown(id="kept", options=BEFORE, value="Montréal", prune_value=False),
            my_components.Dropdown(
                id="kept-multi",
                options=BEFORE,
                value=["Montréal", "Paris"],
                multi=True,
                prune_value=False,
            ),
            html.Div(id="out"),
            my_components.Dropdown(
                id="searching", options=BEFORE, value="Paris", filter_options=False
            ),
            html.Div(id="searching-out"),
        ]
    )

    @app.callback(Output("searching", "options"), Input("searching", "search_value"))
    def server_search(search_value):
        return [f"{search_value} result"] if search_value else BEFORE

    @app.callback(Output("searching-out", "children"), Input("searching", "value"))
    def show_searching(value):
        return f"value={value}"

    names = ["pruned", "pruned-multi", "kept", "kept-multi"]

    @app.callback(
        [Output(name, "options") for name in names],
        Input("change", "n_clicks"),
        prevent_initial_call=True,
    )
    def change(_):
        return [AFTER] * len(names)

    @app.callback(Output("out", "children"), [Input(name, "value") for name in names])
    def show(*values):
        return " | ".join(repr(value) for value in values)

    return app


def test_prune_value(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal(
        "#out", "'Montréal' | ['Montréal', 'Paris'] | 'Montréal' | ['Montréal', 'Paris']"
    )
    dash_duo.find_element("#change").click()
    dash_duo.wait_for_text_to_equal("#out", "None | ['Paris'] | 'Montréal' | ['Montréal', 'Paris']")
    # kept values still show, even though no option has them any more
    assert shown_value(dash_duo, "kept") == "Montréal"
    assert shown_value(dash_duo, "kept-multi") == ["Montréal", "Paris"]
    assert shown_value(dash_duo, "pruned") is None
    assert shown_value(dash_duo, "pruned-multi") == ["Paris"]
    assert dash_duo.get_logs() == []


def test_no_pruning_while_a_search_replaces_options(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#searching-out", "value=Paris")
    open_menu(dash_duo, "searching")
    type_search(dash_duo, "searching", "lim")
    wait_for_options(dash_duo, ["lim result"])
    # Paris is not among the search results; had it been pruned, value would stay None
    search_box(dash_duo, "searching").send_keys(Keys.ESCAPE)
    wait_for_options(dash_duo, [])
    dash_duo.wait_for_text_to_equal("#searching .my-dropdown__single-value", "Paris")
    assert dash_duo.find_element("#searching-out").text == "value=Paris"
    assert dash_duo.get_logs() == []
