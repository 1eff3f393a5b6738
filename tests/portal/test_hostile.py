"""Hostile portal input to the client: headers, pictures, huge lists, tokens and names."""

from __future__ import annotations

from collections.abc import AsyncIterator
import json
import re
import struct
from typing import Any
import unicodedata
from urllib.parse import quote

import aiohttp
from aiohttp import web
import av
from hypothesis import given, settings, strategies as st
import pytest

from custom_components.kutim_cctv.activity import FrameError, decode_grey
from custom_components.kutim_cctv.markdown import (
    MAX_PLACEHOLDER_LENGTH,
    markdown_code,
    markdown_text,
)
from custom_components.kutim_cctv.portal import (
    MAX_CAMERAS,
    Camera,
    PortalClient,
    PortalFormatError,
    PortalSettings,
    PortalTooLargeError,
    Profile,
    async_grab_still,
    normalise,
)
from custom_components.kutim_cctv.portal.grab import decode_keyframe_jpeg
from custom_components.kutim_cctv.portal.http import MAX_RETRY_AFTER, parse_retry_after
from custom_components.kutim_cctv.portal.names import MAX_NAME_LENGTH, sanitize_name
from custom_components.kutim_cctv.portal.parsing import parse_body, parse_kutim_page
from custom_components.kutim_cctv.portal.pictures import (
    DECODER_OPTIONS,
    check_picture,
    picture_size,
)
from custom_components.kutim_cctv.portal.redact import redact_text, redact_url
from custom_components.kutim_cctv.portal.values import clean_text
from fake_portal.hostile import (
    FITTING,
    MARKDOWN,
    MARKUP,
    NEUTRAL_NAMES,
    OVERSIZED,
    TOKEN_SHAPES,
    claim_size,
    encode_jpeg,
    encode_png,
    encode_segment,
    hostile_names,
    tokens,
)
from fake_portal.serving import serving

NOW = 1445412470.0  # Wed, 21 Oct 2015 07:27:50 GMT

# --------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 120\t", 120.0),
        ("3600", 3600.0),
        ("3601", MAX_RETRY_AFTER),
        ("604800", MAX_RETRY_AFTER),
        ("9" * 60, MAX_RETRY_AFTER),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 10.0),
        ("Wed, 21 Oct 2015 07:28:00 -0000", 10.0),
        ("Wednesday, 21-Oct-15 07:28:00 GMT", 10.0),
        ("Wed Oct 21 07:28:00 2015", 10.0),
        ("Tue, 20 Oct 2015 07:28:00 GMT", 0.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
    ],
)
def test_retry_after_forms(value: str, seconds: float) -> None:
    """Delta-seconds and HTTP-dates are read; pauses are capped at an hour."""
    assert parse_retry_after(value, now=NOW) == seconds


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "soon",
        "1.5",
        "-5",
        "+5",
        "0x10",
        "1e3",
        "5 5",
        "\x00",
        "Wed, 21 Oct 99999 07:28:00 GMT",
        "Mon, 32 Foo 2015 99:99:99 GMT",
        "Wed, 21 Oct 2015 07:28:00 +9999",
        "1" * 100,
    ],
)
def test_retry_after_junk(value: str | None) -> None:
    """Anything that is neither form is ignored."""
    assert parse_retry_after(value, now=NOW) is None


NON_ASCII_DIGITS = [
    chr(code)
    for code in range(0x80, 0x110000)
    if chr(code).isdigit() and unicodedata.category(chr(code)) != "Cs"
]


def test_every_non_ascii_digit_is_ignored() -> None:
    """Every character str.isdigit() accepts outside ASCII is refused, alone or in runs."""
    assert len(NON_ASCII_DIGITS) > 600
    for char in NON_ASCII_DIGITS:
        assert parse_retry_after(char, now=NOW) is None, hex(ord(char))
        assert parse_retry_after("1" + char, now=NOW) is None, hex(ord(char))
        assert parse_retry_after(char * 3, now=NOW) is None, hex(ord(char))


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=80))
def test_retry_after_never_raises(value: str) -> None:
    """Any header text gives a bounded pause or None, never an exception."""
    seconds = parse_retry_after(value, now=NOW)
    assert seconds is None or 0.0 <= seconds <= MAX_RETRY_AFTER


