"""A drop-in for dcc.Dropdown 4.4.1: its calls, its value, its words, its loading state,
each checked on a dcc.Dropdown beside ours where that makes the expected behaviour explicit."""

import threading

from dash import Dash, Input, Output, dcc, html
from dropdown_helpers import MENU, open_menu, shown_value, type_search
from selenium.webdriver.common.keys import Keys

import my_components


def test_options_then_value_as_positional_arguments(dash_duo):
    ours = my_components.Dropdown(["NYC", "MTL"], "NYC", id="city")
    theirs = dcc.Dropdown(["NYC", "MTL"], "NYC", id="dcc-city")
    assert (ours.options, ours.value) == (theirs.options, theirs.value) == (["NYC", "MTL"], "NYC")
    app = Dash(__name__)
    app.layout = html.Div([ours, theirs])
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#dcc-city .dash-dropdown-value", "NYC")
    assert shown_value(dash_duo, "city") == "NYC"
    assert dash_duo.get_logs() == []


def test_empty_string_value_stays_empty_without_an_extra_callback(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="ours", options=["a", "b"], value=""),
            dcc.Dropdown(id="theirs", options=["a", "b"], value=""),
            html.Button("ping", id="ping"),
            html.Div(id="pong"),
            html.Div(id="ours-out"),
            html.Div(id="theirs-out"),
        ]
    )
    calls = {"ours": [], "theirs": []}
    for name in calls:

        @app.callback(Output(f"{name}-out", "children"), Input(name, "value"))
        def record(value, name=name):
            calls[name].append(value)
            return repr(calls[name])

    @app.callback(Output("pong", "children"), Input("ping", "n_clicks"), prevent_initial_call=True)
    def pong(n_clicks):
        return f"pong {n_clicks}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#theirs-out", "['']")
    dash_duo.wait_for_text_to_equal("#ours-out", "['']")
    # a round trip after load: a value changed on load would have reached its callback first
    dash_duo.find_element("#ping").click()
    dash_duo.wait_for_text_to_equal("#pong", "pong 1")
    assert calls == {"ours": [""], "theirs": [""]}
    assert dash_duo.get_logs() == []


def test_default_words_are_dccs_and_the_clear_control_is_named(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="ours", options=["a", "b"], value=["a"], multi=True),
            dcc.Dropdown(id="theirs", options=["a", "b"], value=["a"], multi=True),
        ]
    )
    dash_duo.start_server(app)
    open_menu(dash_duo, "ours")
    buttons = dash_duo.find_elements(f"{MENU} button")
    assert [b.text for b in buttons] == ["Select All", "Deselect All"]
    type_search(dash_duo, "ours", "zzz")
    dash_duo.wait_for_text_to_equal(".my-dropdown__menu-notice--no-options", "No options found")

    clear = dash_duo.find_element("#ours .my-dropdown__clear-indicator")
    assert clear.accessible_name == "Clear selection"
    assert clear.get_attribute("title") == "Clear selection"
    theirs = dash_duo.find_element("#theirs .dash-dropdown-clear")
    assert theirs.accessible_name == clear.accessible_name
    assert dash_duo.get_logs() == []


def test_option_title_is_the_tooltip_of_the_picked_value(dash_duo):
    options = [
        {"label": "Montréal", "value": "MTL", "title": "Québec, Canada"},
        {"label": "Lyon", "value": "LYS", "title": "Rhône, France"},
    ]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="single", options=options, value="LYS"),
            my_components.Dropdown(id="multi", options=options, value=["MTL", "LYS"], multi=True),
        ]
    )
    dash_duo.start_server(app)
    single = dash_duo.wait_for_element("#single .my-dropdown__single-value")
    assert single.get_attribute("title") == "Rhône, France"
    chips = dash_duo.find_elements("#multi .my-dropdown__multi-value")
    assert [chip.get_attribute("title") for chip in chips] == ["Québec, Canada", "Rhône, France"]
    assert dash_duo.get_logs() == []


def test_loading_state_while_a_callback_computes_a_prop(dash_duo):
    release = threading.Event()
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("load", id="load"),
            my_components.Dropdown(id="ours", options=["a"]),
            dcc.Dropdown(id="theirs", options=["a"]),
        ]
    )

    @app.callback(
        Output("ours", "options"),
        Output("theirs", "options"),
        Input("load", "n_clicks"),
        prevent_initial_call=True,
    )
    def slow(n_clicks):
        release.wait(20)
        return ["a", "b"], ["a", "b"]

    dash_duo.start_server(app)
    ours = dash_duo.wait_for_element("#ours")
    assert ours.get_attribute("data-dash-is-loading") is None
    dash_duo.find_element("#load").click()
    try:
        dash_duo.wait_for_element('#theirs[data-dash-is-loading="true"]')
        dash_duo.wait_for_element('#ours[data-dash-is-loading="true"]')
    finally:
        release.set()
    dash_duo.wait_for_no_elements("[data-dash-is-loading]")
    assert dash_duo.get_logs() == []


def test_a_click_on_its_label_focuses_and_opens_it(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Label(["Wrapped", my_components.Dropdown(id="wrapped", options=["a", "b"])]),
            html.Label("Ours", htmlFor="ours", id="ours-label"),
            my_components.Dropdown(id="ours", options=["a", "b"]),
            html.Label("Theirs", htmlFor="theirs", id="theirs-label"),
            dcc.Dropdown(id="theirs", options=["a", "b"]),
        ]
    )
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#theirs")

    dash_duo.find_element("#theirs-label").click()
    dash_duo.wait_for_element(".dash-dropdown-content [role=option]")
    dash_duo.find_element("body").click()
    dash_duo.wait_for_no_elements(".dash-dropdown-content")

    dash_duo.find_element("#ours-label").click()
    dash_duo.wait_for_element(MENU)
    focused = dash_duo.driver.switch_to.active_element
    assert focused == dash_duo.find_element("#ours input")
    assert focused.get_attribute("aria-expanded") == "true"
    focused.send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)

    # a click on a wrapping label's text
    dash_duo.driver.execute_script(
        "const label = document.getElementById('wrapped').closest('label');"
        "const r = document.createRange(); r.selectNodeContents(label.firstChild);"
        "const box = r.getBoundingClientRect();"
        "document.elementFromPoint(box.left + 2, box.top + box.height / 2).click();"
    )
    dash_duo.wait_for_element(MENU)
    assert dash_duo.driver.switch_to.active_element == dash_duo.find_element("#wrapped input")
    assert dash_duo.get_logs() == []
