"""Fuzz every portal parser with generated and mutated payloads and report crashes.

Seeds are the fixtures in tests/portal/fixtures and the bodies the fake portal serves (every
list format, with and without its noise faults, and its HLS playlists). Each payload is
built from a seed by byte flips, truncation, splices, deep nesting, huge numbers, unicode
and JSON tree mutations, or generated from scratch, and is run through every parser:
decode_body, load_json, parse_kutim_page, parse_body in every profile, the HLS playlist
parsers, the header parser and URL redaction.

Only the typed errors are allowed (PortalFormatError from the list and playlist parsers,
InvalidHeaderError from the header parser, PortalUnsafeURLError from the URL policy).
Anything else, or a result that breaks the parsers' promises, is a crash. The run is
deterministic for a given --seed; crashing payloads are written to --crash-dir. The exit
status is 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
import contextlib
from dataclasses import dataclass, field
import json
import multiprocessing
import os
from pathlib import Path
import random
import re
import sys
import tempfile
import time
import traceback
from typing import Any
import unicodedata
from urllib.parse import quote
import zlib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from custom_components.kutim_cctv.activity import FrameError, decode_grey  # noqa: E402
from custom_components.kutim_cctv.markdown import markdown_text  # noqa: E402
from custom_components.kutim_cctv.portal.errors import (  # noqa: E402
    PortalError,
    PortalFormatError,
    PortalUnsafeURLError,
)
from custom_components.kutim_cctv.portal.grab import decode_keyframe_jpeg  # noqa: E402
from custom_components.kutim_cctv.portal.hls import is_master, parse_master, parse_media  # noqa: E402
from custom_components.kutim_cctv.portal.http import MAX_RETRY_AFTER, _Inflater, parse_retry_after  # noqa: E402
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera, ParseResult, Profile  # noqa: E402
from custom_components.kutim_cctv.portal.names import MAX_NAME_LENGTH, sanitize_name  # noqa: E402
from custom_components.kutim_cctv.portal.parsing import (  # noqa: E402
    KutimPage,
    decode_body,
    load_json,
    parse_body,
    parse_kutim_page,
)
from custom_components.kutim_cctv.portal.pictures import fits, picture_size  # noqa: E402
from custom_components.kutim_cctv.portal.policy import (  # noqa: E402
    UrlPolicy,
    is_never_allowed_ip,
    parse_host_rule,
    parse_ip_host,
)
from custom_components.kutim_cctv.portal.redact import redact_text, redact_url  # noqa: E402
from custom_components.kutim_cctv.portal.values import clean_text  # noqa: E402
from custom_components.kutim_cctv.util import InvalidHeaderError, parse_headers  # noqa: E402
from fake_portal.hostile import (  # noqa: E402
    FUZZ_KEYS,
    FUZZ_STRINGS,
    MARKDOWN,
    MARKUP,
    hostile_list,
    hostile_names,
    hostile_picture,
    retry_after_value,
    signed_url,
)

FIXTURES = ROOT / "tests" / "portal" / "fixtures"
BASE = "https://portal.kutim.example/cctv/list"
HLS = "https://cctv.kutim.example"
CONTENT_TYPES = (None, "application/json", "text/html", "text/plain")
SLOW_SECONDS = 2.0
_LEAK = re.compile(r":[^/@:]*(?:hunter2|secret)[^/@:]*@")
MAX_PAYLOAD = 256 * 1024

HANDWRITTEN: tuple[tuple[str, bytes], ...] = (
    (
        "master.m3u8",
        (
            b'#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=300000,CODECS="avc1.42e01e,mp4a.40.2"\n'
            b"low/index.m3u8?session=abc\n#EXT-X-STREAM-INF:BANDWIDTH=900000\nhigh/index.m3u8\n"
        ),
    ),
    (
        "media.m3u8",
        (
            b'#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MAP:URI="init.mp4?token=x"\n'
            b"#EXTINF:2.0,\nseg1.mp4\n#EXTINF:2.0,\nseg2.mp4\n#EXT-X-ENDLIST\n"
        ),
    ),
    (
        "headers.txt",
        (
            b"Referer: https://cctv.kutaitimurkab.go.id/\nOrigin: https://cctv.kutaitimurkab.go.id\n"
            b"Cookie: portal_session=abc; theme=dark\nX-Requested-With: XMLHttpRequest\n"
        ),
    ),
    (
        "secrets.json",
        (
            b'[{"id": 1, "name": "Simpang", "url": "rtsp://admin:hunter2@203.0.113.5/live",'
            b' "thumbnail": "https://u:p@cams.example/s.jpg?token=eyJhbGciOi.eyJzdWIiOi.sig&pass=x"}]'
        ),
    ),
)
STRUCTURE = (
    b"[",
    b"]",
    b"{",
    b"}",
    b'"',
    b"'",
    b"\\",
    b",",
    b":",
    b"<",
    b">",
    b"</script>",
    b"<script>",
    b"JSON.parse('",
    b"var x = ",
    b"\\u",
    b"\\ud800",
    b"#EXTINF:",
    b"#EXT-X-STREAM-INF:",
    b"http://[::1",
    b"\n#EXTINF:1,\nhttp://[::1\n",
    b"rtsp:/admin:hunter2@",
    b'URI="',
    b"\r\n",
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"null",
    b"NaN",
    b"-Infinity",
)
HUGE_NUMBERS = (
    b"9" * 5000,
    b"1e999999",
    b"-1e-999999",
    b"1" + b"0" * 400,
    b"0x" + b"f" * 64,
    b"18446744073709551617",
    b"-0.0",
    b"1.7976931348623157e309",
)
UNICODE = (
    "\u202e",  # right-to-left override
    "\u200b",  # zero width space
    "\ufeff",
    "\u0000",
    "\ud7ff",
    "\U0001f4f9",
    "\uff11\uff12\uff13",  # full-width digits
    "\u3002",  # ideographic full stop (a dot for IDNA)
    "\u0130",  # dotted capital I: changes length when lower-cased
    "ß",
    "Jl. Yos Sudarso — é",
)
ENCODINGS = ("utf-16-le", "utf-16-be", "utf-32", "utf-16", "cp1252", "latin-1")
KEYS = FUZZ_KEYS
STRINGS = FUZZ_STRINGS


# --------------------------------------------------------------------------- seeds


async def _fake_portal_bodies() -> list[tuple[str, bytes]]:
    """Fetch every list format and playlist the fake portal serves, with noise variants."""
    import aiohttp

    from fake_portal import VARIANT_FMP4, VARIANT_MPEGTS, FakePortal
    from fake_portal.data import demo_cameras

    bodies: list[tuple[str, bytes]] = []
    lists = (
        "/api/cctv/public?page=1&limit=3",
        "/api/cctv/public?page=1&limit=100",
        "/f2/cameras.json",
        "/f2/wrapped.json",
        "/f2/keyed.json",
        "/f3/cameras.geojson",
        "/f4/index.html",
        "/f4/jsonparse.html",
        "/f5/cameras.json",
    )
    variants: tuple[dict[str, Any], ...] = (
        {},
        {"php_warning": True, "bom": True},
        {"duplicate_ids": True, "token_ttl": 120.0},
        {"html_error_200": True},
    )
    for hls_variant in (VARIANT_MPEGTS, VARIANT_FMP4):
        portal = FakePortal(demo_cameras(), hls_variant=hls_variant)
        url = await portal.start()
        try:
            async with aiohttp.ClientSession() as session:
                for faults in variants if hls_variant == VARIANT_MPEGTS else ({},):
                    portal.faults.reset()
                    for name, value in faults.items():
                        setattr(portal.faults, name, value)
                    for path in lists:
                        async with session.get(url + path) as response:
                            bodies.append((f"portal{path}{sorted(faults)}", await response.read()))
                portal.faults.reset()
                async with session.post(url + "/api/stream/polder-im-1/start"):
                    pass
                for path in ("index.m3u8", "video1_stream.m3u8"):
                    async with session.get(f"{url}/hls/polder-im-1/{path}") as response:
                        bodies.append((f"portal-{hls_variant}-{path}", await response.read()))
        finally:
            await portal.stop()
    return bodies


def load_seeds() -> list[tuple[str, bytes]]:
    """Return (name, body) of every seed payload."""
    seeds = [
        (path.name, path.read_bytes()) for path in sorted(FIXTURES.iterdir()) if path.is_file()
    ]
    seeds.extend(HANDWRITTEN)
    seeds.extend(asyncio.run(_fake_portal_bodies()))
    return seeds


# --------------------------------------------------------------------------- payloads


def _random_json(rng: random.Random, depth: int = 0) -> Any:
    """Return a random JSON value shaped a little like a camera list."""
    roll = rng.random()
    if depth > 4 or roll < 0.35:
        return rng.choice(
            [
                None,
                True,
                False,
                rng.randint(-(2**70), 2**70),
                rng.uniform(-1e6, 1e6),
                rng.choice(STRINGS),
                rng.choice(UNICODE),
                "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(0, 12))),
            ]
        )
    if roll < 0.65:
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 6))]
    return {
        rng.choice(KEYS) if rng.random() < 0.8 else f"k{rng.randint(0, 99)}": _random_json(
            rng, depth + 1
        )
        for _ in range(rng.randint(0, 7))
    }


def _mutate_tree(rng: random.Random, value: Any, depth: int = 0) -> Any:
    """Return a JSON value with random nodes replaced, dropped, duplicated or re-typed."""
    if rng.random() < 0.08 or depth > 30:
        return _random_json(rng, 3)
    if isinstance(value, list):
        items = [_mutate_tree(rng, item, depth + 1) for item in value]
        if items and rng.random() < 0.2:
            items.append(rng.choice(items))
        if items and rng.random() < 0.1:
            del items[rng.randrange(len(items))]
        return items
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if rng.random() < 0.05:
                continue
            new_key = rng.choice(KEYS) if rng.random() < 0.05 else key
            result[new_key] = _mutate_tree(rng, item, depth + 1)
        return result
    if isinstance(value, (int, float)) and not isinstance(value, bool) and rng.random() < 0.3:
        return str(value) if rng.random() < 0.5 else float("nan")
    if isinstance(value, str) and rng.random() < 0.2:
        return value + rng.choice(UNICODE)
    return value


def _deep(rng: random.Random) -> bytes:
    """Return deeply nested JSON, balanced or not."""
    depth = rng.choice([50, 500, 1000, 5000, 20000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"data":', b"}"), (b'{"a":[', b"]}")])
    tail = closer * (depth if rng.random() < 0.5 else rng.randint(0, depth))
    return opener * depth + rng.choice([b"1", b"{}", b'"x"', b""]) + tail


def _mutate_bytes(rng: random.Random, body: bytes, seeds: list[tuple[str, bytes]]) -> bytes:
    """Apply one to six byte-level mutations."""
    data = bytearray(body)
    for _ in range(rng.randint(1, 6)):
        operation = rng.randrange(9)
        position = rng.randint(0, len(data))
        if operation == 0 and data:  # flip bits
            for _ in range(rng.randint(1, 8)):
                index = rng.randrange(len(data))
                data[index] ^= 1 << rng.randrange(8)
        elif operation == 1:  # truncate
            del data[position:]
        elif operation == 2:  # cut a range
            del data[position : position + rng.randint(1, 64)]
        elif operation == 3:  # insert structure
            data[position:position] = rng.choice(STRUCTURE)
        elif operation == 4:  # splice with another seed
            other = rng.choice(seeds)[1]
            cut = rng.randint(0, len(other))
            data[position:] = other[cut:]
        elif operation == 5:  # duplicate a slice
            end = min(len(data), position + rng.randint(1, 512))
            data[position:position] = data[position:end] * rng.randint(1, 8)
        elif operation == 6:  # huge numbers
            data[position:position] = rng.choice(HUGE_NUMBERS)
        elif operation == 7:  # unicode
            data[position:position] = rng.choice(UNICODE).encode("utf-8", "surrogatepass")
        else:  # random bytes
            data[position:position] = rng.randbytes(rng.randint(1, 16))
    return bytes(data[:MAX_PAYLOAD])


def make_payload(rng: random.Random, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """Return (how it was made, payload)."""
    kind = rng.random()
    name, seed = rng.choice(seeds)
    if kind < 0.05:
        return "generated-json", json.dumps(
            _random_json(rng), ensure_ascii=rng.random() < 0.5
        ).encode("utf-8", "surrogatepass")
    if kind < 0.08:
        return "deep-nesting", _deep(rng)
    if kind < 0.25:
        try:
            tree = json.loads(decode_body(seed))
        except ValueError:
            pass
        else:
            text = json.dumps(_mutate_tree(rng, tree), ensure_ascii=rng.random() < 0.5)
            if rng.random() < 0.2:
                return f"tree:{name}:encoded", text.encode(rng.choice(ENCODINGS), "replace")
            return f"tree:{name}", text.encode("utf-8", "surrogatepass")
    if kind < 0.3:
        text = decode_body(seed)
        return f"encoding:{name}", text.encode(rng.choice(ENCODINGS), "replace")
    return f"bytes:{name}", _mutate_bytes(rng, seed, seeds)


# --------------------------------------------------------------------------- targets


@dataclass(slots=True)
class Stats:
    """Counts of one worker or of the whole run."""

    payloads: int = 0
    calls: Counter[str] = field(default_factory=Counter)
    typed_errors: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    crashes: list[dict[str, str]] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    slowest_target: str = ""

    def merge(self, other: Stats) -> None:
        """Add another worker's counts."""
        self.payloads += other.payloads
        self.calls.update(other.calls)
        self.typed_errors.update(other.typed_errors)
        self.seconds.update(other.seconds)
        self.crashes.extend(other.crashes)
        self.kinds.update(other.kinds)
        if other.slowest > self.slowest:
            self.slowest, self.slowest_target = other.slowest, other.slowest_target


