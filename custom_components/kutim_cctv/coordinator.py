"""The coordinator that polls a portal's camera list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
import math
import time
from typing import TYPE_CHECKING, Final

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util

from .compat import OPTIONS_NEED_LISTENER
from .const import (
    CONF_ADD_NEW,
    CONF_CAMERAS,
    CONF_KNOWN_CAMERAS,
    CONF_SCAN_INTERVAL,
    DEFAULT_ADD_NEW,
    DEFAULT_SCAN_INTERVAL,
    DOMAIN,
    ISSUE_NEW_CAMERAS,
    LOGGER,
    MAX_NEW_CAMERAS_PER_POLL,
    STALE_POLLS,
)
from .continuity import (
    CameraMemory,
    async_move_camera,
    async_move_options,
    known_camera_ids,
    match_moved,
)
from .identity import device_camera_id, device_identifier
from .issues import (
    Failure,
    async_poll_failed,
    async_poll_succeeded,
    async_set_issue,
    async_update_cameras_gone,
    async_update_too_many_cameras,
    failure_of,
    portal_health,
)
from .portal import (
    MAX_CAMERAS,
    Camera,
    NotModified,
    PortalClient,
    PortalError,
    PortalFormat,
    PortalHTTPError,
    redact_text,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .data import KutimConfigEntry

__all__ = ["KutimCoordinator", "PortalData", "device_identifier", "selected_camera_ids"]

MAX_RETRY_AFTER: Final = 3600.0
"""The longest Retry-After the coordinator honours, in seconds."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PortalData:
    """The camera list as last read from the portal."""

    cameras: Mapping[str, Camera]
    format: PortalFormat
    skipped: int = 0
    warnings: tuple[str, ...] = ()
    last_success: datetime = field(default_factory=dt_util.utcnow)
    not_modified: bool = False
    admitted: frozenset[str] = frozenset()
    """New cameras (neither selected nor known) added automatically so far."""


def selected_camera_ids(entry: KutimConfigEntry, cameras: Mapping[str, Camera]) -> set[str]:
    """Return the ids the user wants: the selection plus the new cameras added so far.

    With automatic adding, new cameras are admitted by the coordinator at most
    MAX_NEW_CAMERAS_PER_POLL a poll, so a list that changes all its ids cannot flood
    Home Assistant with devices and entities.
    """
    selected = set(entry.options.get(CONF_CAMERAS, []))
    if entry.options.get(CONF_ADD_NEW, DEFAULT_ADD_NEW):
        runtime = getattr(entry, "runtime_data", None)
        data = None if runtime is None else runtime.coordinator.data
        if data is not None:
            selected |= data.admitted & cameras.keys()
    return selected


# Error classes (PortalError.reason) with their own translated update error; the text is
# chosen by the class, never built from the error's English message.
UPDATE_FAILED_REASONS: Final = frozenset(
    {
        "cannot_connect",
        "cannot_resolve",
        "timeout",
        "tls_error",
        "http_error",
        "invalid_format",
        "unsafe_url",
        "too_large",
    }
)


def _update_failed(reason: str, status: int | None, detail: str) -> UpdateFailed:
    """Return the translated update error of a portal error's class.

    The redacted English detail is the exception's message, which only the log shows;
    translated texts are chosen by the class and never include it.
    """
    if reason not in UPDATE_FAILED_REASONS:
        return UpdateFailed(detail, translation_domain=DOMAIN, translation_key="update_failed")
    placeholders = {"status": str(status)} if reason == "http_error" else None
    return UpdateFailed(
        detail,
        translation_domain=DOMAIN,
        translation_key=f"update_failed_{reason}",
        translation_placeholders=placeholders,
    )


