"""Synthetic camera pictures encoded as H.264 HLS segments and JPEG stills with PyAV."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
import hashlib
import io
import struct

import av
from av.video.stream import VideoStream
import numpy as np
from numpy.typing import NDArray

PATTERN_MOVING = "moving"
PATTERN_STILL = "still"
VARIANT_MPEGTS = "mpegts"
VARIANT_FMP4 = "fmp4"

_WHITE_Y = 235
_BLACK_Y = 16
_NEUTRAL_C = 128
_BOX = 32
_BOX_STEP = 8
_COUNTER_BITS = 16
_FMP4_FLAGS = "frag_keyframe+empty_moov+default_base_moof+frag_discont"

type Plane = NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class VideoSpec:
    """Picture size, frame rate and segment length shared by all cameras of a portal."""

    width: int = 320
    height: int = 240
    fps: int = 10
    segment_seconds: float = 2.0

    @property
    def frames_per_segment(self) -> int:
        """Return the number of frames in one segment (one GOP)."""
        return max(1, round(self.fps * self.segment_seconds))

    @property
    def segment_duration(self) -> float:
        """Return the exact media duration of one segment in seconds."""
        return self.frames_per_segment / self.fps


@dataclass(frozen=True, slots=True)
class PatternStyle:
    """What a camera's picture looks like: the pattern kind and a per-camera colour."""

    pattern: str
    y: int
    u: int
    v: int

    @classmethod
    def for_camera(cls, stream_key: str, pattern: str) -> PatternStyle:
        """Derive a stable background colour from the stream key."""
        digest = hashlib.sha256(stream_key.encode()).digest()
        return cls(
            pattern=pattern,
            y=48 + digest[0] % 96,
            u=64 + digest[1] % 128,
            v=64 + digest[2] % 128,
        )


@dataclass(frozen=True, slots=True)
class EncodedSegment:
    """One encoded HLS segment, with the fMP4 init section when applicable."""

    data: bytes
    init: bytes | None
    codec: str


