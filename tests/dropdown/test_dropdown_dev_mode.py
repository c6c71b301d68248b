"""In debug mode (React's development build, Dash's prop checks on): every option format passes
the prop types, and neither React nor anything else on the page logs a console error or a
console warning (defaultProps, keys, ...), from the page's first script on."""

import pytest
from dash import Dash, Input, Output, html
from dropdown_helpers import GROUPED_OPTIONS, click_option, open_menu, option_texts

import my_components

# Runs before any script of every page this browser opens: records console.warn calls, which
# dash.testing's get_logs() never returns (it keeps SEVERE entries only).
RECORD_WARNINGS = """
window.__warnings = [];
const originalWarn = console.warn;
console.warn = (...args) => {
    window.__warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
};
"""


def record_warnings_from_page_start(dash_duo):
    dash_duo.driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_WARNINGS}
    )


def warnings(dash_duo):
    return dash_duo.driver.execute_script("return window.__warnings")


@pytest.mark.smoke
def test_no_errors_or_warnings_in_debug_mode(dash_duo):
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
            my_components.Dropdown(id="groups", options=GROUPED_OPTIONS, multi=True, value=["MTL"]),
            html.Div(id="out"),
        ]
    )
    app.callback(Output("out", "children"), Input("groups", "value"))(repr)
    record_warnings_from_page_start(dash_duo)
    dash_duo.start_server(
        app, debug=True, use_reloader=False, use_debugger=True, dev_tools_hot_reload=False
    )
    # the recorder was in place before the page's scripts ran
    assert warnings(dash_duo) is not None
    open_menu(dash_duo, "components")
    assert option_texts(dash_duo) == ["Kyoto", "Oslo (Norway)", "Off"]
    click_option(dash_duo, "Oslo (Norway)")
    dash_duo.wait_for_text_to_equal("#components .my-dropdown__single-value", "Oslo (Norway)")
    open_menu(dash_duo, "groups")
    dash_duo.find_element(".my-dropdown__select-all").click()
    dash_duo.wait_for_text_to_equal("#out", "['MTL', 'ANY', 'YYZ', 'TYO', 'Osaka']")
    assert dash_duo.find_elements(".dash-fe-error__title") == []
    assert dash_duo.get_logs() == []
    assert warnings(dash_duo) == []
