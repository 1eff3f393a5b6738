"""Hostile portals through the whole integration: odd headers, huge lists, tokens, names.

Each test checks the promises of docs/reliability.md: nothing crashes (the `logs` fixture
fails the test on a traceback or an "Unexpected error"), nothing is lost (the entry, the
selection and the devices survive), and the fault is reported once with a clear line.
"""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest

from fake_portal import FakePortal
from fake_portal.hostile import claim_size, encode_jpeg, encode_png, encode_segment

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


# --------------------------------------------------------------------------- pixel bombs


@pytest.mark.parametrize(
    "segment",
    [
        pytest.param(lambda: claim_size(encode_jpeg(16, 16), 12000, 12000), id="jpeg-12000"),
        pytest.param(lambda: claim_size(encode_png(16, 16), 12000, 12000), id="png-12000"),
        pytest.param(lambda: encode_segment(4112, 16), id="h264-ts-4112"),
        pytest.param(lambda: encode_segment(16, 4112, container="mp4"), id="h264-mp4-4112"),
    ],
)
async def test_pixel_bomb_segment(
    loaded: Loaded, logs: LogWatch, segment: Callable[[], bytes]
) -> None:
    """A segment holding a picture too large to decode: no picture, one clear line, no harm."""
    hass = loaded.hass
    entity_id = loaded.entities["101"]
    loaded.portal.faults.segment_body = segment()
    for _ in range(2):
        with pytest.raises(HomeAssistantError):
            await camera.async_get_image(hass, entity_id)
    started = logs.lines()
    assert len(started) == 1, started
    assert "No picture" in started[0]
    assert "larger than the limit of 4096 x 4096" in started[0]
    assert loaded.unavailable() == set()
    loaded.harness.clear_faults()
    image = await camera.async_get_image(hass, entity_id)
    assert image.content[:2] == b"\xff\xd8"
    assert len(logs.lines()) == 1
    loaded.assert_intact()
