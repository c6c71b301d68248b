"""The demo's background job on DiskCache, driven from the browser (no Redis needed)."""

import time

from tests.demo.job_flow import check_background_flow


def job_processes():
    """Children of this process forked to run jobs (they share its command line)."""
    import psutil

    me = psutil.Process()
    return [
        child
        for child in me.children(recursive=True)
        if child.status() != psutil.STATUS_ZOMBIE and child.cmdline() == me.cmdline()
    ]


def test_background_job_on_diskcache(dash_duo, tmp_path):
    import usage
    from demo import jobs

    already_running = {p.pid for p in job_processes()}
    app = usage.create_app(jobs.make_manager(cache_dir=str(tmp_path / "jobs")))
    dash_duo.start_server(app)
    check_background_flow(dash_duo)

    deadline = time.monotonic() + 10
    while [p for p in job_processes() if p.pid not in already_running]:
        assert time.monotonic() < deadline, "a job process outlived its job"
        time.sleep(0.2)
