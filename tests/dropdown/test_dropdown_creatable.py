"""creatable: a typed text that no option has offers an `Add "..."` row at the top of the menu;
Enter or a click picks it and adds its option to `options` (one update a callback sees). It
survives a reload with persistence. Existing names (after folding), blank texts and texts over
200 characters offer no row; creatable=False offers none ever."""

from dash import Dash, Input, Output, State, html
from dash.testing.wait import until
from dropdown_helpers import (
    MENU,
    OPTION,
    click_option,
    close_menu,
    open_menu,
    pick,
    search_box,
    shown_value,
    type_search,
    wait_for_options,
)
from selenium.webdriver.common.keys import Keys

import my_components

CITIES = ["Montréal", "Paris", "Tokyo"]
NAMES = ["single", "multi", "french", "plain"]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="single", options=CITIES, creatable=True),
            my_components.Dropdown(
                id="multi", options=CITIES, value=["Paris"], multi=True, creatable=True
            ),
            my_components.Dropdown(
                id="french",
                options=CITIES,
                creatable=True,
                labels={"create": "Ajouter « {value} »"},
            ),
            my_components.Dropdown(id="plain", options=CITIES),
        ]
        + [html.Div(id=f"{name}-out") for name in NAMES]
    )

    for name in NAMES:

        @app.callback(
            Output(f"{name}-out", "children"),
            Input(name, "value"),
            Input(name, "options"),
        )
        def show(value, options):
            return f"value={value!r} options={options!r}"

    return app


def out(value, added=()):
    return f"value={value!r} options={CITIES + list(added)!r}"


def focused_option(dash_duo):
    return dash_duo.find_element(f"{OPTION}.my-dropdown__option--is-focused").text


