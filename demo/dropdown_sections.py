"""The Dropdown sections of the demo: one per feature, each with a line showing the value."""

import functools

from dash import Input, Output, State, html
from dash.exceptions import PreventUpdate

import my_components

from . import data

SERVER_SEARCH_LIMIT = 50


def section(section_id, title, note, *children):
    return html.Section([html.H2(title), html.P(note), *children], id=section_id)


def picked_line(dropdown_id):
    return html.Div(id=f"{dropdown_id}-output", className="picked")


def layout():
    return [
        section(
            "section-dropdown",
            "Dropdown",
            "A drop-in for dcc.Dropdown.",
            my_components.Dropdown(
                id="city",
                options=["Montreal", "New York City", "São Paulo"],
                placeholder="Pick a city",
            ),
            picked_line("city"),
        ),
        section(
            "section-search",
            "Search by another text",
            'Each option may carry its own search text: type "big apple" to find New York City.',
            my_components.Dropdown(id="search-text", options=data.CITY_NICKNAMES),
            picked_line("search-text"),
        ),
        section(
            "section-labels",
            "Components as labels",
            "Labels may be Dash components; search still matches their text.",
            my_components.Dropdown(id="colour", options=data.colour_options()),
            picked_line("colour"),
        ),
        section(
            "section-max-height",
            "maxHeight=800",
            "The menu grows up to 800 px: all nine planets show without a scrollbar.",
            my_components.Dropdown(id="planet", options=data.PLANETS, maxHeight=800),
            picked_line("planet"),
        ),
        section(
            "section-many",
            "100,000 options",
            "Searchable, and instant: the menu keeps only the visible rows in the page.",
            my_components.Dropdown(id="many", options=data.many_labels()),
            picked_line("many"),
        ),
        section(
            "section-server-search",
            "Server-side search",
            "filter_options=False: a callback on search_value sends the best "
            f"{SERVER_SEARCH_LIMIT} matches of the 100,000 labels, found and ranked by "
            "my_components.SearchIndex as the Dropdown itself would.",
            my_components.Dropdown(
                id="server-search",
                options=[],
                filter_options=False,
                placeholder="Type to search on the server",
            ),
            picked_line("server-search"),
        ),
        section(
            "section-groups",
            "Option groups",
            "A heading per group; search looks inside the groups and hides empty ones.",
            my_components.Dropdown(id="grouped", options=data.CITY_GROUPS),
            picked_line("grouped"),
        ),
        section(
            "section-multi",
            "Multi with select all",
            '"Select all" and "Deselect all" act on the options the search leaves.',
            my_components.Dropdown(
                id="fruits", options=data.FRUITS, multi=True, closeOnSelect=False
            ),
            picked_line("fruits"),
        ),
        section(
            "section-words",
            "Own words, picks sent on close",
            "labels puts the dropdown's words in French; debounce=True sends the picks to the "
            "server once, when the menu closes (the line below waits for it).",
            my_components.Dropdown(
                id="fruits-fr",
                options=data.FRUITS,
                multi=True,
                closeOnSelect=False,
                debounce=True,
                placeholder="Choisir des fruits",
                labels={
                    "select_all": "Tout choisir",
                    "deselect_all": "Tout enlever",
                    "selected_count": "{num_selected} choisis",
                    "search": "Chercher un fruit",
                    "clear_selection": "Tout effacer",
                    "no_options_found": "Aucun fruit",
                },
            ),
            picked_line("fruits-fr"),
        ),
    ]


def show_city(value):
    return f"You picked: {value}" if value else "Nothing picked yet"


def show_pick(value):
    """The line under a dropdown: what is picked, lists joined by commas."""
    if value is None or value == []:
        return "Nothing picked yet"
    if isinstance(value, list):
        return "You picked: " + ", ".join(str(v) for v in value)
    return f"You picked: {value}"


@functools.lru_cache(maxsize=1)
def many_labels_index():
    """The search index of the 100,000 labels: built once, on the first search."""
    return my_components.SearchIndex(data.many_labels())


def search_on_server(search_value, value):
    """The options for what was typed: the best matches, keeping the picked value listed."""
    if not search_value:
        raise PreventUpdate
    found = many_labels_index().search(search_value, limit=SERVER_SEARCH_LIMIT)
    # the labels are their own values: send them as plain strings
    matches = [option["value"] for option in found]
    if value and value not in matches:
        matches.insert(0, value)  # otherwise the Dropdown would drop the picked value
    return matches


PICK_LINES = [
    "search-text",
    "colour",
    "planet",
    "many",
    "server-search",
    "grouped",
    "fruits",
    "fruits-fr",
]


def register(app):
    app.callback(Output("city-output", "children"), Input("city", "value"))(show_city)
    for dropdown_id in PICK_LINES:
        app.callback(Output(f"{dropdown_id}-output", "children"), Input(dropdown_id, "value"))(
            show_pick
        )
    app.callback(
        Output("server-search", "options"),
        Input("server-search", "search_value"),
        State("server-search", "value"),
    )(search_on_server)
