"""A camera the portal lists under a new id keeps its entities, device and selection."""

from __future__ import annotations

from dataclasses import replace
import json
import logging
import random
from typing import Any

from homeassistant.components import camera
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.helpers.aiohttp_client import async_get_clientsession
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import (
    CONF_ADD_NEW,
    CONF_CAMERAS,
    CONF_EXPOSE_COORDINATES,
    CONF_FRESHNESS,
    CONF_KNOWN_CAMERAS,
    CONF_PRETTIFY,
    CONF_SCAN_INTERVAL,
    DEFAULT_FRESHNESS,
    DOMAIN,
)
from custom_components.kutim_cctv.continuity import (
    DATA_MOVES,
    MAX_REMEMBERED,
    MoveLog,
    match_moved,
    media_marks,
)
from custom_components.kutim_cctv.portal import Camera
from fake_portal import FakePortal
from fake_portal.data import FakeCamera

from .conftest import demo_camera_ids
from .harness import LogWatch
from .test_config_flow import field_default, nest
from .test_init import camera_entities, setup_entry
from .webrtc import FakeWebRTCProvider


def cam(camera_id: str, name: str = "Simpang", **media: str | None) -> Camera:
    """Return a camera with these media fields."""
    return Camera(id=camera_id, raw_name=name, name=name, **media)  # type: ignore[arg-type]


# --- Which cameras are the same: media marks and one-to-one matching ---------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Tokens, logins, cache busters and times change between reads of one camera.
        (
            "https://cctv.example.go.id/hls/gate/index.m3u8?token=aaaaaaaaaaaaaaaaaaaa1",
            "https://cctv.example.go.id/hls/gate/index.m3u8?token=bbbbbbbbbbbbbbbbbbbb2",
        ),
        ("https://user:RahasiaKutim1@cam.example.id/snap.jpg", "https://cam.example.id/snap.jpg"),
        (
            "https://cam.example.id/snapshot.php?id=7&t=1764700000123",
            "https://cam.example.id/snapshot.php?_=1764700999000&id=7",
        ),
        ("https://CAM.Example.ID:443/live/7.m3u8", "https://cam.example.id/live/7.m3u8"),
        # A portal moving to TLS keeps its cameras.
        ("http://cam.example.id/live/7.m3u8", "https://cam.example.id/live/7.m3u8"),
        (
            "https://cam.example.id/live/7.m3u8?jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI3In0.c2lnbmF0dXJl",
            "https://cam.example.id/live/7.m3u8?jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4In0.b3RoZXJzaWc",
        ),
    ],
)
def test_the_same_media_reads_as_the_same_camera(first: str, second: str) -> None:
    assert media_marks(cam("1", stream_url=first)) == media_marks(cam("2", stream_url=second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://cam.example.id/live/7.m3u8", "https://cam.example.id/live/8.m3u8"),
        ("https://cam.example.id/snapshot.php?id=7", "https://cam.example.id/snapshot.php?id=8"),
        ("https://a.example.id/live/7.m3u8", "https://b.example.id/live/7.m3u8"),
        ("https://cam.example.id:8443/live/7.m3u8", "https://cam.example.id/live/7.m3u8"),
        ("https://www.youtube.com/watch?v=abc", "https://www.youtube.com/watch?v=abd"),
    ],
)
def test_other_media_reads_as_another_camera(first: str, second: str) -> None:
    assert media_marks(cam("1", stream_url=first)).isdisjoint(
        media_marks(cam("2", stream_url=second))
    )


def test_marks_are_short_hashes_that_never_hold_the_address() -> None:
    url = "https://user:RahasiaKutim1@cam.example.id/live/7.m3u8?token=ZmSecret9ZmSecret9"
    marks = media_marks(cam("1", stream_url=url, snapshot_url="https://cam.example.id/7.jpg"))
    assert len(marks) == 2
    for mark in marks:
        assert len(mark) == 16
        assert all(c in "0123456789abcdef" for c in mark)
    assert media_marks(cam("1")) == frozenset()
    # Addresses that cannot be read give no mark rather than an error.
    assert media_marks(cam("1", stream_url="https://[::1")) == frozenset()
    assert media_marks(cam("1", stream_url="/relative/only.m3u8")) == frozenset()


def _marks(**urls: str) -> dict[str, frozenset[str]]:
    return {cid: media_marks(cam(cid, stream_url=url)) for cid, url in urls.items()}


