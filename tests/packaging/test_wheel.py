"""What `make dist` builds: an sdist and a wheel carrying the built bundles; the wheel, installed
into a fresh venv, serves both components."""

import socket
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import my_components
from tests.processes import free_port, wait_until

ROOT = Path(my_components.__file__).parent.parent

APP = """
import plotly.graph_objects as go
from dash import Dash, html
import my_components

app = Dash(__name__)
app.layout = html.Div([
    html.Div(my_components.__file__, id="where"),
    my_components.Dropdown(id="dd", options=["from the wheel"], value="from the wheel"),
    my_components.Graph(id="g", figure=go.Figure(go.Bar(x=["wheel"], y=[1]))),
])
app.run(port={port}, debug=False)
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """The sdist and wheel of `make dist`, by its packaging step on the bundles already built."""
    out = tmp_path_factory.mktemp("dist")
    venv = Path(sys.executable).parent.parent
    subprocess.run(
        ["make", "-s", "package", f"DIST_DIR={out}", f"VENV={venv}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("my_components-*.whl")
    (sdist,) = out.glob("my_components-*.tar.gz")
    return wheel, sdist


def listening(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def served_files():
    served = [*my_components._js_dist, *my_components._css_dist]
    names = {entry["relative_package_path"] for entry in served}
    names |= {f"{component}.py" for component in my_components.__all__}
    return names | {"package-info.json", "_imports_.py"}


def test_wheel_and_sdist_hold_every_served_file(dist):
    wheel, sdist = dist
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for name in sorted(served_files()):
        assert f"my_components/{name}" in in_wheel
        assert f"my_components/{name}" in in_sdist


def test_wheel_in_fresh_venv_serves_both_components(dist, tmp_path, dash_br):
    wheel, _ = dist
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
        wait_until(lambda: listening(port), 60, "the app from the wheel never listened", 0.2)
        dash_br.driver.get(f"http://127.0.0.1:{port}")
        dash_br.wait_for_text_to_equal("#dd", "from the wheel")
        dash_br.wait_for_element("#g .main-svg .xtick", timeout=30)
        assert dash_br.find_element("#g .xtick").text == "wheel"
        assert str(venv) in dash_br.find_element("#where").text
        assert dash_br.get_logs() == []
    finally:
        server.terminate()
        server.wait(10)
