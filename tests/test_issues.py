"""Repair issues: raised where the user can act, cleared when the cause goes away."""

from __future__ import annotations

import json
from pathlib import Path
import shlex
import string
import weakref

from homeassistant.components.repairs import ConfirmRepairFlow
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv import issues
from custom_components.kutim_cctv.const import CONF_CAMERAS, DOMAIN, STALE_POLLS
from custom_components.kutim_cctv.issues import (
    DATA_HEALTH,
    FORMAT_POLLS,
    ISSUE_CAMERAS_GONE,
    UNREACHABLE_AFTER,
    Failure,
    issue_id,
    portal_health,
)
from custom_components.kutim_cctv.portal.__main__ import build_parser
from custom_components.kutim_cctv.repairs import GoneCamerasRepairFlow, async_create_fix_flow

from .harness import Harness, LogWatch
from .test_init import camera_entities
from .test_reliability import Loaded, load

COMPONENT = Path(__file__).parent.parent / "custom_components" / "kutim_cctv"
ISSUE_KEYS = [Failure.UNREACHABLE, Failure.FORMAT, Failure.TLS, ISSUE_CAMERAS_GONE]


@pytest.fixture
async def loaded(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> Loaded:
    """Return a loaded Kutim entry on the harness."""
    return await load(hass, harness, logs)


def get_issue(hass: HomeAssistant, key: str, loaded: Loaded) -> ir.IssueEntry | None:
    """Return one of the entry's issues."""
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id(key, loaded.entry))


async def set_up_while_down(
    hass: HomeAssistant, harness: Harness, *entries: MockConfigEntry
) -> None:
    """Set the entries up while the portal answers 503 to everything: each keeps retrying."""
    assert harness.portal is not None
    harness.portal.faults.status = 503
    for entry in entries:
        entry.add_to_hass(hass)
        await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    for entry in entries:
        assert entry.state is ConfigEntryState.SETUP_RETRY


async def test_unreachable_after_an_hour(hass: HomeAssistant, loaded: Loaded) -> None:
    """An hour of failed polls raises the issue; the next good poll clears it."""
    now = [5000.0]
    loaded.coordinator.clock = lambda: now[0]
    loaded.portal.faults.status = 502
    await loaded.poll()
    now[0] += UNREACHABLE_AFTER - 1
    await loaded.poll()
    assert get_issue(hass, Failure.UNREACHABLE, loaded) is None
    now[0] += 1
    await loaded.poll()
    issue = get_issue(hass, Failure.UNREACHABLE, loaded)
    assert issue is not None
    assert not issue.is_fixable
    assert issue.severity is ir.IssueSeverity.WARNING
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["portal"] == loaded.entry.title
    # The error's class chooses the text; its English message is no placeholder.
    assert issue.translation_key == "portal_unreachable_http_error"
    assert issue.translation_placeholders["status"] == "502"
    assert "error" not in issue.translation_placeholders
    loaded.harness.clear_faults()
    await loaded.poll()
    assert get_issue(hass, Failure.UNREACHABLE, loaded) is None
    loaded.assert_intact()


async def test_unreachable_adds_up_across_setup_retries(
    hass: HomeAssistant, harness: Harness
) -> None:
    """A portal down since Home Assistant started is reported, though setup keeps retrying."""
    await harness.start()
    entry = harness.entry()
    await set_up_while_down(hass, harness, entry)
    health = portal_health(hass, entry)
    assert health.failing_since is not None
    health.failing_since -= UNREACHABLE_AFTER  # as if the retries had gone on for an hour
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    key = issue_id(Failure.UNREACHABLE, entry)
    assert ir.async_get(hass).async_get_issue(DOMAIN, key) is not None
    harness.clear_faults()
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.state is ConfigEntryState.LOADED
    assert ir.async_get(hass).async_get_issue(DOMAIN, key) is None


