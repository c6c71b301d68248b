"""Dash components as labels: on Dash 3+ they render in the menu and in the picked value, single
and multi; on Dash 2 (no API to render a component outside the layout) they show as their text."""

import dash
import pytest
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until
from dropdown_helpers import click_option, close_menu, open_menu, option_texts, shown_value

import my_components

# Dash 3 added window.dash_component_api.ExternalWrapper, through which labels render
COMPONENTS_RENDER = int(dash.__version__.split(".")[0]) >= 3


def city(name, country):
    return html.Span([html.B(name, className="city"), f" ({country})"])


OPTIONS = [
    {"label": city("Montréal", "Canada"), "value": "MTL"},
    {"label": city("Lyon", "France"), "value": "LYS"},
    # a list of components
    {"label": [html.I("Kyoto", className="city"), " (Japan)"], "value": "KIX"},
]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="single", options=OPTIONS),
            html.Div(id="single-out"),
            my_components.Dropdown(id="multi", options=OPTIONS, multi=True),
            html.Div(id="multi-out"),
        ]
    )
    for name in ["single", "multi"]:
        app.callback(Output(f"{name}-out", "children"), Input(name, "value"))(
            lambda value: repr(value)
        )
    return app


def test_option_labels_are_no_children_props():
    """Dash re-wraps every option of a component with children props on each of its renders:
    the Dropdown declares none, so its labels reach it as plain JSON."""
    assert my_components.Dropdown._children_props == []


@pytest.mark.smoke
def test_component_labels_in_menu_and_value(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "single")
    assert option_texts(dash_duo) == ["Montréal (Canada)", "Lyon (France)", "Kyoto (Japan)"]
    menu_components = [el.text for el in dash_duo.find_elements(".my-dropdown__menu .city")]
    # Dash 3+: the components themselves render; Dash 2: their text only
    assert menu_components == (["Montréal", "Lyon", "Kyoto"] if COMPONENTS_RENDER else [])
    click_option(dash_duo, "Lyon (France)")
    dash_duo.wait_for_text_to_equal("#single-out", "'LYS'")
    dash_duo.wait_for_text_to_equal("#single .my-dropdown__single-value", "Lyon (France)")
    if COMPONENTS_RENDER:
        dash_duo.wait_for_text_to_equal("#single .my-dropdown__single-value b.city", "Lyon")

    open_menu(dash_duo, "multi")
    click_option(dash_duo, "Kyoto (Japan)")
    dash_duo.wait_for_text_to_equal("#multi-out", "['KIX']")
    open_menu(dash_duo, "multi")
    click_option(dash_duo, "Montréal (Canada)")
    dash_duo.wait_for_text_to_equal("#multi-out", "['KIX', 'MTL']")
    assert shown_value(dash_duo, "multi") == ["Kyoto (Japan)", "Montréal (Canada)"]
    chips = dash_duo.find_elements("#multi .my-dropdown__multi-value__label .city")
    if COMPONENTS_RENDER:
        assert [chip.text for chip in chips] == ["Kyoto", "Montréal"]
        assert chips[0].tag_name == "i"
    else:
        assert chips == []
    assert dash_duo.get_logs() == []


@pytest.mark.skipif(not COMPONENTS_RENDER, reason="Dash 2 shows component labels as text")
def test_dcc_component_label_renders_beside_dcc_dropdown(dash_duo):
    """A dcc component as a label renders in our menu row and picked value, as in dcc.Dropdown."""
    options = [
        {"label": dcc.Markdown("**Oslo** harbour"), "value": "OSL"},
        {"label": "Bergen", "value": "BGO"},
    ]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="mine", options=options, value="OSL"),
            dcc.Dropdown(id="theirs", options=options, value="OSL"),
        ]
    )
    dash_duo.start_server(app)
    for picked in ["#mine .my-dropdown__single-value strong", "#theirs strong"]:
        dash_duo.wait_for_text_to_equal(picked, "Oslo")
    open_menu(dash_duo, "mine")
    dash_duo.wait_for_text_to_equal(".my-dropdown__menu [role=option] strong", "Oslo")
    assert option_texts(dash_duo) == ["Oslo harbour", "Bergen"]
    assert dash_duo.get_logs() == []


