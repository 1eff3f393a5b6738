"""The core of the live-stream proxy: rewritten playlists and vetted fetches.

A consumer (Home Assistant's stream worker, go2rtc) is never handed an address of the
portal. Every playlist it reads is rewritten so that each URI line and each ``URI="…"``
attribute becomes an opaque file name next to the playlist (``s-<ref>.ts``); the
reference is made only for an address the URL policy accepts, and it is fetched later
by the portal client, which checks the address again with its resolved host at every
redirect, applies the TLS setting, the extra headers and the cookies, and caps the size.
A Kutim playlist that answers 404 (the portal expired or restarted the stream) is woken
up again and served once it is back, so a consumer that keeps the same address recovers.
"""

from __future__ import annotations

import asyncio
import base64
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from enum import StrEnum
import hashlib
import hmac
import re
import secrets

import yarl

from .client import PLAYLIST_MAX_BYTES, PortalClient
from .errors import (
    PortalError,
    PortalFormatError,
    PortalHTTPError,
    PortalNoStreamError,
    PortalUnsafeURLError,
)
from .hls import is_master, parse_master, playlist_lines, resolve_uri
from .models import Camera, Profile
from .parsing import decode_body
from .redact import redact_url

INDEX_NAME = "index.m3u8"
"""The file name of a camera's entry playlist; every other name is a reference."""

PLAYLIST_CONTENT_TYPE = "application/vnd.apple.mpegurl"

MAX_REFERENCES = 4096
"""References one portal keeps (about 300 bytes each); the oldest are forgotten first."""

MAX_PLAYLIST_URIS = 2000
MAX_LINE_LENGTH = 8192
MAX_SEQUENCES = 256
"""Playlists whose sequence numbering is kept (one per camera and variant)."""

MAX_CONCURRENT_FETCHES = 8
"""Requests of one portal's consumers handled at the same time; more wait for a slot."""

SLOT_TIMEOUT = 10.0
"""How long a request waits for a slot before it is answered 'busy'."""

_RETRY_STATUSES = frozenset({401, 403, 404, 410})
"""Entry-playlist answers after which the stream is resolved again (woken, fresh token)."""

_URI_ATTRIBUTE = re.compile(r'(?P<lead>[:,]\s*)URI="(?P<uri>[^"]*)"')
_EXTENSION = re.compile(r"\.([A-Za-z0-9]{1,5})$")
_NAME = re.compile(r"^([pskm])-([A-Za-z0-9_-]{22})(?:\.([A-Za-z0-9]{1,5}))?$")
_MEDIA_TYPES = frozenset(
    {
        "video/mp2t",
        "video/mp4",
        "video/iso.segment",
        "audio/mp4",
        "audio/aac",
        "audio/mpeg",
        "application/octet-stream",
    }
)
_TYPES_BY_EXTENSION = {"ts": "video/mp2t", "mp4": "video/mp4", "m4s": "video/mp4"}


class LiveKind(StrEnum):
    """What a reference points at; the letter starts its file name."""

    PLAYLIST = "p"
    SEGMENT = "s"
    MAP = "m"
    KEY = "k"


MAX_BYTES: dict[LiveKind, int] = {
    LiveKind.PLAYLIST: PLAYLIST_MAX_BYTES,
    LiveKind.SEGMENT: 16 * 1024 * 1024,
    LiveKind.MAP: 4 * 1024 * 1024,
    LiveKind.KEY: 4 * 1024,
}

_DROPPED_TAGS = frozenset({"EXT-X-SERVER-CONTROL", "EXT-X-PART-INF", "EXT-X-SKIP"})
"""Low-latency HLS controls: parts are left out, so blocking reloads must not be offered."""

_URI_TAGS = {"EXT-X-MAP": LiveKind.MAP, "EXT-X-KEY": LiveKind.KEY, "EXT-X-MEDIA": LiveKind.PLAYLIST}
"""Tags whose URI attribute is proxied; any other tag naming a URI is left out."""


class LiveNotFoundError(PortalError):
    """The name asked for is not a reference of this camera (unknown, expired or foreign)."""

    reason = "not_found"


class LiveBusyError(PortalError):
    """Too many live requests of this portal are running."""

    reason = "busy"


@dataclass(frozen=True, slots=True)
class LiveReference:
    """An address of the portal that a consumer may fetch under an opaque name."""

    camera_id: str
    url: str
    kind: LiveKind


@dataclass(frozen=True, slots=True)
class LiveMedia:
    """A body to hand to the consumer."""

    body: bytes
    content_type: str


def _extension(url: str, kind: LiveKind) -> str:
    """Return the file extension a reference keeps (FFmpeg checks segment extensions)."""
    if kind is LiveKind.PLAYLIST:
        return "m3u8"
    if kind is LiveKind.KEY:
        return "key"
    match = _EXTENSION.search(yarl.URL(url).path)
    return match.group(1).lower() if match else ""


