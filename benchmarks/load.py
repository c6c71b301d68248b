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


def own_seconds(proc=Path("/proc")):
    """CPU seconds of this process, of its children that have been waited for, and of every
    live process below it (the browser's, with the processes each of them reaped).

    Chromium's renderer processes are never waited for by this process: without counting the
    live tree, the run's own browser showed up as "other work".
    """
    times = os.times()
    return (
        times.user
        + times.system
        + times.children_user
        + times.children_system
        + descendant_seconds(os.getpid(), proc)
    )


def descendant_seconds(root, proc=Path("/proc")):
    """CPU seconds (own and reaped children's) of the live processes below `root`."""
    children, ticks = {}, {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        # the command name may hold spaces and parentheses: the fields follow the last ")"
        fields = text[text.rindex(")") + 2 :].split()
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        ticks[pid] = sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
    total, stack = 0, list(children.get(root, []))
    while stack:
        pid = stack.pop()
        total += ticks[pid]
        stack.extend(children.get(pid, []))
    return total / os.sysconf("SC_CLK_TCK")


def other_share(busy_delta, own_delta, wall_seconds, cores):
    """Share of the machine (0-1) that work other than this run used during it."""
    if wall_seconds <= 0 or cores <= 0:
        return 0.0
    return max(0.0, busy_delta - own_delta) / (wall_seconds * cores)
