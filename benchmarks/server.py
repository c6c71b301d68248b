"""Start and stop `python -m benchmarks.serve` child processes."""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class AppServer:
    """A child process serving the named apps; `url(name)` is the page of one of them."""

    def __init__(self, names):
        self.names = list(names)
        self.log = tempfile.NamedTemporaryFile(prefix="bench-serve-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.serve", *self.names],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"benchmark server failed: {Path(self.log.name).read_text()}")
        self.port = int(line.split()[1])

    def url(self, name):
        return f"http://127.0.0.1:{self.port}/{name}/"

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
