"""Twenty concurrent runs of the demo's background job on Celery + Redis, some cancelled.

Twenty pages (each its own page load, as twenty browser tabs) click Run at once with distinct
points, and poll the way dash-renderer does. Every run must end with the summary of its own points
(computed here), or with no update when it was cancelled; the worker must have run each job once,
and the cancelled ones never to the end. Meanwhile a plain callback keeps answering.
"""

import pytest

pytestmark = pytest.mark.slow

RUNS = 20
STEP_SECONDS = 0.3  # ten steps: three seconds a run
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
        started_before_cancel = None
        if run in CANCEL_MID_RUN:
            wait_until(lambda: stack.executions(job.task_id)[0], 60, f"run {run} never started")
            time.sleep(3 * STEP_SECONDS)
        if run in CANCEL_MID_RUN | CANCEL_AT_ONCE:
            started_before_cancel = stack.executions(job.task_id)[0] > 0
            assert job.cancel(demo_job.CANCEL)[0] in (200, 204)
        job.wait(timeout=90)
        return job, points, started_before_cancel
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
    task_ids = [job.task_id for job, _, _ in results.values()]
    assert len(set(task_ids)) == RUNS, "two runs were given the same job"

    run_ids = []
    for run, (job, points, started_before_cancel) in results.items():
        starts, ends = job_stack.executions(job.task_id)
        if run in CANCEL_MID_RUN | CANCEL_AT_ONCE:
            # No result for a cancelled run: the renderer gets 204 and keeps the old result.
            assert job.status == 204, (run, job.response)
            assert "SUCCESS" not in ends and starts <= 1, (run, starts, ends)
            if not started_before_cancel:
                assert starts == 0, f"run {run} was cancelled while queued but ran anyway"
        else:
            assert job.status == 200, (run, job.status)
            summary, run_id, error = demo_job.shown(job)
            assert error is None, (run, error)
            assert summary == demo_job.expected_summary(points), run
            assert (starts, ends) == (1, ["SUCCESS"]), (run, starts, ends)
            run_ids.append(run_id)
            last_progress = job.progress[-1]["job-progress.value"] if job.progress else None
            assert last_progress in (None, "10"), (run, job.progress)
    assert len(set(run_ids)) == len(run_ids), "a run was answered with another run's result"

    # The worker ran nothing but these jobs, each at most once.
    events = job_stack.task_events()[events_before:]
    assert {task_id for _, task_id, _ in events} <= set(task_ids)
    prerun = [task_id for event, task_id, _ in events if event == "prerun"]
    assert len(prerun) == len(set(prerun)), "a job ran twice"
    cancelled_queued = sum(1 for _, _, started in results.values() if started is False)
    print(
        f"\n{RUNS} jobs at once: {len(run_ids)} results, all right; "
        f"{len(CANCEL_MID_RUN | CANCEL_AT_ONCE)} cancelled ({cancelled_queued} still queued); "
        f"{len(prerun)} task executions; {sum(j.polls for j, _, _ in results.values())} polls; "
        f"{len(other_answers)} other callbacks answered meanwhile"
    )
