"""Hostile portal content, in one place for the tests, scripts/fuzz.py and the fake portal.

Each class of attack is a generator or a tuple of cases; the tests assert on every case,
and scripts/fuzz.py counts them and measures what the resource cases cost.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
import io
import random
import struct
from typing import Any
import zlib

# --------------------------------------------------------------------------- pictures


def encode_jpeg(width: int, height: int, *, value: int = 128) -> bytes:
    """Return a real JPEG of one flat grey (blocking; costs the picture's size in memory)."""
    import av
    import numpy as np

    context: Any = av.CodecContext.create("mjpeg", "w")
    context.width = width
    context.height = height
    context.pix_fmt = "yuvj420p"
    context.time_base = Fraction(1, 25)
    frame = av.VideoFrame.from_ndarray(
        np.full((height, width), value, np.uint8), format="gray"
    ).reformat(format="yuvj420p")
    return b"".join(bytes(packet) for packet in [*context.encode(frame), *context.encode(None)])


def encode_png(width: int, height: int, *, value: int = 128) -> bytes:
    """Return a real grey PNG, written by hand (compresses a flat picture to almost nothing)."""
    row = b"\x00" + bytes([value]) * width
    pixels = zlib.compress(row * height, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def claim_size(picture: bytes, width: int, height: int) -> bytes:
    """Return a JPEG or PNG whose header claims another size (a bomb without the cost)."""
    if picture.startswith(b"\x89PNG"):
        header = struct.pack(">IIBBBBB", width, height, *picture[24:29])
        ihdr = b"IHDR" + header
        return picture[:16] + header + struct.pack(">I", zlib.crc32(ihdr)) + picture[33:]
    position = 2
    while position < len(picture):
        marker = picture[position + 1]
        length = int.from_bytes(picture[position + 2 : position + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            start = position + 5
            return picture[:start] + struct.pack(">HH", height, width) + picture[start + 4 :]
        position += 2 + length
    raise ValueError("no frame header")


def encode_segment(
    width: int, height: int, *, codec: str = "libx264", container: str = "mpegts"
) -> bytes:
    """Return a one-frame video segment (MPEG-TS or MP4) of a flat grey picture."""
    import av
    import numpy as np

    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as output:
        stream: Any = output.add_stream(codec, rate=25)
        stream.width = width
        stream.height = height
        stream.pix_fmt = "yuvj420p" if codec == "mjpeg" else "yuv420p"
        frame = av.VideoFrame.from_ndarray(
            np.full((height, width), 128, np.uint8), format="gray"
        ).reformat(format=stream.pix_fmt)
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            output.mux(packet)
    return buffer.getvalue()


# Sizes a picture may claim: each over the limit of 4096 pixels a side in some way.
OVERSIZED = (
    (12000, 12000),
    (4097, 16),
    (16, 4097),
    (65535, 65535),
    (8192, 4320),
    (4097, 4097),
)
# Sizes at or under the limit, which decode.
FITTING = ((16, 16), (4096, 16), (16, 4096), (640, 360))


# --------------------------------------------------------------------------- names

BIDI_CONTROLS = (
    *(chr(code) for code in range(0x202A, 0x202F)),
    *(chr(code) for code in range(0x2066, 0x206A)),
    "\u200e",
    "\u200f",
    "\u061c",
)
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\U000e0041")
C1_CONTROLS = tuple(chr(code) for code in range(0x80, 0xA0))
C0_CONTROLS = tuple(chr(code) for code in (*range(0x20), 0x7F))
MARKUP = (
    "&lt;b&gt;Simpang&lt;/b&gt; Tiga",
    "&#60;script&#62;alert(1)&#60;/script&#62;Pasar",
    "&#x3C;img src=x onerror=alert(1)&#x3E;Taman",
    "&amp;lt;i&amp;gt;Polder",
    "<a href='http://evil.example/'>Bandara</a>",
    "<<b>b>Gerbang",
    "&lt;&lt;b&gt;b&gt;Bukit",
    "Simpang <iframe src=//evil.example>",
)
MARKDOWN = (
    "[Simpang](http://evil.example/)",
    "![Simpang](http://evil.example/pixel.png)",
    "# Simpang",
    "1. Simpang",
    "- Simpang",
    "> Simpang",
    "**Simpang** _Tiga_ `kode` ~~lama~~ | a | b |",
    "Simpang\n\n# injected heading",
    "Simpang \\[escaped\\]",
)


def hostile_names() -> list[str]:
    """Return names built to hide text, reorder it, inject markup or flood the screen."""
    names = [
        f"CCTV {control}SIMPANG{control} TIGA"
        for control in (*BIDI_CONTROLS, *ZERO_WIDTH, *C1_CONTROLS, *C0_CONTROLS)
    ]
    names += [*MARKUP, *MARKDOWN]
    names += [
        "SIMPANG " * 500,  # 4,000 characters
        "A" * 4000,
        "\u202e" * 50 + "Simpang",
        "\u200b" * 200,  # nothing visible at all
        "Jl. " + "\u0301" * 300,  # a pile of combining accents
    ]
    return names


# --------------------------------------------------------------------------- tokens


def _b64(data: bytes, *, url: bool, pad: bool) -> str:
    """Return data in base64 or base64url, with or without padding."""
    import base64

    text = (base64.urlsafe_b64encode if url else base64.b64encode)(data).decode()
    return text if pad else text.rstrip("=")


def _jwt(rng: random.Random) -> str:
    """Return a token shaped like a signed JWT."""
    header = _b64(b'{"alg":"HS256","typ":"JWT"}', url=True, pad=False)
    body = _b64(
        f'{{"sub":"{rng.randrange(10**9)}","exp":2000000000}}'.encode(), url=True, pad=False
    )
    return f"{header}.{body}.{_b64(rng.randbytes(32), url=True, pad=False)}"


# Signature and token shapes portals put into links (nginx secure_link md5, HMAC, Wowza,
# CDN tokens, JWTs): each makes a fresh random token.
TOKEN_SHAPES: dict[str, Callable[[random.Random], str]] = {
    "md5-hex": lambda rng: rng.randbytes(16).hex(),
    "sha1-hex": lambda rng: rng.randbytes(20).hex(),
    "sha256-hex": lambda rng: rng.randbytes(32).hex().upper(),
    "hmac-hex-16": lambda rng: rng.randbytes(8).hex() + "a1",
    "md5-base64url": lambda rng: _b64(rng.randbytes(16), url=True, pad=False),
    "md5-base64": lambda rng: _b64(rng.randbytes(16), url=False, pad=True),
    "sha256-base64url": lambda rng: _b64(rng.randbytes(32), url=True, pad=False),
    "jwt": _jwt,
}
# Parameter names that say nothing about a secret.
NEUTRAL_NAMES = ("h", "x", "v", "q", "s2", "md5", "hmac", "wmsAuthSign", "Policy", "verify")


def tokens(shape: str, count: int, seed: int = 0) -> list[str]:
    """Return count distinct tokens of one shape, the same for a given seed."""
    rng = random.Random(f"{shape}:{seed}")
    return [TOKEN_SHAPES[shape](rng) for _ in range(count)]