class Crash(Exception):
    """A parser broke one of its promises."""


def _check_result(result: ParseResult) -> None:
    """Raise Crash when a parse result breaks the parsers' promises."""
    if not isinstance(result, ParseResult):
        raise Crash(f"not a ParseResult: {type(result).__name__}")
    ids = [camera.id for camera in result.cameras]
    if len(ids) != len(set(ids)):
        raise Crash("duplicate camera ids")
    for camera in result.cameras:
        if not isinstance(camera, Camera) or not camera.id or not camera.name:
            raise Crash(f"malformed camera {camera!r}")
        if not camera.has_still:
            raise Crash(f"camera without any media: {camera.id!r}")
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            if url is not None:
                _check_url(url)
    if result.skipped < 0:
        raise Crash("negative skipped count")


def _check_url(url: str) -> None:
    """Raise Crash when redaction or the URL policy misbehaves on a parsed URL."""
    redacted = redact_url(url)
    if not isinstance(redacted, str):
        raise Crash("redact_url returned no text")
    if _LEAK.search(redacted):
        raise Crash(f"redaction leaked credentials: {redacted}")
    with contextlib.suppress(PortalUnsafeURLError):
        UrlPolicy().check(url)


class Runner:
    """Run one payload through every parser, counting outcomes."""

    def __init__(self, stats: Stats) -> None:
        """Count into stats."""
        self.stats = stats

    def call(
        self,
        target: str,
        function: Callable[[], Any],
        allowed: tuple[type[Exception], ...],
        payload: bytes,
    ) -> Any:
        """Call one parser; record a typed error, a crash, or return its result."""
        stats = self.stats
        stats.calls[target] += 1
        started = time.perf_counter()
        try:
            return function()
        except allowed:
            stats.typed_errors[target] += 1
            return None
        except Exception as err:  # noqa: BLE001 - anything else is what the fuzzer looks for
            stats.crashes.append(
                {
                    "target": target,
                    "error": f"{type(err).__name__}: {err}"[:500],
                    "traceback": traceback.format_exc(limit=8),
                    "payload": payload.hex(),
                }
            )
            return None
        finally:
            elapsed = time.perf_counter() - started
            stats.seconds[target] += elapsed
            if elapsed > stats.slowest:
                stats.slowest, stats.slowest_target = elapsed, target

    def run(self, payload: bytes) -> None:
        """Run every parser on one payload."""
        text = self.call("decode_body", lambda: decode_body(payload), (), payload)
        if not isinstance(text, str):
            return
        value = self.call("load_json", lambda: load_json(text), (PortalFormatError,), payload)
        if value is not None:
            self.call("parse_kutim_page", lambda: _kutim(value), (PortalFormatError,), payload)
        for profile in Profile:
            content_type = CONTENT_TYPES[len(payload) % len(CONTENT_TYPES)]
            self.call(
                f"parse_body[{profile.value}]",
                lambda profile=profile, content_type=content_type: _checked(
                    parse_body(
                        text,
                        profile=profile,
                        base_url=BASE,
                        hls_base=HLS,
                        content_type=content_type,
                    )
                ),
                (PortalFormatError,),
                payload,
            )
        self.call("hls.is_master", lambda: is_master(text), (), payload)
        self.call(
            "hls.parse_master", lambda: parse_master(text, BASE), (PortalFormatError,), payload
        )
        self.call("hls.parse_media", lambda: parse_media(text, BASE), (PortalFormatError,), payload)
        self.call("util.parse_headers", lambda: parse_headers(text), (InvalidHeaderError,), payload)
        self.call("redact_text", lambda: _redacted(text), (), payload)
        _network_guard_targets(self, text, payload)


