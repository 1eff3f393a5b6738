"""Binary sensors: each camera's connectivity and the activity in its picture."""

from __future__ import annotations

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import camera
from homeassistant.const import (
    STATE_OFF,
    STATE_ON,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
    EntityCategory,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import (
    CONF_ACTIVITY,
    CONF_ACTIVITY_HOLD,
    CONF_CAMERAS,
    DEFAULT_PROBE_INTERVAL,
    DOMAIN,
    STALE_FACTOR,
)
from custom_components.kutim_cctv.diagnostics import (
    async_get_config_entry_diagnostics,
    async_get_device_diagnostics,
)
from fake_portal import PATTERN_MOVING, PATTERN_STILL, FakePortal

from .conftest import kutim_entry, status_entry
from .monitoring import (
    entities,
    follow_clock,
    follow_portal_clock,
    run_tick,
    states,
    stream_start_not_awaited,
    tick,
)
from .test_init import setup_entry

ALL = ["101", "102", "103", "104", "105", "106", "107"]
WORKING = ["101", "102", "103", "105", "106", "107"]
MOVING = ["101", "103", "106", "107"]
STILL = ["102", "105"]
HORIZON = timedelta(minutes=DEFAULT_PROBE_INTERVAL * 2)


async def test_online_is_unknown_until_probed_then_follows_the_probes(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Nothing is known before a check; probes are spread over the ticks; 104 is offline."""
    await setup_entry(hass, mock_config_entry)
    online = entities(hass, mock_config_entry, "online")
    assert sorted(online) == ALL
    assert online["101"] == "binary_sensor.simpang_3_jl_yos_sudarso_online"
    assert set(states(hass, online).values()) == {STATE_UNKNOWN}
    state = hass.states.get(online["101"])
    assert state.attributes["device_class"] == "connectivity"
    registered = er.async_get(hass).async_get(online["101"])
    assert registered.entity_category is EntityCategory.DIAGNOSTIC
    assert registered.translation_key == "online"
    assert fake_portal.counters.requests["segment"] == 0

    with stream_start_not_awaited():
        await run_tick(hass, mock_config_entry)
        # At most four probes per tick: the first four cameras.
        assert states(hass, online) == {
            "101": STATE_ON,
            "102": STATE_ON,
            "103": STATE_ON,
            "104": STATE_OFF,
            "105": STATE_UNKNOWN,
            "106": STATE_UNKNOWN,
            "107": STATE_UNKNOWN,
        }
        await run_tick(hass, mock_config_entry)
    assert states(hass, online) == {cid: STATE_OFF if cid == "104" else STATE_ON for cid in ALL}
    # One picture per camera, and none again before the probe interval has passed.
    assert fake_portal.counters.requests["segment"] == len(WORKING)
    await run_tick(hass, mock_config_entry)
    assert fake_portal.counters.requests["segment"] == len(WORKING)


async def test_offline_when_the_portal_says_so(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A portal that publishes a status is believed at once, and offline cameras are not probed."""
    entry = status_entry(fake_portal)
    await setup_entry(hass, entry)
    online = entities(hass, entry, "online")
    assert hass.states.get(online["104"]).state == STATE_OFF
    assert hass.states.get(online["101"]).state == STATE_UNKNOWN
    # The other entities of the camera are unavailable while the portal calls it offline.
    camera_entity = hass.states.get("camera.bukit_pelangi_parkir")
    assert camera_entity.state == STATE_UNAVAILABLE
    await run_tick(hass, entry)
    await run_tick(hass, entry)
    assert states(hass, online) == {cid: STATE_OFF if cid == "104" else STATE_ON for cid in ALL}
    assert fake_portal.counters.requests["/snapshot/bp-parkir.jpg"] == 0
    assert fake_portal.counters.requests["snapshot"] == len(WORKING)


async def online_camera_101(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> tuple[MockConfigEntry, str]:
    """Set up camera 101 on the test clock; return its entry and online sensor, seen online."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"]})
    await setup_entry(hass, entry)
    follow_clock(entry)
    online = entities(hass, entry, "online")["101"]
    await tick(hass, freezer)
    assert hass.states.get(online).state == STATE_ON
    return entry, online


async def test_online_becomes_unknown_without_recent_evidence(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Beyond the horizon an old check says nothing; the next probe tells again."""
    entry, online = await online_camera_101(hass, fake_portal, freezer)
    # Time passes without a tick: the coordinator's next update finds the check too old.
    freezer.tick(HORIZON + timedelta(seconds=1))
    entry.runtime_data.coordinator.async_update_listeners()
    assert hass.states.get(online).state == STATE_UNKNOWN
    await tick(hass, freezer, 0)
    assert hass.states.get(online).state == STATE_ON
    assert fake_portal.counters.requests["segment"] == 2


async def test_failed_probe_is_offline_until_a_probe_succeeds(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A camera whose stream stops is offline at the next probe and online again after."""
    _, online = await online_camera_101(hass, fake_portal, freezer)
    fake_portal.cameras[0].online = False  # its HLS now answers 404
    with stream_start_not_awaited():
        # Not yet due: a probe per interval, not per tick.
        await tick(hass, freezer)
        assert hass.states.get(online).state == STATE_ON
        await tick(hass, freezer, DEFAULT_PROBE_INTERVAL * 60)
        assert hass.states.get(online).state == STATE_OFF
        # Still offline while the failure is the latest news, even past the horizon.
        await tick(hass, freezer, DEFAULT_PROBE_INTERVAL * 60)
        assert hass.states.get(online).state == STATE_OFF
    fake_portal.cameras[0].online = True
    await tick(hass, freezer, DEFAULT_PROBE_INTERVAL * 60)
    assert hass.states.get(online).state == STATE_ON


async def test_pictures_for_viewers_count_as_probes(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A camera somebody looks at is known to be online without any probe of its own."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"]})
    await setup_entry(hass, entry)
    online = entities(hass, entry, "online")["101"]
    await camera.async_get_image(hass, "camera.simpang_3_jl_yos_sudarso")
    await hass.async_block_till_done()
    assert hass.states.get(online).state == STATE_ON
    await run_tick(hass, entry)
    assert fake_portal.counters.requests["segment"] == 1


async def test_disabled_sensor_costs_nothing(hass: HomeAssistant, fake_portal: FakePortal) -> None:
    """A camera whose online sensor is disabled is never probed."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101", "103"]})
    entry.add_to_hass(hass)
    er.async_get(hass).async_get_or_create(
        "binary_sensor",
        DOMAIN,
        f"{entry.entry_id}:101:online",
        config_entry=entry,
        disabled_by=er.RegistryEntryDisabler.USER,
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    await run_tick(hass, entry)
    assert fake_portal.counters.requests["/hls/simpang-yossudarso-1/index.m3u8"] == 0
    assert fake_portal.counters.requests["segment"] == 1
    assert hass.states.get(entities(hass, entry, "online")["103"]).state == STATE_ON


async def test_activity_is_off_by_default(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Without the option there is no activity entity and no picture is taken for it."""
    await setup_entry(hass, mock_config_entry)
    assert entities(hass, mock_config_entry, "activity") == {}
    assert entities(hass, mock_config_entry, "scene_change") == {}
    assert mock_config_entry.runtime_data.monitor.activity_settings is None


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_activity_moving_versus_still(
    hass: HomeAssistant,
    clocked_portal: FakePortal,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Moving pictures are activity, a still one is none, and a frozen one is unknown."""
    entry = kutim_entry(clocked_portal, **{CONF_ACTIVITY: True, CONF_ACTIVITY_HOLD: 0})
    with stream_start_not_awaited():
        await setup_entry(hass, entry)
        follow_portal_clock(entry)
        activity = entities(hass, entry, "activity")
        score = entities(hass, entry, "scene_change")
        assert sorted(activity) == sorted(score) == ALL
        assert activity["101"] == "binary_sensor.simpang_3_jl_yos_sudarso_activity"
        assert er.async_get(hass).async_get(activity["101"]).entity_category is None
        assert set(states(hass, activity).values()) == {STATE_UNKNOWN}

        # The first picture has nothing to compare with.
        await tick(hass, freezer)
        assert set(states(hass, activity).values()) == {STATE_UNKNOWN}
        assert set(states(hass, score).values()) == {STATE_UNAVAILABLE}

        # Two ticks of still pictures are "no activity"; the third identical one is a freeze.
        for _ in range(2):
            await tick(hass, freezer)
            assert states(hass, activity) == {
                **dict.fromkeys(MOVING, STATE_ON),
                **dict.fromkeys(STILL, STATE_OFF),
                "104": STATE_UNKNOWN,
            }
            for camera_id in MOVING:
                assert float(hass.states.get(score[camera_id]).state) >= 2.0
            for camera_id in STILL:
                assert float(hass.states.get(score[camera_id]).state) == 0.0
        await tick(hass, freezer)
    assert states(hass, activity) == {
        **dict.fromkeys(MOVING, STATE_ON),
        **dict.fromkeys(STILL, STATE_UNKNOWN),
        "104": STATE_UNKNOWN,
    }
    assert states(hass, score)["102"] == STATE_UNAVAILABLE
    # One picture per camera and freshness window, the offline camera's attempts aside.
    assert clocked_portal.counters.requests["segment"] == 4 * len(WORKING)
    entry_diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    assert entry_diagnostics["monitor"] == {
        "probe_interval_seconds": DEFAULT_PROBE_INTERVAL * 60,
        "horizon_seconds": DEFAULT_PROBE_INTERVAL * 120,
        "activity": {"threshold": 0.01, "hold": 0.0, "frozen_frames": 3},
    }
    device = dr.async_get(hass).async_get_device(identifiers={(DOMAIN, f"{entry.entry_id}:102")})
    assert device is not None
    diagnostics = (await async_get_device_diagnostics(hass, entry, device))["monitor"]
    assert diagnostics["activity"] == {"active": None, "score": 0.0, "frozen": True}
    assert diagnostics["interests"] == ["activity", "health", "passive"]
    assert diagnostics["last_picture"] is not None
    assert diagnostics["last_failure"] is None


async def test_activity_ends_and_goes_stale(
    hass: HomeAssistant,
    clocked_portal: FakePortal,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Activity ends when the picture stops moving, and is unknown when pictures stop."""
    entry = kutim_entry(
        clocked_portal, **{CONF_CAMERAS: ["101"], CONF_ACTIVITY: True, CONF_ACTIVITY_HOLD: 0}
    )
    await setup_entry(hass, entry)
    follow_portal_clock(entry)
    activity = entities(hass, entry, "activity")["101"]
    online = entities(hass, entry, "online")["101"]
    await tick(hass, freezer)
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_ON
    # The scene calms down: the first calm picture still differs from the last busy one.
    clocked_portal.cameras[0].pattern = PATTERN_STILL
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_ON
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_OFF
    clocked_portal.cameras[0].pattern = PATTERN_MOVING
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_ON
    # No more pictures: stale after the horizon, never "off".
    clocked_portal.faults.segment_404 = True
    for _ in range(STALE_FACTOR):
        await tick(hass, freezer)
        assert hass.states.get(activity).state == STATE_ON
    assert hass.states.get(online).state == STATE_OFF
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_UNKNOWN
    # Pictures again: the first one after the gap is not compared with the old one.
    clocked_portal.faults.segment_404 = False
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_UNKNOWN
    assert hass.states.get(online).state == STATE_ON
    await tick(hass, freezer)
    assert hass.states.get(activity).state == STATE_ON


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_unknown_is_not_unavailable(hass: HomeAssistant, fake_portal: FakePortal) -> None:
    """An unknown value is `unknown`; only a failed list or an unlisted camera is unavailable."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101", "103"], CONF_ACTIVITY: True})
    await setup_entry(hass, entry)
    binary = {key: entities(hass, entry, key) for key in ("online", "activity")}
    # Listed, list readable, nothing known yet: unknown for every binary sensor.
    for by_camera in binary.values():
        assert states(hass, by_camera) == {"101": STATE_UNKNOWN, "103": STATE_UNKNOWN}
    # The portal drops camera 101 from its list: its sensors are unavailable, 103's not.
    fake_portal.cameras = [c for c in fake_portal.cameras if str(c.id) != "101"]
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done()
    for by_camera in binary.values():
        assert states(hass, by_camera) == {"101": STATE_UNAVAILABLE, "103": STATE_UNKNOWN}
    # The list cannot be read: every binary sensor is unavailable.
    fake_portal.faults.status = 500
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done()
    for by_camera in binary.values():
        assert set(states(hass, by_camera).values()) == {STATE_UNAVAILABLE}
    # The list is readable again and lists 103: back to unknown, not to a stale verdict.
    fake_portal.faults.status = None
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done()
    for by_camera in binary.values():
        assert states(hass, by_camera)["103"] == STATE_UNKNOWN
