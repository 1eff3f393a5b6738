"""The fault matrix of docs/reliability.md: one test per row, over real loopback HTTP.

Every row checks the same promises: no unhandled exception, the entry and the user's
camera selection intact, entities unavailable while the list cannot be read and back after
one good poll, and one log line when a fault starts and one when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
import contextlib
import socket
from typing import Any

from homeassistant.components import camera
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr, issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import CONF_ADD_NEW, DOMAIN, STALE_POLLS
from custom_components.kutim_cctv.coordinator import KutimCoordinator
from custom_components.kutim_cctv.issues import FORMAT_POLLS, Failure, issue_id
from fake_portal import FakePortal

from .conftest import demo_camera_ids
from .harness import PORTAL_HOST, Harness, LogWatch, unavailable
from .test_init import camera_entities, setup_entry
from .webrtc import fetch_live

MB = 1024 * 1024


class Loaded:
    """A set-up Kutim entry on the harness, with what a row needs to check."""

    def __init__(self, hass: HomeAssistant, harness: Harness, entry: MockConfigEntry) -> None:
        """Remember the entry as it was set up."""
        self.hass = hass
        self.harness = harness
        self.entry = entry
        self.options = dict(entry.options)
        self.data = dict(entry.data)
        self.entities = camera_entities(hass, entry)
        self.devices = self.device_ids()

    @property
    def portal(self) -> FakePortal:
        """Return the fake portal."""
        assert self.harness.portal is not None
        return self.harness.portal

    @property
    def coordinator(self) -> KutimCoordinator:
        """Return the entry's coordinator."""
        return self.entry.runtime_data.coordinator

    async def poll(self, times: int = 1) -> None:
        """Run polls of the camera list."""
        for _ in range(times):
            await self.coordinator.async_refresh()
            await self.hass.async_block_till_done()

    def device_ids(self) -> set[str]:
        """Return the ids of the entry's devices."""
        registry = dr.async_get(self.hass)
        return {d.id for d in dr.async_entries_for_config_entry(registry, self.entry.entry_id)}

    def unavailable(self) -> set[str]:
        """Return the camera ids whose entities are unavailable."""
        return {
            cid for cid, entity_id in self.entities.items() if unavailable(self.hass, entity_id)
        }

    def assert_intact(self) -> None:
        """Assert the entry, the selection and every device survived."""
        entry = self.entry
        assert entry.state is ConfigEntryState.LOADED
        assert dict(entry.options) == self.options
        assert dict(entry.data) == self.data
        assert self.device_ids() == self.devices
        assert camera_entities(self.hass, entry) == self.entities
        assert self.unavailable() == set()

    def assert_ended(self, logs: LogWatch, words: str) -> None:
        """Assert one line said the trouble ended, with these words, and all survived."""
        ended = logs.lines()
        assert len(ended) == 1, ended
        assert words in ended[0]
        self.assert_intact()


async def load(hass: HomeAssistant, harness: Harness, logs: LogWatch, **options: Any) -> Loaded:
    """Set a Kutim entry up on a fresh portal and forget the setup's log lines."""
    await harness.start()
    entry = harness.entry(**options)
    await setup_entry(hass, entry)
    loaded = Loaded(hass, harness, entry)
    assert sorted(loaded.entities) == sorted(demo_camera_ids())
    assert loaded.unavailable() == set()
    logs.lines()
    return loaded


