"""Hostile portals through the whole integration: odd headers, huge lists, tokens, names.

Each test checks the promises of docs/reliability.md: nothing crashes (the `logs` fixture
fails the test on a traceback or an "Unexpected error"), nothing is lost (the entry, the
selection and the devices survive), and the fault is reported once with a clear line.
"""

from __future__ import annotations

from collections.abc import Callable
import json
from typing import Any
from urllib.parse import quote

from aiohttp import web
from homeassistant.components import camera
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import area_registry as ar, device_registry as dr, issue_registry as ir
import pytest

from custom_components.kutim_cctv.const import (
    CONF_ADD_NEW,
    CONF_CAMERAS,
    CONF_HEADERS,
    CONF_KNOWN_CAMERAS,
    CONF_URL,
    DOMAIN,
    ISSUE_NEW_CAMERAS,
    STALE_POLLS,
)
from custom_components.kutim_cctv.diagnostics import (
    async_get_config_entry_diagnostics,
    async_get_device_diagnostics,
)
from custom_components.kutim_cctv.issues import ISSUE_CAMERAS_GONE, ISSUE_TOO_MANY_CAMERAS, issue_id
from custom_components.kutim_cctv.portal import MAX_CAMERAS
from custom_components.kutim_cctv.repairs import async_create_fix_flow
from fake_portal import FakePortal
from fake_portal.data import FakeCamera
from fake_portal.hostile import (
    MARKDOWN,
    MARKUP,
    TOKEN_SHAPES,
    claim_size,
    encode_jpeg,
    encode_png,
    encode_segment,
    hostile_names,
    tokens,
)

from .harness import Harness, LogWatch, fault_answer, raise_outage_and_format_issues
from .portal.test_hostile import assert_display_safe, assert_markdown_inert
from .test_init import camera_entities, setup_entry
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
    loaded.harness.clear_faults()
    image = await camera.async_get_image(hass, entity_id)
    assert image.content[:2] == b"\xff\xd8"
    assert len(logs.lines()) == 1
    loaded.assert_intact()


# --------------------------------------------------------------------------- names


