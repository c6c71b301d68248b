"""Twenty concurrent runs of the demo's background job on Celery + Redis, some cancelled.

Twenty pages (each its own page load, as twenty browser tabs) click Run at once with distinct
points, and poll the way dash-renderer does. Every run must end with the summary of its own points
(computed here), or with no update when it was cancelled; the worker must have run each job once,
and the cancelled ones never to the end. Meanwhile a plain callback keeps answering.
"""

import pytest

pytestmark = pytest.mark.slow

RUNS = 20
STEP_SECONDS = 0.2  # ten steps: two seconds a run
CANCEL_MID_RUN = {3, 11}  # cancelled a few steps after the worker started them
CANCEL_AT_ONCE = {7}  # cancelled right after Run, usually still waiting in the queue


def run_one(stack, run, start_line):
    """One tab: click Run, maybe Cancel, poll until the job is over."""
    import time

    import demo_job
    from job_stack import wait_until
    from renderer_client import Page

    page = Page(stack.web_url)
    try:
        start_line.wait(timeout=60)
        job, points = demo_job.start(page, run, STEP_SECONDS)
        if run in CANCEL_MID_RUN:
            wait_until(lambda: stack.executions(job.task_id)[0], 60, f"run {run} never started")
            time.sleep(3 * STEP_SECONDS)
        if run in CANCEL_MID_RUN | CANCEL_AT_ONCE:
            assert job.cancel(demo_job.CANCEL)[0] in (200, 204)
        job.wait(timeout=90)
        return job, points
    finally:
        page.close()


def test_twenty_concurrent_jobs_all_answered_once(job_stack):
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import demo_job
    from renderer_client import Page

    events_before = len(job_stack.task_events())
    start_line = threading.Barrier(RUNS)
    watcher = Page(job_stack.web_url)
    with ThreadPoolExecutor(max_workers=RUNS) as pool:
        futures = {run: pool.submit(run_one, job_stack, run, start_line) for run in range(RUNS)}
        # While the jobs run, the same app keeps answering a plain callback.
        other_answers = []
        while not all(f.done() for f in futures.values()):
            other_answers.append(demo_job.other_callback_answers(watcher))
            time.sleep(0.5)
        results = {run: future.result() for run, future in futures.items()}
    watcher.close()

    assert len(other_answers) >= 5 and all(other_answers), other_answers
    task_ids = [job.task_id for job, _ in results.values()]
    assert len(set(task_ids)) == RUNS, "two runs were given the same job"

    run_ids = []
    for run, (job, points) in results.items():
        starts, ends = job_stack.executions(job.task_id)
        if run in CANCEL_MID_RUN | CANCEL_AT_ONCE:
            # No result for a cancelled run: the renderer gets 204 and keeps the old result.
            assert job.status == 204, (run, job.response)
            # Revoking is asynchronous: a run cancelled while queued may still start, and is
            # then stopped; either way it never ends with a result.
            assert "SUCCESS" not in ends and starts <= 1, (run, starts, ends)
        else:
            assert job.status == 200, (
                run,
                job.status,
                job.polls,
                job_stack.task_state(job.task_id),
            )
            summary, run_id, error = demo_job.shown(job)
            assert error is None, (run, error)
            assert summary == demo_job.expected_summary(points), run
            assert (starts, ends) == (1, ["SUCCESS"]), (run, starts, ends)
            run_ids.append(run_id)
            # Progress only moves forward (the last step may arrive with the result or not at all:
            # Dash reads the progress before the result within one poll).
            steps = [int(p["job-progress.value"]) for p in job.progress]
            assert steps == sorted(steps), (run, steps)
    assert len(set(run_ids)) == len(run_ids), "a run was answered with another run's result"

    # The worker ran nothing but these jobs, each at most once.
    events = job_stack.task_events()[events_before:]
    assert {task_id for _, task_id, _ in events} <= set(task_ids)
    prerun = [task_id for event, task_id, _ in events if event == "prerun"]
    assert len(prerun) == len(set(prerun)), "a job ran twice"
    cancelled = [job for run, (job, _) in results.items() if run in CANCEL_MID_RUN | CANCEL_AT_ONCE]
    never_started = sum(1 for job in cancelled if job_stack.executions(job.task_id)[0] == 0)
    print(
        f"\n{RUNS} jobs at once: {len(run_ids)} results, all right; "
        f"{len(cancelled)} cancelled ({never_started} before they started); "
        f"{len(prerun)} task executions; {sum(j.polls for j, _ in results.values())} polls; "
        f"{len(other_answers)} other callbacks answered meanwhile"
    )
