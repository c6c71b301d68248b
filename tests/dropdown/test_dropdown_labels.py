"""Dash components as labels render in the menu and in the picked value, single and multi."""

import pytest
from dash import Dash, Input, Output, html
from dropdown_helpers import click_option, open_menu, option_texts

import my_components


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


@pytest.mark.smoke
def test_component_labels_in_menu_and_value(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "single")
    assert option_texts(dash_duo) == ["Montréal (Canada)", "Lyon (France)", "Kyoto (Japan)"]
    # the components themselves render, not their text
    assert [el.text for el in dash_duo.find_elements(".my-dropdown__menu .city")] == [
        "Montréal",
        "Lyon",
        "Kyoto",
    ]
    click_option(dash_duo, "Lyon (France)")
    dash_duo.wait_for_text_to_equal("#single-out", "'LYS'")
    dash_duo.wait_for_text_to_equal("#single .my-dropdown__single-value b.city", "Lyon")

    open_menu(dash_duo, "multi")
    click_option(dash_duo, "Kyoto (Japan)")
    dash_duo.wait_for_text_to_equal("#multi-out", "['KIX']")
    open_menu(dash_duo, "multi")
    click_option(dash_duo, "Montréal (Canada)")
    dash_duo.wait_for_text_to_equal("#multi-out", "['KIX', 'MTL']")
    chips = dash_duo.find_elements("#multi .my-dropdown__multi-value__label .city")
    assert [chip.text for chip in chips] == ["Kyoto", "Montréal"]
    assert chips[0].tag_name == "i"
    assert dash_duo.get_logs() == []
