"""Fixtures shared by the member tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    # Wagtail keeps site root paths and settings in the (locmem) cache; a
    # rolled-back test must not hand the next one a stale copy.
    cache.clear()
    yield
    cache.clear()
