"""In debug mode (React's development build, Dash's prop checks on): every option format passes
the prop types, and React has nothing to warn about (defaultProps, keys, ...)."""

import pytest
from dash import Dash, Input, Output, html
from dropdown_helpers import click_option, open_menu, option_texts
from test_dropdown_groups import OPTIONS as GROUPS

import my_components


@pytest.mark.smoke
def test_no_warnings_in_debug_mode(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="plain", options=["Lima", 3, True], value=3),
            my_components.Dropdown(id="dict", options={"NYC": "New York"}),
            my_components.Dropdown(
                id="components",
                options=[
                    {"label": html.B("Kyoto"), "value": "KIX", "search": "kansai"},
                    {"label": [html.I("Oslo"), " (Norway)"], "value": "OSL", "title": "t"},
                    {"label": "Off", "value": "OFF", "disabled": True},
                ],
                persistence=True,
            ),
            my_components.Dropdown(id="groups", options=GROUPS, multi=True, value=["MTL"]),
            html.Div(id="out"),
        ]
    )
    app.callback(Output("out", "children"), Input("groups", "value"))(repr)
    dash_duo.start_server(
        app, debug=True, use_reloader=False, use_debugger=True, dev_tools_hot_reload=False
    )
    open_menu(dash_duo, "components")
    assert option_texts(dash_duo) == ["Kyoto", "Oslo (Norway)", "Off"]
    click_option(dash_duo, "Oslo (Norway)")
    dash_duo.wait_for_text_to_equal("#components .my-dropdown__single-value", "Oslo (Norway)")
    open_menu(dash_duo, "groups")
    dash_duo.find_element(".my-dropdown__select-all").click()
    dash_duo.wait_for_text_to_equal("#out", "['MTL', 'ANY', 'YYZ', 'TYO', 'Osaka']")
    assert dash_duo.find_elements(".dash-fe-error__title") == []
    assert dash_duo.get_logs() == []