class KutimCoordinator(DataUpdateCoordinator[PortalData]):
    """Poll the camera list, track new and vanished cameras."""

    config_entry: KutimConfigEntry

    def __init__(self, hass: HomeAssistant, entry: KutimConfigEntry, client: PortalClient) -> None:
        """Set up the coordinator for one portal."""
        minutes = int(entry.options.get(CONF_SCAN_INTERVAL, DEFAULT_SCAN_INTERVAL))
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=DOMAIN,
            update_interval=timedelta(minutes=minutes),
        )
        self.client = client
        self.clock: Callable[[], float] = time.monotonic
        self.health = portal_health(hass, entry)
        self._interval = self.update_interval
        self._names: dict[str, str] = {}
        self._problems: tuple[int, tuple[str, ...]] = (0, ())
        self._capped = False
        self.missing_polls: dict[str, int] = {}
        self.gone_cameras: dict[str, str] = {}
        self.last_error: str | None = None
        self._last_reason: tuple[str, int | None] = ("unknown", None)
        self.polls = 0
        self.not_modified_polls = 0
        self.last_body_bytes = 0
        self.memory = CameraMemory.create(hass, entry)
        self.moved_cameras = 0
        """Cameras that kept their entities under a new id since the entry was loaded."""

    async def _async_update_data(self) -> PortalData:
        """Fetch the list, conditionally once a list is known."""
        previous = self.data
        health = self.health
        now = self.clock()
        if health.retry_at is not None and now < health.retry_at:
            # The portal asked for a pause (Retry-After): not even a conditional request.
            self._poll_failed(health.failure or Failure.UNREACHABLE)
            raise UpdateFailed(
                translation_domain=DOMAIN,
                translation_key="portal_busy",
                translation_placeholders={"seconds": str(math.ceil(health.retry_at - now))},
            )
        health.retry_at = None
        self.update_interval = self._interval
        if not self.memory.loaded:
            await self.memory.async_load()
        try:
            result = await self.client.async_get_cameras(conditional=previous is not None)
        except PortalError as err:
            self.last_error = redact_text(str(err))
            status = err.status if isinstance(err, PortalHTTPError) else None
            self._last_reason = (err.reason, status)
            if isinstance(err, PortalHTTPError) and err.retry_after:
                self._pause(now, err.retry_after)
            self._poll_failed(failure_of(err))
            raise _update_failed(err.reason, status, self.last_error) from err
        if not isinstance(result, NotModified) and not result.cameras:
            # Keep every camera rather than count them all as gone: small portals answer
            # an empty list when their database is down.
            self.last_error = "the portal lists no cameras"
            self._poll_failed(Failure.EMPTY)
            raise UpdateFailed(translation_domain=DOMAIN, translation_key="list_empty")
        self.polls += 1
        self.last_error = None
        self.last_body_bytes = result.body_bytes
        health.succeeded()
        async_poll_succeeded(self.hass, self.config_entry)
        if isinstance(result, NotModified):
            self.not_modified_polls += 1
            assert previous is not None
            self._track_missing(previous.cameras)
            return replace(
                previous,
                last_success=dt_util.utcnow(),
                not_modified=True,
                admitted=self._admit_new(previous.cameras, previous),
            )
        cameras = {camera.id: camera for camera in result.cameras}
        self._log_problems(result.skipped, result.warnings)
        self._note_capped(result.capped)
        if result.capped:
            # Only the first MAX_CAMERAS were read: the others may still be listed, so
            # none counts as gone, and the cameras the user has keep their last state.
            cameras = self._keep_beyond_cap(cameras, previous)
        else:
            self._follow_moved(cameras)
            self._track_missing(cameras)
        return PortalData(
            cameras=cameras,
            format=result.format,
            skipped=result.skipped,
            warnings=result.warnings,
            admitted=self._admit_new(cameras, previous),
        )

    def _admit_new(
        self, cameras: Mapping[str, Camera], previous: PortalData | None
    ) -> frozenset[str]:
        """Return the new cameras added automatically, a bounded number more each poll.

        A new camera stays admitted while it is listed; one that already has a device
        (added before a restart) is admitted at once. The others are admitted in list
        order, at most MAX_NEW_CAMERAS_PER_POLL a poll.
        """
        entry = self.config_entry
        if not entry.options.get(CONF_ADD_NEW, DEFAULT_ADD_NEW):
            return frozenset()
        known = set(entry.options.get(CONF_KNOWN_CAMERAS, []))
        known.update(entry.options.get(CONF_CAMERAS, []))
        new = [camera_id for camera_id in cameras if camera_id not in known]
        if not new:
            return frozenset()
        before = previous.admitted if previous is not None else frozenset()
        dev_reg = dr.async_get(self.hass)
        admitted = {
            camera_id
            for camera_id in new
            if camera_id in before
            or dev_reg.async_get_device(identifiers={device_identifier(entry, camera_id)})
            is not None
        }
        waiting = [camera_id for camera_id in new if camera_id not in admitted]
        admitted.update(waiting[:MAX_NEW_CAMERAS_PER_POLL])
        if len(waiting) > MAX_NEW_CAMERAS_PER_POLL:
            LOGGER.info(
                "The camera list of %s has %d new cameras to add; %d are added now and "
                "the others at the next polls (at most %d a poll)",
                entry.title,
                len(waiting),
                MAX_NEW_CAMERAS_PER_POLL,
                MAX_NEW_CAMERAS_PER_POLL,
            )
        return frozenset(admitted)

    def _poll_failed(self, failure: Failure) -> None:
        """Record a failed poll and raise the repair issue it calls for."""
        now = self.clock()
        self.health.failed(failure, now)
        reason, status = self._last_reason
        async_poll_failed(self.hass, self.config_entry, self.health, now, reason, status)

    def _pause(self, now: float, seconds: float) -> None:
        """Honour a Retry-After: no request before it has passed."""
        seconds = min(seconds, MAX_RETRY_AFTER)
        self.health.retry_at = now + seconds
        if self._interval is not None and seconds > self._interval.total_seconds():
            # One second more, as the scheduler rounds the next refresh down.
            self.update_interval = timedelta(seconds=math.ceil(seconds) + 1)

    def _log_problems(self, skipped: int, warnings: tuple[str, ...]) -> None:
        """Log once when the list starts and stops having unreadable or odd entries."""
        problems = (skipped, warnings)
        if problems == self._problems:
            return
        previous, self._problems = self._problems, problems
        details = [f"{skipped} unreadable entries"] if skipped else []
        details.extend(redact_text(warning) for warning in warnings)
        if not details:
            LOGGER.info("The camera list of %s reads cleanly again", self.config_entry.title)
        elif previous == (0, ()):
            LOGGER.info(
                "The camera list of %s has problems: %s",
                self.config_entry.title,
                "; ".join(details),
            )
        else:
            LOGGER.debug("The camera list problems changed: %s", "; ".join(details))

    def _note_capped(self, capped: bool) -> None:
        """Log and report once when the list starts and stops exceeding the camera cap."""
        if capped != self._capped:
            self._capped = capped
            if capped:
                LOGGER.warning(
                    "The camera list of %s is too long to read whole (more than %d cameras, "
                    "or a page larger than any camera page); only its first part is read, "
                    "and no camera counts as gone while the list is this long",
                    self.config_entry.title,
                    MAX_CAMERAS,
                )
            else:
                LOGGER.info(
                    "The camera list of %s is within bounds again and read whole",
                    self.config_entry.title,
                )
        async_update_too_many_cameras(self.hass, self.config_entry, capped)

    def _keep_beyond_cap(
        self, cameras: dict[str, Camera], previous: PortalData | None
    ) -> dict[str, Camera]:
        """Add the selected cameras and those with a device that the cap left unread."""
        if previous is None:
            return cameras
        entry = self.config_entry
        keep = set(entry.options.get(CONF_CAMERAS, []))
        dev_reg = dr.async_get(self.hass)
        for device in dr.async_entries_for_config_entry(dev_reg, entry.entry_id):
            if (camera_id := device_camera_id(entry, device)) is not None:
                keep.add(camera_id)
        for camera_id in keep - cameras.keys():
            if (camera := previous.cameras.get(camera_id)) is not None:
                cameras[camera_id] = camera
        return cameras

    def _follow_moved(self, cameras: Mapping[str, Camera]) -> None:
        """Move known cameras listed under a new id to it, then remember the list.

        Only a complete list is looked at: a capped one may leave known cameras unread.
        """
        hass, entry = self.hass, self.config_entry
        known = known_camera_ids(hass, entry)
        vanished = [camera_id for camera_id in known if camera_id not in cameras]
        arrived = {cid: camera for cid, camera in cameras.items() if cid not in known}
        moved: dict[str, str] = {}
        if vanished and arrived:
            marks = self.memory.marks
            candidates = match_moved(
                {camera_id: marks[camera_id] for camera_id in vanished if camera_id in marks},
                {
                    camera_id: name
                    for camera_id in vanished
                    if camera_id not in marks and (name := known[camera_id])
                },
                arrived,
                cameras,
            )
            for old_id, new_id in candidates.items():
                if async_move_camera(hass, entry, old_id, new_id):
                    moved[old_id] = new_id
                    LOGGER.info(
                        "Camera %s is listed under a new id; it keeps its entities and settings",
                        cameras[new_id].name,
                    )
        if moved:
            options_before = dict(entry.options)
            async_move_options(hass, entry, moved)
            for old_id in moved:
                self.missing_polls.pop(old_id, None)
            self.moved_cameras += len(moved)
            listener_reloads = OPTIONS_NEED_LISTENER and dict(entry.options) != options_before
            if entry.state is ConfigEntryState.LOADED and not listener_reloads:
                # The entities running now are bound to the old ids: set them up again.
                hass.config_entries.async_schedule_reload(entry.entry_id)
        keep = [moved.get(camera_id, camera_id) for camera_id in known]
        self.memory.async_remember(cameras, keep)

    def _track_missing(self, cameras: Mapping[str, Camera]) -> None:
        """Count polls a known camera is absent and remove it after several."""
        entry = self.config_entry
        dev_reg = dr.async_get(self.hass)
        self._names.update({camera_id: camera.name for camera_id, camera in cameras.items()})
        for device in dr.async_entries_for_config_entry(dev_reg, entry.entry_id):
            camera_id = device_camera_id(entry, device)
            if camera_id is None:
                continue
            name = self._names.setdefault(camera_id, device.name or camera_id)
            if camera_id in cameras:
                if self.missing_polls.pop(camera_id, None) is not None:
                    LOGGER.info("Camera %s is listed by the portal again", name)
                continue
            count = self.missing_polls.get(camera_id, 0) + 1
            self.missing_polls[camera_id] = count
            if count == 1:
                LOGGER.info("Camera %s is not listed by the portal any more", name)
            if count >= STALE_POLLS:
                LOGGER.info(
                    "Camera %s is gone from the portal for %d polls; removing it", name, count
                )
                dev_reg.async_remove_device(device.id)
                self.missing_polls.pop(camera_id, None)
        self.gone_cameras = {
            camera_id: self._names.get(camera_id, camera_id)
            for camera_id in entry.options.get(CONF_CAMERAS, [])
            if camera_id not in cameras
            and dev_reg.async_get_device(identifiers={device_identifier(entry, camera_id)}) is None
        }
        async_update_cameras_gone(self.hass, entry, self.gone_cameras)

    @callback
    def async_update_new_camera_issue(self) -> None:
        """Offer cameras the user has not seen yet when they are not added automatically."""
        entry = self.config_entry
        new: list[Camera] = []
        if self.data is not None and not entry.options.get(CONF_ADD_NEW, DEFAULT_ADD_NEW):
            known = set(entry.options.get(CONF_KNOWN_CAMERAS, []))
            new = [camera for cid, camera in self.data.cameras.items() if cid not in known]
        placeholders: dict[str, str] | None = None
        if new:
            names = ", ".join(sorted(camera.name for camera in new)[:10])
            placeholders = {"count": str(len(new)), "names": names}
        async_set_issue(self.hass, entry, ISSUE_NEW_CAMERAS, placeholders, fixable=True)
