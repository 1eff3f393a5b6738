"""Take one still picture from a camera without keeping any stream open."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
import io
import re
from typing import TYPE_CHECKING, Any, cast

from .client import PLAYLIST_MAX_BYTES, PortalClient, StreamMemory
from .errors import PortalError, PortalFormatError, PortalHTTPError, PortalNoStreamError
from .hls import MediaPlaylist, is_master, parse_master, parse_media
from .http import Response
from .keyframe import TS_PACKET, KeyframeScanner, looks_like_ts
from .models import Camera, Profile
from .pictures import DECODER_OPTIONS, JPEG_END, JPEG_START, PNG_START, check_picture, check_size
from .redact import redact_url

if TYPE_CHECKING:
    import av

IMAGE_MAX_BYTES = 5 * 1024 * 1024
SEGMENT_MAX_BYTES = 16 * 1024 * 1024
_PROBED_STREAMS = 64
"""Streams of a segment whose probing is held to the picture size limit."""

FIRST_RANGE_BYTES = 64 * 1024
"""Bytes asked for when a stream's keyframe size is not known yet."""
RANGE_ATTEMPTS = 4
"""Range requests per segment before the rest of it is read in one go."""
INIT_KEEP_BYTES = 256 * 1024
"""The largest fMP4 initialisation section kept in memory between pictures."""
RESYNC_SECONDS = 600.0
"""The playlist is read again after this long even when segment names are predictable."""
_GONE = frozenset({403, 404, 410})
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")

DownloadSlot = AbstractAsyncContextManager[Any]


@dataclass(frozen=True, slots=True)
class Still:
    """A picture and where it came from."""

    image: bytes
    content_type: str
    source: str
    fetched_bytes: int


def _image_type(data: bytes) -> str | None:
    """Return the media type of JPEG or PNG bytes, or None."""
    if data.startswith(JPEG_START):
        return "image/jpeg"
    if data.startswith(PNG_START):
        return "image/png"
    return None


def first_jpeg(data: bytes) -> bytes | None:
    """Return the first complete JPEG inside a multipart MJPEG body, if any."""
    start = data.find(JPEG_START)
    if start < 0:
        return None
    end = data.find(JPEG_END, start + 2)
    if end < 0:
        return None
    return data[start : end + 2]


def _encode_jpeg(frame: av.VideoFrame, quality: int) -> bytes:
    """Encode one decoded frame as a JPEG with PyAV's MJPEG encoder."""
    import av

    encoder = cast("av.VideoCodecContext", av.CodecContext.create("mjpeg", "w"))
    encoder.width = frame.width
    encoder.height = frame.height
    encoder.pix_fmt = "yuvj420p"
    encoder.time_base = Fraction(1, 25)
    encoder.options = {"qscale": str(quality)}
    image = frame.reformat(format="yuvj420p")
    packets = [*encoder.encode(image), *encoder.encode(None)]
    return b"".join(bytes(packet) for packet in packets)


def check_segment_picture(media: bytes) -> None:
    """Refuse a segment that is itself a picture (JPEG, PNG) larger than the size limit."""
    if media.startswith((JPEG_START, PNG_START)):
        check_picture(media, "The picture in the stream segment")


def _first_frame(container: av.container.InputContainer) -> av.VideoFrame | None:
    """Decode the first video frame after checking the size the stream declares."""
    if not container.streams.video:
        return None
    stream = container.streams.video[0]
    context = stream.codec_context
    # Dimensions from the stream parameters (the H.264 SPS, an MP4 sample entry) are
    # known before any frame is decoded; the decoder refuses larger pictures as well.
    check_size(context.width, context.height, "The stream's picture")
    context.options = dict(DECODER_OPTIONS)
    frame = next(iter(container.decode(stream)), None)
    if frame is not None:
        check_size(frame.width, frame.height, "The stream's picture")
    return frame


def decode_keyframe_jpeg(media: bytes, quality: int = 5) -> bytes:
    """Decode the first video frame of an MPEG-TS or fMP4 segment to a JPEG (blocking)."""
    check_segment_picture(media)
    try:
        import av
    except ImportError as err:  # pragma: no cover - PyAV ships with Home Assistant
        raise PortalNoStreamError("PyAV is not installed: stills cannot be decoded") from err
    # Probing decodes frames of streams whose size the container does not state (MJPEG):
    # the same limit applies there. (PyAV 13's stubs mistype stream_options as list[str].)
    probe: Any = [dict(DECODER_OPTIONS)] * _PROBED_STREAMS
    try:
        with av.open(io.BytesIO(media), mode="r", stream_options=probe) as container:
            frame = _first_frame(container)
            jpeg = _encode_jpeg(frame, quality) if frame is not None else b""
    except PortalError:
        raise
    except Exception as err:
        raise PortalNoStreamError(f"The stream segment could not be decoded: {err}") from err
    if jpeg.startswith(JPEG_START):
        return jpeg
    raise PortalNoStreamError("The stream segment holds no decodable picture")