def hostile_cameras(count: int | None = None) -> list[FakeCamera]:
    """Return cameras named and placed (kecamatan) with hostile names."""
    names = hostile_names()
    picked = names if count is None else names[:: max(1, len(names) // count)][:count]
    return [
        FakeCamera(900 + n, name, "0.5", "117.5", f"hostile-{n}", name)
        for n, name in enumerate(picked)
    ]


async def test_hostile_names_reach_no_screen(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    """Device, entity and area names and the area attribute show visible, capped text."""
    loaded = await load(hass, harness, logs)
    added = hostile_cameras(24)
    loaded.portal.cameras.extend(added)
    await loaded.poll()
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), loaded.entry.entry_id)
    assert len(devices) == len(loaded.devices) + len(added)
    areas = ar.async_get(hass)
    for device in devices:
        assert_display_safe(device.name)
        if device.area_id is not None:
            area = areas.async_get_area(device.area_id)
            assert area is not None
            assert_display_safe(area.name)
    entities = camera_entities(hass, loaded.entry)
    assert len(entities) == len(loaded.entities) + len(added)
    for entity_id in entities.values():
        state = hass.states.get(entity_id)
        assert state is not None
        assert_display_safe(state.attributes.get("friendly_name"))
        assert_display_safe(state.attributes.get("area"))
    assert loaded.entry.state is ConfigEntryState.LOADED


async def test_hostile_names_in_repairs_are_escaped(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    """The new-cameras and gone-cameras repairs show hostile names as text, not markdown."""
    loaded = await load(hass, harness, logs, **{CONF_ADD_NEW: False})
    added = [
        FakeCamera(950 + n, name, "0.5", "117.5", f"md-{n}", None)
        for n, name in enumerate((*MARKDOWN, *MARKUP))
    ]
    loaded.portal.cameras.extend(added)
    await loaded.poll()
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"{ISSUE_NEW_CAMERAS}_{loaded.entry.entry_id}"
    )
    assert issue is not None
    assert issue.translation_placeholders is not None
    for value in issue.translation_placeholders.values():
        assert_markdown_inert(value)
    assert "\\[Simpang\\]" in issue.translation_placeholders["names"]
    flow = await async_create_fix_flow(hass, issue.issue_id, issue.data)
    flow.hass = hass
    flow.issue_id = issue.issue_id
    form = await flow.async_step_init()
    for value in (form["description_placeholders"] or {}).values():
        assert_markdown_inert(value)
    # Selected, then gone for good: the other repair escapes them too.
    await flow.async_step_confirm({})
    await loaded.poll()
    for fake in added:
        loaded.portal.cameras.remove(fake)
    await loaded.poll(STALE_POLLS)
    gone = ir.async_get(hass).async_get_issue(DOMAIN, issue_id(ISSUE_CAMERAS_GONE, loaded.entry))
    assert gone is not None
    assert gone.translation_placeholders is not None
    for value in gone.translation_placeholders.values():
        assert_markdown_inert(value)
    flow = await async_create_fix_flow(hass, gone.issue_id, gone.data)
    flow.hass = hass
    flow.issue_id = gone.issue_id
    form = await flow.async_step_init()
    placeholders = form["description_placeholders"] or {}
    assert placeholders["count"] == str(len(added))
    assert placeholders["names"].endswith(", …")  # ten names at most
    for value in placeholders.values():
        assert_markdown_inert(value)


# --------------------------------------------------------------------------- huge lists


def extra_cameras(count: int) -> list[FakeCamera]:
    """Return cameras the portal lists on top of the demo set."""
    return [
        FakeCamera(10_000 + n, f"CCTV EXTRA {n}", "0.5", "117.5", f"extra-{n}", "Sangatta")
        for n in range(count)
    ]


async def test_list_over_the_cap(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> None:
    """A list longer than the cap: read up to it, warned and reported once, nothing lost."""
    loaded = await load(hass, harness, logs, **{CONF_ADD_NEW: False})
    portal = loaded.portal
    demo = list(portal.cameras)
    # The selected cameras come last, beyond the cap: they must not count as gone.
    portal.cameras[:] = [*extra_cameras(MAX_CAMERAS + 500), *demo]
    portal.counters.reset()
    await loaded.poll(STALE_POLLS + 1)
    data = loaded.coordinator.data
    assert len(data.cameras) <= MAX_CAMERAS + len(demo)
    assert set(loaded.entities) <= set(data.cameras)  # kept from the last full list
    started = logs.lines()
    assert len(started) == 1, started
    assert f"more than {MAX_CAMERAS} cameras" in started[0]
    assert [r.levelname for r in logs.records if "more than" in r.getMessage()] == ["WARNING"]
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, issue_id(ISSUE_TOO_MANY_CAMERAS, loaded.entry)
    )
    assert issue is not None
    assert issue.translation_placeholders == {
        "portal": loaded.entry.title,
        "limit": str(MAX_CAMERAS),
    }
    # Paging stopped at the cap: one large page per poll, not the whole list.
    assert portal.counters.requests["list"] <= STALE_POLLS + 1
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, issue_id(ISSUE_CAMERAS_GONE, loaded.entry))
        is None
    )
    loaded.assert_intact()
    # Back within the cap: the report goes, one line says so.
    portal.cameras[:] = demo
    await loaded.poll()
    ended = logs.lines()
    assert len(ended) == 1, ended
    assert "within" in ended[0]
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, issue_id(ISSUE_TOO_MANY_CAMERAS, loaded.entry))
        is None
    )
    loaded.assert_intact()


async def test_list_at_the_cap_is_read_whole(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    """A list of exactly the cap is an ordinary list: no warning, no report."""
    loaded = await load(hass, harness, logs, **{CONF_ADD_NEW: False})
    demo = list(loaded.portal.cameras)
    loaded.portal.cameras[:] = [*extra_cameras(MAX_CAMERAS - len(demo)), *demo]
    await loaded.poll()
    assert len(loaded.coordinator.data.cameras) == MAX_CAMERAS
    assert not [line for line in logs.lines() if "more than" in line]
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, issue_id(ISSUE_TOO_MANY_CAMERAS, loaded.entry))
        is None
    )
    loaded.assert_intact()


