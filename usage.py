"""The my_components demo: `make demo` serves it at http://127.0.0.1:8050.

Background jobs run on DiskCache by default. With REDIS_URL set they run on Celery + Redis:
start a worker with `celery -A usage:celery_app worker` (see the Procfile).
"""

import os
import sys

from dash import Dash, html

from demo import dropdown_sections, graph_sections, jobs

SECTIONS = [dropdown_sections, graph_sections, jobs]

# DiskCache's default home: git-ignored, beside this file, shared by the web and job processes.
DEFAULT_CACHE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache", "jobs")


def create_app(manager=None):
    """The demo app; background jobs go to `manager` (default: one chosen from the environment)."""
    if manager is None:
        manager = manager_from_environment()
    app = Dash(__name__, title="my_components demo", background_callback_manager=manager)
    sections = [part for section in SECTIONS for part in section.layout()]
    app.layout = html.Div([html.H1("my_components"), *sections], className="demo-grid")
    for section in SECTIONS:
        section.register(app)
    return app


def manager_from_environment(environ=os.environ):
    """CeleryManager when REDIS_URL is set (Redis must answer), else DiskcacheManager."""
    return jobs.make_manager(
        environ.get("REDIS_URL"), environ.get("DEMO_CACHE_DIR", DEFAULT_CACHE_DIR)
    )


try:
    background_manager = manager_from_environment()
except jobs.RedisUnreachable as err:
    print(f"usage.py: {err}", file=sys.stderr)
    # 3 is gunicorn's "worker failed to boot": it stops instead of respawning workers forever
    sys.exit(3)

app = create_app(background_manager)
server = app.server
# `celery -A usage:celery_app worker` runs the background jobs when REDIS_URL is set.
celery_app = jobs.celery_app_of(background_manager)

if __name__ == "__main__":
    app.run(host="127.0.0.1", debug=False)  # port: $PORT, else 8050
