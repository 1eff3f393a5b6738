"""A camera listed under a new id keeps its entities, its device and the user's choices.

Portals renumber their cameras, and a newer version of this integration may read a
camera's id from another field than the version before it. Either way the camera is the
same: it streams from the same address. Without care, Home Assistant would see one camera
vanish (its entities unavailable, then removed with the user's renames and areas) and a
new one appear (added only if new cameras are added automatically).

After each complete read of the list, the media addresses of every listed camera are
remembered as short hashes (never the addresses: they may carry tokens), kept across
restarts. When a camera Home Assistant knows is no longer listed and a camera it does not
know is, and exactly these two share a media address, the known camera's device, entities
and place in the user's selection move to the new id. A known camera of an installation
that remembers nothing yet (the first start of this version) is matched by its device's
name instead, when that name is unique on both sides. Nothing is matched when a list
holds the same address or name twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
import hashlib
import re
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.helpers.storage import Store

from .const import CONF_CAMERAS, CONF_KNOWN_CAMERAS, DOMAIN, LOGGER
from .identity import camera_key, device_camera_id, device_identifier, rekeyed
from .portal import MAX_CAMERAS, Camera, redact_url

if TYPE_CHECKING:
    from .data import KutimConfigEntry

STORAGE_VERSION: Final = 1
SAVE_DELAY: Final = 10.0
"""Seconds a changed memory waits before it is written (changes within are written once)."""
MAX_MARKS: Final = 4
"""Hashes kept per camera: its stream, still, MJPEG and stream key."""
MAX_REMEMBERED: Final = 2 * MAX_CAMERAS
"""Cameras remembered at most: the listed ones and the known ones no longer listed."""
_MARK_LENGTH: Final = 16
DATA_MOVES: Final = f"{DOMAIN}_moves"
"""hass.data key: per entry, the moves made while Home Assistant runs (see MoveLog)."""

# Query parameters that change between reads of the same camera (cache busters, times,
# signatures); a parameter whose name may carry a secret is already masked by redact_url.
_VOLATILE_PARAMS: Final = frozenset(
    {
        "_",
        "t",
        "ts",
        "time",
        "timestamp",
        "rand",
        "random",
        "nocache",
        "cachebust",
        "cb",
        "expires",
        "exp",
        "sig",
        "signature",
        "wmsauthsign",
    }
)
_NUMBER_RE: Final = re.compile(r"\d{9,}")
"""A long number in a query value: a timestamp or a nonce, never what names a camera."""


def _normalised(url: str) -> str | None:
    """Return a media address as it identifies its camera: no login, no volatile query."""
    try:
        parts = urlsplit(redact_url(url.strip()))
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host:
        return None
    scheme = parts.scheme.lower()
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port is None or port == default else f"{host}:{port}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name.lower() not in _VOLATILE_PARAMS and not _NUMBER_RE.search(value)
    )
    # http and https of one address are one camera: portals move to TLS.
    return urlunsplit(("", netloc, parts.path or "/", urlencode(query), ""))


def _hash(kind: str, text: str) -> str:
    return hashlib.sha256(f"{kind}\n{text}".encode()).hexdigest()[:_MARK_LENGTH]


def media_marks(camera: Camera) -> frozenset[str]:
    """Return the hashes of what identifies a camera's media, for remembering."""
    marks = {
        _hash("url", normalised)
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url)
        if url and (normalised := _normalised(url)) is not None
    }
    if camera.stream_key:
        marks.add(_hash("key", camera.stream_key))
    return frozenset(marks)


