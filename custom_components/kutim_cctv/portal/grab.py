"""Take one still picture from a camera without keeping any stream open."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from fractions import Fraction
import io
from typing import TYPE_CHECKING, Any, cast

from .client import PLAYLIST_MAX_BYTES, PortalClient
from .errors import PortalError, PortalFormatError, PortalNoStreamError
from .hls import is_master, parse_master, parse_media
from .models import Camera
from .pictures import DECODER_OPTIONS, check_picture, check_size
from .urls import redact_url

if TYPE_CHECKING:
    import av

IMAGE_MAX_BYTES = 5 * 1024 * 1024
SEGMENT_MAX_BYTES = 16 * 1024 * 1024
JPEG_START = b"\xff\xd8"
JPEG_END = b"\xff\xd9"
PNG_START = b"\x89PNG\r\n\x1a\n"
_PROBED_STREAMS = 64
"""Streams of a segment whose probing is held to the picture size limit."""


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
    client: PortalClient, camera: Camera, *, time_limit: float = 15.0
) -> Still:
    """Return one current picture: snapshot URL, else MJPEG, else one HLS keyframe."""
    async with asyncio.timeout(time_limit):
        if camera.snapshot_url is not None:
            return await _from_snapshot(client, camera.snapshot_url)
        if camera.mjpeg_url is not None:
            return await _from_mjpeg(client, camera.mjpeg_url)
        if camera.has_stream:
            return await _from_hls(client, camera)
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


async def _from_hls(client: PortalClient, camera: Camera) -> Still:
    """Fetch the newest segment of the stream and decode its first frame."""
    url = await client.async_stream_url(camera)
    fetched = 0
    playlist = await client.async_fetch(url, max_bytes=PLAYLIST_MAX_BYTES)
    fetched += len(playlist.body)
    text = playlist.body.decode("utf-8", "replace")
    if is_master(text):
        variants = parse_master(text, playlist.url)
        # The lowest bandwidth still has a full keyframe and costs the portal least.
        chosen = min(variants, key=lambda v: v.bandwidth if v.bandwidth is not None else 0)
        playlist = await client.async_fetch(chosen.url, max_bytes=PLAYLIST_MAX_BYTES)
        fetched += len(playlist.body)
        text = playlist.body.decode("utf-8", "replace")
    media = parse_media(text, playlist.url)
    data = b""
    if media.init_url is not None:
        init = await client.async_fetch(media.init_url, max_bytes=SEGMENT_MAX_BYTES)
        fetched += len(init.body)
        data = init.body
    segment = await client.async_fetch(media.segments[-1], max_bytes=SEGMENT_MAX_BYTES)
    fetched += len(segment.body)
    loop = asyncio.get_running_loop()
    jpeg = await loop.run_in_executor(None, decode_keyframe_jpeg, data + segment.body)
    return Still(jpeg, "image/jpeg", "hls", fetched)
