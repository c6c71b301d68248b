"""The README and the docs: every relative link leads to a file of the repository (or a heading
of the page), and the README stays short enough to read."""

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README_MAX_LINES = 300

# [text](target) and ![alt](target); a target ends at whitespace or ")"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def pages():
    return [
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        ROOT / "benchmarks" / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
    ]


def tracked_files():
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return {ROOT / name for name in listed.splitlines()}


def heading_anchors(text):
    """GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces to '-'."""
    anchors = set()
    for line in text.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


def relative_links(text):
    """The link targets outside fenced code that point into the repository."""
    outside_code = re.sub(r"```.*?```", "", text, flags=re.S)
    return [
        target
        for target in LINK.findall(outside_code)
        if not re.match(r"^[a-z][a-z+.-]*:", target)  # http:, https:, mailto:
    ]


def broken_links(page, text, tracked):
    broken = []
    for target in relative_links(text):
        path, _, anchor = target.partition("#")
        if path:
            resolved = (page.parent / path).resolve()
            if resolved not in tracked:
                broken.append(target)
        elif anchor not in heading_anchors(text):
            broken.append(target)
    return broken


@pytest.mark.parametrize("page", pages(), ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_resolves_to_a_file_of_the_repo(page):
    assert broken_links(page, page.read_text(encoding="utf-8"), tracked_files()) == []


def test_the_check_notices_a_broken_link():
    page = ROOT / "docs" / "example.md"
    text = "# Title\n[ok](../README.md) [gone](nowhere.md) [anchor](#title) [no](#missing)\n"
    text += (
        "```\n[in code](not-checked.md)\n```\n![img](performance-ratios.svg) [w](https://x.org)\n"
    )
    assert broken_links(page, text, tracked_files()) == ["nowhere.md", "#missing"]


def test_the_readme_is_at_most_300_lines():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MAX_LINES
