"""The demo's background job on Celery + Redis, the way it runs in production.

Starts redis-server on a free loopback port, a Celery worker (`celery -A usage:celery_app worker`)
and the web app (`gunicorn usage:server`), all with the same REDIS_URL, drives the job from the
browser, and stops every process it started, even when the test fails.
"""

import shutil
import sys
from pathlib import Path

import pytest

from tests.demo.job_flow import check_background_flow
from tests.processes import alive_in_groups, start_in_group, stop_group, wait_until

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


@pytest.fixture
def started(tmp_path):
    """Start processes in their own process groups; stop them all, and check none remain."""
    processes = []

    def start(name, command, env=None):
        process = start_in_group(command, tmp_path / f"{name}.log", ROOT, env)
        processes.append(process)
        return process

    yield start
    for process in reversed(processes):
        stop_group(process)
    assert alive_in_groups({process.pid for process in processes}) == []


def read_log(tmp_path, name):
    return (tmp_path / f"{name}.log").read_text(errors="replace")


def redis_answers(url):
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5).ping()
    except redis.exceptions.RedisError:
        return False


def http_answers(url):
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def test_background_job_on_celery_and_redis(dash_br, started, unused_port, tmp_path):
    redis_port = unused_port
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    started(
        "redis",
        [
            REDIS_SERVER,
            "--port", str(redis_port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
        ],
    )  # fmt: skip
    wait_until(lambda: redis_answers(redis_url), 15, "redis-server did not start")

    env = {"REDIS_URL": redis_url}
    worker = started(
        "worker",
        [
            str(BIN / "celery"),
            "-A", "usage:celery_app",
            "worker",
            "--pool=prefork",  # the solo and thread pools cannot terminate a cancelled task
            "--concurrency=2",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        env,
    )  # fmt: skip
    wait_until(
        lambda: " ready." in read_log(tmp_path, "worker") or worker.poll() is not None,
        60,
        "the Celery worker did not get ready",
    )
    assert worker.poll() is None, read_log(tmp_path, "worker")

    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        web_port = sock.getsockname()[1]
    web = started(
        "web",
        [
            str(BIN / "gunicorn"),
            "--bind",
            f"127.0.0.1:{web_port}",
            "--workers",
            "2",
            "usage:server",
        ],
        env,
    )
    url = f"http://127.0.0.1:{web_port}"
    wait_until(lambda: http_answers(url) or web.poll() is not None, 60, "gunicorn did not answer")
    assert web.poll() is None, read_log(tmp_path, "web")

    dash_br.server_url = url
    check_background_flow(dash_br)

    worker_log = read_log(tmp_path, "worker")
    assert worker_log.count("succeeded in") >= 3, worker_log
    assert "Terminating" in worker_log, worker_log  # the cancelled run was stopped in the worker