def _unique_index(owners: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Return mark -> owner for the marks exactly one owner has."""
    index: dict[str, str | None] = {}
    for owner, marks in owners.items():
        for mark in marks:
            index[mark] = owner if mark not in index else None
    return {mark: owner for mark, owner in index.items() if owner is not None}


def _one_to_one(
    old: Mapping[str, Iterable[str]], new: Mapping[str, Iterable[str]]
) -> dict[str, str]:
    """Return old id -> new id where exactly one old and one new camera share marks."""
    old_index = _unique_index(old)
    new_index = _unique_index(new)
    links: dict[str, set[str]] = {}
    back: dict[str, set[str]] = {}
    for mark, old_id in old_index.items():
        if (new_id := new_index.get(mark)) is not None:
            links.setdefault(old_id, set()).add(new_id)
            back.setdefault(new_id, set()).add(old_id)
    return {
        old_id: next(iter(targets))
        for old_id, targets in links.items()
        if len(targets) == 1 and len(back[next(iter(targets))]) == 1
    }


def match_moved(
    vanished: Mapping[str, frozenset[str]],
    unnamed: Mapping[str, str],
    arrived: Mapping[str, Camera],
    listed: Mapping[str, Camera],
) -> dict[str, str]:
    """Return old id -> new id of the known cameras now listed under a new id.

    ``vanished`` holds the remembered marks of known cameras no longer listed,
    ``unnamed`` the device names of known cameras no longer listed that nothing is
    remembered of, ``arrived`` the listed cameras nobody knows and ``listed`` the whole
    list (a name twice in it matches nothing).
    """
    moved = _one_to_one(vanished, {cid: media_marks(camera) for cid, camera in arrived.items()})
    taken = set(moved.values())
    names: dict[str, int] = {}
    for camera in listed.values():
        names[camera.name.casefold()] = names.get(camera.name.casefold(), 0) + 1
    by_name = _one_to_one(
        {old_id: {name.casefold()} for old_id, name in unnamed.items() if old_id not in moved},
        {
            cid: {camera.name.casefold()}
            for cid, camera in arrived.items()
            if cid not in taken and names.get(camera.name.casefold()) == 1
        },
    )
    return moved | by_name


@dataclass(slots=True)
class CameraMemory:
    """The marks of a portal's cameras, kept across restarts in Home Assistant's storage."""

    store: Store[dict[str, Any]]
    marks: dict[str, frozenset[str]]
    loaded: bool = False
    unsaved: bool = False

    @classmethod
    def create(cls, hass: HomeAssistant, entry: KutimConfigEntry) -> CameraMemory:
        """Return the (not yet loaded) memory of an entry's cameras."""
        store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry.entry_id}.cameras", private=True
        )
        return cls(store, {})

    async def async_load(self) -> None:
        """Read what was remembered; an unreadable or odd file is ignored."""
        try:
            data = await self.store.async_load()
        except Exception:  # noqa: BLE001 - a damaged file must not stop the setup
            LOGGER.warning("The remembered camera ids could not be read; starting afresh")
            data = None
        cameras = data.get("cameras") if isinstance(data, dict) else None
        self.marks = {}
        if isinstance(cameras, dict):
            for camera_id, marks in list(cameras.items())[:MAX_REMEMBERED]:
                if isinstance(camera_id, str) and isinstance(marks, list):
                    self.marks[camera_id] = frozenset(
                        mark
                        for mark in marks[:MAX_MARKS]
                        if isinstance(mark, str) and len(mark) == _MARK_LENGTH
                    )
        self.loaded = True

    @callback
    def async_remember(self, cameras: Mapping[str, Camera], keep: Iterable[str]) -> None:
        """Remember the listed cameras, and the known ones of ``keep`` no longer listed."""
        marks = {camera_id: media_marks(camera) for camera_id, camera in cameras.items()}
        for camera_id in keep:
            if camera_id not in marks and (old := self.marks.get(camera_id)) is not None:
                marks[camera_id] = old
                if len(marks) >= MAX_REMEMBERED:
                    break
        if marks != self.marks:
            self.marks = marks
            self.unsaved = True
            self.store.async_delay_save(self._data, SAVE_DELAY)

    async def async_flush(self) -> None:
        """Write what is not written yet: the entry is unloaded (reloaded or stopped)."""
        if self.unsaved:
            await self.store.async_save(self._data())

    def _data(self) -> dict[str, Any]:
        self.unsaved = False
        return {"cameras": {cid: sorted(marks) for cid, marks in self.marks.items()}}

    async def async_remove(self) -> None:
        """Forget the entry's cameras: the entry is deleted."""
        await self.store.async_remove()


def known_camera_ids(hass: HomeAssistant, entry: KutimConfigEntry) -> dict[str, str | None]:
    """Return the cameras Home Assistant knows: id -> device name (None: no device)."""
    known: dict[str, str | None] = dict.fromkeys(entry.options.get(CONF_CAMERAS, []))
    known.update(dict.fromkeys(entry.options.get(CONF_KNOWN_CAMERAS, [])))
    dev_reg = dr.async_get(hass)
    for device in dr.async_entries_for_config_entry(dev_reg, entry.entry_id):
        if (camera_id := device_camera_id(entry, device)) is not None:
            known[camera_id] = device.name
    return known


