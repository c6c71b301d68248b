"""Every dcc option format; values keep their JSON type; disabled options; titles; HTML text."""

from dash import Dash, Input, Output, html
from dropdown_helpers import click_option, close_menu, open_menu, option_texts, pick, shown_value

import my_components


def typed(value):
    return f"{value!r} {type(value).__name__}"


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="plain", options=["Montréal", 3, True]),
            html.Div(id="plain-out"),
            my_components.Dropdown(id="dict", options={"NYC": "New York", "MTL": "Montréal"}),
            html.Div(id="dict-out"),
            my_components.Dropdown(
                id="dicts",
                options=[
                    {"label": "Paris", "value": "PAR", "title": "Capital of France"},
                    {"label": "Closed", "value": "CLO", "disabled": True},
                    {"label": "Three", "value": 3},
                ],
            ),
            html.Div(id="dicts-out"),
            my_components.Dropdown(
                id="html",
                options=[
                    {"label": '<b>bold</b><img src="x" onerror="window.__ran=1">', "value": 1}
                ],
            ),
            my_components.Dropdown(
                id="multi",
                multi=True,
                options=[
                    {"label": "one (number)", "value": 1},
                    {"label": "one (text)", "value": "1"},
                    {"label": "yes (boolean)", "value": True},
                    {"label": "yes (text)", "value": "true"},
                ],
            ),
            html.Div(id="multi-out"),
        ]
    )
    for name in ["plain", "dict", "dicts", "multi"]:
        app.callback(Output(f"{name}-out", "children"), Input(name, "value"))(
            lambda value: typed(value) if not isinstance(value, list) else repr(value)
        )
    return app


def test_values_keep_their_json_type(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#plain-out", "None NoneType")

    open_menu(dash_duo, "plain")
    # JSON's true shows as JavaScript writes it, as dcc does
    assert option_texts(dash_duo) == ["Montréal", "3", "true"]
    click_option(dash_duo, "3")
    dash_duo.wait_for_text_to_equal("#plain-out", "3 int")
    pick(dash_duo, "plain", "true")
    dash_duo.wait_for_text_to_equal("#plain-out", "True bool")
    assert shown_value(dash_duo, "plain") == "true"

    pick(dash_duo, "dict", "New York")
    dash_duo.wait_for_text_to_equal("#dict-out", "'NYC' str")

    # 1, "1", True and "true" are four different values
    open_menu(dash_duo, "multi")  # a multi menu stays open after each pick
    for label in ["one (text)", "yes (text)", "yes (boolean)"]:
        click_option(dash_duo, label)
    dash_duo.wait_for_text_to_equal("#multi-out", "['1', 'true', True]")
    close_menu(dash_duo, "multi")
    assert dash_duo.get_logs() == []


def test_disabled_options_and_titles(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "dicts")
    options = dash_duo.driver.find_elements("css selector", ".my-dropdown__menu [role=option]")
    assert [o.get_attribute("title") for o in options] == ["Capital of France", "", ""]
    assert [o.get_attribute("aria-disabled") for o in options] == ["false", "true", "false"]

    click_option(dash_duo, "Closed")
    # right after the click (two frames later): nothing is picked and the menu stays open
    dash_duo.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done()));"
    )
    assert shown_value(dash_duo, "dicts") is None
    assert option_texts(dash_duo) == ["Paris", "Closed", "Three"]

    click_option(dash_duo, "Three")
    dash_duo.wait_for_text_to_equal("#dicts-out", "3 int")
    assert dash_duo.get_logs() == []


def test_html_in_a_label_shows_as_text_and_never_runs(dash_duo):
    dash_duo.start_server(make_app())
    label = '<b>bold</b><img src="x" onerror="window.__ran=1">'
    open_menu(dash_duo, "html")
    assert option_texts(dash_duo) == [label]
    click_option(dash_duo, label)
    dash_duo.wait_for_text_to_equal("#html .my-dropdown__single-value", label)
    assert dash_duo.driver.find_elements("css selector", "#html b, #html img") == []
    assert dash_duo.driver.execute_script("return window.__ran === undefined")
    assert dash_duo.get_logs() == []
