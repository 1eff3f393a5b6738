"""Hostile portals through the whole integration: odd headers, huge lists, tokens, names.

Each test checks the promises of docs/reliability.md: nothing crashes (the `logs` fixture
fails the test on a traceback or an "Unexpected error"), nothing is lost (the entry, the
selection and the devices survive), and the fault is reported once with a clear line.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest

from fake_portal import FakePortal

from .harness import Harness, LogWatch
from .test_reliability import Loaded, check_outage, load


@pytest.fixture
async def loaded(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> Loaded:
    """Return a loaded Kutim entry on the harness."""
    return await load(hass, harness, logs)


# Header values a hostile or broken portal may send as Retry-After: Unicode digits that
# str.isdigit() accepts and float() refuses, signs, fractions, dates out of range, junk.
BAD_RETRY_AFTER = (
    "\u00b2",  # superscript two
    "\u2075\u2070",  # superscript fifty
    "\u0661\u0662",  # Arabic-Indic twelve
    "\uff11\uff12",  # full-width twelve
    "1.5",
    "-5",
    "+5",
    "0x10",
    "1e3",
    "soon",
    "Wed, 21 Oct 99999 07:28:00 GMT",
    "Mon, 32 Foo 2015 99:99:99 GMT",
)


@pytest.mark.parametrize("value", BAD_RETRY_AFTER)
async def test_unusable_retry_after_is_ignored(loaded: Loaded, logs: LogWatch, value: str) -> None:
    """A Retry-After that is neither delta-seconds nor an HTTP-date is a plain HTTP error."""
    normal = loaded.coordinator.update_interval

    def fault(portal: FakePortal) -> None:
        portal.faults.status = 503
        portal.faults.retry_after = value

    await check_outage(loaded, logs, fault, error="HTTP 503")
    # No pause was taken from it, and the poll schedule stayed as it was.
    assert loaded.coordinator.health.retry_at is None
    assert loaded.coordinator.update_interval == normal
