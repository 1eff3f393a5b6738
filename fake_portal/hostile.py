"""Hostile portal content, in one place for the tests, scripts/fuzz.py and the fake portal.

Each class of attack is a generator or a tuple of cases; the tests assert on every case,
and scripts/fuzz.py counts them and measures what the resource cases cost.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
import io
import json
import random
import struct
from typing import Any
from urllib.parse import quote
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


# --------------------------------------------------------------------------- fuzz vocabulary

# Field names and values the fuzzers (scripts/fuzz.py and tests/portal/test_parsing_fuzz.py)
# build camera lists from: the aliases the parsers look for, and values that are URLs,
# coordinates, statuses and the hostile content of this module.
FUZZ_KEYS = (
    "id",
    "name",
    "nama",
    "lat",
    "lng",
    "lat_lon",
    "streamKey",
    "url",
    "stream_url",
    "cctv_link",
    "thumbnail",
    "mjpeg",
    "status",
    "visible",
    "kecamatan",
    "data",
    "items",
    "meta",
    "total",
    "totalPages",
    "links",
    "features",
    "type",
    "geometry",
    "properties",
    "coordinates",
    "position",
    "koordinat",
)
FUZZ_STRINGS = (
    "https://m.kutim.example/hls/a/index.m3u8",
    "/hls/b/index.m3u8",
    "//cdn.kutim.example/c.jpg",
    "https://zm.example/zm/cgi-bin/nph-zms?mode=single&monitor=1",
    "http://m.example/video.mjpg",
    "rtsp://m.example/live",
    "http://[::1",
    "http://169.254.169.254/latest/meta-data/",
    "rtsp://admin:secret@10.0.0.5:554/live",
    "javascript:alert(1)",
    "0.5,117.5",
    "0,0",
    "FeatureCollection",
    "Feature",
    "Point",
    "aktif",
    "CCTV SIMP 3 JL. YOS SUDARSO",
    "\ud800",
    "[1,2]",
    '{"a": 1}',
    "",
    "\u00b2",
    "\u2075\u2070",
    "https://m.kutim.example/s/_e4Nc3iduzkWRm01TBBNYw/2000000000/a.m3u8",
    "https://m.kutim.example/a.jpg?md5=a55543a2b6a6d5bf79114ece08dc952e&expires=2000000000",
    *MARKUP,
    *MARKDOWN,
    "CCTV \u202eSIMPANG\u202c \u200bTIGA\x85",
    "SIMPANG " * 500,
)


# --------------------------------------------------------------------------- fuzz cases

NON_ASCII_DIGITS = "\u00b2\u00b3\u00b9\u2070\u2074\u2075\u2079\u2080\u2089\u0660\u0669\u06f5\u0966\uff10\uff19\u2460\u2469"


def retry_after_value(rng: random.Random) -> str:
    """Return a Retry-After header value: valid, absurd, in other digits, or junk."""
    roll = rng.randrange(5)
    if roll == 0:
        return str(rng.randrange(10 ** rng.randint(1, 30)))
    if roll == 1:
        return "".join(rng.choice(NON_ASCII_DIGITS) for _ in range(rng.randint(1, 4)))
    if roll == 2:
        day = rng.choice(("Mon", "Tue", "Wed", "Foo"))
        year = rng.choice((1970, 2015, 2026, 9999, 10000, 99999, rng.randint(0, 3000)))
        zone = rng.choice(("GMT", "-0000", "+0700", "+9999", "XYZ"))
        return f"{day}, {rng.randint(0, 40):02d} Oct {year} {rng.randint(0, 99):02d}:28:00 {zone}"
    if roll == 3:
        return rng.choice(("-5", "+5", "1.5", "1e3", "0x10", " 7 ", "\x00", "5 5", "soon"))
    return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 12)))


_SMALL_PICTURES: list[bytes] = []


def hostile_picture(rng: random.Random) -> bytes:
    """Return a small JPEG or PNG whose header claims a random size, or is damaged."""
    if not _SMALL_PICTURES:
        _SMALL_PICTURES.extend((encode_jpeg(16, 16), encode_png(16, 16)))
    picture = rng.choice(_SMALL_PICTURES)
    side = rng.choice((0, 1, 16, 4095, 4096, 4097, 8192, 12000, 65535))
    other = rng.choice((0, 1, 16, 4096, 4097, 12000, 65535, rng.randint(0, 65535)))
    data = bytearray(claim_size(picture, side, other))
    for _ in range(rng.choice((0, 0, 1, 3))):  # damage the header now and then
        data[rng.randrange(2, min(len(data), 64))] ^= 1 << rng.randrange(8)
    return bytes(data[: rng.choice((len(data), len(data), 30, 12))])


def signed_url(rng: random.Random) -> tuple[str, str]:
    """Return a signed media URL and the token it carries."""
    shape = rng.choice(sorted(TOKEN_SHAPES))
    token = TOKEN_SHAPES[shape](rng)
    name = rng.choice(NEUTRAL_NAMES)
    quoted = quote(token, safe="")
    url = rng.choice(
        (
            f"https://cdn.example/hls/cam/index.m3u8?{name}={quoted}&expires=2000000000",
            f"https://cdn.example/s/{quoted}/2000000000/cam/index.m3u8",
            f"https://cdn.example/a.jpg?e=2000000000&{name}={quoted}",
        )
    )
    return url, token


def hostile_list(rng: random.Random, count: int) -> str:
    """Return a JSON camera list of count items with hostile names and signed links."""
    names = hostile_names()
    items = [
        {
            "id": n,
            "name": rng.choice(names),
            "kecamatan": rng.choice(names),
            "url": signed_url(rng)[0],
        }
        for n in range(count)
    ]
    return json.dumps(items)
