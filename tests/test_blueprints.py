"""The automation blueprints shipped in blueprints/automation/kutim_cctv, run by HA's automation."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers.template import Template
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from homeassistant.util.yaml import load_yaml_dict
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service

from custom_components.kutim_cctv.const import (
    CONF_ACTIVITY,
    CONF_ACTIVITY_HOLD,
    CONF_CAMERAS,
    CONF_PROBE_INTERVAL,
    DOMAIN,
)
from fake_portal import FakePortal

from .conftest import kutim_entry
from .monitoring import follow_clock, stream_start_not_awaited, tick
from .test_init import setup_entry

SOURCE = Path(__file__).parents[1] / "blueprints" / "automation" / DOMAIN
CAMERA = "camera.simpang_3_jl_yos_sudarso"
ONLINE = "binary_sensor.simpang_3_jl_yos_sudarso_online"
ACTIVITY = "binary_sensor.simpang_3_jl_yos_sudarso_activity"
NAME = "Simpang 3 Jl. Yos Sudarso"
# Offline alerts need checks more often than the blueprint's delay (see docs/alerts.md).
PROBE_MINUTES = 5
PROBE = PROBE_MINUTES * 60
# What a user builds with the blueprints' action selector: the phone's notify action.
PHONE = [
    {
        "action": "notify.mobile_app_phone",
        "data": {
            "title": "{{ title }}",
            "message": "{{ message }}",
            "data": {"image": "{{ image }}", "entity_id": "{{ camera }}", "tag": "{{ tag }}"},
        },
    }
]
PHONE_NO_TAG = [
    {
        "action": "notify.mobile_app_phone",
        "data": {
            "title": "{{ title }}",
            "message": "{{ message }}",
            "data": {"image": "{{ image }}", "entity_id": "{{ camera }}"},
        },
    }
]


@pytest.fixture(autouse=True)
def blueprint_folder(hass: HomeAssistant, tmp_path: Path) -> None:
    """Install the shipped blueprints in a configuration folder of the test's own."""
    hass.config.config_dir = str(tmp_path)
    target = Path(hass.config.path("blueprints", "automation", DOMAIN))
    target.mkdir(parents=True)
    for blueprint in SOURCE.glob("*.yaml"):
        shutil.copy(blueprint, target / blueprint.name)


def mock_phone_and_snapshot(hass: HomeAssistant) -> tuple[list[ServiceCall], list[ServiceCall]]:
    """Record the calls of the phone's notify action and of camera.snapshot."""
    notify: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_phone")
    snapshot: list[ServiceCall] = async_mock_service(hass, "camera", "snapshot")
    return notify, snapshot


async def use_blueprint(hass: HomeAssistant, name: str, inputs: dict[str, Any]) -> None:
    """Create one automation from a shipped blueprint."""
    config = {"automation": {"use_blueprint": {"path": f"{DOMAIN}/{name}", "input": inputs}}}
    assert await async_setup_component(hass, "automation", config)
    await hass.async_block_till_done()
    state = hass.states.get("automation.kutai_timur_cctv_" + name.removesuffix(".yaml"))
    assert state is None or state.state == STATE_ON


def automation_states(hass: HomeAssistant) -> list[str]:
    """Return the states of every automation."""
    return [state.state for state in hass.states.async_all("automation")]


def test_blueprints_are_valid_yaml_with_inputs() -> None:
    """Both blueprints load and describe themselves."""
    names = sorted(path.name for path in SOURCE.glob("*.yaml"))
    assert names == ["camera_offline_notify.yaml", "snapshot_notify.yaml"]
    for path in SOURCE.glob("*.yaml"):
        data = load_yaml_dict(str(path))
        metadata = data["blueprint"]
        assert metadata["domain"] == "automation"
        assert metadata["source_url"].endswith(f"blueprints/automation/{DOMAIN}/{path.name}")
        assert metadata["input"]