class ReferenceTable:
    """Opaque names for vetted portal addresses, bounded, oldest forgotten first."""

    def __init__(self, secret: bytes, capacity: int = MAX_REFERENCES) -> None:
        """Create an empty table; names are keyed with ``secret``."""
        self._secret = secret
        self._capacity = capacity
        self._items: OrderedDict[str, LiveReference] = OrderedDict()

    def __len__(self) -> int:
        """Return the number of references held."""
        return len(self._items)

    def add(self, camera_id: str, url: str, kind: LiveKind) -> str:
        """Return the file name for url (the same name for the same address)."""
        digest = hmac.new(
            self._secret, f"{camera_id}\0{kind.value}\0{url}".encode(), hashlib.sha256
        ).digest()
        ref = base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()
        self._items[ref] = LiveReference(camera_id, url, kind)
        self._items.move_to_end(ref)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)
        extension = _extension(url, kind)
        return f"{kind.value}-{ref}.{extension}" if extension else f"{kind.value}-{ref}"

    def knows(self, name: str) -> bool:
        """Return True when a file name is one of this table's references."""
        match = _NAME.match(name)
        return match is not None and match.group(2) in self._items

    def get(self, camera_id: str, name: str) -> LiveReference:
        """Return the reference behind a file name of this camera; raise LiveNotFoundError."""
        match = _NAME.match(name)
        reference = self._items.get(match.group(2)) if match else None
        if (
            match is None
            or reference is None
            or reference.camera_id != camera_id
            or reference.kind.value != match.group(1)
        ):
            raise LiveNotFoundError("No such live stream address")
        return reference

    def rebind(self, name: str, url: str) -> None:
        """Point an existing name at a new address of the same camera and kind."""
        match = _NAME.match(name)
        reference = self._items.get(match.group(2)) if match else None
        if match is not None and reference is not None:
            self._items[match.group(2)] = LiveReference(reference.camera_id, url, reference.kind)

    def clear(self) -> None:
        """Forget every reference."""
        self._items.clear()


def rewrite_playlist(text: str, base_url: str, reference: Callable[[str, LiveKind], str]) -> str:
    """Return the playlist with every URI replaced by ``reference(absolute_url, kind)``.

    URI lines after ``#EXT-X-STREAM-INF`` are playlists, after ``#EXTINF`` segments;
    ``#EXT-X-MAP``, ``#EXT-X-KEY`` and ``#EXT-X-MEDIA`` keep their URI attribute, proxied.
    Other tags that name a URI (I-frame and session playlists, low-latency hints), stray
    URI lines and comments are left out. Byte ranges are refused: they would need the
    consumer's Range header passed through.
    """
    lines = playlist_lines(text)
    result = ["#EXTM3U"]
    pending: LiveKind | None = None
    uris = 0
    for line in lines[1:]:
        if len(line) > MAX_LINE_LENGTH:
            raise PortalFormatError("The HLS playlist has an overlong line")
        if line.startswith("#"):
            if not line.startswith("#EXT"):
                continue
            tag = line[1:].partition(":")[0].upper()
            if tag == "EXT-X-BYTERANGE" or "BYTERANGE=" in line.upper():
                raise PortalFormatError("HLS byte ranges are not supported for live streams")
            if tag in _DROPPED_TAGS:
                continue
            if tag == "EXT-X-STREAM-INF":
                pending = LiveKind.PLAYLIST
            elif tag == "EXTINF":
                pending = LiveKind.SEGMENT
            if "URI=" in line.upper():
                kind = _URI_TAGS.get(tag)
                if kind is None:
                    continue
                line = _rewrite_attribute(line, base_url, kind, reference)
                uris += 1
            result.append(line)
        elif pending is not None:
            result.append(reference(resolve_uri(base_url, line), pending))
            pending = None
            uris += 1
        if uris > MAX_PLAYLIST_URIS:
            raise PortalFormatError("The HLS playlist names too many addresses")
    return "\n".join(result) + "\n"


