"""Camera health and activity, from the pictures the snapshot service takes.

Every picture taken for any reason (a dashboard, an action, a probe) is evidence that a
camera works, and every failed attempt that it does not. A camera nobody looks at gets a
probe: one still grab per probe interval through the snapshot service, so it shares the
cache, the single flight and the global cap with the viewers. Probes are spread over the
ticks (one tick per freshness window) so that a large selection never floods the portal.
Evidence stays valid for a horizon of two probe intervals (at least four freshness windows);
without any the connectivity is unknown.

Activity needs one picture per freshness window, so cameras whose activity entities are in
use get one (still one upstream fetch per window, whoever else asks). Pictures are decoded
and compared in the executor, one at a time per camera. Nothing of this runs for cameras
whose entities are disabled, and nothing of the activity part when it is switched off.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
import math
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.util import dt as dt_util

from .activity import ActivityDetector, ActivityReading, ActivitySettings, FrameError, analyse
from .const import (
    CONF_ACTIVITY,
    CONF_ACTIVITY_HOLD,
    CONF_ACTIVITY_THRESHOLD,
    CONF_PROBE_INTERVAL,
    DEFAULT_ACTIVITY,
    DEFAULT_ACTIVITY_HOLD,
    DEFAULT_ACTIVITY_THRESHOLD,
    DEFAULT_PROBE_INTERVAL,
    LOGGER,
    STALE_FACTOR,
)
from .portal import Camera

if TYPE_CHECKING:
    from .coordinator import KutimCoordinator
    from .data import KutimConfigEntry
    from .snapshot import CachedImage, SnapshotService

MIN_PROBES_PER_TICK: Final = 4
"""Probes a tick may start even when the interval would spread them thinner."""
DUE_SHARE: Final = 0.75
"""An activity picture is due this share of a freshness window after the last attempt."""
_EPOCH: Final = datetime.min.replace(tzinfo=UTC)


class Interest(StrEnum):
    """What an entity needs from the monitor."""

    PASSIVE = "passive"
    """It reads what is known and asks for no pictures."""
    HEALTH = "health"
    """It needs a probe per probe interval."""
    ACTIVITY = "activity"
    """It needs a picture per freshness window, and the scene change between them."""


@dataclass(slots=True)
class CameraRecord:
    """What the monitor knows of one camera."""

    last_picture: datetime | None = None
    last_failure: datetime | None = None
    last_error: str | None = None
    last_request: datetime | None = None
    analysed: CachedImage | None = None
    detector: ActivityDetector | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def last_attempt(self) -> datetime | None:
        """Return when a picture was last taken, failed or asked for."""
        times = [t for t in (self.last_picture, self.last_failure, self.last_request) if t]
        return max(times, default=None)

    @property
    def last_answer(self) -> datetime | None:
        """Return when the last picture or failure came in."""
        times = [t for t in (self.last_picture, self.last_failure) if t]
        return max(times, default=None)

    @property
    def failing(self) -> bool:
        """Return True when the last attempt to take a picture failed."""
        failure = self.last_failure
        return failure is not None and (self.last_picture is None or failure >= self.last_picture)


class CameraMonitor:
    """Probe cameras, keep their health, and detect activity in consecutive pictures."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: KutimConfigEntry,
        coordinator: KutimCoordinator,
        snapshots: SnapshotService,
        *,
        probe_interval: timedelta,
        activity: ActivitySettings | None,
    ) -> None:
        """Derive the windows from the freshness and the probe interval."""
        self.hass = hass
        self.entry = entry
        self.coordinator = coordinator
        self.snapshots = snapshots
        self.probe_interval = probe_interval
        self.activity_settings = activity
        self.freshness = timedelta(seconds=snapshots.freshness)
        self.horizon = max(self.freshness * STALE_FACTOR, probe_interval * 2)
        self.activity_horizon = self.freshness * STALE_FACTOR
        self._records: dict[str, CameraRecord] = {}
        self._subscribers: dict[str, dict[Callable[[], None], Interest]] = {}
        self._followers: list[Callable[[], None]] = []
        self._inflight: set[str] = set()

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the snapshot service and tick once per freshness window; return the stop."""
        stops = [
            self.snapshots.add_listener(self._async_picture),
            async_track_time_interval(
                self.hass,
                self._async_tick,
                self.freshness,
                name="kutim_cctv monitor",
                cancel_on_shutdown=True,
            ),
        ]

        @callback
        def stop() -> None:
            for unsubscribe in stops:
                unsubscribe()

        return stop

    @callback
    def async_subscribe(
        self, camera_id: str, interest: Interest, update: Callable[[], None]
    ) -> CALLBACK_TYPE:
        """Call update when what is known of a camera changes; return the way to stop."""
        subscribers = self._subscribers.setdefault(camera_id, {})
        subscribers[update] = interest

        @callback
        def unsubscribe() -> None:
            subscribers.pop(update, None)
            if not subscribers and self._subscribers.get(camera_id) is subscribers:
                del self._subscribers[camera_id]

        return unsubscribe

    @callback
    def async_subscribe_all(self, update: Callable[[], None]) -> CALLBACK_TYPE:
        """Call update when what is known of any camera changes; return the way to stop."""
        self._followers.append(update)
        return lambda: self._followers.remove(update)

    def record(self, camera_id: str) -> CameraRecord:
        """Return the record of a camera, creating an empty one."""
        return self._records.setdefault(camera_id, CameraRecord())

    def _wants(self, camera_id: str, interest: Interest) -> bool:
        """Return True when an entity of the camera needs that interest served."""
        if interest is Interest.ACTIVITY and self.activity_settings is None:
            return False
        return interest in self._subscribers.get(camera_id, {}).values()

    # ----------------------------------------------------------------- states

    def connectivity(self, camera: Camera) -> bool | None:
        """Return True when the camera works, False when not, None when unknown."""
        if camera.online is False:
            return False
        if not camera.has_still:
            return camera.online
        record = self._records.get(camera.id)
        answer = record.last_answer if record is not None else None
        if record is None or answer is None or dt_util.utcnow() - answer > self.horizon:
            return None
        return not record.failing

    def cameras_online(self, cameras: Iterable[Camera]) -> int | None:
        """Return how many cameras are known to work; None when nothing is known."""
        # Without a check of its own, a camera counts as the portal says.
        states = [
            camera.online if (state := self.connectivity(camera)) is None else state
            for camera in cameras
        ]
        if all(state is None for state in states):
            return None
        return sum(1 for state in states if state)

    def last_picture(self, camera_id: str) -> datetime | None:
        """Return when the last picture of a camera was taken."""
        record = self._records.get(camera_id)
        return None if record is None else record.last_picture

    def activity(self, camera_id: str) -> ActivityReading | None:
        """Return the activity verdict, or None while unknown, frozen or stale."""
        record = self._records.get(camera_id)
        reading = None if record is None or record.detector is None else record.detector.reading
        if reading is None or reading.active is None:
            return None
        age = dt_util.utcnow().timestamp() - reading.at
        return reading if age <= self.activity_horizon.total_seconds() else None

    def diagnostics(self, camera_id: str) -> dict[str, Any]:
        """Return what diagnostics show of the monitor's view of a camera."""
        record = self._records.get(camera_id)
        reading = None if record is None or record.detector is None else record.detector.reading
        return {
            "interests": sorted(str(i) for i in set(self._subscribers.get(camera_id, {}).values())),
            "last_picture": _iso(record.last_picture) if record else None,
            "last_failure": _iso(record.last_failure) if record else None,
            "last_error": record.last_error if record else None,
            "activity": {
                "active": reading.active,
                "score": reading.score,
                "frozen": reading.frozen,
            }
            if reading
            else None,
        }

    # ----------------------------------------------------------------- events

    @callback
    def _async_notify(self, camera_id: str | None) -> None:
        """Let the entities of a camera (None: of every camera) write their state."""
        camera_ids = list(self._subscribers) if camera_id is None else [camera_id]
        for update in [
            *(update for cid in camera_ids for update in self._subscribers.get(cid, {})),
            *self._followers,
        ]:
            update()

    @callback
    def _async_picture(self, camera_id: str, image: CachedImage | None) -> None:
        """Record a picture or a failure of the snapshot service."""
        record = self.record(camera_id)
        if image is None:
            record.last_failure = dt_util.utcnow()
            record.last_error = self.snapshots.last_errors.get(camera_id)
        else:
            record.last_picture = image.frame_time
            record.last_error = None
            if self._wants(camera_id, Interest.ACTIVITY):
                self.entry.async_create_background_task(
                    self.hass,
                    self._async_analyse(camera_id, image),
                    f"kutim_cctv activity {camera_id}",
                )
        self._async_notify(camera_id)

    async def _async_analyse(self, camera_id: str, image: CachedImage) -> None:
        """Compare a new picture with the previous one of the camera."""
        settings = self.activity_settings
        assert settings is not None
        record = self.record(camera_id)
        async with record.lock:
            previous = record.analysed
            if previous is not None and image.frame_time <= previous.frame_time:
                return
            if record.detector is None:
                record.detector = ActivityDetector(settings)
            if previous is not None and image.frame_time - previous.frame_time > (
                self.activity_horizon
            ):
                # Pictures that far apart say nothing about activity now.
                record.detector.reset()
                previous = None
            same = previous is not None and image.image == previous.image
            try:
                # Decoding and comparing take milliseconds: never in the event loop.
                await self.hass.async_add_executor_job(
                    analyse,
                    record.detector,
                    None if same else image.image,
                    image.frame_time.timestamp(),
                )
            except FrameError as err:
                LOGGER.debug("Camera %s: picture skipped for activity: %s", camera_id, err)
                return
            record.analysed = image
        self._async_notify(camera_id)

    @callback
    def _async_tick(self, now: datetime | None = None) -> None:
        """Ask for the pictures that are due, then let the entities age their states."""
        data = self.coordinator.data
        utcnow = dt_util.utcnow()
        probes: list[tuple[datetime, Camera]] = []
        watched = 0
        for camera_id in list(self._subscribers):
            camera = data.cameras.get(camera_id) if data is not None else None
            if camera is None or camera.online is False or not camera.has_still:
                continue
            last = self.record(camera_id).last_attempt
            if self._wants(camera_id, Interest.ACTIVITY):
                if camera_id not in self._inflight and (
                    last is None or utcnow - last >= self.freshness * DUE_SHARE
                ):
                    self._request(camera, utcnow)
            elif self._wants(camera_id, Interest.HEALTH):
                watched += 1
                if camera_id not in self._inflight and (
                    last is None or utcnow - last >= self.probe_interval
                ):
                    probes.append((last or _EPOCH, camera))
        # Spread the probes so that every camera is probed once per interval.
        ticks = max(1.0, self.probe_interval / self.freshness)
        budget = max(MIN_PROBES_PER_TICK, math.ceil(watched / ticks))
        for _, camera in sorted(probes, key=lambda probe: probe[0])[:budget]:
            self._request(camera, utcnow)
        self._async_notify(None)

    def _request(self, camera: Camera, now: datetime) -> None:
        """Take a picture of a camera in the background."""
        self.record(camera.id).last_request = now
        self._inflight.add(camera.id)
        self.entry.async_create_background_task(
            self.hass, self._async_probe(camera), f"kutim_cctv probe {camera.id}"
        )

    async def _async_probe(self, camera: Camera) -> None:
        """Take one picture through the snapshot service; the listener records the result."""
        try:
            await self.snapshots.async_refresh(camera)
        finally:
            self._inflight.discard(camera.id)


def create_monitor(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    coordinator: KutimCoordinator,
    snapshots: SnapshotService,
) -> CameraMonitor:
    """Create the monitor of an entry from its options."""
    options = entry.options
    activity = None
    if options.get(CONF_ACTIVITY, DEFAULT_ACTIVITY):
        activity = ActivitySettings(
            threshold=float(options.get(CONF_ACTIVITY_THRESHOLD, DEFAULT_ACTIVITY_THRESHOLD)) / 100,
            hold=float(options.get(CONF_ACTIVITY_HOLD, DEFAULT_ACTIVITY_HOLD)),
        )
    return CameraMonitor(
        hass,
        entry,
        coordinator,
        snapshots,
        probe_interval=timedelta(
            minutes=float(options.get(CONF_PROBE_INTERVAL, DEFAULT_PROBE_INTERVAL))
        ),
        activity=activity,
    )


def _iso(moment: datetime | None) -> str | None:
    """Return a moment in ISO format, or None."""
    return None if moment is None else moment.isoformat()
