"""Hostile text: HTML and script payloads in every text a Dropdown or a Graph shows.

Each payload would set window.__pwned if it ever ran. The flag is checked after rendering,
opening the menu, hovering, searching and picking (Dropdown), and after drawing, hovering every
point and clicking the two links plotly.js makes of the payload's <a> (Graph), which must be
there without their javascript: href. Where the component shows the text as text (Dropdown labels,
titles, placeholder, search), the payload must show literally.
"""

from dash import Dash, Input, Output, html
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from my_components import Dropdown, Graph

from .fuzz_helpers import split_logs

PAYLOADS = [
    '<img src=x onerror="window.__pwned=true">',
    "<script>window.__pwned=true</script>",
    '<svg onload="window.__pwned=true"></svg>',
    "javascript:window.__pwned=true",
    '<a href="javascript:window.__pwned=true">link</a>',
    '<iframe src="javascript:window.__pwned=true"></iframe>',
    '"><img src=x onerror=window.__pwned=true>',
]

# Elements a payload would create if it were parsed as HTML (in the page or in plotly's SVG):
# the payload in an attribute that runs or loads (on*, href, src), or in a script. (It may sit in
# title, aria-label or data-* attributes: those hold it as text.)
INJECTED = """
const live = (name) => name.startsWith('on') || /(^|:)(href|src|srcdoc|action)$/.test(name);
return Array.from(document.querySelectorAll('*')).filter((el) =>
    Array.from(el.attributes).some((a) => live(a.name) && a.value.includes('__pwned')) ||
    (el.tagName === 'SCRIPT' && el.textContent.includes('__pwned'))
).map((el) => el.outerHTML.slice(0, 160));
"""


# The <a> elements plotly.js made of the payload's link (not the modebar's logo link).
PAYLOAD_LINKS = """
return Array.from(document.querySelectorAll('#graph .main-svg a'), (a) => a)
    .filter((a) => a.textContent === 'link')
    .map((a) => ({text: a.textContent, href: a.getAttribute('href')}));
"""

# A click on each of those links (as a mouse click dispatches it), then two animation frames:
# time for a javascript: navigation, which runs as a task of its own, to have run.
CLICK_PAYLOAD_LINKS_THEN_TWO_FRAMES = """
const done = arguments[arguments.length - 1];
for (const a of document.querySelectorAll('#graph .main-svg a')) {
    if (a.textContent === 'link') {
        a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
    }
}
requestAnimationFrame(() => requestAnimationFrame(() => done()));
"""


def pwned(dash_duo):
    return dash_duo.driver.execute_script("return window.__pwned === true")


def injected(dash_duo):
    return dash_duo.driver.execute_script(INJECTED)


def test_dropdown_shows_payloads_as_text_and_runs_none(dash_duo):
    options = [
        {"label": p, "value": f"v{i}", "title": p, "search": f"s{i} {p}"}
        for i, p in enumerate(PAYLOADS)
    ]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            Dropdown(id="dd", options=options, placeholder=PAYLOADS[0]),
            Dropdown(
                id="multi",
                options={f"k{i}": p for i, p in enumerate(PAYLOADS)},
                value=["k0", "k1"],
                multi=True,
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("dd", "value"), Input("dd", "search_value"))
    def show(value, search_value):
        return f"{value}|{search_value}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#dd .my-dropdown__placeholder", PAYLOADS[0])
    chips = dash_duo.find_elements("#multi .my-dropdown__multi-value__label")
    assert [c.text for c in chips] == PAYLOADS[:2]

    dash_duo.find_element("#dd .my-dropdown__control").click()
    dash_duo.wait_for_element(".my-dropdown__menu")
    rows = dash_duo.find_elements(".my-dropdown__menu [role=option]")
    assert [r.text for r in rows] == PAYLOADS
    assert [r.get_attribute("title") for r in rows] == PAYLOADS
    for row in rows:  # hovering moves the focus ring onto each option
        ActionChains(dash_duo.driver).move_to_element(row).perform()
    assert not pwned(dash_duo)

    # search matches the `search` text, payload included, and shows the label literally
    box = dash_duo.find_element("#dd input")
    box.send_keys(PAYLOADS[6])
    dash_duo.wait_for_text_to_equal("#out", f"None|{PAYLOADS[6]}")
    rows = dash_duo.find_elements(".my-dropdown__menu [role=option]")
    assert [r.text for r in rows] == [PAYLOADS[6]]
    box.send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#dd .my-dropdown__single-value", PAYLOADS[6])
    dash_duo.wait_for_text_to_equal("#out", "v6|")

    assert not pwned(dash_duo)
    assert injected(dash_duo) == []
    assert dash_duo.get_logs() == []


