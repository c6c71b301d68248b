"""The demo's callbacks called as plain functions: no browser, no server.

Callbacks that read `ctx` get a mocked callback context, the way Dash's own docs test them.
"""

import pytest
from dash._callback_context import context_value
from dash._utils import AttributeDict

import usage
from demo import data, dropdown_sections, jobs


@pytest.fixture
def triggered_by():
    """Calls to set the callback context as if `prop_id` had triggered the callback."""
    tokens = []

    def trigger(prop_id, **context):
        tokens.append(
            context_value.set(AttributeDict(triggered_inputs=[{"prop_id": prop_id}], **context))
        )

    yield trigger
    for token in reversed(tokens):
        context_value.reset(token)


def text_of(component):
    """All the text inside a Dash component tree, joined by spaces."""
    if component is None:
        return ""
    if isinstance(component, (str, int, float)):
        return str(component)
    if isinstance(component, (list, tuple)):
        return " ".join(text_of(c) for c in component)
    return text_of(getattr(component, "children", None))


def test_show_city():
    assert dropdown_sections.show_city(None) == "Nothing picked yet"
    assert dropdown_sections.show_city("Montreal") == "You picked: Montreal"


def test_all_clusters_button_picks_every_option(triggered_by):
    triggered_by("job-all-clusters.n_clicks")
    assert jobs.set_clusters(1, None, ["north", "east"]) == ["north", "east"]


def test_no_cluster_button_clears(triggered_by):
    triggered_by("job-no-cluster.n_clicks")
    assert jobs.set_clusters(3, 2, ["north", "east"]) == []


def test_choose_points_keeps_the_chosen_clusters():
    points, line = jobs.choose_points(["north"])
    assert len(points) == data.POINTS_PER_CLUSTER
    assert line == f"{data.POINTS_PER_CLUSTER} points to process"
    north = [p for p in data.sample_points() if p["cluster"] == "north"]
    assert points == [{"x": p["x"], "y": p["y"]} for p in north]
    assert jobs.choose_points(None) == ([], "0 points to process")
    assert len(jobs.choose_points(list(data.CLUSTERS))[0]) == 3 * data.POINTS_PER_CLUSTER


def test_choose_points_keeps_only_the_graph_selection_when_there_is_one():
    points = data.sample_points()
    selected = {"points": [{"customdata": i} for i in (0, 1, 150, 299)], "selections": []}
    chosen, line = jobs.choose_points(["north", "east"], selected)
    assert chosen == [{"x": points[i]["x"], "y": points[i]["y"]} for i in (0, 1, 299)]
    assert line == "3 points to process"
    assert len(jobs.choose_points(["north"], None)[0]) == data.POINTS_PER_CLUSTER


def test_summarise_in_steps_reports_each_step_and_the_means():
    points = [{"x": float(i), "y": 2.0 * i} for i in range(23)]  # not a multiple of the steps
    steps = []
    summary = jobs.summarise_in_steps(points, 10, 0, False, steps.append)
    assert steps == list(range(1, 11))
    assert summary == {"count": 23, "mean_x": 11.0, "mean_y": 22.0}


def test_summarise_in_steps_with_fewer_points_than_steps():
    summary = jobs.summarise_in_steps([{"x": 1.0, "y": 3.0}], 10, 0, False, lambda step: None)
    assert summary == {"count": 1, "mean_x": 1.0, "mean_y": 3.0}
    assert jobs.summarise_in_steps([], 10, 0, False, lambda step: None) == {"count": 0}


def test_summarise_in_steps_fails_halfway_when_asked():
    steps = []
    with pytest.raises(RuntimeError, match="fail at step 6 of 10"):
        jobs.summarise_in_steps([{"x": 1.0, "y": 1.0}] * 30, 10, 0, True, steps.append)
    assert steps == [1, 2, 3, 4, 5]


def test_run_job_sets_progress_and_returns_the_summary():
    progress = []
    points, _ = jobs.choose_points(["south", "east"])
    result = jobs.run_job(progress.append, 1, points, 0, [])
    total = str(jobs.JOB_STEPS)
    assert progress == [(str(s), total, f"Step {s} of {total}") for s in range(jobs.JOB_STEPS + 1)]
    mean_x = sum(p["x"] for p in points) / len(points)
    mean_y = sum(p["y"] for p in points) / len(points)
    text = text_of(result)
    assert f"{len(points)} points: mean x = {mean_x:.3f}, mean y = {mean_y:.3f}" in text
    assert "Run id: " in text


def test_run_job_without_points_says_so():
    assert "No points to process." in text_of(jobs.run_job(lambda value: None, 1, [], 0, []))


def test_run_job_shows_a_failure_in_the_page():
    progress = []
    result = jobs.run_job(progress.append, 1, [{"x": 1.0, "y": 1.0}], 0, ["raise"])
    assert result.role == "alert"
    assert text_of(result) == "The job failed: the job was asked to fail at step 6 of 10"
    assert progress[-1] == ("5", "10", "Step 5 of 10")


def test_run_job_clamps_the_step_duration(monkeypatch):
    """Each step waits the delay asked for, clamped to 0 .. MAX_STEP_SECONDS."""
    delays = []
    monkeypatch.setattr(jobs.time, "sleep", delays.append)
    jobs.run_job(lambda value: None, 1, [], -3, [])  # a negative delay means no delay
    assert delays == [0.0] * jobs.JOB_STEPS
    delays.clear()
    jobs.run_job(lambda value: None, 1, [], 0.25, [])
    assert delays == [0.25] * jobs.JOB_STEPS
    delays.clear()
    jobs.run_job(lambda value: None, 1, [], 3600, [])
    assert delays == [jobs.MAX_STEP_SECONDS] * jobs.JOB_STEPS


def test_background_callback_is_wired_for_progress_cancel_and_cache():
    app = usage.create_app(jobs.make_manager(cache_dir=None))
    background = app.callback_map["job-result.children"]["background"]
    assert [str(output) for output in background["progress"]] == [
        "job-progress.value",
        "job-progress.max",
        "job-progress-text.children",
    ]
    assert background["cancel"] == [{"id": "job-cancel", "property": "n_clicks"}]
    assert background["cache_args_to_ignore"] == [0]
    assert app._background_manager.cache_by[0]() == jobs.CACHE_GENERATION


def test_default_manager_is_diskcache_in_the_given_dir(tmp_path):
    from dash import DiskcacheManager

    manager = usage.manager_from_environment({"DEMO_CACHE_DIR": str(tmp_path / "jobs")})
    assert isinstance(manager, DiskcacheManager)
    assert manager.handle.directory == str(tmp_path / "jobs")
    assert jobs.celery_app_of(manager) is None


def test_unreachable_redis_fails_fast_with_one_clear_message(unused_port, monkeypatch):
    """The Redis check connects with short timeouts (one second), so a wrong URL fails fast."""
    import redis

    asked = []
    from_url = redis.Redis.from_url

    def spy(url, **options):
        asked.append(options)
        return from_url(url, **options)

    monkeypatch.setattr(redis.Redis, "from_url", spy)
    url = f"redis://127.0.0.1:{unused_port}/0"
    with pytest.raises(jobs.RedisUnreachable, match=f"REDIS_URL={url} is unreachable"):
        usage.manager_from_environment({"REDIS_URL": url})
    assert asked == [{"socket_connect_timeout": 1.0, "socket_timeout": 1.0}]