@pytest.mark.skipif(not COMPONENTS_RENDER, reason="Dash 2 shows component labels as text")
def test_callback_updates_an_id_inside_a_shown_label(dash_duo):
    """A callback whose output is inside the picked label updates what the control shows."""
    # a label's components join Dash's layout only once shown (as components a callback returns)
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            my_components.Dropdown(
                id="dd",
                options=[
                    {"label": html.Span(["Inbox ", html.B("?", id="unread")]), "value": "IN"},
                    {"label": "Archive", "value": "AR"},
                ],
                value="IN",
            ),
            html.Button("refresh", id="refresh"),
        ]
    )

    @app.callback(
        Output("unread", "children"), Input("refresh", "n_clicks"), prevent_initial_call=True
    )
    def count(n_clicks):
        return str(n_clicks * 10)

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#dd .my-dropdown__single-value", "Inbox ?")
    dash_duo.find_element("#refresh").click()
    dash_duo.wait_for_text_to_equal("#dd .my-dropdown__single-value #unread", "10")
    dash_duo.find_element("#refresh").click()
    dash_duo.wait_for_text_to_equal("#dd .my-dropdown__single-value #unread", "20")
    assert dash_duo.get_logs() == []


@pytest.mark.skipif(not COMPONENTS_RENDER, reason="Dash 2 shows component labels as text")
def test_component_label_inside_a_group_renders(dash_duo):
    options = [
        {
            "label": "Norway",
            "options": [{"label": html.B("Oslo", className="city"), "value": "OSL"}, "Bergen"],
        }
    ]
    app = Dash(__name__)
    app.layout = html.Div([my_components.Dropdown(id="dd", options=options), html.Div(id="out")])
    app.callback(Output("out", "children"), Input("dd", "value"))(lambda value: repr(value))
    dash_duo.start_server(app)
    open_menu(dash_duo, "dd")
    dash_duo.wait_for_text_to_equal(".my-dropdown__menu [role=option] b.city", "Oslo")
    assert option_texts(dash_duo) == ["Oslo", "Bergen"]
    click_option(dash_duo, "Oslo")
    dash_duo.wait_for_text_to_equal("#out", "'OSL'")
    dash_duo.wait_for_text_to_equal("#dd .my-dropdown__single-value b.city", "Oslo")
    assert dash_duo.get_logs() == []


LABELS_IN_LAYOUT = """
const menu = window.dash_component_api.getLayout(['__my_components_dropdown_labels', 'menu']);
return Object.keys(menu || {}).length;
"""


@pytest.mark.skipif(not COMPONENTS_RENDER, reason="Dash 2 shows component labels as text")
def test_menu_labels_leave_dash_layout_when_rows_go(dash_duo):
    """Label components of rows scrolled away, or of a closed menu, do not pile up in Dash."""
    options = [{"label": html.B(f"City {i}"), "value": i} for i in range(300)]
    app = Dash(__name__)
    app.layout = html.Div([my_components.Dropdown(id="dd", options=options, maxHeight=200)])
    dash_duo.start_server(app)
    open_menu(dash_duo, "dd")
    dash_duo.wait_for_text_to_equal(".my-dropdown__menu [role=option] b", "City 0")
    shown = dash_duo.driver.execute_script(LABELS_IN_LAYOUT)
    assert 0 < shown < 30
    for offset in [*range(0, 300 * 35, 700), 300 * 35]:
        dash_duo.driver.execute_script(
            "document.querySelector('[role=listbox]').scrollTop = arguments[0];", offset
        )
    until(lambda: "City 299" in option_texts(dash_duo), 4)
    assert dash_duo.driver.execute_script(LABELS_IN_LAYOUT) < 30
    close_menu(dash_duo, "dd")
    until(lambda: dash_duo.driver.execute_script(LABELS_IN_LAYOUT) == 0, 4)
    assert dash_duo.get_logs() == []