async def async_grab_still(
    client: PortalClient,
    camera: Camera,
    *,
    time_limit: float = 15.0,
    download_slot: DownloadSlot | None = None,
) -> Still:
    """Return one current picture: snapshot URL, else MJPEG, else one HLS keyframe.

    ``download_slot`` is held while media is downloaded and decoded, never while a
    stream is being woken up or its playlists are read.
    """
    slot: DownloadSlot = download_slot if download_slot is not None else nullcontext()
    async with asyncio.timeout(time_limit):
        if camera.snapshot_url is not None:
            async with slot:
                return await _from_snapshot(client, camera.snapshot_url)
        if camera.mjpeg_url is not None:
            async with slot:
                return await _from_mjpeg(client, camera.mjpeg_url)
        if camera.has_stream:
            return await _from_hls(client, camera, slot)
    raise PortalNoStreamError(f"Camera {camera.name} offers no picture")


async def _from_snapshot(client: PortalClient, url: str) -> Still:
    """Fetch a still-image URL and check that it is a picture."""
    response = await client.async_fetch(url, max_bytes=IMAGE_MAX_BYTES)
    kind = _image_type(response.body)
    if kind is None:
        raise PortalFormatError(f"{redact_url(url)} did not return a JPEG or PNG picture")
    check_picture(response.body, f"The picture from {redact_url(url)}")
    return Still(response.body, kind, "snapshot", len(response.body))


async def _from_mjpeg(client: PortalClient, url: str) -> Still:
    """Read an MJPEG stream only until its first complete picture."""
    response = await client.async_fetch(
        url, max_bytes=IMAGE_MAX_BYTES, until=lambda body: first_jpeg(body) is not None
    )
    jpeg = first_jpeg(response.body)
    if jpeg is None:
        raise PortalFormatError(f"{redact_url(url)} did not return an MJPEG picture")
    check_picture(jpeg, f"The picture from {redact_url(url)}")
    return Still(jpeg, "image/jpeg", "mjpeg", len(response.body))


@dataclass(slots=True)
class _Segment:
    """Where the newest segment is and what it cost to find out."""

    url: str
    init: bytes
    fetched: int


async def _from_hls(client: PortalClient, camera: Camera, slot: DownloadSlot) -> Still:
    """Decode the first keyframe of the newest segment of the camera's stream.

    A stream known to be up is not woken; segment names are predicted from the last
    playlist when they follow its media sequence; of the segment only the bytes of its
    first keyframe are asked for.
    """
    memory = client.stream_memory(camera)
    if memory is None:  # a tokenised URL: read it as handed out, every time
        memory = StreamMemory()
    key = camera.stream_key if client.settings.profile is Profile.KUTIM else None
    segment = _predicted_segment(client, memory, key)
    if segment is not None:
        try:
            still = await _keyframe_still(client, segment, memory, slot)
        except PortalHTTPError as err:
            if err.status not in _GONE:
                raise
            memory.forget_playlist()  # a wrong guess or a stopped stream: read the playlist
        else:
            if key is not None:
                client.mark_alive(key)
            return still
    segment = await _newest_segment(client, camera, memory, key)
    still = await _keyframe_still(client, segment, memory, slot)
    if key is not None:
        client.mark_alive(key)
    return still