@callback
def async_move_camera(
    hass: HomeAssistant, entry: KutimConfigEntry, old_id: str, new_id: str
) -> bool:
    """Move a camera's device and entities to its new id; False when the new id is taken."""
    dev_reg = dr.async_get(hass)
    ent_reg = er.async_get(hass)
    old_key, new_key = camera_key(entry, old_id), camera_key(entry, new_id)
    if dev_reg.async_get_device(identifiers={device_identifier(entry, new_id)}) is not None:
        return False
    device = dev_reg.async_get_device(identifiers={device_identifier(entry, old_id)})
    entities = (
        []
        if device is None
        else er.async_entries_for_device(ent_reg, device.id, include_disabled_entities=True)
    )
    moves: list[tuple[er.RegistryEntry, str]] = []
    for registered in entities:
        if registered.config_entry_id != entry.entry_id:
            continue
        new_unique_id = rekeyed(old_key, new_key, registered.unique_id)
        if new_unique_id == registered.unique_id:
            continue
        if ent_reg.async_get_entity_id(registered.domain, DOMAIN, new_unique_id) is not None:
            return False
        moves.append((registered, new_unique_id))
    for registered, new_unique_id in moves:
        ent_reg.async_update_entity(registered.entity_id, new_unique_id=new_unique_id)
    if device is not None:
        identifiers = {
            device_identifier(entry, new_id) if identifier == (DOMAIN, old_key) else identifier
            for identifier in device.identifiers
        }
        dev_reg.async_update_device(device.id, new_identifiers=identifiers)
    return True


@dataclass(slots=True)
class MoveLog:
    """The moves of one entry's cameras, in order, while Home Assistant runs.

    A form shown before a move and saved after it still holds the old ids; the log lets
    it put the new ones in their place. It outlives reloads of the entry (the move itself
    reloads it) and keeps the latest MAX_REMEMBERED moves.
    """

    moves: list[tuple[str, str]]
    dropped: int = 0

    @classmethod
    def of(cls, hass: HomeAssistant, entry: KutimConfigEntry) -> MoveLog:
        """Return the entry's log, created empty."""
        logs: dict[str, MoveLog] = hass.data.setdefault(DATA_MOVES, {})
        return logs.setdefault(entry.entry_id, cls([]))

    @property
    def position(self) -> int:
        """Return how many moves were made so far: pass it to ``ids_since`` later."""
        return self.dropped + len(self.moves)

    def record(self, moved: Mapping[str, str]) -> None:
        """Append moves, forgetting the oldest beyond MAX_REMEMBERED."""
        self.moves.extend(moved.items())
        if (excess := len(self.moves) - MAX_REMEMBERED) > 0:
            del self.moves[:excess]
            self.dropped += excess

    def ids_since(self, position: int, ids: Iterable[str]) -> list[str]:
        """Return ids with every move made after ``position`` applied, in order.

        One pass over the moves: each current id holds the given ids that reached it.
        """
        given = list(dict.fromkeys(ids))
        holders: dict[str, list[str]] = {camera_id: [camera_id] for camera_id in given}
        for old_id, new_id in self.moves[max(position - self.dropped, 0) :]:
            if (moving := holders.pop(old_id, None)) is not None:
                holders.setdefault(new_id, []).extend(moving)
        now = {camera_id: held for held, cameras in holders.items() for camera_id in cameras}
        return list(dict.fromkeys(now[camera_id] for camera_id in given))

    @staticmethod
    def forget(hass: HomeAssistant, entry: KutimConfigEntry) -> None:
        """Drop the entry's log: the entry is deleted."""
        hass.data.get(DATA_MOVES, {}).pop(entry.entry_id, None)


@callback
def async_move_options(
    hass: HomeAssistant, entry: KutimConfigEntry, moved: Mapping[str, str]
) -> None:
    """Put the new ids where the old ones were in the selection and the known cameras."""
    MoveLog.of(hass, entry).record(moved)
    options = dict(entry.options)
    changed = False
    for key in (CONF_CAMERAS, CONF_KNOWN_CAMERAS):
        ids = options.get(key)
        if not isinstance(ids, list) or not any(camera_id in moved for camera_id in ids):
            continue
        renamed = [moved.get(camera_id, camera_id) for camera_id in ids]
        options[key] = list(dict.fromkeys(renamed))
        changed = True
    if changed:
        hass.config_entries.async_update_entry(entry, options=options)
