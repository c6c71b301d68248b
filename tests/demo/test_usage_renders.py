from dash.testing.application_runners import import_app


def test_demo_sections_render(dash_duo):
    app = import_app("usage")
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#city-output", "Nothing picked yet")
    dash_duo.wait_for_text_to_equal("#city", "Pick a city")
    assert dash_duo.get_logs() == []
