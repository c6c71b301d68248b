"""`pip install <a fresh clone>`: the install builds the bundles itself, or stops with what to run;
it never installs a package that cannot be imported.

Slow: the install runs `npm ci` and the webpack build in the clone, and pip sets up the build
environment (pyproject's build requirements) and the package's dependencies in a fresh venv.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import my_components

ROOT = Path(my_components.__file__).parent.parent

# Run inside the fresh venv, away from the clone: what an app importing the package would get.
CHECK = """
import json, os
from dash.development.base_component import Component
import my_components
here = os.path.dirname(my_components.__file__)
print(json.dumps({
    "file": my_components.__file__,
    "classes": {
        name: issubclass(getattr(my_components, name), Component)
        and getattr(my_components, name)._namespace == "my_components"
        for name in ("Dropdown", "Graph")
    },
    "missing": [e["relative_package_path"] for e in my_components._js_dist
                if not os.path.exists(os.path.join(here, e["relative_package_path"]))],
    "served": len(my_components._js_dist),
}))
"""


def clone(tmp_path):
    """A clone of the committed tree: no bundles, no classes, no node_modules."""
    target = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(target)], check=True)
    assert not (target / "my_components" / "package-info.json").exists()
    assert not (target / "node_modules").exists()
    return target


@pytest.mark.slow
def test_pip_install_of_a_fresh_clone_builds_and_imports(tmp_path):
    source = clone(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", str(source)], capture_output=True, text=True
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    checked = subprocess.run(
        [str(python), "-c", CHECK], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    found = json.loads(checked.stdout)
    assert found["file"].startswith(str(venv))
    assert found["classes"] == {"Dropdown": True, "Graph": True}
    assert found["served"] > 0 and found["missing"] == []


def test_install_without_node_stops_with_what_to_run(tmp_path):
    source = clone(tmp_path)
    target = tmp_path / "site"
    # no node or npm on PATH: only the Python that installs
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-build-isolation",
            "--no-deps",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    output = install.stdout + install.stderr
    assert install.returncode != 0
    assert "node or npm was not found on PATH" in output
    assert "npm ci && npm run build" in output
    assert not (target / "my_components").exists()