@pytest.mark.parametrize("digit", ["\u00b2", "\u2075\u2070", "\u00b9\u00b2\u00b3", "\u2460"])
@pytest.mark.parametrize("key", ["total", "totalPages", "limit", "page"])
def test_page_counts_in_unicode_digits_are_ignored(digit: str, key: str) -> None:
    """A page total in superscript digits is no count, and no crash."""
    page = parse_kutim_page(
        {
            "data": [{"id": 1, "name": "Simpang", "streamKey": "simpang-1"}],
            "meta": {"page": 1, "limit": 5, "total": 1, "totalPages": 1, key: digit},
        },
        hls_base="https://cctv.kutim.example",
    )
    assert [camera.id for camera in page.result.cameras] == ["1"]
    assert page.total in (None, 1)


# --------------------------------------------------------------------------- pixel bombs


def _pictures(width: int, height: int) -> list[tuple[str, bytes]]:
    """Return a JPEG and a PNG whose headers say width x height (tiny bodies)."""
    return [
        ("jpeg", claim_size(encode_jpeg(16, 16), width, height)),
        ("png", claim_size(encode_png(16, 16), width, height)),
    ]


JPEG_HEADERS = [
    # Frame header kinds: baseline, extended, progressive, lossless, arithmetic.
    *(bytes([0xFF, marker]) for marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC9, 0xCA, 0xCB, 0xCF)),
]


@pytest.mark.parametrize("sof", JPEG_HEADERS)
@pytest.mark.parametrize(
    "before",
    [
        b"",
        b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",  # APP0
        b"\xff\xe1\xff\xff" + b"x" * 0xFFFD,  # a 64 KiB APP1 (Exif)
        b"\xff\xff\xff\xdd\x00\x04\x00\x10",  # fill bytes, then DRI
        b"\xff\xd0\xff\x01",  # standalone markers
        b"\xff\xc4\x00\x03\x00",  # DHT: a marker in the SOF range that is no frame header
    ],
)
def test_jpeg_size_from_every_frame_header(sof: bytes, before: bytes) -> None:
    """Every SOF kind is read, whatever precedes it."""
    frame = sof + b"\x00\x11\x08" + struct.pack(">HH", 12000, 13000) + b"\x03" + b"\x00" * 9
    assert picture_size(b"\xff\xd8" + before + frame) == (13000, 12000)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xd8",
        b"\xff\xd8\xff\xda\x00\x08" + b"\x00" * 64,  # scan before any frame header
        b"\xff\xd8\xff\xd9",  # end of image
        b"\xff\xd8\x00\x00\x00\x00",  # not a marker
        b"\xff\xd8\xff\xc0\x00\x11\x08\x00",  # cut inside the frame header
        b"\xff\xd8\xff\xe0\x00\x01",  # impossible segment length
        b"\xff\xd8" + b"\xff" * (2 * 1024 * 1024),  # endless fill bytes: the scan stops
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00",  # cut IHDR
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIDAT" + b"\x00" * 16,  # no IHDR first
        b"GIF89a" + b"\x00" * 32,
    ],
)
def test_no_size_without_a_header(data: bytes) -> None:
    """Pictures without a readable header have no size, and are not decoded."""
    assert picture_size(data) is None
    if data.startswith((b"\xff\xd8", b"\x89PNG")):
        with pytest.raises(PortalFormatError):
            check_picture(data, "The picture")


