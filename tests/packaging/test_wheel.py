"""The built wheel, installed into a fresh venv, serves a working component."""

import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import my_components
from tests.processes import free_port

ROOT = Path(my_components.__file__).parent.parent

APP = """
from dash import Dash, html
import my_components

app = Dash(__name__)
app.layout = html.Div([
    html.Div(my_components.__file__, id="where"),
    my_components.Dropdown(id="dd", options=["from the wheel"], value="from the wheel"),
])
app.run(port={port}, debug=False)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("my_components-*.whl")
    return path


def test_wheel_holds_every_served_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for entry in my_components._js_dist + my_components._css_dist:
        assert f"my_components/{entry['relative_package_path']}" in names
    for component in my_components.__all__:
        assert f"my_components/{component}.py" in names
    assert "my_components/package-info.json" in names


def test_wheel_in_fresh_venv_renders(wheel, tmp_path, dash_br):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    port = free_port()
    app_file = tmp_path / "app.py"
    app_file.write_text(APP.replace("{port}", str(port)))
    # Run from tmp_path so the source tree cannot be imported by accident.
    server = subprocess.Popen([str(python), str(app_file)], cwd=tmp_path)
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        dash_br.driver.get(f"http://127.0.0.1:{port}")
        dash_br.wait_for_text_to_equal("#dd", "from the wheel")
        assert str(venv) in dash_br.find_element("#where").text
        assert dash_br.get_logs() == []
    finally:
        server.terminate()
        server.wait(10)