class SequenceKeeper:
    """Keep a live playlist's media sequence rising when the portal restarts the stream.

    A restarted stream may number its segments from 0 again; players wait for numbers
    they have not seen yet, so the playlist would look stalled. The numbers served go on
    from the last one served, with a discontinuity before the first new segment.
    """

    def __init__(self) -> None:
        """Start with nothing served."""
        self._upstream = -1
        self._end = 0
        self._offset = 0
        self._restart: int | None = None

    def apply(self, text: str) -> str:
        """Return a rewritten media playlist with its sequence numbers kept rising."""
        lines = text.splitlines()
        index = next(
            (n for n, line in enumerate(lines) if line.startswith("#EXT-X-MEDIA-SEQUENCE:")), None
        )
        count = sum(1 for line in lines if line.startswith("#EXTINF"))
        if count == 0:
            return text  # a master playlist, or nothing to number yet
        value = lines[index].partition(":")[2].strip() if index is not None else "0"
        first = int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else 0
        if 0 <= first < self._upstream:
            self._offset = self._end - first
            self._restart = self._end
        self._upstream = first
        served = first + self._offset
        self._end = max(self._end, served + count)
        if not self._offset:
            return text
        if index is not None:
            lines[index] = f"#EXT-X-MEDIA-SEQUENCE:{served}"
        else:
            lines.insert(1, f"#EXT-X-MEDIA-SEQUENCE:{served}")
        if self._restart is not None and served <= self._restart < served + count:
            position = self._restart - served
            extinf = [n for n, line in enumerate(lines) if line.startswith("#EXTINF")][position]
            if not lines[extinf - 1].startswith("#EXT-X-DISCONTINUITY"):
                lines.insert(extinf, "#EXT-X-DISCONTINUITY")
        return "\n".join(lines) + "\n"


def _rewrite_attribute(
    line: str, base_url: str, kind: LiveKind, reference: Callable[[str, LiveKind], str]
) -> str:
    """Replace the one URI attribute of a tag line."""
    matches = list(_URI_ATTRIBUTE.finditer(line))
    if len(matches) != 1 or line.upper().count("URI=") != 1:
        raise PortalFormatError("An HLS tag has a URI attribute that cannot be read")
    match = matches[0]
    name = reference(resolve_uri(base_url, match.group("uri")), kind)
    return f'{line[: match.start()]}{match.group("lead")}URI="{name}"{line[match.end() :]}'


def _media_type(content_type: str, reference: LiveReference) -> str:
    """Return the content type to hand on: the portal's when it is a media type."""
    if content_type in _MEDIA_TYPES:
        return content_type
    return _TYPES_BY_EXTENSION.get(
        _extension(reference.url, reference.kind), "application/octet-stream"
    )