def hostile_figure():
    xs = list(range(1, len(PAYLOADS) + 1))
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "markers+text",
                # text beside the markers, so the mouse can reach every point
                "textposition": "top center",
                "x": xs,
                "y": xs,
                "text": PAYLOADS,
                "hovertext": PAYLOADS,
                "hoverinfo": "text",
                "name": PAYLOADS[2],
                "customdata": PAYLOADS,
            }
        ],
        "layout": {
            "title": {"text": PAYLOADS[0]},
            "xaxis": {"title": {"text": PAYLOADS[1]}, "range": [0, len(xs) + 1]},
            "yaxis": {"title": {"text": PAYLOADS[5]}, "range": [0, len(xs) + 1]},
            "showlegend": True,
            "width": 700,
            "height": 500,
            "annotations": [
                {"text": p, "x": x, "y": x - 0.5, "showarrow": False}
                for x, p in zip(xs, PAYLOADS, strict=True)
            ],
            "hovermode": "closest",
        },
    }


def test_graph_text_payloads_never_run(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([Graph(id="graph", figure=hostile_figure()), html.Div(id="hover")])

    @app.callback(Output("hover", "children"), Input("graph", "hoverData"))
    def show(hover):
        return str(hover["points"][0]["customdata"]) if hover else ""

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .main-svg")
    title = dash_duo.find_element("#graph .gtitle")
    shown = {
        "title": title.text,
        "annotations": [a.text for a in dash_duo.find_elements("#graph .annotation-text")],
        "xtitle": dash_duo.find_element("#graph .xtitle").text,
    }
    assert not pwned(dash_duo)

    # hover every point: the hover label carries the payload, the callback receives it as data
    points = dash_duo.find_elements("#graph .scatterlayer .point")
    assert len(points) == len(PAYLOADS)
    for i, point in enumerate(points):
        # off the plot first, so the last hover label (which may cover this point) goes away
        ActionChains(dash_duo.driver).move_to_element(title).perform()
        dash_duo.wait_for_no_elements("#graph .hoverlayer .hovertext")
        ActionChains(dash_duo.driver).move_to_element(point).perform()
        dash_duo.wait_for_text_to_equal("#hover", PAYLOADS[i])
        assert not pwned(dash_duo)

    # plotly.js keeps the payload's <a> (in the point's text and its annotation) but drops an
    # href of an unsafe protocol: both links are there, without href, and a click runs nothing
    links = dash_duo.driver.execute_script(PAYLOAD_LINKS)
    assert links == [{"text": "link", "href": None}] * 2, links
    dash_duo.driver.execute_async_script(CLICK_PAYLOAD_LINKS_THEN_TWO_FRAMES)

    print(f"\nHOSTILE graph text as shown: {shown}")
    assert not pwned(dash_duo)
    assert injected(dash_duo) == []
    # the payload text is still there to read, as text
    assert "window.__pwned=true" in shown["title"]
    assert any("window.__pwned=true" in a for a in shown["annotations"])
    logs = split_logs(dash_duo.get_logs())
    assert logs == {"console": [], "rendering": [], "network": [], "other": []}