def render_planes(spec: VideoSpec, style: PatternStyle, index: int) -> tuple[Plane, Plane, Plane]:
    """Draw frame number ``index`` as Y, U and V planes (4:2:0)."""
    w, h = spec.width, spec.height
    y = np.full((h, w), style.y, dtype=np.uint8)
    u = np.full((h // 2, w // 2), style.u, dtype=np.uint8)
    v = np.full((h // 2, w // 2), style.v, dtype=np.uint8)
    # A darker "road" band and a fixed landmark, aligned to 16-pixel macroblocks.
    road_top = (h * 2 // 3) // 16 * 16
    y[road_top:, :] = max(_BLACK_Y, style.y - 32)
    u[road_top // 2 :, :] = _NEUTRAL_C
    v[road_top // 2 :, :] = _NEUTRAL_C
    y[32:80, w - 80 : w - 32] = min(_WHITE_Y, style.y + 64)
    if style.pattern == PATTERN_STILL:
        return y, u, v
    # A white box moving along the road and the frame number as a row of bit blocks.
    span = max(1, (w - _BOX) // _BOX_STEP)
    x = (index % span) * _BOX_STEP
    box_top = road_top - _BOX - 8
    y[box_top : box_top + _BOX, x : x + _BOX] = _WHITE_Y
    u[box_top // 2 : (box_top + _BOX) // 2, x // 2 : (x + _BOX) // 2] = _NEUTRAL_C
    v[box_top // 2 : (box_top + _BOX) // 2, x // 2 : (x + _BOX) // 2] = _NEUTRAL_C
    cell = min(16, w // _COUNTER_BITS)
    for bit in range(_COUNTER_BITS):
        value = _WHITE_Y if (index >> bit) & 1 else _BLACK_Y
        y[0:cell, bit * cell : (bit + 1) * cell] = value
    return y, u, v


def render_frame(spec: VideoSpec, style: PatternStyle, index: int) -> av.VideoFrame:
    """Return frame number ``index`` as a yuv420p PyAV frame."""
    y, u, v = render_planes(spec, style, index)
    w = spec.width
    packed = np.vstack([y, u.reshape(-1, w), v.reshape(-1, w)])
    return av.VideoFrame.from_ndarray(packed, format="yuv420p")


def _codec_from_annexb(data: bytes) -> str:
    """Build an RFC 6381 ``avc1`` codec string from the first SPS in Annex B data."""
    pos = data.find(b"\x00\x00\x01\x67")
    if pos < 0 or pos + 7 > len(data):
        return "avc1.42c015"
    return "avc1." + data[pos + 4 : pos + 7].hex()


def _codec_from_avcc(moov: bytes) -> str:
    """Build an RFC 6381 ``avc1`` codec string from the avcC box inside a moov box."""
    pos = moov.find(b"avcC")
    if pos < 0 or pos + 8 > len(moov):
        return "avc1.42c015"
    return "avc1." + moov[pos + 5 : pos + 8].hex()


def _encode(
    spec: VideoSpec, style: PatternStyle, n: int, fmt: str, options: dict[str, str]
) -> bytes:
    """Encode segment ``n`` into one container of format ``fmt``."""
    frames = spec.frames_per_segment
    time_base = Fraction(1, spec.fps)
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt, options=options) as out:
        stream = out.add_stream("libx264", rate=spec.fps)
        if not isinstance(stream, VideoStream):
            raise TypeError("libx264 did not give a video stream")
        stream.width = spec.width
        stream.height = spec.height
        stream.pix_fmt = "yuv420p"
        stream.codec_context.time_base = time_base
        stream.codec_context.options = {
            "preset": "ultrafast",
            "tune": "zerolatency",
            "threads": "1",
            "x264-params": f"keyint={frames}:min-keyint={frames}:scenecut=0:bframes=0",
        }
        for i in range(frames):
            index = n * frames + i
            frame = render_frame(spec, style, index)
            frame.pts = index
            frame.time_base = time_base
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return buf.getvalue()


def split_boxes(data: bytes) -> list[tuple[str, bytes]]:
    """Split an ISO BMFF byte string into its top-level boxes."""
    boxes: list[tuple[str, bytes]] = []
    offset = 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        if size == 1:
            (size,) = struct.unpack(">Q", data[offset + 8 : offset + 16])
        elif size == 0:
            size = len(data) - offset
        if size < 8:
            raise ValueError(f"bad box size {size} at {offset}")
        boxes.append((kind.decode("latin-1"), data[offset : offset + size]))
        offset += size
    return boxes


def _set_sequence_number(moof: bytes, number: int) -> bytes:
    """Return ``moof`` with its mfhd sequence number set to ``number``."""
    pos = moof.find(b"mfhd")
    if pos < 0:
        return moof
    start = pos + 8  # after the type, version and flags
    return moof[:start] + struct.pack(">I", number & 0xFFFFFFFF) + moof[start + 4 :]


def encode_segment(spec: VideoSpec, style: PatternStyle, n: int, variant: str) -> EncodedSegment:
    """Encode HLS segment ``n`` with timestamps continuing from segment ``n - 1``."""
    if variant == VARIANT_MPEGTS:
        data = _encode(spec, style, n, "mpegts", {})
        return EncodedSegment(data=data, init=None, codec=_codec_from_annexb(data))
    if variant != VARIANT_FMP4:
        raise ValueError(f"unknown HLS variant {variant!r}")
    # frag_discont with avoid_negative_ts disabled keeps the real decode time in tfdt.
    raw = _encode(spec, style, n, "mp4", {"movflags": _FMP4_FLAGS, "avoid_negative_ts": "disabled"})
    init = bytearray()
    fragment = bytearray()
    for kind, box in split_boxes(raw):
        if kind in ("ftyp", "moov"):
            init += box
        elif kind == "moof":
            fragment += _set_sequence_number(box, n + 1)
        elif kind == "mdat":
            fragment += box
    return EncodedSegment(
        data=bytes(fragment), init=bytes(init), codec=_codec_from_avcc(bytes(init))
    )


def encode_jpeg(spec: VideoSpec, style: PatternStyle, index: int) -> bytes:
    """Encode frame number ``index`` as a baseline JPEG image."""
    context = av.CodecContext.create("mjpeg", "w")
    if not isinstance(context, av.VideoCodecContext):
        raise TypeError("mjpeg did not give a video codec context")
    context.width = spec.width
    context.height = spec.height
    context.pix_fmt = "yuvj420p"
    context.time_base = Fraction(1, spec.fps)
    frame = render_frame(spec, style, index).reformat(format="yuvj420p")
    frame.pts = 0
    packets = context.encode(frame) + context.encode(None)
    return b"".join(bytes(packet) for packet in packets)
