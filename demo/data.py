"""Sample data for the demo: deterministic, so tests and screenshots do not change run to run."""

import random

CLUSTERS = {"north": (2.0, 7.0), "south": (3.5, 3.0), "east": (6.0, 5.0)}
POINTS_PER_CLUSTER = 100


def sample_points():
    """Points as dicts {"x", "y", "cluster"}: three clusters of 100, the same on every call."""
    rng = random.Random(42)
    points = []
    for cluster, (cx, cy) in CLUSTERS.items():
        for _ in range(POINTS_PER_CLUSTER):
            points.append(
                {
                    "x": round(rng.gauss(cx, 0.7), 3),
                    "y": round(rng.gauss(cy, 0.7), 3),
                    "cluster": cluster,
                }
            )
    return points
