"""Fixtures of the views' unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import speaking


@pytest.fixture
def in_spanish(qapp: object) -> Iterator[None]:
    """The app as a person in Argentina runs it: Spanish translations and the es_AR locale."""
    with speaking("es"):
        yield