@pytest.mark.parametrize(("width", "height"), OVERSIZED)
def test_oversized_pictures_are_refused_before_decoding(width: int, height: int) -> None:
    """Stills, segments that are pictures, and activity frames: all refused by their header."""
    for kind, data in _pictures(width, height):
        assert picture_size(data) == (width, height), kind
        with pytest.raises(PortalTooLargeError, match=f"{width} x {height} pixels"):
            check_picture(data, "The picture")
        with pytest.raises(PortalTooLargeError, match="larger than the limit"):
            decode_keyframe_jpeg(data)
        with pytest.raises(FrameError, match="larger than the limit"):
            decode_grey(data)


@pytest.mark.parametrize(("width", "height"), FITTING)
def test_pictures_within_the_limit_decode(width: int, height: int) -> None:
    """Real pictures up to 4096 pixels a side are decoded as before."""
    for data in (encode_jpeg(width, height), encode_png(width, height)):
        assert check_picture(data, "The picture") == (width, height)
        assert decode_grey(data).shape == (48, 64)
        assert decode_keyframe_jpeg(data).startswith(b"\xff\xd8")


@pytest.mark.parametrize("container", ["mpegts", "mp4"])
@pytest.mark.parametrize(("width", "height"), [(4112, 16), (16, 4112), (4100, 4100)])
def test_oversized_video_is_refused_from_its_parameters(
    container: str, width: int, height: int
) -> None:
    """H.264 segments declare their size in the SPS: refused before any frame is decoded."""
    segment = encode_segment(width, height, container=container)
    with pytest.raises(PortalTooLargeError, match=f"{width} x {height} pixels"):
        decode_keyframe_jpeg(segment)


@pytest.mark.parametrize("container", ["mpegts", "mp4"])
def test_video_within_the_limit_decodes(container: str) -> None:
    """A segment of a size within the limit still gives a JPEG."""
    assert decode_keyframe_jpeg(encode_segment(4096, 16, container=container))[:2] == b"\xff\xd8"


def test_decoder_refuses_larger_pictures_itself() -> None:
    """The decoder option holds on PyAV 13 and 16 too, for pictures no header was read of."""
    data = encode_jpeg(4200, 4200)
    context = av.CodecContext.create("mjpeg", "r")
    context.options = dict(DECODER_OPTIONS)
    with pytest.raises(Exception, match="Invalid argument"):
        [*context.decode(av.Packet(data)), *context.decode(None)]
    with pytest.raises(FrameError):
        decode_grey(data)


@pytest.fixture
async def bomb_server(socket_enabled: None) -> AsyncIterator[str]:
    """Serve oversized pictures as a snapshot and as an MJPEG stream on 127.0.0.1."""
    bomb = claim_size(encode_jpeg(16, 16), 12000, 12000)

    async def snapshot(request: web.Request) -> web.Response:
        return web.Response(body=bomb, content_type="image/jpeg")

    async def png(request: web.Request) -> web.Response:
        return web.Response(
            body=claim_size(encode_png(16, 16), 9000, 9000), content_type="image/png"
        )

    async def mjpeg(request: web.Request) -> web.Response:
        part = b"--frame\r\nContent-Type: image/jpeg\r\n\r\n" + bomb + b"\r\n"
        return web.Response(body=part * 3, content_type="multipart/x-mixed-replace")

    async with serving({"/snap.jpg": snapshot, "/snap.png": png, "/video.mjpg": mjpeg}) as url:
        yield url


@pytest.mark.parametrize(
    ("field", "path"),
    [("snapshot_url", "/snap.jpg"), ("snapshot_url", "/snap.png"), ("mjpeg_url", "/video.mjpg")],
)
async def test_oversized_stills_are_refused(bomb_server: str, field: str, path: str) -> None:
    """A snapshot or MJPEG picture too large to decode is not handed on to be decoded."""
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, PortalSettings(profile=Profile.AUTO, url=bomb_server))
        camera = Camera(id="c", raw_name="C", name="C", **{field: bomb_server + path})
        with pytest.raises(PortalTooLargeError, match="pixels, larger than the limit"):
            await async_grab_still(client, camera)


