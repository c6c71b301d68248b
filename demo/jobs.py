"""The background job section: a long computation on the chosen points, run off the web process.

It shows the parts of Dash's background callbacks a real app needs: a progress bar (`progress=`),
the run button disabled while the job runs (`running=`), a cancel button (`cancel=`), and results
cached for repeated inputs (the manager's `cache_by` with `cache_args_to_ignore`).
"""

import logging
import time
import uuid

from dash import Input, Output, State, ctx, dcc, html

import my_components

from . import data, graph_sections

logger = logging.getLogger(__name__)

JOB_STEPS = 10
DEFAULT_STEP_SECONDS = 0.3
MAX_STEP_SECONDS = 5.0

# Part of every cache key (with the inputs and the callback's source): the same in every process
# of a deployment (gunicorn and Celery workers), so a result one computed is found by the
# others; a new version of the library starts afresh. Entries expire after CACHE_EXPIRE_SECONDS.
CACHE_GENERATION = f"my_components {my_components.__version__}"
CACHE_EXPIRE_SECONDS = 600
# Celery on Redis runs a job again when its worker died without acknowledging it this long ago.
VISIBILITY_TIMEOUT_SECONDS = JOB_STEPS * MAX_STEP_SECONDS + 10


def layout():
    clusters = list(data.CLUSTERS)
    section = html.Section(
        [
            html.H2("Background job"),
            html.P(
                "Summarises the chosen points (those selected on the graph above, when some "
                "are) in ten steps, in a background process "
                "(DiskCache, or Celery when REDIS_URL is set). Run it twice with the same "
                "inputs: the second result comes from the cache at once (same run id)."
            ),
            html.Label("Clusters to process", htmlFor="job-clusters"),
            my_components.Dropdown(id="job-clusters", options=clusters, value=clusters, multi=True),
            html.Button("All clusters", id="job-all-clusters"),
            html.Button("No cluster", id="job-no-cluster"),
            html.Div(id="job-points-count"),
            dcc.Store(id="job-points"),
            html.Label("Seconds per step", htmlFor="job-step-seconds"),
            dcc.Input(
                id="job-step-seconds",
                type="number",
                min=0,
                max=MAX_STEP_SECONDS,
                step="any",
                value=DEFAULT_STEP_SECONDS,
            ),
            dcc.Checklist(
                id="job-fail",
                options=[{"label": "Raise an error halfway (to see a failure)", "value": "raise"}],
                value=[],
            ),
            html.Button("Run", id="job-run"),
            html.Button("Cancel", id="job-cancel", disabled=True),
            html.Div(
                [
                    html.Progress(id="job-progress", value="0", max=str(JOB_STEPS)),
                    html.Span(id="job-progress-text"),
                ]
            ),
            html.Div(id="job-result"),
        ],
        id="section-job",
        className="wide",
    )
    return [section]


def set_clusters(_all_clicks, _none_clicks, options):
    """The "All clusters" and "No cluster" buttons set the dropdown's value."""
    if ctx.triggered_id == "job-all-clusters":
        return list(options)
    return []


def choose_points(clusters, selected_data=None):
    """The points of the chosen clusters (only those selected on the graph, when some are),
    and a line saying how many there are."""
    chosen = set(clusters or [])
    selected = graph_sections.selected_indices(selected_data)
    points = [
        {"x": p["x"], "y": p["y"]}
        for i, p in enumerate(data.sample_points())
        if p["cluster"] in chosen and (selected is None or i in selected)
    ]
    return points, f"{len(points)} points to process"


