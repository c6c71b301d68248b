"""The my_components demo: `make demo` serves it at http://127.0.0.1:8050."""

from dash import Dash, Input, Output, html

import my_components

app = Dash(__name__, title="my_components demo")
server = app.server

app.layout = html.Div(
    [
        html.H1("my_components"),
        html.Section(
            [
                html.H2("Dropdown"),
                my_components.Dropdown(
                    id="city",
                    # a component label with its own search text, accents, a group
                    options=[
                        {
                            "label": html.Span(["New York City ", html.Small("(USA)")]),
                            "value": "New York City",
                            "search": "New York City The Big Apple",
                        },
                        {"label": "São Paulo", "value": "São Paulo"},
                        {"label": "Canada", "options": ["Montreal", "Toronto"]},
                    ],
                    placeholder="Pick a city",
                ),
                html.Div(id="city-output"),
            ],
            id="section-dropdown",
        ),
    ]
)


@app.callback(Output("city-output", "children"), Input("city", "value"))
def show_city(value):
    return f"You picked: {value}" if value else "Nothing picked yet"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050, debug=False)