# --------------------------------------------------------------------------- names

_TAG_LIKE = re.compile(r"</?[A-Za-z!?][^<>]*>")


def assert_display_safe(text: str | None) -> None:
    """Assert a name shows as what it says: visible characters only, no tag, capped."""
    if text is None:
        return
    assert text == text.strip()
    assert len(text) <= MAX_NAME_LENGTH
    for char in text:
        assert unicodedata.category(char) not in {"Cc", "Cf", "Cs"}, hex(ord(char))
    assert _TAG_LIKE.search(text) is None, text


@pytest.mark.parametrize("name", hostile_names())
@pytest.mark.parametrize("prettify", [True, False])
def test_hostile_names_are_shown_safely(name: str, prettify: bool) -> None:
    """Names and areas lose invisible characters and markup, and are capped with an ellipsis."""
    body = json.dumps(
        [{"id": "c1", "name": name, "kecamatan": name, "stream_url": "https://m.example/a.m3u8"}]
    )
    result = parse_body(
        body, profile=Profile.JSON, base_url="https://portal.example/", prettify=prettify
    )
    (camera,) = result.cameras
    for text in (camera.name, camera.raw_name, camera.area):
        assert_display_safe(text)
    assert camera.name
    visible = sanitize_name(name, limit=10_000)
    if len(visible) > MAX_NAME_LENGTH:
        assert camera.raw_name.endswith("\u2026")
    if "SIMPANG" in name.upper() and "<" not in name and "&" not in name:
        assert "simpang" in camera.name.lower().replace(" ", "")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("&lt;b&gt;Simpang&lt;/b&gt; Tiga", "Simpang Tiga"),
        ("&#60;script&#62;alert(1)&#60;/script&#62;Pasar", "alert(1)Pasar"),
        ("CCTV \u202eSIMPANG\u202c", "CCTV SIMPANG"),
        ("Simpang\u200b\u00adTiga", "SimpangTiga"),
        ("Simpang\x85Tiga\x9b", "Simpang Tiga"),
        ("a < b > c", "a < b > c"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("Simpang " * 20, "Simpang " * 11 + "Simpang\u2026"),
    ],
)
def test_sanitize_name_examples(raw: str, shown: str) -> None:
    """Examples of what a name turns into."""
    assert sanitize_name(clean_text(raw) or "") == shown.strip()


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=300))
def test_any_name_is_display_safe(raw: str) -> None:
    """Whatever the text, the shown name is safe and no longer than the cap."""
    assert_display_safe(sanitize_name(raw))
    assert_display_safe(sanitize_name(clean_text(raw) or ""))


# --------------------------------------------------------------------------- markdown

_MARKUP_CHARS = set("\\`*_[]<>&~|")


def assert_markdown_inert(text: str) -> None:
    """Assert escaped text renders as itself: every markup character escaped, one line."""
    assert "\n" not in text
    assert "\r" not in text
    bare = re.sub(r"\\[!-/:-@\[-`{-~]", "", text)
    assert not _MARKUP_CHARS & set(bare), text
    assert not re.match(r"\s*(?:[#+\-=>]|\d{1,9}[.)])", text), text


