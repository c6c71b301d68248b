"""Every file the build writes (scripts, stylesheets) must be served by Dash, shipped in the
wheel, and not committed."""

import subprocess
from pathlib import Path

import my_components

PACKAGE_DIR = Path(my_components.__file__).parent
ROOT = PACKAGE_DIR.parent


def built_js_files():
    return sorted(p.name for p in PACKAGE_DIR.iterdir() if p.name.endswith((".js", ".js.map")))


def test_every_built_file_is_in_js_dist():
    listed = {entry["relative_package_path"] for entry in my_components._js_dist}
    built = set(built_js_files())
    assert built, "no built JS found: run the build first"
    assert built - listed == set(), "built but not in _js_dist, so never served"
    assert listed - built == set(), "in _js_dist but not built"


def built_css_files():
    return sorted(p.name for p in PACKAGE_DIR.iterdir() if p.name.endswith(".css"))


def test_every_built_stylesheet_is_in_css_dist():
    listed = {entry["relative_package_path"] for entry in my_components._css_dist}
    built = set(built_css_files())
    assert "dropdown.css" in built, "the Dropdown's stylesheet was not built"
    assert built == listed
    for entry in my_components._css_dist:
        assert entry["namespace"] == "my_components"


def test_built_stylesheet_is_the_source():
    source = ROOT / "src/lib/dropdown/dropdown.css"
    assert (PACKAGE_DIR / "dropdown.css").read_text() == source.read_text()


def test_js_dist_kinds():
    by_path = {e["relative_package_path"]: e for e in my_components._js_dist}
    assert not by_path["my_components.min.js"].get("async")
    for path, entry in by_path.items():
        if path.endswith(".map"):
            assert entry.get("dynamic") is True, path
        elif path.startswith("async-"):
            assert entry.get("async") in (True, "lazy"), path
        assert entry["namespace"] == "my_components"


def test_no_build_output_is_committed():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    generated = {f"my_components/{name}" for name in built_js_files() + built_css_files()}
    generated |= {f"my_components/{c}.py" for c in my_components.__all__}
    generated |= {
        "my_components/_imports_.py",
        "my_components/package-info.json",
        "my_components/metadata.json",
    }
    assert generated & set(tracked) == set()
