"""Property tests: the parsers return cameras or raise PortalFormatError, nothing else."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING
import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.hls import is_master, parse_master, parse_media
from custom_components.kutim_cctv.portal.models import Camera, ParseResult, Profile
from custom_components.kutim_cctv.portal.parsing import (
    JSONValue,
    KutimPage,
    decode_body,
    load_json,
    parse_body,
    parse_kutim_page,
)
from custom_components.kutim_cctv.util import ALLOWED_HEADERS, InvalidHeaderError, parse_headers
from fake_portal.hostile import FUZZ_KEYS, FUZZ_STRINGS

if TYPE_CHECKING:
    from collections.abc import Callable

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_BODIES = tuple(sorted(path.read_bytes() for path in FIXTURES.iterdir() if path.is_file()))
BASE = "https://portal.kutim.example/cctv/list"
HLS = "https://cctv.kutim.example"

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KEYS = st.sampled_from(FUZZ_KEYS)
STRINGS = st.sampled_from(FUZZ_STRINGS)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | STRINGS
)
JSON_VALUES: st.SearchStrategy[JSONValue] = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(KEYS | st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=30,
)
FRAGMENTS = st.sampled_from(
    [
        "<script>",
        "</script>",
        '<script type="application/json">',
        "var a = ",
        "window.x = ",
        "JSON.parse('",
        'JSON.parse("',
        "')",
        "[",
        "]",
        "{",
        "}",
        "'",
        '"',
        "`",
        "\\",
        "//",
        "/*",
        "*/",
        ",",
        ":",
        "id: 1",
        "url: 'https://m.example/a.m3u8'",
        '"url": "/hls/a/index.m3u8"',
        "<video src='/a.m3u8'>",
        "</video>",
        "<source src=/b.m3u8>",
        '<img src="/s/1.jpg" alt="Satu">',
        '<img src="/logo.png">',
        "<iframe src='https://p.example/e?src=https://m.example/a.m3u8'>",
        "<a href=/c.m3u8>",
        "</a>",
        "<h3>",
        "</h3>",
        "<div class='cam'>",
        "</div>",
        "<![CDATA[",
        "<!",
        "<?php",
        "&amp;",
        "&#xD800;",
        "Warning: ",
        "\ufeff",
        "\x00",
    ]
)
MARKUP = st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join)


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> bytes:
    """Return a fixture body with random byte flips, cuts and insertions."""
    body = bytearray(draw(st.sampled_from(FIXTURE_BODIES)))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        operation = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        position = draw(st.integers(min_value=0, max_value=max(len(body) - 1, 0)))
        if operation == "flip" and body:
            body[position] ^= draw(st.integers(min_value=1, max_value=255))
        elif operation == "cut":
            del body[position : position + draw(st.integers(min_value=1, max_value=40))]
        elif operation == "insert":
            body[position:position] = draw(
                st.binary(max_size=8)
                | st.sampled_from([b"[", b"]", b"{", b"}", b'"', b"'", b"\\", b"<", b"\xff"])
            )
        else:
            del body[position:]
    return bytes(body)


def check_result(result: ParseResult) -> None:
    """Assert that a parse result holds well-formed cameras with unique ids."""
    assert isinstance(result, ParseResult)
    ids = [camera.id for camera in result.cameras]
    assert len(ids) == len(set(ids))
    for camera in result.cameras:
        assert isinstance(camera, Camera)
        assert isinstance(camera.id, str)
        assert camera.id
        assert isinstance(camera.name, str)
        assert camera.name
        assert camera.raw_name
        assert camera.has_still
    assert result.skipped >= 0
    assert all(isinstance(warning, str) for warning in result.warnings)


def outcome(call: Callable[[], ParseResult]) -> ParseResult | str:
    """Return the result of a parse, or the message of its PortalFormatError."""
    try:
        result = call()
    except PortalFormatError as err:
        return f"error: {err}"
    check_result(result)
    return result


def check_text(text: str, content_type: str | None = None) -> None:
    """Parse text in every profile and check the outcome is allowed and deterministic."""
    for profile in Profile:

        def run(profile: Profile = profile) -> ParseResult:
            return parse_body(
                text, profile=profile, base_url=BASE, hls_base=HLS, content_type=content_type
            )

        assert outcome(run) == outcome(run)
    try:
        data = load_json(text)
    except PortalFormatError:
        return
    check_value(data)


def check_value(data: JSONValue) -> None:
    """Parse a JSON value as a Kutim page and check the outcome is allowed."""
    try:
        page = parse_kutim_page(data, hls_base=HLS)
    except PortalFormatError:
        return
    assert isinstance(page, KutimPage)
    check_result(page.result)
    assert page.raw_count >= 0
    assert page.total is None or page.total >= 0
    assert page.total_pages is None or page.total_pages >= 0


@FUZZ
@given(st.text(max_size=300), st.sampled_from([None, "text/html", "application/json"]))
def test_arbitrary_text(text: str, content_type: str | None) -> None:
    """Arbitrary text never raises anything but PortalFormatError."""
    check_text(text, content_type)


@FUZZ
@given(MARKUP)
def test_markup_like_text(text: str) -> None:
    """Text built from script and markup fragments never breaks the page scanner."""
    check_text(text)


@FUZZ
@given(JSON_VALUES)
def test_arbitrary_json_values(data: JSONValue) -> None:
    """Arbitrary JSON values, as values and as serialised bodies, parse or raise cleanly."""
    check_value(data)
    check_text(json.dumps(data))
    check_value({"data": data, "meta": data})


@FUZZ
@given(mutated_fixtures())
def test_mutated_fixtures(body: bytes) -> None:
    """Damaged fixture bodies decode and parse or raise cleanly."""
    text = decode_body(body)
    assert isinstance(text, str)
    check_text(text)


@FUZZ
@given(st.binary(max_size=200))
def test_decode_body_never_raises(raw: bytes) -> None:
    """Any bytes decode to text."""
    assert isinstance(decode_body(raw), str)


@FUZZ
@given(st.sampled_from(FIXTURE_BODIES), st.sampled_from(list(Profile)))
def test_fixtures_parse_deterministically(body: bytes, profile: Profile) -> None:
    """The same body always gives an equal result."""
    text = decode_body(body)

    def run() -> ParseResult:
        return parse_body(text, profile=profile, base_url=BASE, hls_base=HLS)

    assert outcome(run) == outcome(run)


# --------------------------------------------------------------------------- nesting, numbers


@st.composite
def nested_documents(draw: st.DrawFn) -> str:
    """Return JSON-like text nested thousands deep, balanced or cut off, with huge numbers."""
    depth = draw(st.integers(min_value=1, max_value=3000))
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"data":', "}"), ('{"a":[', "]}")]))
    core = draw(
        st.sampled_from(
            ["1", "9" * 4000, "1e999999", "-1e-999999", "1" + "0" * 400, "NaN", '"\\ud800"', "{}"]
        )
    )
    closing = draw(st.integers(min_value=0, max_value=depth))
    return opener * depth + core + closer * closing


@FUZZ
@given(nested_documents())
def test_deep_nesting_and_huge_numbers(text: str) -> None:
    """Deep nesting and absurd numbers parse or raise PortalFormatError."""
    check_text(text)


@FUZZ
@given(st.text(st.characters(codec=None), max_size=200))
def test_any_unicode_including_lone_surrogates(text: str) -> None:
    """Text with any code point, lone surrogates included, decodes and parses cleanly."""
    check_text(decode_body(text.encode("utf-8", "surrogatepass")))
    check_text(text)


# --------------------------------------------------------------------------- HLS playlists

PLAYLIST_LINES = st.sampled_from(
    [
        "#EXTM3U",
        "#EXT-X-VERSION:7",
        '#EXT-X-STREAM-INF:BANDWIDTH=300000,CODECS="avc1.42e01e,mp4a.40.2"',
        "#EXT-X-STREAM-INF:BANDWIDTH=",
        "#EXT-X-STREAM-INF:RESOLUTION=320x240,BANDWIDTH=99999999999999999999",
        "#EXT-X-STREAM-INF:BANDWIDTH=\u00b900000",
        "#EXT-X-STREAM-INF:BANDWIDTH=" + "9" * 5000,
        "#EXTINF:2.000,",
        "#EXTINF:",
        '#EXT-X-MAP:URI="init.mp4?token=abc"',
        "#EXT-X-MAP:URI=",
        '#EXT-X-MAP:URI="http://[::1"',
        "#EXT-X-ENDLIST",
        "seg1.ts",
        "video1_stream.m3u8?session=abc",
        "https://cdn.kutim.example/live/seg2.mp4",
        "//cdn.kutim.example/seg3.ts",
        "http://[::1",
        "http://[::1]:99999/x.ts",
        "javascript:alert(1)",
        "\ufeff#EXTM3U",
        "",
    ]
)
PLAYLISTS = st.lists(PLAYLIST_LINES | st.text(max_size=12), max_size=12).map("\n".join)
PLAYLIST_BASES = st.sampled_from(
    [HLS + "/hls/a/index.m3u8", "http://[::1/x.m3u8", "", "relative/path.m3u8"]
)


@FUZZ
@given(PLAYLISTS, PLAYLIST_BASES)
def test_playlists(text: str, base: str) -> None:
    """Playlists give variants or segments as strings, or raise PortalFormatError."""
    assert isinstance(is_master(text), bool)
    try:
        variants = parse_master(text, base)
    except PortalFormatError:
        pass
    else:
        assert variants
        assert all(isinstance(v.url, str) for v in variants)
        assert all(v.bandwidth is None or v.bandwidth >= 0 for v in variants)
    try:
        media = parse_media(text, base)
    except PortalFormatError:
        pass
    else:
        assert media.segments
        assert all(isinstance(url, str) for url in media.segments)
        assert media.init_url is None or isinstance(media.init_url, str)


@pytest.mark.parametrize(
    "text",
    [
        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nhttp://[::1/low.m3u8\n",
        "#EXTM3U\n#EXTINF:2,\nhttp://[::1\n",
        '#EXTM3U\n#EXT-X-MAP:URI="http://[::1"\n#EXTINF:2,\nseg.mp4\n',
    ],
)
def test_playlist_with_invalid_address(text: str) -> None:
    """An entry that is no valid URL is a format error, not a ValueError."""
    parse = parse_master if is_master(text) else parse_media
    with pytest.raises(PortalFormatError):
        parse(text, HLS + "/hls/a/index.m3u8")


@pytest.mark.parametrize("bandwidth", ["\u00b900000", "9" * 5000])
def test_playlist_bandwidth_that_is_no_count(bandwidth: str) -> None:
    """Superscript digits and numbers too long to convert are no bandwidth."""
    text = f"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH={bandwidth}\nlow.m3u8\n"
    assert parse_master(text, HLS + "/")[0].bandwidth is None


# --------------------------------------------------------------------------- headers

HEADER_LINES = st.sampled_from(
    [
        "Referer: https://cctv.kutaitimurkab.go.id/",
        "Origin:https://cctv.kutaitimurkab.go.id",
        "cookie: portal_session=abc; theme=dark",
        "User-Agent: Mozilla/5.0",
        "X-Requested-With: XMLHttpRequest",
        "Authorization: Bearer abc",
        "Host: evil.example",
        "Bad Name: x",
        ": no name",
        "no colon",
        "Referer: a\x00b",
        "Referer: tab\tinside",
        "Referer: é ünïcödé",
        "   ",
    ]
)
HEADER_TEXT = st.lists(HEADER_LINES | st.text(max_size=20), max_size=8).map("\n".join)


@FUZZ
@given(HEADER_TEXT | st.text(max_size=200))
def test_header_parser(text: str) -> None:
    """Header text gives allowed names with clean values, or raises InvalidHeaderError."""
    try:
        headers = parse_headers(text)
    except InvalidHeaderError:
        return
    for name, value in headers.items():
        assert name.lower() in ALLOWED_HEADERS
        assert name == name.strip()
        assert not any(char.isspace() for char in name)
        assert value == value.strip()
        assert all(unicodedata.category(char) != "Cc" or char == "\t" for char in value)