def _predicted_segment(
    client: PortalClient, memory: StreamMemory, key: str | None
) -> _Segment | None:
    """Return the newest segment's address worked out from the last playlist, if possible."""
    numbering = memory.numbering
    if numbering is None:
        return None
    if key is not None and not client.stream_alive(key):
        return None
    elapsed = client.now() - memory.anchored_at
    if not 0.0 <= elapsed < RESYNC_SECONDS:
        return None
    number = numbering.newest + int(elapsed // numbering.duration)
    init = memory.init[1] if memory.init is not None else b""
    return _Segment(numbering.url_for(number), init, 0)


async def _newest_segment(
    client: PortalClient, camera: Camera, memory: StreamMemory, key: str | None
) -> _Segment:
    """Read the media playlist (waking the stream and reading the master when needed)."""
    fetched = 0
    for attempt in range(2):
        if memory.variant_url is None or (key is not None and not client.stream_alive(key)):
            url = await client.async_stream_url(camera)  # wakes the stream when it is down
            playlist = await client.async_fetch(url, max_bytes=PLAYLIST_MAX_BYTES)
            fetched += len(playlist.body)
            text = playlist.body.decode("utf-8", "replace")
            if is_master(text):
                variants = parse_master(text, playlist.url)
                # The lowest bandwidth still has a full keyframe and costs the portal least.
                chosen = min(variants, key=lambda v: v.bandwidth if v.bandwidth is not None else 0)
                memory.variant_url = chosen.url
                playlist = await client.async_fetch(chosen.url, max_bytes=PLAYLIST_MAX_BYTES)
                fetched += len(playlist.body)
            else:
                memory.variant_url = playlist.url
            break
        try:
            playlist = await client.async_fetch(memory.variant_url, max_bytes=PLAYLIST_MAX_BYTES)
        except PortalHTTPError as err:
            if err.status not in _GONE or attempt:
                raise
            # The stream stopped, or its session ended: wake it and read the master again.
            if key is not None and err.status == 404:
                client.mark_stopped(key)
            client.forget_page_stream(camera)
            memory.variant_url = None
            continue
        fetched += len(playlist.body)
        break
    anchored_at = client.now()
    if key is not None:
        client.mark_alive(key)
    media = parse_media(playlist.body.decode("utf-8", "replace"), playlist.url)
    memory.numbering = media.numbering()
    memory.anchored_at = anchored_at
    init, init_bytes = await _init_section(client, media, memory)
    return _Segment(media.segments[-1], init, fetched + init_bytes)


async def _init_section(
    client: PortalClient, media: MediaPlaylist, memory: StreamMemory
) -> tuple[bytes, int]:
    """Return the fMP4 initialisation section (kept: it does not change) and bytes fetched."""
    if media.init_url is None:
        memory.init = None
        return b"", 0
    if memory.init is not None and memory.init[0] == media.init_url:
        return memory.init[1], 0
    init = await client.async_fetch(media.init_url, max_bytes=SEGMENT_MAX_BYTES)
    # Kept for the next pictures when of a sane size (a few hundred bytes is usual).
    if len(init.body) <= INIT_KEEP_BYTES:
        memory.init = (media.init_url, init.body)
    else:
        memory.init = None
        memory.forget_playlist()  # predicted segments would lack their init section
    return init.body, len(init.body)


async def _keyframe_still(
    client: PortalClient, segment: _Segment, memory: StreamMemory, slot: DownloadSlot
) -> Still:
    """Download the segment's first keyframe within the download slot and decode it."""
    loop = asyncio.get_running_loop()
    async with slot:
        media, fetched, trimmed = await read_keyframe(client, segment.url, memory)
        try:
            jpeg = await loop.run_in_executor(None, decode_keyframe_jpeg, segment.init + media)
        except PortalNoStreamError:
            if not trimmed:
                raise
            # The frame taken for the keyframe was none: decode the whole segment instead.
            memory.keyframe_bytes = None
            whole = await client.async_fetch(segment.url, max_bytes=SEGMENT_MAX_BYTES)
            fetched += len(whole.body)
            jpeg = await loop.run_in_executor(None, decode_keyframe_jpeg, segment.init + whole.body)
    return Still(jpeg, "image/jpeg", "hls", segment.fetched + fetched)


def _prefixed(check: Callable[[bytes], bool], head: bytes, body: bytes) -> bool:
    """Apply ``check`` to the bytes of earlier ranges followed by this answer's body."""
    return check(head + body)


def _range_of(response: Response) -> tuple[int, int | None] | None:
    """Return (first byte, total size or None) of a 206 answer, or None if unreadable."""
    match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
    if match is None:
        return None
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), total


async def read_keyframe(
    client: PortalClient, url: str, memory: StreamMemory
) -> tuple[bytes, int, bool]:
    """Return a segment's bytes up to the end of its first keyframe, bytes fetched, trimmed.

    MPEG-TS segments are asked for with Range requests sized from the last keyframe of
    the stream; a portal that ignores Range sends the whole segment, whose reading then
    stops once the keyframe is complete. Other segments (fMP4) are read whole.
    """
    data = b""
    fetched = 0
    size = memory.keyframe_bytes or FIRST_RANGE_BYTES

    def complete(prefix: bytes) -> bool:
        if not looks_like_ts(prefix):
            return False
        return KeyframeScanner().feed(prefix) is not None

    for attempt in range(RANGE_ATTEMPTS + 1):
        start = len(data)
        headers = (
            None if attempt == RANGE_ATTEMPTS else {"Range": f"bytes={start}-{start + size - 1}"}
        )
        response = await client.async_fetch(
            url,
            max_bytes=SEGMENT_MAX_BYTES - start,
            until=partial(_prefixed, complete, data),
            headers=headers,
        )
        fetched += len(response.body)
        if response.status != 206:
            data = response.body  # the whole segment, or its head up to the keyframe
            break
        extent = _range_of(response)
        if extent is None or extent[0] != start:
            data = b""  # a range we did not ask for: read the segment plainly next
            size = SEGMENT_MAX_BYTES
            continue
        data += response.body
        if complete(data) or not response.body:
            break
        if extent[1] is not None and len(data) >= extent[1]:
            break  # the whole segment arrived
        size = size * 4 if looks_like_ts(data) else SEGMENT_MAX_BYTES
    scanner = KeyframeScanner()
    if not looks_like_ts(data) or scanner.feed(data) is None:
        return data, fetched, False
    end = scanner.end or len(data)
    # Ask for a little more than this keyframe next time: keyframes vary in size.
    memory.keyframe_bytes = -(-(end * 5 // 4 + TS_PACKET) // TS_PACKET) * TS_PACKET
    return scanner.keyframe_bytes(data), fetched, True
