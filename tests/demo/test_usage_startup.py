"""usage.py started the ways a user starts it: `python usage.py` and `gunicorn usage:server`."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_unreachable_redis_url_exits_with_one_clear_line(unused_port):
    url = f"redis://127.0.0.1:{unused_port}/0"
    start = time.monotonic()
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
    assert time.monotonic() - start < 30


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


def test_gunicorn_serves_the_demo(unused_port, tmp_path):
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{unused_port}", "usage:server"],
        cwd=ROOT,
        env={**os.environ, "DEMO_CACHE_DIR": str(tmp_path / "jobs")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        layout = None
        deadline = time.monotonic() + 60
        while layout is None and time.monotonic() < deadline:
            assert server.poll() is None, server.stderr.read().decode()
            try:
                url = f"http://127.0.0.1:{unused_port}/_dash-layout"
                with urllib.request.urlopen(url, timeout=2) as response:
                    layout = response.read().decode()
            except OSError:
                time.sleep(0.3)
        assert layout is not None, "gunicorn did not answer within 60 s"
        assert '"id":"section-job"' in layout.replace(" ", "")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