@pytest.fixture
async def loaded(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> Loaded:
    """Return a loaded Kutim entry on the harness."""
    return await load(hass, harness, logs)


async def check_outage(
    loaded: Loaded,
    logs: LogWatch,
    start: Callable[[FakePortal], None],
    *,
    polls: int = 2,
    error: str | None = None,
) -> None:
    """Apply a fault that stops the list; check the outage, its logging and the recovery."""
    start(loaded.portal)
    for _ in range(polls):
        await loaded.poll()
        assert loaded.unavailable() == set(loaded.entities)
    started = logs.lines()
    assert len(started) == 1, started
    if error is not None:
        assert error in started[0]
        assert loaded.coordinator.last_error is not None
        assert error in loaded.coordinator.last_error
    loaded.harness.clear_faults()
    await loaded.poll()
    loaded.assert_ended(logs, "recovered")


async def check_absorbed(
    loaded: Loaded, logs: LogWatch, start: Callable[[FakePortal], None]
) -> None:
    """Apply a fault the client reads through; nothing changes and nothing is logged."""
    cameras = dict(loaded.coordinator.data.cameras)
    start(loaded.portal)
    await loaded.poll(2)
    assert loaded.unavailable() == set()
    assert dict(loaded.coordinator.data.cameras) == cameras
    assert logs.lines() == []
    loaded.harness.clear_faults()
    await loaded.poll()
    assert logs.lines() == []
    loaded.assert_intact()


# --------------------------------------------------------------------------- HTTP status


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_http_error_status(loaded: Loaded, logs: LogWatch, status: int) -> None:
    """An error status makes every camera unavailable until the list is read again."""

    def fault(portal: FakePortal) -> None:
        portal.faults.status = status

    await check_outage(loaded, logs, fault, error=f"HTTP {status}")


@pytest.mark.parametrize("status", [503, 429])
async def test_retry_after_is_honoured(loaded: Loaded, logs: LogWatch, status: int) -> None:
    """No request reaches the portal before its Retry-After has passed."""
    coordinator = loaded.coordinator
    now = [1000.0]
    coordinator.clock = lambda: now[0]
    normal = coordinator.update_interval
    assert normal is not None
    loaded.portal.faults.status = status
    loaded.portal.faults.retry_after = 1800
    await loaded.poll()
    assert loaded.unavailable() == set(loaded.entities)
    asked = loaded.portal.counters.requests["list"]
    # The next scheduled poll is after the pause, not after the usual interval.
    assert coordinator.update_interval is not None
    assert coordinator.update_interval.total_seconds() > 1800
    # Polls inside the pause (a manual refresh, say) do not reach the portal.
    loaded.harness.clear_faults()
    now[0] += 1799
    await loaded.poll(2)
    assert loaded.portal.counters.requests["list"] == asked
    assert loaded.unavailable() == set(loaded.entities)
    assert "pause" in str(coordinator.last_exception)
    assert len(logs.lines()) == 1
    now[0] += 2
    await loaded.poll()
    assert loaded.portal.counters.requests["list"] > asked
    assert coordinator.update_interval == normal
    loaded.assert_ended(logs, "recovered")


async def test_absurd_retry_after_is_capped(loaded: Loaded, logs: LogWatch) -> None:
    """A Retry-After of a week pauses polling for an hour at most."""
    coordinator = loaded.coordinator
    now = [0.0]
    coordinator.clock = lambda: now[0]
    loaded.portal.faults.status = 429
    loaded.portal.faults.retry_after = 7 * 24 * 3600
    await loaded.poll()
    assert coordinator.update_interval is not None
    assert coordinator.update_interval.total_seconds() <= 3601
    loaded.harness.clear_faults()
    now[0] += 3601
    await loaded.poll()
    assert loaded.unavailable() == set()


# --------------------------------------------------------------------------- time


async def test_connect_timeout(loaded: Loaded, logs: LogWatch) -> None:
    """A portal whose address accepts no connection times out and comes back."""
    loaded.harness.timeout = 0.3
    for client in loaded.harness.clients:
        client.http._timeout = 0.3
    # A listening socket with a full backlog: the kernel drops further connection attempts.
    blackhole = socket.socket()
    blackhole.bind(("127.0.0.1", 0))
    blackhole.listen(0)
    fillers = [socket.socket() for _ in range(3)]
    for filler in fillers:
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(blackhole.getsockname())
    try:

        def fault(portal: FakePortal) -> None:
            loaded.harness.network.ports[PORTAL_HOST] = blackhole.getsockname()[1]

        original = loaded.harness.clear_faults

        def clear() -> None:
            loaded.harness.network.ports.clear()
            original()

        loaded.harness.clear_faults = clear  # type: ignore[method-assign]
        await check_outage(loaded, logs, fault, polls=1, error="did not answer within")
    finally:
        for sock in (*fillers, blackhole):
            sock.close()


async def test_read_timeout(loaded: Loaded, logs: LogWatch) -> None:
    """A portal that accepts the request but answers too late times out."""
    for client in loaded.harness.clients:
        client.http._timeout = 0.3

    def fault(portal: FakePortal) -> None:
        portal.faults.delay = 1.0

    await check_outage(loaded, logs, fault, polls=1, error="did not answer within")


async def test_trickling_body(loaded: Loaded, logs: LogWatch) -> None:
    """A body sent a few bytes at a time is given up on within the request timeout."""
    for client in loaded.harness.clients:
        client.http._timeout = 0.3

    def fault(portal: FakePortal) -> None:
        portal.faults.trickle = 0.2
        for client in loaded.harness.clients:
            client._pages.clear()  # a changed list, so the portal sends a body

    await check_outage(loaded, logs, fault, polls=1, error="did not answer within")


# --------------------------------------------------------------------------- bodies


async def test_truncated_json(loaded: Loaded, logs: LogWatch) -> None:
    """A list cut off in the middle is refused, never read as a shorter list."""

    def fault(portal: FakePortal) -> None:
        portal.faults.truncate = True

    await check_outage(loaded, logs, fault, polls=STALE_POLLS + 1, error="cut off")


async def test_garbage_body(loaded: Loaded, logs: LogWatch) -> None:
    def fault(portal: FakePortal) -> None:
        portal.faults.garbage = True

    await check_outage(loaded, logs, fault, error="not JSON")


async def test_html_error_page_with_status_200(loaded: Loaded, logs: LogWatch) -> None:
    """An error page served as 200 is not a list; the portal is asked once, not 50 times."""

    def fault(portal: FakePortal) -> None:
        portal.faults.html_error_200 = True
        portal.counters.reset()

    await check_outage(loaded, logs, fault, polls=1, error="web page")
    # One large page, then one at the configured size (the large one might be the problem).
    assert loaded.portal.counters.requests["list"] <= 2


async def test_oversize_body(loaded: Loaded, logs: LogWatch) -> None:
    """A 20 MB answer is cut off at the size cap."""

    def fault(portal: FakePortal) -> None:
        portal.faults.oversize_bytes = 20 * MB

    await check_outage(loaded, logs, fault, polls=1, error="larger than")


@pytest.mark.parametrize("switch", ["php_warning", "bom", "wrong_content_type", "omit_meta"])
async def test_noise_is_read_through(loaded: Loaded, logs: LogWatch, switch: str) -> None:
    """PHP warnings, a BOM, a wrong content type or a missing total change nothing."""

    def fault(portal: FakePortal) -> None:
        setattr(portal.faults, switch, True)

    await check_absorbed(loaded, logs, fault)


# --------------------------------------------------------------------------- network


async def test_tls_failure(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> None:
    """An untrusted certificate stops the list and raises the TLS repair until fixed."""
    await harness.start(tls=True)
    entry = harness.entry()
    await setup_entry(hass, entry)
    loaded = Loaded(hass, harness, entry)
    assert loaded.unavailable() == set()
    logs.lines()
    issue = issue_id(Failure.TLS, entry)

    def fault(portal: FakePortal) -> None:
        harness.use_certificate(trusted=False)

    original = harness.clear_faults

    def clear() -> None:
        harness.use_certificate(trusted=True)
        original()
        assert ir.async_get(hass).async_get_issue(DOMAIN, issue) is not None

    harness.clear_faults = clear  # type: ignore[method-assign]
    await check_outage(loaded, logs, fault, polls=1, error="TLS verification failed")
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue) is None
    # Verification was never switched off behind the user's back.
    assert entry.data["verify_ssl"] is True


async def test_dns_failure(loaded: Loaded, logs: LogWatch) -> None:
    network = loaded.harness.network

    def fault(portal: FakePortal) -> None:
        network.unresolvable.add(PORTAL_HOST)
        for client in loaded.harness.clients:
            client.http._resolved.clear()

    original = loaded.harness.clear_faults

    def clear() -> None:
        network.unresolvable.clear()
        original()

    loaded.harness.clear_faults = clear  # type: ignore[method-assign]
    await check_outage(loaded, logs, fault, error="Cannot resolve")


async def test_redirect_loop(loaded: Loaded, logs: LogWatch) -> None:
    def fault(portal: FakePortal) -> None:
        portal.faults.redirect_loop = True

    await check_outage(loaded, logs, fault, error="loop")


@pytest.mark.parametrize(
    "target",
    [
        "http://10.1.2.3/api/cctv/public",
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8123/api/states",
        "http://intranet.kutim.example/api/cctv/public",
    ],
)
async def test_redirect_to_private_address(loaded: Loaded, logs: LogWatch, target: str) -> None:
    """A redirect into the home network is refused before any connection is made."""
    loaded.harness.network.policy_answers["intranet.kutim.example"] = ["192.168.1.10"]

    def fault(portal: FakePortal) -> None:
        portal.faults.redirect_to = target

    await check_outage(loaded, logs, fault, error="Refused the URL")


# --------------------------------------------------------------------------- streams


async def test_manifest_404_until_wake_up(loaded: Loaded, logs: LogWatch, live_server: str) -> None:
    """A stream the portal forgot is woken again when a viewer reads it; same address."""
    hass = loaded.hass
    client = loaded.entry.runtime_data.client

    async def no_wait(seconds: float) -> None:
        return None

    client._sleep = no_wait
    entity_id = loaded.entities["101"]
    source = await camera.async_get_stream_source(hass, entity_id)
    assert source is not None
    assert loaded.portal.counters.requests["start"] == 0  # asking for the address wakes nothing
    assert (await fetch_live(hass, source))[0] == 200
    assert loaded.portal.counters.requests["start"] == 1
    loaded.portal.started.clear()  # the portal restarted and forgot its streams
    assert await camera.async_get_stream_source(hass, entity_id) == source
    status, body = await fetch_live(hass, source)
    assert status == 200
    assert body.startswith(b"#EXTM3U")
    assert loaded.portal.counters.requests["start"] == 2
    assert loaded.portal.counters.requests["master"] >= 3
    assert logs.lines() == []
    loaded.assert_intact()


async def test_wake_up_failing(loaded: Loaded, logs: LogWatch, live_server: str) -> None:
    """A failing wake-up call answers the viewer 502, is logged once, and then recovers."""
    hass = loaded.hass
    entity_id = loaded.entities["101"]
    loaded.portal.faults.start_status = 500
    source = await camera.async_get_stream_source(hass, entity_id)  # never raises
    assert source is not None
    for _ in range(2):
        assert (await fetch_live(hass, source))[0] == 502
    started = logs.lines()
    assert len(started) == 1
    assert "HTTP 500" in started[0]
    assert loaded.unavailable() == set()  # the list still lists the camera
    loaded.harness.clear_faults()
    assert (await fetch_live(hass, source))[0] == 200
    loaded.assert_ended(logs, "works again")


async def test_expiring_stream_urls(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, live_server: str
) -> None:
    """A stream URL whose token expired is replaced by a fresh one when a viewer reads it."""
    now = [1000.0]
    portal = await harness.start(require_start=False, clock=lambda: now[0])
    portal.faults.token_ttl = 120
    entry = harness.entry(profile="json", path="/f2/cameras.json")
    await setup_entry(hass, entry)
    entities = camera_entities(hass, entry)
    listed = entry.runtime_data.coordinator.data.cameras["101"].stream_url
    assert listed is not None
    assert "token=" in listed
    logs.lines()
    now[0] += 600  # every token in the list has expired
    assert harness.session is not None
    async with harness.session.get(listed) as stale:
        assert stale.status == 403
    source = await camera.async_get_stream_source(hass, entities["101"])
    assert source is not None
    assert "token=" not in source
    status, body = await fetch_live(hass, source)
    assert status == 200
    assert b"token=" not in body
    assert logs.lines() == []
    assert entry.state is ConfigEntryState.LOADED


async def test_segments_404_mid_grab(loaded: Loaded, logs: LogWatch) -> None:
    """Segments that vanish during a still grab: no picture, logged once, back next time."""
    hass = loaded.hass
    entity_id = loaded.entities["101"]
    loaded.portal.faults.segment_404 = True
    for _ in range(2):
        with pytest.raises(HomeAssistantError):
            await camera.async_get_image(hass, entity_id)
    started = logs.lines()
    assert len(started) == 1
    assert "No picture" in started[0]
    loaded.harness.clear_faults()
    image = await camera.async_get_image(hass, entity_id)
    assert image.content[:2] == b"\xff\xd8"
    loaded.assert_ended(logs, "back")


# --------------------------------------------------------------------------- the list


async def test_camera_vanishes_for_one_poll(loaded: Loaded, logs: LogWatch) -> None:
    cameras = loaded.portal.cameras
    gone = next(c for c in cameras if str(c.id) == "107")
    cameras.remove(gone)
    await loaded.poll()
    assert loaded.unavailable() == {"107"}
    assert len(logs.lines()) == 1
    cameras.append(gone)
    await loaded.poll()
    loaded.assert_ended(logs, "again")


async def test_camera_gone_for_good(loaded: Loaded, logs: LogWatch) -> None:
    """A camera gone for several polls loses its device, stays selected, and is reported."""
    hass = loaded.hass
    entry = loaded.entry
    cameras = loaded.portal.cameras
    gone = next(c for c in cameras if str(c.id) == "107")
    cameras.remove(gone)
    await loaded.poll(STALE_POLLS)
    lines = logs.lines()
    assert len(lines) == 2, lines
    assert "not listed" in lines[0]
    assert "removing" in lines[1]
    assert "107" not in camera_entities(hass, entry)
    assert "107" in entry.options["cameras"]
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"cameras_gone_{entry.entry_id}")
    assert issue is not None
    assert issue.translation_placeholders == {
        "portal": entry.title,
        "count": "1",
        "names": "Simpang Kabo Kec. Sangatta Utara",
    }
    # Should it ever come back, it is a camera again and the issue goes away.
    cameras.append(gone)
    await loaded.poll()
    assert "107" in camera_entities(hass, entry)
    assert ir.async_get(hass).async_get_issue(DOMAIN, f"cameras_gone_{entry.entry_id}") is None
    loaded.entities = camera_entities(hass, entry)
    loaded.assert_intact()


