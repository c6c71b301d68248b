"""Summaries of a DevTools CPU profile (`Profiler.stop`), shared by the tracing helpers.

A profile is a call tree (`nodes`, each with a `callFrame` and its `children`) and a list of
samples (the leaf node of each, and the time since the previous one). Every summary here adds
the time of the samples taken in a window [start_us, end_us] (the trace clock) to a Counter;
each takes a `Profile`, which indexes the raw profile once.
"""

import bisect
import collections
import re


class Profile:
    """A profile indexed once: each node by id, and each node's caller."""

    def __init__(self, profile):
        self.raw = profile
        self.nodes = {node["id"]: node for node in profile["nodes"]}
        self.parent = {
            child: node["id"] for node in profile["nodes"] for child in node.get("children", [])
        }

    def samples_between(self, start_us, end_us):
        """(leaf node id, time it stood for) of each sample in [start_us, end_us]."""
        stamp = self.raw["startTime"]
        for sample, delta in zip(self.raw["samples"], self.raw["timeDeltas"], strict=True):
            stamp += delta
            if start_us <= stamp <= end_us:
                yield sample, delta

    def frame(self, node_id):
        return self.nodes[node_id]["callFrame"]

    def stack(self, node_id):
        """The call frames from `node_id` up to the root, innermost first."""
        frames = []
        current = node_id
        while current is not None:
            frames.append(self.frame(current))
            current = self.parent.get(current)
        return frames


def script_name(frame):
    """The file a frame's code came from ("" for native code)."""
    return frame["url"].rsplit("/", 1)[-1].split("?")[0]


def place(frame):
    """function@script:line:column, one-based."""
    where = f"{script_name(frame)}:{frame['lineNumber'] + 1}:{frame['columnNumber'] + 1}"
    return f"{frame['functionName'] or '(anonymous)'}@{where}"


def self_times(profile, start_us, end_us, totals=None, name=place):
    """Adds each sample's time to its leaf frame, named by `name` (idle time left out)."""
    totals = collections.Counter() if totals is None else totals
    for sample, delta in profile.samples_between(start_us, end_us):
        frame = profile.frame(sample)
        if frame["functionName"] != "(idle)":
            totals[name(frame)] += delta
    return totals


def inclusive_times(profile, start_us, end_us, keep, totals=None):
    """Adds each sample's time to every frame on its stack that `keep(frame)` accepts, once per
    sample (a recursive function counts once), named function:line."""
    totals = collections.Counter() if totals is None else totals
    for sample, delta in profile.samples_between(start_us, end_us):
        seen = set()
        for frame in profile.stack(sample):
            if keep(frame) and frame["functionName"] not in ("(root)", "(idle)"):
                named = f"{frame['functionName'] or '(anonymous)'}:{frame['lineNumber'] + 1}"
                if named not in seen:
                    seen.add(named)
                    totals[named] += delta
    return totals


def callers(profile, start_us, end_us, name_part, totals=None, depth=4):
    """Adds the time of samples whose leaf function's name holds `name_part` to the chain of
    its `depth` nearest callers."""
    totals = collections.Counter() if totals is None else totals
    for sample, delta in profile.samples_between(start_us, end_us):
        if name_part in profile.frame(sample)["functionName"]:
            chain = [
                f"{frame['functionName']}:{frame['lineNumber'] + 1}"
                for frame in profile.stack(sample)[1 : depth + 1]
            ]
            totals["<- " + " <- ".join(chain)] += delta
    return totals


class ChunkModules:
    """Which webpack module each line of a chunk built unminified belongs to, read from the
    module comments webpack writes (";// ./node_modules/react-select/...")."""

    def __init__(self, chunk_text, chunk_name):
        self.chunk_name = chunk_name
        self.starts = []
        for number, line in enumerate(chunk_text.splitlines(), 1):
            match = re.match(r";// \./(?:node_modules/)?([^ ]+)", line)
            if match:
                parts = match.group(1).split("/")
                name = parts[0] if parts[0] != "src" else parts[-1]
                if name.startswith("@"):
                    name = "/".join(parts[:2])
                self.starts.append((number, name))
        self.lines = [start for start, _ in self.starts]

    def module_of(self, frame):
        """Our chunk's module for a frame in it, else the script's name, or native code."""
        if not frame["url"]:
            return f"native {frame['functionName'] or '?'}"
        script = script_name(frame).split("@")[0].split(".")[0]
        if self.chunk_name not in frame["url"] or not self.starts:
            return script
        index = bisect.bisect_right(self.lines, frame["lineNumber"] + 1) - 1
        return self.starts[index][1] if index >= 0 else script


def module_times(profile, start_us, end_us, modules, totals=None):
    """Adds each sample's time to the module of its leaf frame (self) and, prefixed "in ", to
    each module on its stack (inclusive)."""
    totals = collections.Counter() if totals is None else totals
    for sample, delta in profile.samples_between(start_us, end_us):
        if profile.frame(sample)["functionName"] == "(idle)":
            continue
        frames = profile.stack(sample)
        totals[modules.module_of(frames[0])] += delta
        seen = set()
        for frame in frames:
            name = modules.module_of(frame)
            if not name.startswith("native") and name not in seen:
                seen.add(name)
                totals["in " + name] += delta
    return totals


def top_line(totals, top=12):
    """The `top` heaviest entries, in ms: "name 1.2, other 0.8"."""
    return ", ".join(f"{name} {us / 1000:.1f}" for name, us in totals.most_common(top))