INFLATE_CAP = 64 * 1024
_LOCAL_PORTALS = ("http://192.168.1.10:8080/list.json", "http://nvr.lan/api")


def _network_guard_targets(runner: Runner, text: str, payload: bytes) -> None:
    """Run the payload through the extra-host parser, the local policy and the inflater."""
    tokens = text.replace(",", " ").split()[:8]
    runner.call("policy.parse_host_rule", lambda: _host_rules(tokens), (ValueError,), payload)
    runner.call("UrlPolicy.for_portal", lambda: _local_policy(tokens), (), payload)
    for coding in ("gzip", "deflate"):
        runner.call(
            f"http.inflate[{coding}]",
            lambda coding=coding: _inflate(coding, payload),
            (PortalFormatError,),
            payload,
        )
    # Valid compressed data with one byte flipped: the decoder gets past the header.
    packed = bytearray(zlib.compress(payload * (1 + INFLATE_CAP // max(1, len(payload)))))
    packed[len(payload) % len(packed)] ^= 0x5A
    runner.call(
        "http.inflate[deflate-flipped]",
        lambda: _inflate("deflate", bytes(packed)),
        (PortalFormatError,),
        payload,
    )


def _host_rules(tokens: list[str]) -> None:
    """Parse each token as an extra allowed host; check what is accepted."""
    for token in tokens:
        host, port = parse_host_rule(token)
        ip = parse_ip_host(host)
        if ip is not None and is_never_allowed_ip(ip):
            raise Crash(f"parse_host_rule accepted a never-allowed address: {token!r}")
        if port is not None and not 0 < port < 65536:
            raise Crash(f"parse_host_rule accepted port {port}")


def _local_policy(tokens: list[str]) -> None:
    """Build a LAN portal's policy with the tokens as extra hosts and as URLs to check."""
    policy = UrlPolicy.for_portal(_LOCAL_PORTALS, extra_hosts=tokens)
    for token in tokens:
        url = token if "://" in token else f"http://{token}/"
        try:
            parsed = policy.check(url)
        except PortalUnsafeURLError:
            continue
        ip = parse_ip_host(parsed.raw_host or "")
        if ip is not None and is_never_allowed_ip(ip):
            raise Crash(f"a local policy accepted a never-allowed address: {url!r}")


def _inflate(coding: str, payload: bytes) -> None:
    """Inflate the payload as a body in 4 KiB pieces; the output must respect the cap."""
    inflater = _Inflater(coding, BASE)
    body = bytearray()
    for start in range(0, len(payload), 4096):
        inflater.feed(body, payload[start : start + 4096], INFLATE_CAP)
        if len(body) > INFLATE_CAP + 1:
            raise Crash(f"inflated {len(body)} bytes past the cap")
        if len(body) > INFLATE_CAP:
            return
    inflater.finish(body, INFLATE_CAP)
    if len(body) > INFLATE_CAP + 1:
        raise Crash(f"inflated {len(body)} bytes past the cap")


# --------------------------------------------------------------------------- hostile content

HOSTILE_LIST_SIZES = (10, MAX_CAMERAS - 1, MAX_CAMERAS, MAX_CAMERAS + 1, 5_000)
HOSTILE_LIST_EVERY = 200
"""One payload in this many also runs a generated list of a size around the camera cap."""
_TAG_LIKE = re.compile(r"</?[A-Za-z!?][^<>]*>")
_MARKUP_CHARS = frozenset("\\`*_[]<>&~|")


def _hostile_cases(runner: Runner, rng: random.Random, index: int) -> None:
    """Run one case of every hostile-content class (issue classes 5, 6, 8, 9, 10)."""
    header = retry_after_value(rng)
    runner.call("hostile.retry_after", lambda: _retry_after(header), (), header.encode())
    picture = hostile_picture(rng)
    runner.call("hostile.pixel_bomb", lambda: _picture(picture), (), picture)
    url, token = signed_url(rng)
    runner.call("hostile.token", lambda: _token(url, token), (), url.encode())
    names = hostile_names()
    name = rng.choice(names) + rng.choice(("", *MARKUP, *MARKDOWN, rng.choice(names)))
    runner.call("hostile.name", lambda: _name(name), (), name.encode("utf-8", "replace"))
    runner.call("hostile.markdown", lambda: _markdown(name), (), name.encode("utf-8", "replace"))
    if index % HOSTILE_LIST_EVERY == 0:
        count = rng.choice(HOSTILE_LIST_SIZES)
        body = hostile_list(rng, count)
        runner.call("hostile.list_cap", lambda: _list(body, count), (), body.encode()[:4096])


def _retry_after(value: str) -> None:
    """A Retry-After gives a pause within the cap, or none."""
    seconds = parse_retry_after(value, now=1_445_412_470.0)
    if seconds is not None and not 0.0 <= seconds <= MAX_RETRY_AFTER:
        raise Crash(f"Retry-After {value!r} gave {seconds}")
    if seconds is not None and not value.strip(" \t").isascii():
        raise Crash(f"Retry-After {value!r} in non-ASCII characters was read")


def _picture(data: bytes) -> None:
    """A picture over the limit is refused by every decode path, before decoding."""
    size = picture_size(data)
    too_large = size is not None and 0 not in size and not fits(*size)
    for decode, refusal in ((decode_keyframe_jpeg, PortalError), (decode_grey, FrameError)):
        try:
            decode(data)
        except refusal as err:
            if too_large and "larger than the limit" not in str(err):
                raise Crash(f"{size} was not refused for its size: {err}") from err
            continue
        if too_large:
            raise Crash(f"a {size} picture was decoded")


def _token(url: str, token: str) -> None:
    """A signature leaves no trace in a redacted URL or an error message."""
    for text in (redact_url(url), redact_text(f"HTTP 403 from {url}: access refused")):
        if token in text or quote(token, safe="") in text:
            raise Crash(f"token left in {text!r}")


def _name(raw: str) -> None:
    """A name shows visible characters only, without tags, within the cap."""
    for shown in (sanitize_name(raw), sanitize_name(clean_text(raw) or "")):
        if len(shown) > MAX_NAME_LENGTH or _TAG_LIKE.search(shown):
            raise Crash(f"name shown as {shown!r}")
        if any(unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in shown):
            raise Crash(f"invisible character in {shown!r}")


def _markdown(raw: str) -> None:
    """A repair placeholder renders as its own text."""
    escaped = markdown_text(raw)
    bare = re.sub(r"\\[!-/:-@\[-`{-~]", "", escaped)
    if "\n" in escaped or _MARKUP_CHARS & set(bare):
        raise Crash(f"markup left in {escaped!r}")


def _list(body: str, count: int) -> None:
    """A list is read up to the camera cap, and says when it was longer."""
    result = _checked(parse_body(body, profile=Profile.JSON, base_url=BASE, hls_base=HLS))
    if len(result.cameras) != min(count, MAX_CAMERAS) or result.capped != (count > MAX_CAMERAS):
        raise Crash(f"{count} cameras gave {len(result.cameras)}, capped={result.capped}")


# --------------------------------------------------------------------------- resource bounds


def _resource_data(name: str) -> bytes:
    """Build the input of one resource case (in the parent, so the child measures only use)."""
    from fake_portal.hostile import claim_size, encode_jpeg, encode_segment

    if name.startswith("pixel bomb 12000x12000 JPEG as"):
        return encode_jpeg(12000, 12000)
    if name.startswith("pixel bomb"):
        return claim_size(encode_jpeg(64, 64), 12000, 12000)
    if name.startswith("H.264"):
        return encode_segment(4112, 16)
    if name.startswith("largest accepted still"):
        return encode_jpeg(4096, 4096)
    if name.startswith("camera list of "):
        count = int(name.split()[3].replace(",", ""))
        items = [
            {
                "id": n,
                "name": f"CCTV SIMPANG {n} JL. YOS SUDARSO",
                "lat": "0.5",
                "lng": "117.5",
                "stream_url": f"https://m.example/hls/cam-{n}/index.m3u8",
            }
            for n in range(count)
        ]
        return json.dumps(items).encode()
    items = [
        {
            "id": n,
            "name": "SIMPANG \u202e" * 400,
            "kecamatan": "&lt;b&gt;" * 400,
            "stream_url": f"https://m.example/hls/cam-{n}/index.m3u8",
        }
        for n in range(MAX_CAMERAS)
    ]
    return json.dumps(items).encode()


def _resource_case(name: str, data: bytes) -> dict[str, float]:
    """Run one resource case in this (fresh) process; return its peak memory and CPU time."""
    import resource
    import tracemalloc

    if "activity" in name:
        run: Callable[[], object] = lambda: _expect_refusal(decode_grey, data)  # noqa: E731
        if name.startswith("largest"):
            run = lambda: decode_grey(data)  # noqa: E731
    elif name.startswith(("pixel bomb", "H.264")):
        run = lambda: _expect_refusal(decode_keyframe_jpeg, data)  # noqa: E731
    elif name.startswith("largest"):
        run = lambda: decode_keyframe_jpeg(data)  # noqa: E731
    else:
        text = data.decode()
        run = lambda: parse_body(text, profile=Profile.JSON, base_url=BASE)  # noqa: E731
    import av  # noqa: F401 - imported before measuring, as Home Assistant has it loaded

    # Reset the peak resident size to the current one (Linux), so that the peak after the
    # run is what the case itself needed, FFmpeg's buffers included (tracemalloc sees only
    # Python's allocations).
    Path("/proc/self/clear_refs").write_text("5")
    resident = _proc_status("VmRSS")
    before = resource.getrusage(resource.RUSAGE_SELF)
    run()
    after = resource.getrusage(resource.RUSAGE_SELF)
    rise = max(0, _proc_status("VmHWM") - resident)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    # Once more under tracemalloc, which slows Python down: its peak, not its time, counts.
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "rss_rise_mb": rise / 1024,
        "python_peak_mb": peak / 1024 / 1024,
        "cpu_s": cpu,
    }


def _proc_status(field: str) -> int:
    """Return one KiB figure of /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise KeyError(field)


def _expect_refusal(decode: Callable[[bytes], object], data: bytes) -> None:
    """Call a decode path that must refuse the data for its size."""
    try:
        decode(data)
    except (PortalError, FrameError) as err:
        if "larger than the limit" in str(err):
            return
        raise
    raise Crash("an oversized picture was decoded")


RESOURCE_CASES = (
    "pixel bomb 12000x12000 JPEG as a segment",
    "pixel bomb 12000x12000 JPEG to activity detection",
    "H.264 segment declaring 4112x16",
    "largest accepted still: 4096x4096 JPEG as a segment",
    "largest accepted still: 4096x4096 JPEG to activity detection",
    "camera list of 2,000 cameras",
    "camera list of 100,000 cameras",
    "2,000 cameras named with 4,000 characters",
)


def measure_resources() -> None:
    """Print the memory and CPU each resource case costs, each in a fresh process."""
    context = multiprocessing.get_context("spawn")
    print(f"{'case':<62} {'peak RSS':>9} {'Python peak':>12} {'CPU':>8}")
    for name in RESOURCE_CASES:
        data = _resource_data(name)
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            result = pool.submit(_resource_case, name, data).result()
        print(
            f"{name:<62} {result['rss_rise_mb']:>6.1f} MB {result['python_peak_mb']:>9.1f} MB "
            f"{result['cpu_s']:>6.2f} s  ({len(data) / 1024 / 1024:.1f} MB input)",
            flush=True,
        )


def _kutim(value: Any) -> KutimPage:
    """Parse a Kutim page and check it."""
    page = parse_kutim_page(value, hls_base=HLS)
    _checked(page.result)
    if page.raw_count < 0 or (page.total is not None and page.total < 0):
        raise Crash("negative page counts")
    return page


def _checked(result: ParseResult) -> ParseResult:
    """Check a parse result and return it."""
    _check_result(result)
    return result


def _redacted(text: str) -> str:
    """Redact free text and check the result."""
    result = redact_text(text)
    if not isinstance(result, str):
        raise Crash("redact_text returned no text")
    return result


# --------------------------------------------------------------------------- running


_SEEDS: list[tuple[str, bytes]] = []


def _init_worker(seeds: list[tuple[str, bytes]]) -> None:
    """Give a worker process the seeds."""
    _SEEDS[:] = seeds


def _work(job: tuple[int, int, int]) -> Stats:
    """Generate and run payloads start..start+count of the run with this seed."""
    seed, start, count = job
    stats = Stats()
    runner = Runner(stats)
    for index in range(start, start + count):
        rng = random.Random(f"{seed}:{index}")
        kind, payload = make_payload(rng, _SEEDS)
        stats.kinds[kind.split(":")[0]] += 1
        stats.payloads += 1
        runner.run(payload)
        _hostile_cases(runner, rng, index)
    return stats


def _jobs(seed: int, total: int, size: int) -> Iterator[tuple[int, int, int]]:
    """Split the run into chunks."""
    for start in range(0, total, size):
        yield seed, start, min(size, total - start)


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer and print what it found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="payloads to run")
    parser.add_argument("--seed", type=int, default=0, help="seed of the run")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument(
        "--crash-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kutim_cctv_fuzz",
        help="where crashing payloads are written",
    )
    parser.add_argument(
        "--resources",
        action="store_true",
        help="measure the memory and CPU bound of each hostile resource case, then exit",
    )
    args = parser.parse_args(argv)
    if args.resources:
        measure_resources()
        return 0
    started = time.monotonic()
    seeds = load_seeds()
    print(f"{len(seeds)} seeds ({sum(len(b) for _, b in seeds)} bytes), seed {args.seed}")
    total = Stats()
    chunk = max(100, min(2000, args.count // (args.jobs * 8) or 1))
    jobs = list(_jobs(args.seed, args.count, chunk))
    # Fresh workers: the fake portal's encoders leave PyAV threads that a fork would copy
    # in whatever state they were, and the picture cases use PyAV.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        args.jobs, mp_context=spawn, initializer=_init_worker, initargs=(seeds,)
    ) as pool:
        for done, stats in enumerate(pool.map(_work, jobs), 1):
            total.merge(stats)
            if done % max(1, len(jobs) // 10) == 0:
                print(f"  {total.payloads:>8} payloads, {len(total.crashes)} crashes", flush=True)
    elapsed = time.monotonic() - started
    print(f"\npayloads: {total.payloads}  ({total.payloads / elapsed:.0f}/s)")
    print("made by: " + ", ".join(f"{k} {v}" for k, v in sorted(total.kinds.items())))
    print(f"parser calls: {sum(total.calls.values())}")
    width = max(len(name) for name in total.calls)
    for name in sorted(total.calls):
        print(
            f"  {name:<{width}}  calls {total.calls[name]:>8}  "
            f"typed errors {total.typed_errors[name]:>8}  "
            f"crashes {sum(1 for c in total.crashes if c['target'] == name):>4}  "
            f"cpu {total.seconds[name]:>7.1f} s"
        )
    print(f"slowest call: {total.slowest:.3f} s ({total.slowest_target})")
    print(f"time: {elapsed:.1f} s with {args.jobs} worker(s)")
    if total.slowest > SLOW_SECONDS:
        print(f"WARNING: a call took longer than {SLOW_SECONDS:g} s")
    print(f"crashes: {len(total.crashes)}")
    if total.crashes:
        args.crash_dir.mkdir(parents=True, exist_ok=True)
        for old in args.crash_dir.glob("crash-*.json"):
            old.unlink()
        summary = Counter(
            f"{c['target']}: {c['error'].splitlines()[0][:120]}" for c in total.crashes
        )
        for line, count in summary.most_common(20):
            print(f"  {count:>6}  {line}")
        for number, crash in enumerate(total.crashes[:200]):
            (args.crash_dir / f"crash-{number:03d}.json").write_text(json.dumps(crash, indent=1))
        print(f"crashing payloads written to {args.crash_dir}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