async def test_outage_bookkeeping_is_kept_per_entry_until_removed(
    hass: HomeAssistant, harness: Harness
) -> None:
    """Each entry counts its own outage, in Home Assistant's data, not in the module."""
    await harness.start()
    first = harness.entry()
    second = harness.entry(profile="json", path="/f2/cameras.json")
    await set_up_while_down(hass, harness, first, second)
    one, two = portal_health(hass, first), portal_health(hass, second)
    assert one is not two
    assert one.failing_since is not None
    assert two.failing_since is not None
    assert hass.data[DATA_HEALTH] == {first.entry_id: one, second.entry_id: two}
    stores = (dict, weakref.WeakKeyDictionary, weakref.WeakValueDictionary)
    assert not [
        name
        for name, value in vars(issues).items()
        if not name.startswith("__") and isinstance(value, stores)
    ]
    await hass.config_entries.async_remove(first.entry_id)
    await hass.async_block_till_done()
    assert set(hass.data[DATA_HEALTH]) == {second.entry_id}


async def test_format_changed_offers_the_probe_command(hass: HomeAssistant, loaded: Loaded) -> None:
    """Several unreadable answers raise the issue with a probe command that parses."""
    loaded.portal.faults.garbage = True
    await loaded.poll(FORMAT_POLLS - 1)
    assert get_issue(hass, Failure.FORMAT, loaded) is None
    await loaded.poll()
    issue = get_issue(hass, Failure.FORMAT, loaded)
    assert issue is not None
    assert issue.severity is ir.IssueSeverity.ERROR
    assert issue.translation_placeholders is not None
    command = shlex.split(issue.translation_placeholders["command"])
    assert command[:3] == ["python", "-m", "custom_components.kutim_cctv.portal"]
    args = build_parser().parse_args(command[3:])
    assert args.command == "list"
    assert args.profile == "kutim"
    assert args.api.rstrip("/") == loaded.harness.url
    # Another failure in between starts the count again.
    loaded.harness.clear_faults()
    await loaded.poll()
    assert get_issue(hass, Failure.FORMAT, loaded) is None
    loaded.portal.faults.garbage = True
    await loaded.poll(FORMAT_POLLS - 1)
    loaded.portal.faults.garbage = False
    loaded.portal.faults.status = 500
    await loaded.poll()
    loaded.portal.faults.status = None
    loaded.portal.faults.garbage = True
    await loaded.poll(FORMAT_POLLS - 1)
    assert get_issue(hass, Failure.FORMAT, loaded) is None


async def test_tls_issue_leads_to_reconfigure_without_switching_off_checks(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    """The TLS issue explains the option; nothing turns verification off by itself."""
    await harness.start(tls=True)
    entry = harness.entry()
    harness.use_certificate(trusted=False)
    entry.add_to_hass(hass)
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.state is ConfigEntryState.SETUP_RETRY
    key = issue_id(Failure.TLS, entry)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, key)
    assert issue is not None
    assert not issue.is_fixable
    assert issue.translation_placeholders == {
        "portal": entry.title,
        "host": "cctv-portal.kutim.example",
    }
    assert entry.data["verify_ssl"] is True
    english = json.loads((COMPONENT / "translations" / "en.json").read_text())
    assert "Reconfigure" in english["issues"]["tls_error"]["description"]
    # Removing the entry withdraws the issue, though the entry never loaded.
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, key) is None


async def test_cameras_gone_fix_flow_forgets_them(hass: HomeAssistant, loaded: Loaded) -> None:
    """The fix flow takes only cameras that are still gone out of the selection."""
    entry = loaded.entry
    cameras = loaded.portal.cameras
    for camera_id in ("106", "107"):
        cameras.remove(next(c for c in cameras if str(c.id) == camera_id))
    await loaded.poll(STALE_POLLS)
    issue = get_issue(hass, ISSUE_CAMERAS_GONE, loaded)
    assert issue is not None
    assert issue.is_fixable
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["count"] == "2"
    flow = await async_create_fix_flow(hass, issue.issue_id, issue.data)
    assert isinstance(flow, GoneCamerasRepairFlow)
    flow.hass = hass
    flow.issue_id = issue.issue_id
    form = await flow.async_step_init()
    assert form["step_id"] == "confirm"
    assert form["description_placeholders"] is not None
    assert form["description_placeholders"]["count"] == "2"
    result = await flow.async_step_confirm({})
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert "106" not in entry.options[CONF_CAMERAS]
    assert "107" not in entry.options[CONF_CAMERAS]
    assert "101" in entry.options[CONF_CAMERAS]
    assert get_issue(hass, ISSUE_CAMERAS_GONE, loaded) is None