class LiveProxy:
    """Serve the live streams of one portal through its client, for one set of consumers."""

    def __init__(
        self,
        client: PortalClient,
        *,
        secret: bytes | None = None,
        max_concurrent: int = MAX_CONCURRENT_FETCHES,
        slot_timeout: float = SLOT_TIMEOUT,
        capacity: int = MAX_REFERENCES,
    ) -> None:
        """Bind the proxy to the portal's client."""
        self._client = client
        self.references = ReferenceTable(secret or secrets.token_bytes(32), capacity)
        self._slots = asyncio.Semaphore(max_concurrent)
        self._slot_timeout = slot_timeout
        self._inflight: dict[str, asyncio.Task[LiveMedia]] = {}
        self._sequences: dict[str, SequenceKeeper] = {}
        self.upstream_requests = 0

    def close(self) -> None:
        """Forget every reference and cancel shared fetches."""
        self.references.clear()
        self._sequences.clear()
        for task in list(self._inflight.values()):
            task.cancel()
        self._inflight.clear()

    def entry_url(self, camera: Camera) -> str | None:
        """Return the portal address of a camera's HLS playlist, or None if it has none."""
        if camera.stream_key is not None and self._client.settings.profile is Profile.KUTIM:
            return self._client.stream_url_for_key(camera.stream_key)
        url = camera.stream_url
        if url is not None and url.lower().startswith(("http://", "https://")):
            return url
        return None

    async def async_get(self, camera: Camera, name: str) -> LiveMedia:
        """Return what the consumer asked for: the entry playlist or a reference."""
        if name == INDEX_NAME:
            async with self._slot():
                text = await self._entry_playlist(camera)
            return LiveMedia(text.encode(), PLAYLIST_CONTENT_TYPE)
        reference = self.references.get(camera.id, name)
        if reference.kind is LiveKind.PLAYLIST:
            async with self._slot():
                text = await self._variant_playlist(camera, name, reference)
            return LiveMedia(text.encode(), PLAYLIST_CONTENT_TYPE)
        return await self._shared_media(name, reference)

    @asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        """Hold one of the portal's live slots; raise LiveBusyError after a while."""
        try:
            async with asyncio.timeout(self._slot_timeout):
                await self._slots.acquire()
        except TimeoutError as err:
            raise LiveBusyError("Too many live stream requests at once") from err
        try:
            yield
        finally:
            self._slots.release()

    async def _playlist(self, camera: Camera, url: str, name: str = INDEX_NAME) -> str:
        """Fetch a playlist and rewrite it for the consumer; note whether the stream is up."""
        self.upstream_requests += 1
        key = camera.stream_key if self._client.settings.profile is Profile.KUTIM else None
        try:
            response = await self._client.async_fetch(url, max_bytes=MAX_BYTES[LiveKind.PLAYLIST])
        except PortalHTTPError as err:
            if key is not None and err.status == 404:
                self._client.mark_stopped(key)
            raise
        if key is not None:
            self._client.mark_alive(key)  # stills of this camera need no wake-up now
        text = rewrite_playlist(
            decode_body(response.body),
            response.url,
            lambda address, kind: self._reference(camera, address, kind),
        )
        keeper = self._sequences.setdefault(f"{camera.id}/{name}", SequenceKeeper())
        while len(self._sequences) > MAX_SEQUENCES:
            del self._sequences[next(iter(self._sequences))]
        return keeper.apply(text)

    def _reference(self, camera: Camera, url: str, kind: LiveKind) -> str:
        """Vet an address named by a playlist and return its opaque file name."""
        if not url.lower().startswith(("http://", "https://")):
            raise PortalUnsafeURLError(
                f"The HLS playlist names {redact_url(url)}: only http and https are fetched"
            )
        self._client.policy.check(url)
        return self.references.add(camera.id, url, kind)

    async def _entry_playlist(self, camera: Camera) -> str:
        """Return the camera's playlist; wake the stream or refresh its address if needed."""
        url = self.entry_url(camera)
        if url is None:
            raise PortalNoStreamError(f"Camera {camera.name} has no HLS stream")
        if url == camera.stream_url:
            # A player page stands in for some cameras: the playlist it names is played.
            url = await self._client.async_page_stream(camera, url)
        try:
            return await self._playlist(camera, url)
        except PortalHTTPError as err:
            if err.status not in _RETRY_STATUSES:
                raise
        # Expired or restarted at the portal: wake it (Kutim) or take a fresh token (from
        # the list or the player page), then once more. Wake-ups are coalesced and
        # rate-limited by the client.
        self._client.forget_page_stream(camera)
        return await self._playlist(camera, await self._client.async_stream_url(camera))

    async def _variant_playlist(self, camera: Camera, name: str, reference: LiveReference) -> str:
        """Return a variant playlist; wake a dropped stream, follow a renewed variant URL."""
        try:
            return await self._playlist(camera, reference.url, name)
        except PortalHTTPError as err:
            if err.status not in _RETRY_STATUSES:
                raise
        self._client.forget_page_stream(camera)
        entry = await self._client.async_stream_url(camera)
        try:
            return await self._playlist(camera, reference.url, name)
        except PortalHTTPError as err:
            # A restarted stream or a fresh token may come with new variant URLs (session
            # or token in the query): the consumer's name follows the same variant.
            fresh = await self._same_variant(entry, reference.url)
            if err.status not in _RETRY_STATUSES or fresh is None:
                raise
        self._reference(camera, fresh, LiveKind.PLAYLIST)  # vets it
        self.references.rebind(name, fresh)
        return await self._playlist(camera, fresh, name)

    async def _same_variant(self, entry_url: str, old_url: str) -> str | None:
        """Return the entry playlist's variant at the old variant's path, if there is one."""
        response = await self._client.async_fetch(entry_url, max_bytes=MAX_BYTES[LiveKind.PLAYLIST])
        self.upstream_requests += 1
        text = decode_body(response.body)
        if not is_master(text):
            return None
        path = yarl.URL(old_url).path
        for variant in parse_master(text, response.url):
            if variant.url != old_url and yarl.URL(variant.url).path == path:
                return variant.url
        return None

    async def _shared_media(self, name: str, reference: LiveReference) -> LiveMedia:
        """Fetch a segment, init section or key once for every consumer asking at once."""
        task = self._inflight.get(name)
        if task is None:
            task = asyncio.get_running_loop().create_task(
                self._media(reference), name="kutim_cctv live media"
            )
            self._inflight[name] = task
            task.add_done_callback(lambda done: self._media_done(name, done))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and current is not None and not current.cancelling():
                # The proxy closed (the entry unloads), not this request.
                raise LiveNotFoundError("The live stream was closed") from None
            raise

    def _media_done(self, name: str, task: asyncio.Task[LiveMedia]) -> None:
        """Forget a finished shared fetch."""
        if self._inflight.get(name) is task:
            del self._inflight[name]
        if not task.cancelled():
            task.exception()  # every consumer may have left; retrieved here as well

    async def _media(self, reference: LiveReference) -> LiveMedia:
        """Fetch one media body under the reference kind's size cap."""
        async with self._slot():
            self.upstream_requests += 1
            response = await self._client.async_fetch(
                reference.url, max_bytes=MAX_BYTES[reference.kind]
            )
        return LiveMedia(response.body, _media_type(response.content_type, reference))


__all__ = [
    "INDEX_NAME",
    "LiveBusyError",
    "LiveKind",
    "LiveMedia",
    "LiveNotFoundError",
    "LiveProxy",
    "ReferenceTable",
    "SequenceKeeper",
    "rewrite_playlist",
]