def test_a_camera_moves_only_where_exactly_one_old_and_one_new_share_media() -> None:
    gate = "https://cam.example.id/live/gate.m3u8"
    park = "https://cam.example.id/live/park.m3u8"
    still = "https://cam.example.id/no-picture-yet.jpg"
    arrived = {
        "g2": cam("g2", "Gerbang", stream_url=gate, snapshot_url=still),
        "p2": cam("p2", "Taman", stream_url=park, snapshot_url=still),
        "x2": cam("x2", "Baru", stream_url="https://cam.example.id/live/new.m3u8"),
    }
    vanished = {
        "g1": media_marks(cam("g1", stream_url=gate, snapshot_url=still)),
        "p1": media_marks(cam("p1", stream_url=park)),
    }
    # The still all new cameras share identifies none of them; the streams do.
    assert match_moved(vanished, {}, arrived, arrived) == {"g1": "g2", "p1": "p2"}
    # Two old cameras with one stream: which one moved is unknown, so none does.
    twins = _marks(a=gate, b=gate)
    assert match_moved(twins, {}, arrived, arrived) == {}
    # One old camera whose media two new cameras share: none moves either.
    both = {
        "n1": cam("n1", stream_url=gate),
        "n2": cam("n2", stream_url=gate),
    }
    assert match_moved(_marks(g1=gate), {}, both, both) == {}
    # One old camera sharing one address with each of two new cameras: ambiguous.
    split = {
        "n1": cam("n1", stream_url=gate),
        "n2": cam("n2", stream_url=park),
    }
    joined = {"g1": media_marks(cam("g1", stream_url=gate, snapshot_url=park))}
    assert match_moved(joined, {}, split, split) == {}


def test_without_memory_a_camera_moves_by_a_name_unique_on_both_sides() -> None:
    listed = {
        "n1": cam("n1", "Simpang Tiga", stream_url="https://cam.example.id/1.m3u8"),
        "n2": cam("n2", "Taman Bersemi", stream_url="https://cam.example.id/2.m3u8"),
        "n3": cam("n3", "Pasar", stream_url="https://cam.example.id/3.m3u8"),
        "n4": cam("n4", "Pasar", stream_url="https://cam.example.id/4.m3u8"),
        "k": cam("k", "Kantor", stream_url="https://cam.example.id/k.m3u8"),
    }
    arrived = {cid: listed[cid] for cid in ("n1", "n2", "n3", "n4")}
    unnamed = {"o1": "SIMPANG TIGA", "o2": "Taman Bersemi", "o3": "Pasar", "o5": "Kantor"}
    unnamed["o6"] = "Taman Bersemi"
    # o1 by its name (case aside); o2/o6 share a name, and Pasar is listed twice: no move.
    # Kantor is listed under its own id already, so it is no new camera.
    assert match_moved({}, unnamed, arrived, listed) == {"o1": "n1"}
    # A camera that moved by its media is not taken again by a name.
    marks = {"m": media_marks(listed["n1"])}
    assert match_moved(marks, {"o1": "Simpang Tiga"}, arrived, listed) == {"m": "n1"}


# --- In Home Assistant ------------------------------------------------------------------


def test_the_move_log_applies_only_moves_made_after_a_position() -> None:
    """A chain of moves is followed; moves before the form was shown are not replayed."""
    log = MoveLog([])
    log.record({"101": "201"})
    shown_at = log.position
    log.record({"201": "301", "102": "202"})
    assert log.ids_since(shown_at, ["101", "201", "102", "103"]) == ["101", "301", "202", "103"]
    # A camera now listed under an old id of another camera is not confused with it.
    assert log.ids_since(log.position, ["101", "201"]) == ["101", "201"]
    # Two ids ending on one are kept once.
    assert log.ids_since(0, ["101", "301"]) == ["301"]


def test_the_move_log_reads_as_replaying_each_move_in_turn() -> None:
    """Moves folded in one pass give what replaying them one by one over the ids gives."""
    generator = random.Random(20261203)
    for _ in range(300):
        pool = [str(n) for n in range(12)]
        log = MoveLog([])
        for _ in range(generator.randrange(6)):
            log.record({generator.choice(pool): generator.choice(pool) for _ in range(3)})
        position = generator.randrange(log.position + 1)
        ids = [*generator.sample(pool, generator.randrange(1, 8)), generator.choice(pool)]
        replayed = list(ids)
        for old_id, new_id in log.moves[position:]:
            replayed = [new_id if i == old_id else i for i in replayed]
        assert log.ids_since(position, ids) == list(dict.fromkeys(replayed))


def test_the_move_log_is_bounded() -> None:
    """The oldest moves are forgotten; positions stay valid."""
    log = MoveLog([])
    log.record({str(n): f"n{n}" for n in range(MAX_REMEMBERED + 5)})
    assert len(log.moves) == MAX_REMEMBERED
    assert log.position == MAX_REMEMBERED + 5
    assert log.ids_since(0, ["0", str(MAX_REMEMBERED + 4)]) == ["0", f"n{MAX_REMEMBERED + 4}"]