def test_enter_on_the_create_row_picks_and_adds_the_option(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#single-out", out(None))
    open_menu(dash_duo, "single")
    type_search(dash_duo, "single", "Lisbon")
    wait_for_options(dash_duo, ['Add "Lisbon"'])
    assert focused_option(dash_duo) == 'Add "Lisbon"'
    search_box(dash_duo, "single").send_keys(Keys.ENTER)
    created = {"label": "Lisbon", "value": "Lisbon"}
    dash_duo.wait_for_text_to_equal("#single-out", out("Lisbon", [created]))
    dash_duo.wait_for_no_elements(MENU)
    assert shown_value(dash_duo, "single") == "Lisbon"

    # the created option is an option now, picked or not: typing it again offers it, not a
    # second create row
    pick(dash_duo, "single", "Paris")
    dash_duo.wait_for_text_to_equal("#single-out", out("Paris", [created]))
    open_menu(dash_duo, "single")
    type_search(dash_duo, "single", "lisbon")
    wait_for_options(dash_duo, ["Lisbon"])
    assert dash_duo.get_logs() == []


def test_the_create_row_comes_first_and_has_the_focus(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#single-out", out(None))
    open_menu(dash_duo, "single")
    type_search(dash_duo, "single", "Par")
    wait_for_options(dash_duo, ['Add "Par"', "Paris"])
    assert focused_option(dash_duo) == 'Add "Par"'
    search_box(dash_duo, "single").send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#single-out", out("Paris"))
    assert dash_duo.get_logs() == []


def test_a_click_on_the_create_row_picks_the_trimmed_text(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#single-out", out(None))
    open_menu(dash_duo, "single")
    type_search(dash_duo, "single", "  Porto  ")
    wait_for_options(dash_duo, ['Add "Porto"'])
    click_option(dash_duo, 'Add "Porto"')
    dash_duo.wait_for_text_to_equal(
        "#single-out", out("Porto", [{"label": "Porto", "value": "Porto"}])
    )
    assert shown_value(dash_duo, "single") == "Porto"
    assert dash_duo.get_logs() == []


def test_multi_appends_the_created_value_and_keeps_the_menu_open(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#multi-out", out(["Paris"]))
    open_menu(dash_duo, "multi")
    type_search(dash_duo, "multi", "Lisbon")
    wait_for_options(dash_duo, ['Add "Lisbon"'])
    search_box(dash_duo, "multi").send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal(
        "#multi-out", out(["Paris", "Lisbon"], [{"label": "Lisbon", "value": "Lisbon"}])
    )
    # as after any pick in multi, the menu stays open on the search: the new option, picked
    wait_for_options(dash_duo, ["Lisbon"])
    assert dash_duo.find_elements(f"{OPTION}.my-dropdown__option--is-selected")
    assert shown_value(dash_duo, "multi") == ["Paris", "Lisbon"]
    close_menu(dash_duo, "multi")
    assert dash_duo.get_logs() == []


def test_existing_blank_and_overlong_texts_offer_no_create_row(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#single-out", out(None))
    open_menu(dash_duo, "single")
    # equal to an option after folding accents, case and spaces (a leading space would pick)
    type_search(dash_duo, "single", "MONTREAL  ")
    wait_for_options(dash_duo, ["Montréal"])
    close_menu(dash_duo, "single")

    # a space typed in an empty search picks the focused option: type spaces after a letter,
    # then delete the letter
    open_menu(dash_duo, "single")
    type_search(dash_duo, "single", "x" + Keys.ARROW_LEFT + "   " + Keys.DELETE)
    until(lambda: search_box(dash_duo, "single").get_attribute("value") == "   ", 4)
    wait_for_options(dash_duo, CITIES)
    close_menu(dash_duo, "single")

    # 200 characters offer a row, 201 none
    open_menu(dash_duo, "single")
    type_search(dash_duo, "single", "a" * 200)
    wait_for_options(dash_duo, [f'Add "{"a" * 200}"'])
    type_search(dash_duo, "single", "a")
    wait_for_options(dash_duo, [])
    dash_duo.wait_for_element(".my-dropdown__menu-notice--no-options")
    search_box(dash_duo, "single").send_keys(Keys.ENTER)
    close_menu(dash_duo, "single")
    assert dash_duo.find_element("#single-out").text == out(None)
    assert dash_duo.get_logs() == []


def test_create_row_words_come_from_labels(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#french-out", out(None))
    open_menu(dash_duo, "french")
    type_search(dash_duo, "french", "Lisbonne")
    wait_for_options(dash_duo, ["Ajouter « Lisbonne »"])
    search_box(dash_duo, "french").send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal(
        "#french-out", out("Lisbonne", [{"label": "Lisbonne", "value": "Lisbonne"}])
    )
    assert dash_duo.get_logs() == []


def test_not_creatable_offers_no_create_row(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#plain-out", out(None))
    open_menu(dash_duo, "plain")
    type_search(dash_duo, "plain", "Lisbon")
    dash_duo.wait_for_element(".my-dropdown__menu-notice--no-options")
    assert dash_duo.find_elements(OPTION) == []
    search_box(dash_duo, "plain").send_keys(Keys.ENTER)
    close_menu(dash_duo, "plain")
    assert dash_duo.find_element("#plain-out").text == out(None)
    assert shown_value(dash_duo, "plain") is None
    assert dash_duo.get_logs() == []


def make_persistent_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(
                id="city", options=CITIES, value="Paris", creatable=True, persistence=True
            ),
            html.Div(id="out"),
            html.Button("read", id="read"),
            html.Div(id="read-out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("city", "value"))
    def show(value):
        return f"value={value}"

    # what Dash holds when the button is pressed, whatever callbacks are still on their way
    @app.callback(
        Output("read-out", "children"),
        Input("read", "n_clicks"),
        State("city", "value"),
        prevent_initial_call=True,
    )
    def read(_, value):
        return f"value={value}"

    return app


def test_created_value_survives_a_reload_with_persistence(dash_duo):
    dash_duo.start_server(make_persistent_app())
    dash_duo.wait_for_text_to_equal("#out", "value=Paris")
    open_menu(dash_duo, "city")
    type_search(dash_duo, "city", "Lisbon")
    wait_for_options(dash_duo, ['Add "Lisbon"'])
    search_box(dash_duo, "city").send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#out", "value=Lisbon")

    dash_duo.driver.refresh()
    dash_duo.wait_for_text_to_equal("#out", "value=Lisbon")
    # the picked value is not offered for creation a second time
    open_menu(dash_duo, "city")
    type_search(dash_duo, "city", "lisbon")
    dash_duo.wait_for_element(".my-dropdown__menu-notice--no-options")
    close_menu(dash_duo, "city")
    # long after the dropdown loaded, the value missing from the layout's options is kept
    dash_duo.find_element("#read").click()
    dash_duo.wait_for_text_to_equal("#read-out", "value=Lisbon")
    assert shown_value(dash_duo, "city") == "Lisbon"
    assert dash_duo.get_logs() == []
