"""The sections of the my_components demo (usage.py), one module per area.

Each section module has ``layout()`` (a list of its sections of the page) and
``register(app)`` (its callbacks). The callback functions are plain module-level functions,
so tests can call them directly.
"""
