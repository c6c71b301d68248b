"""The demo's background job (demo/jobs.py) as a page sends it, and the answer it must give."""

RESULT = "job-result.children"
CANCEL = {"id": "job-cancel", "property": "n_clicks"}


def points_for(run):
    """Distinct points for each run number, so cache_by never answers one run with another's."""
    from demo import data

    points = data.sample_points()
    start = (run * 7) % len(points)
    chosen = (points + points)[start : start + 20 + run]
    return [{"x": p["x"], "y": p["y"]} for p in chosen]


def expected_summary(points):
    """The summary line a correct job shows, computed here from the points themselves."""
    if not points:
        return "No points to process."
    mean_x = sum(p["x"] for p in points) / len(points)
    mean_y = sum(p["y"] for p in points) / len(points)
    return f"{len(points)} points: mean x = {mean_x:.3f}, mean y = {mean_y:.3f}"


def start(page, run, step_seconds, n_clicks=1, fail=False):
    """Click Run on the page with run's points; returns (job, points)."""
    points = points_for(run)
    job = page.start_job(
        RESULT,
        {"job-run.n_clicks": n_clicks},
        {
            "job-points.data": points,
            "job-step-seconds.value": step_seconds,
            "job-fail.value": ["raise"] if fail else [],
        },
    )
    return job, points


def shown(job):
    """What the result area shows after the job: (summary, run id, error), None when absent."""
    from renderer_client import find_by_id

    children = job.response["job-result"]["children"]
    summary = find_by_id(children, "job-summary")
    run_id = find_by_id(children, "job-run-id")
    error = find_by_id(children, "job-error")
    return (
        summary and summary["children"],
        run_id and run_id["children"],
        error and error["children"],
    )


def other_callback_answers(page, clusters=("north",)):
    """A plain callback of the same page (points of the chosen clusters) answers correctly."""
    status, data = page.post(
        page.body(
            "..job-points.data...job-points-count.children..",
            {"job-clusters.value": list(clusters)},
        )
    )
    return status == 200 and data["response"]["job-points-count"]["children"] == (
        f"{100 * len(clusters)} points to process"
    )