def unescape_markdown(text: str) -> str:
    """Undo backslash escapes the way CommonMark reads them."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


@pytest.mark.parametrize("value", [*hostile_names(), *MARKDOWN, *MARKUP])
def test_placeholders_render_as_text(value: str) -> None:
    """Repair placeholders escape markdown; what a reader sees is the text itself."""
    escaped = markdown_text(value)
    assert_markdown_inert(escaped)
    expected = " ".join(value.split())
    if len(expected) <= MAX_PLACEHOLDER_LENGTH:
        assert unescape_markdown(escaped) == expected
    code = markdown_code(value)
    assert "`" not in code
    assert "\n" not in code


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=200))
def test_any_placeholder_is_inert(value: str) -> None:
    """Any text becomes inert markdown that reads back as the text."""
    escaped = markdown_text(value)
    assert_markdown_inert(escaped)
    assert unescape_markdown(escaped) == " ".join(value.split())


# --------------------------------------------------------------------------- huge lists


def _items(count: int) -> list[dict[str, object]]:
    """Return count camera items of the F2 JSON shape."""
    return [
        {"id": n, "name": f"Cam {n}", "stream_url": f"https://m.example/{n}/index.m3u8"}
        for n in range(count)
    ]


def _bodies(count: int) -> dict[str, tuple[str, Profile]]:
    """Return a list of count cameras in each list format."""
    items = _items(count)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},
            "properties": item,
        }
        for item in items
    ]
    return {
        "json": (json.dumps(items), Profile.JSON),
        "wrapped": (json.dumps({"data": {"items": items}}), Profile.AUTO),
        "geojson": (
            json.dumps({"type": "FeatureCollection", "features": features}),
            Profile.GEOJSON,
        ),
        "html-script": (
            f"<html><script>var cams = {json.dumps(items)};</script></html>",
            Profile.HTML,
        ),
        "kutim": (
            json.dumps(
                {"data": [{"id": n, "name": f"C{n}", "streamKey": f"k{n}"} for n in range(count)]}
            ),
            Profile.KUTIM,
        ),
    }


@pytest.mark.parametrize("shape", ["json", "wrapped", "geojson", "html-script", "kutim"])
@pytest.mark.parametrize("count", [1, MAX_CAMERAS, MAX_CAMERAS + 1, 20_000])
def test_lists_are_read_up_to_the_cap(
    shape: str, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every list format stops after the cap, and says that it did."""
    calls = 0
    original = normalise.item_cameras

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(normalise, "item_cameras", counting)
    body, profile = _bodies(count)[shape]
    result = parse_body(
        body, profile=profile, base_url="https://portal.example/", hls_base="https://h.example"
    )
    assert len(result.cameras) == min(count, MAX_CAMERAS)
    assert result.capped is (count > MAX_CAMERAS)
    assert calls <= MAX_CAMERAS + 1  # items beyond the cap are never normalised


def test_kutim_page_is_read_up_to_the_cap() -> None:
    """A Kutim page of 20,000 cameras gives the first MAX_CAMERAS, marked as capped."""
    page = parse_kutim_page(
        {"data": [{"id": n, "name": f"C{n}", "streamKey": f"k{n}"} for n in range(20_000)]},
        hls_base="https://h.example",
    )
    assert len(page.result.cameras) == MAX_CAMERAS
    assert page.result.capped
    assert [c.id for c in page.result.cameras[:3]] == ["0", "1", "2"]


def test_duplicates_cost_no_quadratic_scan() -> None:
    """Thousands of cameras sharing one id are renamed in one pass, exact repeats dropped."""
    notes = normalise.Notes()
    same = [
        Camera(id="x", raw_name=f"C{n}", name=f"C{n}", stream_url=f"https://m.example/{n}.m3u8")
        for n in range(MAX_CAMERAS)
    ]
    kept = normalise.dedupe([*same, *same], notes)
    assert len(kept) == MAX_CAMERAS
    assert len({camera.id for camera in kept}) == MAX_CAMERAS


# --------------------------------------------------------------------------- tokens


def _placements(token: str, name: str) -> list[str]:
    """Return texts that carry a token the ways portals and errors do."""
    return [
        f"https://cdn.example/hls/cam-1/index.m3u8?{name}={token}&expires=2000000000",
        f"https://cdn.example/hls/cam-1/index.m3u8?expires=2000000000&{name}={quote(token)}",
        f"https://cdn.example/s/{quote(token, safe='')}/2000000000/cam-1/index.m3u8",
        f"https://cdn.example/cam-1/snap.jpg#{name}={token}",
        f"https://relay.example/go?u={quote('https://cdn.example/a.jpg?' + name + '=' + token)}",
    ]


