"""No leaks: credentials in payloads and settings never reach states, logs, diagnostics or repairs.

The portal hands out an RTSP URL with a password, stream and still URLs with ``token=`` and
``pass=``, a still URL with userinfo, unknown fields named like secrets, and a session
cookie from its landing page; the entry's own URL has userinfo and an API key, and a
Cookie header is configured. Each test runs the same session (setup, polls, stills,
stream sources, failures, recovery) and checks one channel for every secret string.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiohttp import web
from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr, entity_registry as er, issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import (
    CONF_CAMERAS,
    CONF_HEADERS,
    CONF_KNOWN_CAMERAS,
    CONF_LANDING_URL,
    CONF_URL,
    DOMAIN,
    STALE_POLLS,
)
from custom_components.kutim_cctv.diagnostics import (
    async_get_config_entry_diagnostics,
    async_get_device_diagnostics,
)
from fake_portal import FakePortal

from .harness import PORTAL_HOST, Harness, LogWatch, fault_answer, raise_outage_and_format_issues
from .test_init import camera_entities, setup_entry

TRANSLATIONS = Path(__file__).parent.parent / "custom_components" / "kutim_cctv" / "translations"

URL_PASSWORD = "UrlPassw0rdXq"
URL_API_KEY = "ApiKeyZq81Wm"
HEADER_COOKIE = "HdrCookie4Vk"
REFERER_SIG = "RefSig7Jh2"
STREAM_TOKEN = "StreamTok3nRf"
SNAPSHOT_PASS = "SnapPass5Ty"
RTSP_PASSWORD = "RtspPassw0rdQw"
USERINFO_PASSWORD = "ViewerPassw0rdLp"
ITEM_PASSWORD = "ItemPassw0rdMn"
ITEM_API_KEY = "ItemApiKey2Bv"
ERROR_TOKEN = "ErrTok3nUx"
SECRETS = (
    URL_PASSWORD,
    URL_API_KEY,
    HEADER_COOKIE,
    REFERER_SIG,
    STREAM_TOKEN,
    SNAPSHOT_PASS,
    RTSP_PASSWORD,
    USERINFO_PASSWORD,
    ITEM_PASSWORD,
    ITEM_API_KEY,
    ERROR_TOKEN,
)
IDS = ["1", "2", "3", "4"]


def leaky_routes(portal: FakePortal) -> None:
    """Add a list whose items carry credentials of every kind."""

    async def listing(request: web.Request) -> web.Response:
        if (fault := fault_answer(portal, "<html>Pemeliharaan [1]</html>")) is not None:
            return fault
        origin = str(request.url.origin())
        items: list[dict[str, Any]] = [
            {
                "id": "1",
                "name": "Simpang Tiga",
                "url": f"{origin}/hls/simpang-yossudarso-1/index.m3u8?token={STREAM_TOKEN}",
                "thumbnail": f"{origin}/snapshot/simpang-yossudarso-1.jpg?pass={SNAPSHOT_PASS}",
                "password": ITEM_PASSWORD,
                "api_key": ITEM_API_KEY,
            },
            {
                "id": "2",
                "name": "Polder",
                "url": f"rtsp://admin:{RTSP_PASSWORD}@{PORTAL_HOST}:8554/live",
                "thumbnail": (
                    f"http://viewer:{USERINFO_PASSWORD}@{PORTAL_HOST}:{request.url.port}"
                    "/snapshot/polder-im-1.jpg"
                ),
            },
            {
                "id": "3",
                "name": "Gerbang",
                "thumbnail": f"{origin}/missing/bp.jpg?token={ERROR_TOKEN}",
            },
        ]
        if not portal.faults.truncate:  # here: camera 4 is gone
            items.append(
                {
                    "id": "4",
                    "name": "Parkir",
                    "thumbnail": f"{origin}/snapshot/bp-gerbang.jpg?pass={SNAPSHOT_PASS}",
                }
            )
        return web.json_response(items)

    portal.app.router.add_get("/leaky.json", listing)


@pytest.fixture
async def session(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> MockConfigEntry:
    """Set the leaky portal up and use it every way the integration can."""
    portal = await harness.start(routes=leaky_routes, require_start=False)
    scheme, _, rest = harness.url.partition("://")
    entry = harness.entry(
        profile="json",
        data={
            CONF_URL: f"{scheme}://guest:{URL_PASSWORD}@{rest}/leaky.json?api_key={URL_API_KEY}",
            CONF_LANDING_URL: f"{harness.url}/landing",
            CONF_HEADERS: {
                "Cookie": f"remember_me={HEADER_COOKIE}",
                "Referer": f"https://viewer.kutim.example/?sig={REFERER_SIG}",
            },
        },
        **{CONF_CAMERAS: IDS, CONF_KNOWN_CAMERAS: IDS},
    )
    await setup_entry(hass, entry)
    entities = camera_entities(hass, entry)
    assert sorted(entities) == IDS
    coordinator = entry.runtime_data.coordinator
    now = [0.0]
    coordinator.clock = lambda: now[0]
    # Stills (one fails with its URL in the error) and stream sources.
    for camera_id in ("1", "2", "4"):
        image = await camera.async_get_image(hass, entities[camera_id])
        assert image.content[:2] == b"\xff\xd8"
    with pytest.raises(HomeAssistantError):
        await camera.async_get_image(hass, entities["3"])
    for camera_id in ("1", "2"):
        assert await camera.async_get_stream_source(hass, entities[camera_id])
    # A vanished camera, a long outage and a changed format, each with its repair.
    portal.faults.truncate = True
    for _ in range(STALE_POLLS):
        await coordinator.async_refresh()
    portal.faults.truncate = False
    await raise_outage_and_format_issues(hass, portal, coordinator, now)
    return entry


def secrets(harness: Harness) -> list[str]:
    """Return every secret string, including the session cookie the portal handed out."""
    assert harness.portal is not None
    cookies = list(harness.portal._sessions)
    assert cookies, "the landing page was not loaded"
    return [*SECRETS, *cookies]


def assert_clean(text: str, harness: Harness) -> None:
    """Assert that no secret string occurs in text."""
    for secret in secrets(harness):
        assert secret not in text, f"{secret} leaked"


async def test_no_secret_in_states(
    hass: HomeAssistant, harness: Harness, session: MockConfigEntry
) -> None:
    """States, attributes, and the entity and device details the UI shows are clean."""
    states = [state.as_dict() for state in hass.states.async_all()]
    assert any(state["entity_id"].startswith("camera.") for state in states)
    entities = [
        {"entity_id": e.entity_id, "name": e.original_name}
        for e in er.async_entries_for_config_entry(er.async_get(hass), session.entry_id)
    ]
    devices = [
        {
            "name": d.name,
            "manufacturer": d.manufacturer,
            "model": d.model,
            "configuration_url": d.configuration_url,
        }
        for d in dr.async_entries_for_config_entry(dr.async_get(hass), session.entry_id)
    ]
    assert_clean(json.dumps([states, entities, devices], default=str), harness)


async def test_no_secret_in_logs(
    hass: HomeAssistant, harness: Harness, session: MockConfigEntry, logs: LogWatch
) -> None:
    """Nothing logged at any level, by any logger, holds a secret."""
    text = logs.text()
    assert "No picture from camera Gerbang" in text
    assert "Error fetching kutim_cctv data" in text
    assert_clean(text, harness)


async def test_no_secret_in_diagnostics(
    hass: HomeAssistant, harness: Harness, session: MockConfigEntry
) -> None:
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), session.entry_id)
    diagnostics: list[Any] = [
        await async_get_config_entry_diagnostics(hass, session),
        *[await async_get_device_diagnostics(hass, session, device) for device in devices],
    ]
    text = json.dumps(diagnostics, default=str)
    assert "REDACTED" in text
    assert_clean(text, harness)


async def test_no_secret_in_repair_texts(
    hass: HomeAssistant, harness: Harness, session: MockConfigEntry
) -> None:
    """Issue placeholders, and the texts rendered from them in English and Indonesian."""
    issues = [
        issue
        for (domain, _), issue in ir.async_get(hass).issues.items()
        if domain == DOMAIN and issue.issue_id.endswith(session.entry_id)
    ]
    by_id = {issue.issue_id.removesuffix(f"_{session.entry_id}"): issue for issue in issues}
    for key in ("portal_unreachable", "format_changed", "cameras_gone"):
        # The class of the last error chooses a variant of a failure issue's text.
        assert (by_id[key].translation_key or "").startswith(key)
    rendered: list[str] = []
    for language in ("en", "id"):
        texts = json.loads((TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8"))
        for issue in issues:
            assert issue.translation_key is not None
            strings = texts["issues"][issue.translation_key]
            placeholders = issue.translation_placeholders or {}
            rendered.append(strings["title"].format(**placeholders))
            if "description" in strings:
                rendered.append(strings["description"].format(**placeholders))
            for step in strings.get("fix_flow", {}).get("step", {}).values():
                rendered.extend(text.format(**placeholders) for text in step.values())
    assert any("--api" in text for text in rendered)
    assert_clean(json.dumps([i.to_json() for i in issues]) + "\n".join(rendered), harness)
