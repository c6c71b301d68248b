"""Sample data for the demo: deterministic, so tests and screenshots do not change run to run."""

import functools
import random

from dash import html

CLUSTERS = {"north": (2.0, 7.0), "south": (3.5, 3.0), "east": (6.0, 5.0)}
POINTS_PER_CLUSTER = 100


def sample_points():
    """Points as dicts {"x", "y", "z", "cluster"}: three clusters of 100, the same on every call."""
    rng = random.Random(42)
    points = []
    for cluster, (cx, cy) in CLUSTERS.items():
        for _ in range(POINTS_PER_CLUSTER):
            x = round(rng.gauss(cx, 0.7), 3)
            y = round(rng.gauss(cy, 0.7), 3)
            z = round(0.5 * x + rng.gauss(0, 0.8), 3)
            points.append({"x": x, "y": y, "z": z, "cluster": cluster})
    return points


# --- Dropdown sections ---------------------------------------------------------------------

CITY_NICKNAMES = [
    {"label": html.Div(["Montreal"]), "value": "MTL", "search": "Montreal Montréal Quebec"},
    {"label": html.Div(["New York City"]), "value": "NYC", "search": "The Big Apple"},
    {"label": html.Div(["San Francisco"]), "value": "SF", "search": "San Francisco Golden Gate"},
    {"label": html.Div(["Chicago"]), "value": "CHI", "search": "Chicago The Windy City"},
]

COLOURS = {"Tomato": "#e4572e", "Sunflower": "#f3a712", "Moss": "#5b8e32", "Ocean": "#1d70a2"}


def colour_options():
    """Options whose labels are styled spans: a colour swatch, then the colour's name."""
    return [
        {
            "label": html.Span(
                [html.Span(className="swatch", style={"backgroundColor": hex_code}), name],
                className="colour-label",
            ),
            "value": name,
        }
        for name, hex_code in COLOURS.items()
    ]


PLANETS = [
    "Mercury",
    "Venus",
    "Earth",
    "Mars",
    "Jupiter",
    "Saturn",
    "Uranus",
    "Neptune",
    "Pluto (dwarf)",
]

CITY_GROUPS = [
    {
        "label": "Canada",
        "options": [
            {"label": "Montréal", "value": "montreal"},
            {"label": "Toronto", "value": "toronto"},
            {"label": "Vancouver", "value": "vancouver"},
        ],
    },
    {
        "label": "United States",
        "options": [
            {"label": "New York City", "value": "nyc", "search": "New York City The Big Apple"},
            {"label": "San Francisco", "value": "sf"},
            {"label": "Chicago", "value": "chicago"},
        ],
    },
    {
        "label": "Brazil",
        "options": [
            {"label": "São Paulo", "value": "sao-paulo"},
            {"label": "Rio de Janeiro", "value": "rio"},
        ],
    },
]

FRUITS = ["Apple", "Apricot", "Banana", "Blueberry", "Cherry", "Grape", "Kiwi", "Lemon", "Mango"]

MANY_CITIES = [
    "São Paulo",
    "Montréal",
    "Zürich",
    "Kraków",
    "Reykjavík",
    "Malmö",
    "Córdoba",
    "Düsseldorf",
    "Besançon",
    "Łódź",
    "New York",
    "Osaka",
]
MANY_COUNT = 100_000


@functools.lru_cache(maxsize=1)
def many_labels():
    """100,000 unique labels with accents: "<city> <district> #<n>", the same on every call."""
    return [
        f"{MANY_CITIES[i % len(MANY_CITIES)]} district {i % 97} #{i:06d}" for i in range(MANY_COUNT)
    ]