def _renumber(portal: FakePortal, old: int, new: int) -> FakeCamera:
    """List a camera under a new id, with the same stream; return the new listing."""
    index = next(i for i, c in enumerate(portal.cameras) if c.id == old)
    portal.cameras[index] = replace(portal.cameras[index], id=new)
    return portal.cameras[index]


async def _rename(hass: HomeAssistant, entity_id: str, new_entity_id: str) -> None:
    er.async_get(hass).async_update_entity(entity_id, new_entity_id=new_entity_id)
    await hass.async_block_till_done(wait_background_tasks=True)


async def _rename_and_stop(
    hass: HomeAssistant, entry: MockConfigEntry, camera_id: str, entity_id: str
) -> None:
    """Set the entry up, rename a camera's entity, and unload it as a stop would."""
    await setup_entry(hass, entry)
    await _rename(hass, camera_entities(hass, entry)[camera_id], entity_id)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_a_renumbered_camera_keeps_its_entities_renames_and_selection(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    logs: LogWatch,
    webrtc_provider: FakeWebRTCProvider,
    live_server: str,
) -> None:
    """The portal lists a camera under a new id: the same entities carry on, and play."""
    entry = mock_config_entry
    await setup_entry(hass, entry)
    ent_reg, dev_reg = er.async_get(hass), dr.async_get(hass)
    await _rename(hass, camera_entities(hass, entry)["101"], "camera.gerbang_kota")
    device = dev_reg.async_get_device(identifiers={(DOMAIN, f"{entry.entry_id}:101")})
    assert device is not None
    dev_reg.async_update_device(device.id, name_by_user="Gerbang kota", area_id="gerbang")
    sensors = {
        e.entity_id: e.unique_id
        for e in er.async_entries_for_device(ent_reg, device.id, include_disabled_entities=True)
    }
    assert len(sensors) > 1  # the camera and its sensors
    devices_before = len(dr.async_entries_for_config_entry(dev_reg, entry.entry_id))

    checked_before = len(webrtc_provider.checked)
    _renumber(fake_portal, 101, 9101)
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done(wait_background_tasks=True)

    assert entry.state is ConfigEntryState.LOADED
    assert camera_entities(hass, entry)["9101"] == "camera.gerbang_kota"
    assert "101" not in camera_entities(hass, entry)
    state = hass.states.get("camera.gerbang_kota")
    assert state is not None
    assert state.state == "idle"
    # The same device, with the user's name and area, under the new id.
    moved = dev_reg.async_get(device.id)
    assert moved is not None
    assert moved.identifiers == {(DOMAIN, f"{entry.entry_id}:9101")}
    assert moved.name_by_user == "Gerbang kota"
    assert moved.area_id == "gerbang"
    assert len(dr.async_entries_for_config_entry(dev_reg, entry.entry_id)) == devices_before
    # Every entity of the camera kept its entity id; its unique id follows the camera.
    for entity_id, unique_id in sensors.items():
        registered = ent_reg.async_get(entity_id)
        assert registered is not None
        assert registered.unique_id == unique_id.replace(":101", ":9101", 1)
        live = hass.states.get(entity_id)
        assert live is None or live.state != "unavailable" or registered.disabled
    # The selection and the known cameras name the new id where the old one was.
    ids = demo_camera_ids()
    assert entry.options[CONF_CAMERAS] == [("9101" if i == "101" else i) for i in ids]
    assert entry.options[CONF_KNOWN_CAMERAS] == [("9101" if i == "101" else i) for i in ids]
    assert entry.runtime_data.coordinator.missing_polls == {}
    # A go2rtc-like provider was asked for the moved camera's source when it was set up
    # again, and the live view plays the portal's stream of the new id.
    assert len(webrtc_provider.checked) > checked_before
    source = await camera.async_get_stream_source(hass, "camera.gerbang_kota")
    assert source is not None
    assert source in webrtc_provider.checked[checked_before:]
    assert fake_portal.url not in source
    async with async_get_clientsession(hass).get(source) as response:
        assert response.status == 200
        assert (await response.text()).startswith("#EXTM3U")
    assert fake_portal.counters.requests["start"] >= 1
    assert any("is listed under a new id" in line for line in logs.lines())
    logs.assert_no_crash()
    ours = [r for r in logs.records if r.name.startswith("custom_components.kutim_cctv")]
    assert not [r.getMessage() for r in ours if r.levelno >= logging.WARNING]


