"""The demo's production stack for tests: redis-server, a Celery worker and gunicorn.

Each process runs the command a deployment runs (`celery -A usage:celery_app worker`,
`gunicorn usage:server`), on a free loopback port, in its own process group, with its output in
a log file. Tests kill and restart them to inject faults; `close()` stops every process the stack
ever started and reports any that survived.

The worker also imports `worker_probe` (Celery's `--include`), which appends one line per task
start and finish to a file, so a test counts executions exactly without changing the demo.
"""

import os
import shutil
import signal
import sys
from pathlib import Path

from tests.processes import (
    alive_in_groups,
    free_port,
    signal_group,
    start_in_group,
    stop_group,
    wait_until,
)

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


class JobStack:
    """Redis + Celery worker + gunicorn serving usage.py, all under one working directory."""

    def __init__(self, workdir, worker_concurrency=4, web_workers=2):
        self.workdir = Path(workdir)
        self.worker_concurrency = worker_concurrency
        self.web_workers = web_workers
        self.redis_port = free_port()
        self.redis_url = f"redis://127.0.0.1:{self.redis_port}/0"
        self.web_url = None
        self.events_path = self.workdir / "task-events.log"
        self.started = []  # every Popen, in start order, so close() stops them all
        self.redis = self.worker = self.web = None
        self.worker_starts = 0

    # -- processes -------------------------------------------------------------------------

    def _start(self, name, command, env=None):
        process = start_in_group(command, self.workdir / f"{name}.log", ROOT, env)
        self.started.append(process)
        return process

    def log(self, name):
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _app_env(self):
        return {
            "REDIS_URL": self.redis_url,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
            "RELIABILITY_TASK_EVENTS": str(self.events_path),
        }

    def start_redis(self):
        """redis-server with an append-only file synced on every write, as a durable queue needs."""
        self.redis = self._start(
            "redis",
            [
                REDIS_SERVER,
                "--port", str(self.redis_port),
                "--bind", "127.0.0.1",
                "--dir", str(self.workdir),
                "--save", "",
                "--appendonly", "yes",
                "--appendfsync", "always",
            ],
        )  # fmt: skip
        wait_until(self.redis_answers, 15, "redis-server did not start")

    def kill_redis(self):
        """SIGKILL redis-server (a crash: no shutdown save) and wait until it is gone."""
        signal_group(self.redis, signal.SIGKILL)
        self.redis.wait(timeout=10)

    def redis_client(self):
        import redis

        return redis.Redis.from_url(self.redis_url, socket_connect_timeout=1, socket_timeout=2)

    def redis_answers(self):
        import redis

        try:
            return self.redis_client().ping()
        except redis.exceptions.RedisError:
            return False

    def start_worker(self):
        """A Celery worker; returns once it says it is ready."""
        self.worker_starts += 1
        name = f"worker{self.worker_starts}"
        self.worker = self._start(
            name,
            [
                str(BIN / "celery"),
                "-A", "usage:celery_app",
                "worker",
                "--include", "worker_probe",
                "--hostname", f"{name}@%h",
                "--pool=prefork",  # the solo and thread pools cannot terminate a cancelled task
                f"--concurrency={self.worker_concurrency}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            self._app_env(),
        )  # fmt: skip
        wait_until(
            lambda: " ready." in self.log(name) or self.worker.poll() is not None,
            60,
            "the Celery worker did not get ready",
        )
        assert self.worker.poll() is None, self.log(name)

    def kill_worker(self):
        """SIGKILL the worker and its pool processes at once, as a crash or an OOM kill does."""
        signal_group(self.worker, signal.SIGKILL)
        self.worker.wait(timeout=10)
        wait_until(lambda: not alive_in_groups({self.worker.pid}), 10, "worker pool survived")

    def start_web(self):
        port = free_port()
        self.web = self._start(
            "web",
            [
                str(BIN / "gunicorn"),
                "--bind", f"127.0.0.1:{port}",
                "--workers", str(self.web_workers),
                "usage:server",
            ],
            self._app_env(),
        )  # fmt: skip
        self.web_url = f"http://127.0.0.1:{port}/"
        wait_until(
            lambda: self._web_answers() or self.web.poll() is not None,
            60,
            "gunicorn did not answer",
        )
        assert self.web.poll() is None, self.log("web")

    def _web_answers(self):
        import urllib.request

        try:
            with urllib.request.urlopen(self.web_url, timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def start(self):
        self.start_redis()
        self.start_worker()
        self.start_web()
        return self

    def heal(self):
        """Start again any process of the stack that is not running."""
        if self.redis.poll() is not None:
            self.start_redis()
        if self.worker.poll() is not None:
            self.start_worker()
        if self.web.poll() is not None:
            self.start_web()

    def close(self):
        """Stop every process started; return those still alive after (should be none)."""
        for process in reversed(self.started):
            stop_group(process)
        return alive_in_groups({process.pid for process in self.started})

    # -- what the worker did ---------------------------------------------------------------

    def task_events(self):
        """(event, task_id, detail) for each task start ("prerun") and finish ("postrun")."""
        if not self.events_path.exists():
            return []
        lines = self.events_path.read_text().splitlines()
        return [tuple(line.split(" ", 2)) for line in lines if line.count(" ") >= 2]

    def task_state(self, task_id):
        """What Celery's result store says of the task, and the worker's record: for messages."""
        import redis

        try:
            meta = self.redis_client().get(f"celery-task-meta-{task_id}")
        except redis.exceptions.RedisError as err:
            meta = f"unreadable: {err}"
        return (
            f"task {task_id}: meta {meta!r}, runs {self.executions(task_id)}, files {self.workdir}"
        )

    def executions(self, task_id):
        """How many times the worker started the task, and the states its runs ended in."""
        events = [e for e in self.task_events() if e[1] == task_id]
        starts = sum(1 for event, _, _ in events if event == "prerun")
        ends = [detail for event, _, detail in events if event == "postrun"]
        return starts, ends
