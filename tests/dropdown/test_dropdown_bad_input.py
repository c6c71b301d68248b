"""Bad input: null entries, wrong shapes, duplicate values, a value not in options."""

from dash import Dash, Input, Output, html
from dropdown_helpers import click_option, open_menu, option_texts, severe_logs, shown_value

import my_components

BAD = [
    None,
    "Paris",
    {"label": "no value here"},
    {"label": "Tokyo", "value": "TYO"},
    ["a", "list"],
]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="bad", options=BAD),
            html.Div(id="bad-out"),
            # bare entries after a component label (Dash used to rebuild them into objects)
            my_components.Dropdown(
                id="bad-late",
                options=[{"label": html.B("Tokyo"), "value": "TYO"}, None, "Paris", 3.5],
            ),
            my_components.Dropdown(id="dupes", options=["Lima", "Lima", "Oslo"]),
            my_components.Dropdown(
                id="missing", options=["Lima", "Oslo"], value="Quito", prune_value=False
            ),
        ]
    )

    @app.callback(Output("bad-out", "children"), Input("bad", "value"))
    def show(value):
        return f"value={value}"

    return app


def test_bad_options_never_crash_and_are_reported_once(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#bad-out", "value=None")
    open_menu(dash_duo, "bad")
    assert option_texts(dash_duo) == ["Paris", "Tokyo"]
    click_option(dash_duo, "Tokyo")
    dash_duo.wait_for_text_to_equal("#bad-out", "value=TYO")
    open_menu(dash_duo, "bad")
    click_option(dash_duo, "Paris")
    dash_duo.wait_for_text_to_equal("#bad-out", "value=Paris")

    # one console error per dropdown with bad options, however often it re-rendered
    errors = [entry["message"] for entry in severe_logs(dash_duo)]
    assert len(errors) == 3, errors
    bad = next(message for message in errors if "(id bad)" in message)
    for fragment in ["options[0] is null", "options[2]", "no value here", 'options[4] is [\\"a\\"']:
        assert fragment in bad, bad
    late = next(message for message in errors if "(id bad-late)" in message)
    assert "options[1] is null" in late, late
    assert "options[2]" not in late and "options[3]" not in late, late
    dupes = next(message for message in errors if "(id dupes)" in message)
    assert 'duplicate value \\"Lima\\"' in dupes, dupes

    open_menu(dash_duo, "bad-late")
    # the bare "Paris" and 3.5 arrive as given, beside a component label
    assert option_texts(dash_duo) == ["Tokyo", "Paris", "3.5"]

    # duplicates both show; a value not in options shows as its text
    open_menu(dash_duo, "dupes")
    assert option_texts(dash_duo) == ["Lima", "Lima", "Oslo"]
    assert shown_value(dash_duo, "missing") == "Quito"
    assert severe_logs(dash_duo) == []
