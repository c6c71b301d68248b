"""The Dropdown sections of the demo."""

from dash import Input, Output, html

import my_components


def layout():
    return html.Section(
        [
            html.H2("Dropdown"),
            my_components.Dropdown(
                id="city",
                options=["Montreal", "New York City", "São Paulo"],
                placeholder="Pick a city",
            ),
            html.Div(id="city-output"),
        ],
        id="section-dropdown",
    )


def show_city(value):
    return f"You picked: {value}" if value else "Nothing picked yet"


def register(app):
    app.callback(Output("city-output", "children"), Input("city", "value"))(show_city)