def summarise_in_steps(points, steps, step_seconds, fail, report):
    """Sums the points chunk by chunk, calling report(step) after each chunk.

    Raises RuntimeError halfway when fail is true (the demo's way to show a failing job).
    """
    count, sum_x, sum_y = 0, 0.0, 0.0
    chunk = -(-len(points) // steps) if points else 0  # ceiling division
    for step in range(1, steps + 1):
        time.sleep(step_seconds)
        if fail and step == steps // 2 + 1:
            raise RuntimeError(f"the job was asked to fail at step {step} of {steps}")
        for point in points[(step - 1) * chunk : step * chunk]:
            count += 1
            sum_x += point["x"]
            sum_y += point["y"]
        report(step)
    if not count:
        return {"count": 0}
    return {"count": count, "mean_x": sum_x / count, "mean_y": sum_y / count}


def run_job(set_progress, _n_clicks, points, step_seconds, fail):
    """The background callback: summarise the points, reporting progress after each step.

    A failure is shown in the page (and logged with its traceback); the app keeps serving.
    """

    def report(step):
        set_progress((str(step), str(JOB_STEPS), f"Step {step} of {JOB_STEPS}"))

    report(0)
    seconds = DEFAULT_STEP_SECONDS if step_seconds is None else float(step_seconds)
    seconds = min(max(seconds, 0.0), MAX_STEP_SECONDS)
    run_id = uuid.uuid4().hex[:8]
    try:
        summary = summarise_in_steps(
            points or [], JOB_STEPS, seconds, "raise" in (fail or []), report
        )
    except Exception as err:  # the page says what went wrong instead of a silent failure
        logger.exception("background job %s failed", run_id)
        return html.Div(
            f"The job failed: {err}", className="job-error", role="alert", id="job-error"
        )
    if not summary["count"]:
        text = "No points to process."
    else:
        text = (
            f"{summary['count']} points: mean x = {summary['mean_x']:.3f}, "
            f"mean y = {summary['mean_y']:.3f}"
        )
    return html.Div([html.P(text, id="job-summary"), html.P(f"Run id: {run_id}", id="job-run-id")])


def job_unreachable(err):
    """on_error of the background callback: the job's store failed under a request (Redis down).

    Without it the request fails with HTTP 500 and the page stops waiting without a word.
    """
    logger.error("background job request failed: %s", err)
    return html.Div(
        f"Lost contact with the background job ({type(err).__name__}: {err}). "
        "Run it again: a job that finished meanwhile answers from the cache at once.",
        className="job-error",
        role="alert",
        id="job-error",
    )


def register(app):
    app.callback(
        Output("job-clusters", "value"),
        Input("job-all-clusters", "n_clicks"),
        Input("job-no-cluster", "n_clicks"),
        State("job-clusters", "options"),
        prevent_initial_call=True,
    )(set_clusters)
    app.callback(
        Output("job-points", "data"),
        Output("job-points-count", "children"),
        Input("job-clusters", "value"),
        Input("summary-graph", "selectedData"),
    )(choose_points)
    app.callback(
        Output("job-result", "children"),
        Input("job-run", "n_clicks"),
        State("job-points", "data"),
        State("job-step-seconds", "value"),
        State("job-fail", "value"),
        background=True,
        interval=500,  # poll twice a second: the progress bar moves smoothly
        prevent_initial_call=True,
        progress=[
            Output("job-progress", "value"),
            Output("job-progress", "max"),
            Output("job-progress-text", "children"),
        ],
        running=[
            (Output("job-run", "disabled"), True, False),
            (Output("job-cancel", "disabled"), False, True),
        ],
        cancel=[Input("job-cancel", "n_clicks")],
        # n_clicks differs on every click: leave it out of the cache key
        cache_args_to_ignore=[0],
        on_error=job_unreachable,  # Dash >= 2.18; older Dash ignores it
    )(run_job)


class RedisUnreachable(RuntimeError):
    """REDIS_URL is set but no Redis answers there."""


def check_redis(redis_url, timeout=1.0):
    """Ping Redis with short timeouts, so a wrong REDIS_URL fails fast instead of hanging."""
    import redis

    try:
        redis.Redis.from_url(
            redis_url, socket_connect_timeout=timeout, socket_timeout=timeout
        ).ping()
    except (redis.exceptions.RedisError, OSError) as err:
        raise RedisUnreachable(
            f"REDIS_URL={redis_url} is unreachable ({err}); start Redis there, "
            "or unset REDIS_URL to run background jobs on DiskCache."
        ) from err


def make_celery_app(redis_url):
    """A Celery app on Redis (broker and results), with short socket timeouts."""
    from celery import Celery

    celery_app = Celery("usage", broker=redis_url, backend=redis_url)
    timeouts = {"socket_connect_timeout": 2, "socket_timeout": 10}
    celery_app.conf.update(
        # A job leaves the queue only once it has run, so a worker killed mid-job does not lose
        # it (the page would poll a PENDING job forever): a killed pool process hands it back at
        # once, a killed worker after the visibility timeout, longer than the longest job.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_connection_timeout=2,
        broker_connection_max_retries=3,
        broker_transport_options={
            **timeouts,
            "max_retries": 3,
            "visibility_timeout": VISIBILITY_TIMEOUT_SECONDS,
        },
        redis_socket_connect_timeout=2,
        redis_socket_timeout=10,
        result_backend_transport_options={**timeouts, "retry_policy": {"timeout": 5.0}},
    )
    return celery_app


def make_manager(redis_url=None, cache_dir=None):
    """CeleryManager on Redis when redis_url is given (checked first), else DiskcacheManager."""
    cache_by = [lambda: CACHE_GENERATION]
    if redis_url:
        from dash import CeleryManager

        check_redis(redis_url)
        return CeleryManager(
            make_celery_app(redis_url), cache_by=cache_by, expire=CACHE_EXPIRE_SECONDS
        )
    import diskcache
    from dash import DiskcacheManager

    return DiskcacheManager(
        diskcache.Cache(cache_dir), cache_by=cache_by, expire=CACHE_EXPIRE_SECONDS
    )


def celery_app_of(manager):
    """The Celery app behind a CeleryManager, None for any other manager."""
    from dash import CeleryManager

    return manager.handle if isinstance(manager, CeleryManager) else None
