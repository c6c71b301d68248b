"""The demo's callbacks, called as plain functions."""

import usage


def test_show_city():
    assert usage.show_city(None) == "Nothing picked yet"
    assert usage.show_city("Montreal") == "You picked: Montreal"
