"""How much of the machine other work used during a run: the CPU time the whole machine spent
busy (/proc/stat) minus what this process and its children (browser, app server) spent.

The load average cannot tell: the benchmark's own browser and server keep it near 2 on 2 cores.
"""

import os
from pathlib import Path


def machine_busy_seconds(stat_text=None):
    """CPU seconds all cores spent not idle since boot, from /proc/stat's first line."""
    text = stat_text if stat_text is not None else Path("/proc/stat").read_text()
    fields = [int(v) for v in text.splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_seconds():
    """CPU seconds of this process and of its children that have been waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def other_share(busy_delta, own_delta, wall_seconds, cores):
    """Share of the machine (0-1) that work other than this run used during it."""
    if wall_seconds <= 0 or cores <= 0:
        return 0.0
    return max(0.0, busy_delta - own_delta) / (wall_seconds * cores)
