"""Starting and stopping the servers tests run beside the app: free ports, waits, process groups."""

import os
import signal
import socket
import subprocess
import time


def free_port():
    """A loopback TCP port nothing listens on when asked."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition, timeout, message, interval=0.1):
    """Poll condition() until it returns something truthy; fail with message after timeout s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"{message} (waited {timeout} s)")


def start_in_group(command, log_path, cwd, env=None):
    """Popen command in a process group of its own, its output appended to log_path."""
    with open(log_path, "a") as log:  # the child keeps its own copy of the file
        return subprocess.Popen(
            command,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def signal_group(process, signum):
    """Send signum to the group the process leads (started with start_new_session=True)."""
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def stop_group(process, timeout=10):
    """SIGTERM the group the process leads, then SIGKILL what is left of it, and reap it."""
    signal_group(process, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    # children (Celery's pool, gunicorn's workers) may outlive their parent
    signal_group(process, signal.SIGKILL)
    process.wait(timeout=timeout)


def alive_in_groups(pgids):
    """Processes still alive (zombies excluded) whose process group is one of pgids."""
    import psutil

    alive = []
    for proc in psutil.process_iter(["pid", "status", "cmdline"]):
        try:
            if proc.info["status"] != psutil.STATUS_ZOMBIE and os.getpgid(proc.pid) in pgids:
                alive.append(proc.info)
        except (ProcessLookupError, psutil.Error):
            continue
    return alive