async def test_renumbered_cameras_are_found_after_a_restart(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """What the list held is remembered across restarts, as hashes, never as addresses."""
    entry = mock_config_entry
    await _rename_and_stop(hass, entry, "102", "camera.polder")
    stored = hass_storage[f"{DOMAIN}.{entry.entry_id}.cameras"]
    text = json.dumps(stored)
    assert "polder-im-1" not in text
    assert "http" not in text
    assert set(stored["data"]["cameras"]) == set(demo_camera_ids())

    # The portal renames a camera and renumbers it while Home Assistant is stopped.
    moved = _renumber(fake_portal, 102, 7)
    fake_portal.cameras[fake_portal.cameras.index(moved)] = replace(moved, name="CCTV POLDER")
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert camera_entities(hass, entry)["7"] == "camera.polder"
    state = hass.states.get("camera.polder")
    assert state is not None
    assert state.state == "idle"
    assert "7" in entry.options[CONF_CAMERAS]
    assert "102" not in entry.options[CONF_CAMERAS]
    assert hass.data[DATA_MOVES][entry.entry_id].moves == [("102", "7")]

    # Removing the entry forgets its cameras.
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert f"{DOMAIN}.{entry.entry_id}.cameras" not in hass_storage
    assert entry.entry_id not in hass.data.get(DATA_MOVES, {})


async def test_without_memory_known_cameras_move_by_their_device_names(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """An installation from before ids were followed moves a camera by its unique name."""
    entry = mock_config_entry
    await _rename_and_stop(hass, entry, "101", "camera.gerbang")
    hass_storage.pop(f"{DOMAIN}.{entry.entry_id}.cameras")
    # A new version reads other ids and other streams for two cameras; one of them now
    # shares its name with another listed camera.
    index = next(i for i, c in enumerate(fake_portal.cameras) if c.id == 101)
    fake_portal.cameras[index] = replace(
        fake_portal.cameras[index], id="gerbang", stream_key="gerbang-baru"
    )
    other = next(c for c in fake_portal.cameras if c.id == 102)
    fake_portal.cameras.append(replace(other, id=502, stream_key="polder-dua"))
    fake_portal.cameras.remove(other)
    fake_portal.cameras.append(replace(other, id=501, stream_key="polder-satu"))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    cameras = camera_entities(hass, entry)
    assert cameras["gerbang"] == "camera.gerbang"
    assert "101" not in cameras
    # Two listed cameras bear the old Polder camera's name: neither takes its place.
    assert "102" in entry.options[CONF_CAMERAS]
    state = hass.states.get(cameras["102"])
    assert state is not None
    assert state.state == "unavailable"


async def test_a_portal_reusing_a_stream_for_two_new_ids_moves_nothing(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Ambiguous media never hands a camera's entities to another camera."""
    entry = mock_config_entry
    await setup_entry(hass, entry)
    gone = next(c for c in fake_portal.cameras if c.id == 101)
    fake_portal.cameras.remove(gone)
    fake_portal.cameras += [replace(gone, id=8001), replace(gone, id=8002, name="CCTV LAIN")]
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done(wait_background_tasks=True)
    cameras = camera_entities(hass, entry)
    assert "101" in cameras
    assert entry.runtime_data.coordinator.missing_polls == {"101": 1}
    assert entry.runtime_data.coordinator.moved_cameras == 0
    assert "101" in entry.options[CONF_CAMERAS]


async def test_an_options_form_opened_before_a_move_keeps_the_moved_camera(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A form shown with the old id, saved after the move, selects the camera's new id."""
    entry = mock_config_entry
    await setup_entry(hass, entry)
    await _rename(hass, camera_entities(hass, entry)["101"], "camera.gerbang_kota")
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    shown = field_default(result, CONF_CAMERAS)
    assert "101" in shown

    _renumber(fake_portal, 101, 9101)
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done(wait_background_tasks=True)
    assert camera_entities(hass, entry)["9101"] == "camera.gerbang_kota"

    # The user saves the form as it was shown, with a slower refresh.
    user_input = {
        CONF_CAMERAS: shown,
        CONF_ADD_NEW: True,
        CONF_FRESHNESS: DEFAULT_FRESHNESS,
        CONF_SCAN_INTERVAL: 120.0,
        CONF_EXPOSE_COORDINATES: True,
        CONF_PRETTIFY: True,
    }
    result = await hass.config_entries.options.async_configure(result["flow_id"], nest(user_input))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.options[CONF_SCAN_INTERVAL] == 120
    assert "9101" in entry.options[CONF_CAMERAS]
    assert "101" not in entry.options[CONF_CAMERAS]
    assert "9101" in entry.options[CONF_KNOWN_CAMERAS]
    assert "101" not in entry.options[CONF_KNOWN_CAMERAS]
    assert camera_entities(hass, entry)["9101"] == "camera.gerbang_kota"
    state = hass.states.get("camera.gerbang_kota")
    assert state is not None
    assert state.state == "idle"