async def test_duplicate_ids(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> None:
    """A second camera under a taken id is told apart; the selected cameras are unaffected."""
    loaded = await load(hass, harness, logs, **{CONF_ADD_NEW: False})
    loaded.portal.faults.duplicate_ids = True
    await loaded.poll()
    assert loaded.unavailable() == set()
    assert "101-2" in loaded.coordinator.data.cameras
    started = logs.lines()
    assert len(started) == 1
    assert "duplicate camera id" in started[0]
    loaded.harness.clear_faults()
    await loaded.poll()
    loaded.assert_ended(logs, "cleanly")


async def test_malformed_items_among_good_ones(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    loaded = await load(hass, harness, logs, **{CONF_ADD_NEW: False})
    loaded.portal.faults.malformed_item = True
    await loaded.poll()
    assert loaded.unavailable() == set()
    assert loaded.coordinator.data.skipped == 1
    started = logs.lines()
    assert len(started) == 1
    assert "1 unreadable" in started[0]
    # The problems change while they last: that is no new start.
    loaded.portal.faults.duplicate_ids = True
    await loaded.poll()
    assert logs.lines() == []
    loaded.harness.clear_faults()
    await loaded.poll()
    assert len(logs.lines()) == 1
    loaded.assert_intact()


async def test_empty_list(loaded: Loaded, logs: LogWatch) -> None:
    """An empty list is not taken as every camera gone: nothing is removed."""
    cameras = list(loaded.portal.cameras)

    def fault(portal: FakePortal) -> None:
        portal.cameras.clear()

    original = loaded.harness.clear_faults

    def clear() -> None:
        loaded.portal.cameras.extend(cameras)
        original()

    loaded.harness.clear_faults = clear  # type: ignore[method-assign]
    await check_outage(loaded, logs, fault, polls=STALE_POLLS + 1, error="lists no cameras")


async def test_portal_switches_format(loaded: Loaded, logs: LogWatch) -> None:
    """A list of entries that are no cameras any more keeps the cameras and raises a repair."""
    hass = loaded.hass
    portal = loaded.portal
    issue = issue_id(Failure.FORMAT, loaded.entry)

    def new_format() -> list[Any]:
        return [{"kode": f"K{c.id}", "judul": c.name, "sumber": "v2"} for c in portal.cameras]

    def fault(portal: FakePortal) -> None:
        portal._f1_items = new_format  # type: ignore[method-assign]

    original = loaded.harness.clear_faults

    def clear() -> None:
        del portal._f1_items
        assert ir.async_get(hass).async_get_issue(DOMAIN, issue) is not None
        original()

    loaded.harness.clear_faults = clear  # type: ignore[method-assign]
    await check_outage(loaded, logs, fault, polls=FORMAT_POLLS, error="none is a camera")
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue) is None


# --------------------------------------------------------------------------- hostile network


async def test_portal_name_rebinds_to_a_private_address(loaded: Loaded, logs: LogWatch) -> None:
    """The portal's name starts resolving into the home network: refused like an outage."""
    network = loaded.harness.network
    counted: list[int] = []

    def fault(portal: FakePortal) -> None:
        network.policy_answers[PORTAL_HOST] = ["192.168.1.1"]
        for client in loaded.harness.clients:
            client.http._resolved.clear()  # the next lookup, as after the cache minute
        counted.append(portal.counters.total_requests)

    original = loaded.harness.clear_faults

    def clear() -> None:
        counted.append(loaded.portal.counters.total_requests)
        network.policy_answers.pop(PORTAL_HOST)
        for client in loaded.harness.clients:
            client.http._resolved.clear()
        original()

    loaded.harness.clear_faults = clear  # type: ignore[method-assign]
    await check_outage(loaded, logs, fault, error="resolves to a non-public address")
    # Nothing at all was sent while the name pointed into the home network.
    assert counted[0] == counted[1]
