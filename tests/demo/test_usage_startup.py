"""usage.py started the ways a user starts it: `python usage.py` and `gunicorn usage:server`."""

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.processes import wait_until

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_unreachable_redis_url_exits_with_one_clear_line(unused_port):
    url = f"redis://127.0.0.1:{unused_port}/0"
    done = subprocess.run(
        [sys.executable, "usage.py"],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"usage.py: REDIS_URL={url} is unreachable (")
    assert "Connection refused" in line
    assert line.endswith("unset REDIS_URL to run background jobs on DiskCache.")


def test_gunicorn_stops_when_redis_url_is_unreachable(unused_port):
    url = f"redis://127.0.0.1:{unused_port}/0"
    done = subprocess.run(
        [str(BIN / "gunicorn"), "--bind", "127.0.0.1:0", "usage:server"],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,
    )
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if "usage.py:" in line]
    assert lines and all(f"REDIS_URL={url} is unreachable" in line for line in lines)
    assert "Worker failed to boot" in done.stderr


def test_celery_worker_stops_when_redis_url_is_unreachable(unused_port):
    url = f"redis://127.0.0.1:{unused_port}/0"
    done = subprocess.run(
        [str(BIN / "celery"), "-A", "usage:celery_app", "worker", "--pool=solo"],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,
    )
    assert done.returncode == 3
    [line] = [line for line in done.stderr.splitlines() if "usage.py:" in line]
    assert f"REDIS_URL={url} is unreachable" in line


def serves_the_demo(command, port, cache_dir, env=None):
    """Start `command` (which serves usage.py on `port`, jobs on DiskCache in `cache_dir`) and
    fetch the page and its layout as a browser does; stop it after."""
    environ = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**environ, "DEMO_CACHE_DIR": str(cache_dir), **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}/"

    def answers():
        assert server.poll() is None, server.stderr.read().decode()
        try:
            with urllib.request.urlopen(base + "_dash-layout", timeout=2) as response:
                return response.read().decode()
        except OSError:
            return None

    try:
        layout = wait_until(answers, 60, "the demo did not answer", interval=0.3)
        assert '"id":"section-job"' in layout.replace(" ", "")
        with urllib.request.urlopen(base, timeout=10) as response:
            assert response.status == 200
            assert "my_components demo" in response.read().decode()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def test_gunicorn_serves_the_demo(unused_port, tmp_path):
    command = [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{unused_port}", "usage:server"]
    serves_the_demo(command, unused_port, tmp_path / "jobs")


def test_python_usage_py_serves_the_demo_on_diskcache(unused_port, tmp_path):
    """`python usage.py` without REDIS_URL, as `make demo` runs it (on $PORT here, not 8050)."""
    command = [sys.executable, "usage.py"]
    serves_the_demo(command, unused_port, tmp_path / "jobs", {"PORT": str(unused_port)})
    # the background jobs' DiskCache was made where DEMO_CACHE_DIR says
    assert (tmp_path / "jobs").is_dir()
