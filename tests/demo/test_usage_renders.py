"""usage.py as a user opens it: every section renders, with no console errors."""

from dash.testing.application_runners import import_app


def test_demo_sections_render(dash_duo):
    app = import_app("usage")
    dash_duo.start_server(app)

    dash_duo.wait_for_text_to_equal("#section-dropdown h2", "Dropdown")
    dash_duo.wait_for_text_to_equal("#city-output", "Nothing picked yet")
    dash_duo.wait_for_text_to_equal("#city", "Pick a city")

    dash_duo.wait_for_text_to_equal("#section-job h2", "Background job")
    dash_duo.wait_for_text_to_equal("#job-points-count", "300 points to process")
    for cluster in ("north", "south", "east"):
        dash_duo.wait_for_contains_text("#job-clusters", cluster)
    assert dash_duo.find_element("#job-cancel").get_attribute("disabled") is not None
    assert dash_duo.find_element("#job-run").get_attribute("disabled") is None

    assert dash_duo.get_logs() == []