# --------------------------------------------------------------------------- tokens


@pytest.mark.parametrize("shape", sorted(TOKEN_SHAPES))
async def test_signed_links_leak_nowhere(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, shape: str
) -> None:
    """Signatures under names that say nothing stay out of logs, states, diagnostics, repairs."""
    secrets = tokens(shape, 6, seed=1)

    def signed_routes(portal: FakePortal) -> None:
        async def listing(request: web.Request) -> web.Response:
            if (fault := fault_answer(portal, "<html>Pemeliharaan</html>")) is not None:
                return fault
            origin = str(request.url.origin())
            return web.json_response(
                [
                    {
                        "id": "1",
                        "name": "Simpang",
                        "url": f"{origin}/hls/simpang-yossudarso-1/index.m3u8"
                        f"?md5={secrets[0]}&expires=2000000000",
                        "thumbnail": f"{origin}/snapshot/simpang-yossudarso-1.jpg?h={secrets[1]}",
                    },
                    {
                        "id": "2",
                        "name": "Gerbang",
                        "thumbnail": f"{origin}/s/{quote(secrets[2], safe='')}/2000000000/a.jpg",
                    },
                    {
                        "id": "3",
                        "name": "Polder",
                        "thumbnail": f"{origin}/snapshot/polder-im-1.jpg?v={secrets[3]}",
                    },
                ]
            )

        portal.app.router.add_get("/signed.json", listing)

    portal = await harness.start(routes=signed_routes, require_start=False)
    entry = harness.entry(
        profile="json",
        data={
            CONF_URL: f"{harness.url}/signed.json?hmac={secrets[4]}",
            CONF_HEADERS: {"Referer": f"https://viewer.kutim.example/?wmsAuthSign={secrets[5]}"},
        },
        **{CONF_CAMERAS: ["1", "2", "3"], CONF_KNOWN_CAMERAS: ["1", "2", "3"]},
    )
    await setup_entry(hass, entry)
    entities = camera_entities(hass, entry)
    for camera_id in ("1", "3"):
        assert (await camera.async_get_image(hass, entities[camera_id])).content[:2] == b"\xff\xd8"
    with pytest.raises(HomeAssistantError):
        await camera.async_get_image(hass, entities["2"])
    assert await camera.async_get_stream_source(hass, entities["1"])
    coordinator = entry.runtime_data.coordinator
    now = [0.0]
    coordinator.clock = lambda: now[0]
    await raise_outage_and_format_issues(hass, portal, coordinator, now)

    def assert_clean(channel: str, text: str) -> None:
        assert "REDACTED" in text or channel == "states", channel
        for secret in secrets:
            for form in {secret, quote(secret), quote(secret, safe="")}:
                assert form not in text, f"{shape} token leaked in {channel}"

    # Log records, at every level and from every logger.
    assert "No picture from camera Gerbang" in logs.text()
    assert_clean("logs", logs.text())
    # States and attributes, entity and device details.
    states = [state.as_dict() for state in hass.states.async_all()]
    devices = [
        {"name": d.name, "configuration_url": d.configuration_url}
        for d in dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    ]
    assert_clean("states", json.dumps([states, devices], default=str))
    # Diagnostics of the entry and of every device.
    diagnostics: list[Any] = [await async_get_config_entry_diagnostics(hass, entry)]
    diagnostics.extend(
        [
            await async_get_device_diagnostics(hass, entry, device)
            for device in dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
        ]
    )
    assert_clean("diagnostics", json.dumps(diagnostics, default=str))
    # Repair issue placeholders.
    issues = [
        issue
        for (domain, _), issue in ir.async_get(hass).issues.items()
        if domain == DOMAIN and issue.issue_id.endswith(entry.entry_id)
    ]
    # Both failure issues are raised; the class of the error chooses their text (key variant).
    by_id = {i.issue_id.removesuffix(f"_{entry.entry_id}"): i for i in issues}
    for key in ("portal_unreachable", "format_changed"):
        assert (by_id[key].translation_key or "").startswith(key)
    assert_clean(
        "repairs",
        json.dumps([[issue.to_json(), issue.translation_placeholders] for issue in issues]),
    )
