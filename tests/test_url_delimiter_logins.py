"""End to end: logins with ``#``, ``?`` or ``/`` written unencoded in a portal's addresses.

The portal is served under a public name (see tests/harness.py). A camera whose address
holds such a login before the portal's own host plays and shows its still without the
login; one whose real host is loopback, or whose address reads either way, gets nothing
fetched. No state, log line or diagnostics entry shows the login.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import CONF_CAMERAS, CONF_KNOWN_CAMERAS
from custom_components.kutim_cctv.diagnostics import (
    async_get_config_entry_diagnostics,
    async_get_device_diagnostics,
)
from fake_portal import FakePortal

from .harness import Harness, LogWatch
from .test_init import camera_entities, setup_entry

CANARY = "/snapshot/polder-im-1.jpg"
LOGINS = ("admin:Ku#tim", "u:p?x", "u:p/x", "admin:1234#5")
HIDDEN = ["hidden-loopback", "hidden-loopback-path", "ambiguous"]


def items(origin: str, port: int) -> list[dict[str, Any]]:
    """Return list items whose addresses hold logins with delimiter characters."""
    scheme, _, hostport = origin.partition("://")
    loop = f"127.0.0.1:{port}"
    return [
        {
            "id": "public",
            "name": "Simpang Publik",
            "url": f"{scheme}://admin:Ku#tim@{hostport}/hls/simpang-yossudarso-1/index.m3u8",
            "thumbnail": f"{scheme}://u:p?x@{hostport}/snapshot/simpang-yossudarso-1.jpg",
        },
        {
            "id": "hidden-loopback",
            "name": "Loop",
            "thumbnail": f"http://admin:Ku#tim@{loop}{CANARY}",
        },
        {
            "id": "hidden-loopback-path",
            "name": "Loop 2",
            "thumbnail": f"http://u:p/x@{loop}{CANARY}",
        },
        {"id": "ambiguous", "name": "Dua Arti", "thumbnail": f"http://admin:1234#5@{loop}{CANARY}"},
    ]


def routes(portal: FakePortal) -> None:
    """Serve the list."""

    async def listing(request: web.Request) -> web.Response:
        return web.json_response(items(str(request.url.origin()), request.url.port or 80))

    portal.app.router.add_get("/logins.json", listing)


async def test_delimiter_logins_reach_only_their_real_public_host(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    await harness.start(routes=routes, require_start=False)
    ids = ["public", *HIDDEN]
    entry: MockConfigEntry = harness.entry(
        profile="json", path="/logins.json", **{CONF_CAMERAS: ids, CONF_KNOWN_CAMERAS: ids}
    )
    await setup_entry(hass, entry)
    entities = camera_entities(hass, entry)
    assert sorted(entities) == ["public"]
    data = entry.runtime_data.coordinator.data
    public = data.cameras["public"]
    assert public.stream_url is not None and "@" not in public.stream_url
    assert public.snapshot_url is not None and "@" not in public.snapshot_url
    source = await camera.async_get_stream_source(hass, entities["public"])
    assert source is not None and "@" not in source
    image = await camera.async_get_image(hass, entities["public"])
    assert image.content[:2] == b"\xff\xd8"
    assert harness.portal is not None
    assert harness.portal.counters.requests[CANARY] == 0

    devices = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    shown = json.dumps(
        [
            [state.as_dict() for state in hass.states.async_all()],
            await async_get_config_entry_diagnostics(hass, entry),
            *[await async_get_device_diagnostics(hass, entry, device) for device in devices],
            logs.text(),
        ],
        default=str,
    )
    for login in LOGINS:
        assert login not in shown
        assert json.dumps(login)[1:-1] not in shown