async def probed_camera(hass: HomeAssistant, fake_portal: FakePortal) -> MockConfigEntry:
    """Set up camera 101 with the blueprints' probe interval."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"], CONF_PROBE_INTERVAL: PROBE_MINUTES})
    await setup_entry(hass, entry)
    return entry


async def probed_camera_on_clock(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Set up camera 101 on the test clock, probed once."""
    entry = await probed_camera(hass, fake_portal)
    follow_clock(entry)
    await tick(hass, freezer)
    return entry


async def test_camera_offline_notify(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> None:
    """Ten minutes offline sends the last picture; coming back sends a second message.

    The offline camera is unavailable, and Home Assistant's camera.snapshot skips
    unavailable cameras: the picture is attached from the camera instead of a file.
    """
    await probed_camera_on_clock(hass, fake_portal, freezer)
    assert hass.states.get(ONLINE).state == STATE_ON
    notify, snapshot = mock_phone_and_snapshot(hass)
    await use_blueprint(
        hass,
        "camera_offline_notify.yaml",
        {
            "online_sensor": ONLINE,
            "minutes": 10,
            "notify": PHONE,
            "snapshot_path": "/media/kutim_cctv/",
        },
    )
    assert automation_states(hass) == [STATE_ON]

    fake_portal.cameras[0].online = False
    with stream_start_not_awaited():
        await tick(hass, freezer, PROBE)
        assert hass.states.get(ONLINE).state == STATE_OFF
        await tick(hass, freezer, 10 * 60 - 1)
        assert notify == []
        await tick(hass, freezer, 1)
    assert hass.states.get(CAMERA).state == STATE_UNAVAILABLE
    assert snapshot == []
    assert len(notify) == 1
    assert notify[0].data["title"] == f"{NAME} is offline"
    assert notify[0].data["message"] == f"{NAME} has been offline for 10 minutes."
    assert notify[0].data["data"]["image"] == f"/api/camera_proxy/{CAMERA}"
    assert notify[0].data["data"]["entity_id"] == CAMERA
    assert notify[0].data["data"]["tag"] == f"kutim_cctv_{ONLINE}"

    fake_portal.cameras[0].online = True
    await tick(hass, freezer, PROBE)
    assert hass.states.get(ONLINE).state == STATE_ON
    assert len(notify) == 2
    assert notify[1].data["title"] == f"{NAME} is back online"
    assert notify[1].data["message"] == f"{NAME} is online again."
    assert snapshot == []


async def test_camera_offline_notify_saves_only_an_available_camera(
    hass: HomeAssistant,
) -> None:
    """A picture is saved to the folder only when Home Assistant can save it."""
    variables = _blueprint("camera_offline_notify.yaml")["variables"]
    values = {"folder": "/media/kutim_cctv", "camera": "camera.simpang"}
    for state, saved in (("idle", True), (STATE_UNAVAILABLE, False), ("unknown", False)):
        hass.states.async_set("camera.simpang", state)
        file = Template(variables["file"], hass).async_render(values, parse_result=False)
        assert file.startswith("/media/kutim_cctv/simpang_offline_") is saved, state
        image = Template(variables["image"], hass).async_render(
            {**values, "file": file}, parse_result=False
        )
        expected = "/media/local/kutim_cctv/" if saved else "/api/camera_proxy/camera.simpang"
        assert image.startswith(expected), state


async def test_camera_offline_short_outage_is_quiet(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> None:
    """An outage shorter than the delay sends nothing; without a folder the picture is live."""
    await probed_camera_on_clock(hass, fake_portal, freezer)
    # By default the message is a notification in Home Assistant itself.
    notify: list[ServiceCall] = async_mock_service(hass, "persistent_notification", "create")
    snapshot: list[ServiceCall] = async_mock_service(hass, "camera", "snapshot")
    await use_blueprint(hass, "camera_offline_notify.yaml", {"online_sensor": ONLINE})
    fake_portal.cameras[0].online = False
    with stream_start_not_awaited():
        await tick(hass, freezer, PROBE)
    fake_portal.cameras[0].online = True
    await tick(hass, freezer, PROBE)
    assert hass.states.get(ONLINE).state == STATE_ON
    assert notify == []
    # A long outage: the default delay is ten minutes and the picture comes from the camera.
    fake_portal.cameras[0].online = False
    with stream_start_not_awaited():
        for _ in range(3):
            await tick(hass, freezer, PROBE)
    assert len(notify) == 1
    assert notify[0].data == {
        "title": f"{NAME} is offline",
        "message": f"{NAME} has been offline for 10 minutes.",
        "notification_id": f"kutim_cctv_{ONLINE}",
    }
    assert snapshot == []


# The time trigger waits for the next day when the test ends.
@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_snapshot_on_schedule(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> None:
    """At the set time a fresh picture is taken, saved to /media and sent."""
    # Start at a fixed second: a refresh asked for within a second of a picture taken is
    # answered with that picture, so the set time must not fall within a second of the
    # last tick (it did when the test started in a minute's last second).
    freezer.move_to((dt_util.now() + timedelta(minutes=1)).replace(second=10, microsecond=0))
    entry = await probed_camera(hass, fake_portal)
    follow_clock(entry)
    notify, snapshot = mock_phone_and_snapshot(hass)
    at = (dt_util.now() + timedelta(minutes=2)).replace(second=0, microsecond=0)
    await use_blueprint(
        hass,
        "snapshot_notify.yaml",
        {
            "camera": CAMERA,
            "at_time": at.strftime("%H:%M:%S"),
            "notify": PHONE_NO_TAG,
        },
    )
    await tick(hass, freezer, 60)
    assert notify == []
    grabs = fake_portal.counters.requests["segment"]
    freezer.move_to(at)
    await tick(hass, freezer, 0)
    # The picture was refreshed first: one grab for the automation.
    assert fake_portal.counters.requests["segment"] == grabs + 1
    assert len(snapshot) == 1
    filename = snapshot[0].data["filename"]
    assert filename == f"/media/kutim_cctv/simpang_3_jl_yos_sudarso_{at:%Y%m%d_%H%M%S}.jpg"
    assert len(notify) == 1
    assert notify[0].data["title"] == NAME
    assert notify[0].data["message"] == f"{NAME}, {at:%H:%M}"
    assert notify[0].data["data"]["image"] == f"/media/local/kutim_cctv/{Path(filename).name}"


@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_snapshot_schedule_off(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> None:
    """With the schedule off and no activity sensor, nothing happens at the time."""
    await probed_camera(hass, fake_portal)
    snapshot: list[ServiceCall] = async_mock_service(hass, "camera", "snapshot")
    at = (dt_util.now() + timedelta(minutes=2)).replace(second=0, microsecond=0)
    await use_blueprint(
        hass,
        "snapshot_notify.yaml",
        {"camera": CAMERA, "at_time": at.strftime("%H:%M:%S"), "use_schedule": False},
    )
    freezer.move_to(at)
    await tick(hass, freezer, 0)
    assert snapshot == []
    assert automation_states(hass) == [STATE_ON]


@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_snapshot_on_activity(
    hass: HomeAssistant, clocked_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> None:
    """Activity sends the picture at once, then stays quiet for the cool-down."""
    entry = kutim_entry(
        clocked_portal, **{CONF_CAMERAS: ["101"], CONF_ACTIVITY: True, CONF_ACTIVITY_HOLD: 0}
    )
    await setup_entry(hass, entry)
    follow_clock(entry)
    notify, snapshot = mock_phone_and_snapshot(hass)
    await use_blueprint(
        hass,
        "snapshot_notify.yaml",
        {
            "camera": CAMERA,
            "use_schedule": False,
            "activity_sensor": [ACTIVITY],
            "notify": PHONE_NO_TAG,
            "snapshot_path": "",
            "cooldown": 5,
        },
    )
    await tick(hass, freezer)
    await tick(hass, freezer)
    assert hass.states.get(ACTIVITY).state == STATE_ON
    assert snapshot == []
    assert len(notify) == 1
    assert notify[0].data["message"].startswith(f"Activity at {NAME}")
    assert notify[0].data["data"]["image"] == f"/api/camera_proxy/{CAMERA}"
    # Activity ends and starts again within the quiet time: no second message. (The
    # portal's stream has gone idle by then; the refresh fails and the picture is sent.)
    with stream_start_not_awaited():
        for seconds, messages in ((60, 1), (4 * 60, 2)):
            freezer.tick(timedelta(seconds=seconds))
            hass.states.async_set(ACTIVITY, STATE_OFF)
            hass.states.async_set(ACTIVITY, STATE_ON)
            await hass.async_block_till_done(wait_background_tasks=True)
            assert len(notify) == messages


def _blueprint(name: str) -> dict[str, Any]:
    """Return a shipped blueprint, with its !input tags kept as they are."""
    return load_yaml_dict(str(SOURCE / name))


@pytest.mark.parametrize(
    ("minutes", "language", "expected"),
    [
        (1, "en", "1 minute"),
        (2, "en", "2 minutes"),
        (60, "en", "1 hour"),
        (61, "en", "1 hour 1 minute"),
        (150, "en", "2 hours 30 minutes"),
        (1440, "en", "24 hours"),
        (1, "id", "1 menit"),
        (90, "id", "1 jam 30 menit"),
        (120, "id", "2 jam"),
    ],
)
async def test_offline_duration_reads_naturally(
    hass: HomeAssistant, minutes: int, language: str, expected: str
) -> None:
    """The offline message names its delay naturally for any count, in both languages."""
    template = _blueprint("camera_offline_notify.yaml")["variables"]["duration"]
    rendered = Template(template, hass).async_render(
        {"minutes": minutes, "language": language}, parse_result=False
    )
    assert rendered == expected


def test_blueprint_inputs_are_bilingual_and_use_selectors() -> None:
    """Every input says what it is in Indonesian too; notifications use the action selector."""
    for path in SOURCE.glob("*.yaml"):
        metadata = _blueprint(path.name)["blueprint"]
        assert "Indonesia" in metadata["description"], path.name
        for key, spec in metadata["input"].items():
            assert " / " in spec["name"], (path.name, key)
            assert "*Indonesia:*" in spec["description"], (path.name, key)
        notify = metadata["input"]["notify"]
        assert notify["selector"] == {"action": {}}, path.name
        assert "notify_action" not in metadata["input"], path.name


async def test_camera_offline_notify_in_indonesian(
    hass: HomeAssistant, fake_portal: FakePortal, freezer: FrozenDateTimeFactory
) -> None:
    """With Indonesian messages a one-minute outage reads "1 menit", not "1 minutes"."""
    await probed_camera_on_clock(hass, fake_portal, freezer)
    notify: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_phone")
    await use_blueprint(
        hass,
        "camera_offline_notify.yaml",
        {"online_sensor": ONLINE, "minutes": 1, "language": "id", "notify": PHONE},
    )
    fake_portal.cameras[0].online = False
    with stream_start_not_awaited():
        await tick(hass, freezer, PROBE)
        await tick(hass, freezer, 60)
    assert len(notify) == 1
    assert notify[0].data["title"] == f"{NAME} luring"
    assert notify[0].data["message"] == f"{NAME} sudah luring selama 1 menit."
    fake_portal.cameras[0].online = True
    await tick(hass, freezer, PROBE)
    assert notify[1].data["title"] == f"{NAME} kembali daring"
    assert notify[1].data["message"] == f"{NAME} sudah daring lagi."
    # Coming back sends no picture of the outage.
    assert notify[1].data["data"]["image"] == ""
