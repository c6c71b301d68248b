"""Packaging. The JavaScript bundles and the generated component classes are build output:
when they are missing (a fresh clone), building the package builds them first with npm, and
stops with a message saying what to run when Node and npm are not there."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.egg_info import egg_info
from setuptools.command.sdist import sdist

here = Path(__file__).parent
package = json.loads((here / "package.json").read_text(encoding="utf-8"))
package_name = package["name"].replace(" ", "_").replace("-", "_")

# What `npm run build` writes and the package cannot be imported or served without.
BUILT_FILES = (
    f"{package_name}/{package_name}.min.js",
    f"{package_name}/package-info.json",
    f"{package_name}/_imports_.py",
)

NOT_BUILT = f"""
{package_name}: the JavaScript bundles and the component classes are not built, and
{{why}}. Install Node.js 20 with npm, or build them first in the project root:

    npm ci && npm run build      (needs dash[dev] importable: pip install "dash[dev]")
    or: make build

then install again.
"""


def missing_built_files():
    return [name for name in BUILT_FILES if not (here / name).exists()]


def build_bundles():
    """Builds the bundles and classes with npm when any is missing; fails when it cannot."""
    if not missing_built_files():
        return
    if not (here / "package-lock.json").exists() or not (here / "src").is_dir():
        raise SystemExit(NOT_BUILT.format(why="this source tree has no JavaScript sources"))
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise SystemExit(NOT_BUILT.format(why="node or npm was not found on PATH"))
    env = dict(os.environ)
    # dash-generate-components is a script of the Python environment that runs this build
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    if not (here / "node_modules").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=here, env=env, check=True)
    subprocess.run([npm, "run", "build"], cwd=here, env=env, check=True)
    still_missing = missing_built_files()
    if still_missing:
        raise SystemExit(NOT_BUILT.format(why=f"npm run build did not write {still_missing}"))


class EggInfoWithBundles(egg_info):
    # egg_info lists the package's files: the built ones must exist by then
    def run(self):
        build_bundles()
        super().run()


class BuildPyWithBundles(build_py):
    def run(self):
        build_bundles()
        super().run()


class SdistWithBundles(sdist):
    def run(self):
        build_bundles()
        super().run()


setup(
    name=package_name,
    version=package["version"],
    author="my_components developers",
    packages=[package_name],
    include_package_data=True,
    license=package["license"],
    description=package["description"],
    long_description=(here / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.9",
    install_requires=["dash>=2.17,<5"],
    classifiers=["Framework :: Dash"],
    cmdclass={
        "egg_info": EggInfoWithBundles,
        "build_py": BuildPyWithBundles,
        "sdist": SdistWithBundles,
    },
)