async def test_fix_flow_of_an_entry_that_is_not_loaded(hass: HomeAssistant, loaded: Loaded) -> None:
    await hass.config_entries.async_unload(loaded.entry.entry_id)
    flow = await async_create_fix_flow(
        hass, issue_id(ISSUE_CAMERAS_GONE, loaded.entry), {"entry_id": loaded.entry.entry_id}
    )
    assert isinstance(flow, ConfirmRepairFlow)


async def test_unload_and_remove_withdraw_issues(hass: HomeAssistant, loaded: Loaded) -> None:
    """Issues of an unloaded or removed entry do not linger."""
    now = [0.0]
    loaded.coordinator.clock = lambda: now[0]
    cameras = loaded.portal.cameras
    cameras.remove(next(c for c in cameras if str(c.id) == "107"))
    await loaded.poll(STALE_POLLS)
    loaded.portal.faults.status = 500
    await loaded.poll()
    now[0] += UNREACHABLE_AFTER
    await loaded.poll()
    assert get_issue(hass, Failure.UNREACHABLE, loaded) is not None
    assert get_issue(hass, ISSUE_CAMERAS_GONE, loaded) is not None
    await hass.config_entries.async_unload(loaded.entry.entry_id)
    await hass.async_block_till_done()
    for key in ISSUE_KEYS:
        assert get_issue(hass, key, loaded) is None
    # Loaded again while the portal still fails: the outage is counted from scratch.
    await hass.config_entries.async_setup(loaded.entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert get_issue(hass, Failure.UNREACHABLE, loaded) is None
    await hass.config_entries.async_remove(loaded.entry.entry_id)
    await hass.async_block_till_done()
    for key in ISSUE_KEYS:
        assert get_issue(hass, key, loaded) is None


async def test_camera_back_in_time_keeps_its_entity(hass: HomeAssistant, loaded: Loaded) -> None:
    """A camera missing for fewer polls than the limit raises no issue and keeps its entity."""
    cameras = loaded.portal.cameras
    gone = next(c for c in cameras if str(c.id) == "107")
    cameras.remove(gone)
    await loaded.poll(STALE_POLLS - 1)
    assert get_issue(hass, ISSUE_CAMERAS_GONE, loaded) is None
    cameras.append(gone)
    await loaded.poll()
    assert "107" in camera_entities(hass, loaded.entry)
    loaded.assert_intact()


def _placeholders(text: str) -> set[str]:
    """Return the placeholder names of a translation string."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", [str(key) for key in ISSUE_KEYS])
def test_issue_texts(key: str) -> None:
    """Every issue has an English and an Indonesian text with the same placeholders."""
    texts = {
        name: json.loads((COMPONENT / path).read_text(encoding="utf-8"))["issues"][key]
        for name, path in (
            ("strings", "strings.json"),
            ("en", "translations/en.json"),
            ("id", "translations/id.json"),
        )
    }
    assert texts["strings"] == texts["en"]
    # A fixable issue explains itself in its fix flow, the others in a description.
    fields: list[tuple[str, ...]] = [("title",)]
    if "fix_flow" in texts["en"]:
        assert "description" not in texts["en"]
        fields += [("fix_flow", "step", "confirm", "title")]
        fields += [("fix_flow", "step", "confirm", "description")]
    else:
        fields.append(("description",))
    for path in fields:
        english, indonesian = texts["en"], texts["id"]
        for part in path:
            english, indonesian = english[part], indonesian[part]
        assert _placeholders(english) == _placeholders(indonesian)
        assert indonesian != english
    assert "portal" in _placeholders(texts["en"]["title"])