@pytest.mark.parametrize("shape", sorted(TOKEN_SHAPES))
@pytest.mark.parametrize("name", NEUTRAL_NAMES)
def test_tokens_are_redacted_by_shape(shape: str, name: str) -> None:
    """Signatures under names that say nothing are redacted in URLs and in free text."""
    for token in tokens(shape, 20):
        for url in _placements(token, name):
            redacted = redact_url(url)
            assert token not in redacted, url
            assert quote(token) not in redacted, url
            assert quote(token, safe="") not in redacted, url
            text = f"HTTP 403 from {url}: access refused"
            assert token not in redact_text(text)
        for text in (
            f"{name}={token}",
            f'{{"{name}": "{token}"}}',
            f"signed link expired ({name}: {token})",
        ):
            assert token not in redact_text(text), text
    for token in tokens("jwt", 5):
        assert token not in redact_text(f"the portal answered with {token} instead")


@pytest.mark.parametrize(
    "url",
    [
        "https://portal.example/hls/simpang-yossudarso-1/index.m3u8",
        "https://portal.example/hls/kutim-simpang-tiga-cam01/index.m3u8?page=1&limit=5000",
        "https://portal.example/api/cctv/public?page=2&limit=100",
        "https://portal.example/live/CamSimpang01Kutim/stream.m3u8?camera=KecamatanSangattaUtara",
        "https://portal.example/media/1700000000123/segment_17000000001234567.ts",
        "https://portal.example/cctv/SANGATTA_UTARA_SIMPANG_3/video1_stream.m3u8",
    ],
)
def test_words_and_numbers_stay_readable(url: str) -> None:
    """Stream keys, ids and paths that read as words and numbers are kept for debugging."""
    assert redact_url(url) == url


@pytest.mark.parametrize(
    ("url", "token"),
    [
        # A signature whose hyphen splits off a short piece, beside its expiry in the path
        # (nginx secure links) and in the query under a name that says nothing.
        (
            "https://cdn.example/s/sokurh8SOEPJRMRcx2-Mbw/2000000000/cam/index.m3u8",
            "sokurh8SOEPJRMRcx2-Mbw",
        ),
        (
            "https://cdn.example/hls/cam/index.m3u8?h=sokurh8SOEPJRMRcx2-Mbw&expires=2000000000",
            "sokurh8SOEPJRMRcx2-Mbw",
        ),
        # Runs of consonants no word spells, without an expiry beside.
        ("https://cdn.example/s/znpdjxgpll5mqaoyDlwGxw/cam/index.m3u8", "znpdjxgpll5mqaoyDlwGxw"),
        ("https://cdn.example/a.jpg?v=lsd_xv-qtbckwTTYWYaaIQ", "lsd_xv-qtbckwTTYWYaaIQ"),
    ],
)
def test_signatures_of_mixed_case_pieces_are_redacted(url: str, token: str) -> None:
    assert token not in redact_url(url)
    assert token not in redact_text(f"HTTP 403 from {url}: access refused")


@pytest.mark.parametrize(
    "url",
    [
        # Words and acronyms of a camera's address stay, beside an expiry or not.
        "https://cctv.example/hls/simpang-tiga-sangatta/2000000000/index.m3u8",
        "https://cctv.example/live.m3u8?stream=bundaran-pelangi&expires=2000000000",
        "https://k3i.kutim.example/masterdata/cctv/getCCTVFullScreen",
        "https://datex.kutim.example/datexapi/GetCCTVSiteTable/pullsnapshotdata",
        "http://www.w3.org/2001/XMLSchema-instance",
        "https://cctv.example/hls/BundaranPelangi2024/index.m3u8",
    ],
)
def test_words_of_an_address_are_not_taken_for_signatures(url: str) -> None:
    assert redact_url(url) == url
