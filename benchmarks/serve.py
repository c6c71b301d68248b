"""Serve named benchmark apps on a free loopback port: `python -m benchmarks.serve NAME...`.

Prints ``PORT <n>`` once listening. Run as a child process so the server's Python work does not
share a GIL with the process driving the browser.
"""

import logging
import sys

import flask
from werkzeug.serving import make_server

from .apps import add_app


def main(names):
    server = flask.Flask(__name__)
    for name in names:
        add_app(name, server)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    httpd = make_server("127.0.0.1", 0, server, threaded=True)
    print(f"PORT {httpd.server_port}", flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
