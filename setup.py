import json
from pathlib import Path

from setuptools import setup

here = Path(__file__).parent
package = json.loads((here / "package.json").read_text(encoding="utf-8"))
package_name = package["name"].replace(" ", "_").replace("-", "_")

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
)
