"""Probe CLI: ``python -m custom_components.kutim_cctv.portal list|parse …``."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
import json
from pathlib import Path
import sys

import aiohttp

from .client import PortalClient
from .errors import PortalError
from .models import (
    DEFAULT_KUTIM_API,
    DEFAULT_KUTIM_HLS,
    Camera,
    ParseResult,
    PortalSettings,
    Profile,
)
from .parsing import decode_body, load_json, parse_body, parse_kutim_page
from .redact import redact_text, redact_url

PROFILES = [profile.value for profile in Profile]

MAX_RESOLVED = 10
"""Cameras whose stream ``list --resolve`` finds when no ``--camera`` is given."""


def _header(value: str) -> tuple[str, str]:
    """Parse a ``Name: value`` header argument."""
    name, sep, content = value.partition(":")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected Name:value, got {value!r}")
    return name.strip(), content.strip()


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the probe CLI."""
    parser = argparse.ArgumentParser(
        prog="python -m custom_components.kutim_cctv.portal",
        description="Read a public CCTV portal the way the integration does.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    fetch = commands.add_parser("list", help="fetch and parse a live portal")
    fetch.add_argument("--profile", choices=PROFILES, default=Profile.KUTIM.value)
    fetch.add_argument(
        "--api",
        default=None,
        help=f"Kutim API host, or the list URL for other profiles (default {DEFAULT_KUTIM_API})",
    )
    fetch.add_argument("--hls", default=DEFAULT_KUTIM_HLS, help="HLS host (Kutim profile)")
    fetch.add_argument("--header", action="append", type=_header, default=[], metavar="K:V")
    fetch.add_argument("--landing", default=None, help="page to load first for a cookie")
    fetch.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    fetch.add_argument(
        "--allow-local",
        action="store_true",
        help="the portal runs on your network: allow its own addresses",
    )
    fetch.add_argument(
        "--extra-host",
        action="append",
        default=[],
        metavar="HOST[:PORT]",
        help="another local host the portal's cameras may use (repeatable)",
    )
    fetch.add_argument("--timeout", type=float, default=20.0)
    fetch.add_argument(
        "--resolve",
        action="store_true",
        help=(
            "also find each camera's playable stream (a player page is read for the "
            f"playlist it names); the first {MAX_RESOLVED} cameras, or those given by --camera"
        ),
    )
    fetch.add_argument(
        "--camera", action="append", default=[], metavar="ID", help="camera id for --resolve"
    )
    parse = commands.add_parser("parse", help="parse a saved response body")
    parse.add_argument("file", type=Path)
    parse.add_argument("--base-url", required=True, help="the URL the body was fetched from")
    parse.add_argument("--profile", choices=PROFILES, default=Profile.AUTO.value)
    parse.add_argument("--hls", default=DEFAULT_KUTIM_HLS, help="HLS host (Kutim profile)")
    return parser


def _camera_json(camera: Camera) -> dict[str, object]:
    """Return the CLI's view of one camera, with secrets redacted from URLs."""

    def url(value: str | None) -> str | None:
        return None if value is None else redact_url(value)

    return {
        "id": camera.id,
        "name": camera.name,
        "raw_name": camera.raw_name,
        "area": camera.area,
        "latitude": camera.latitude,
        "longitude": camera.longitude,
        "online": camera.online,
        "stream_url": url(camera.stream_url),
        "snapshot_url": url(camera.snapshot_url),
        "mjpeg_url": url(camera.mjpeg_url),
    }


def result_json(
    result: ParseResult, streams: dict[str, dict[str, str]] | None = None
) -> dict[str, object]:
    """Return the JSON object the CLI prints for a parse result.

    ``streams``: what ``--resolve`` found per camera id (``playable_stream`` or
    ``stream_error``), added to those cameras.
    """
    cameras = []
    for camera in result.cameras:
        shown = _camera_json(camera)
        shown.update((streams or {}).get(camera.id, {}))
        cameras.append(shown)
    return {
        "format": result.format.value,
        "cameras": cameras,
        "skipped": result.skipped,
        "warnings": [redact_text(warning) for warning in result.warnings],
    }


async def _resolve(
    client: PortalClient, result: ParseResult, wanted: Sequence[str]
) -> dict[str, dict[str, str]]:
    """Return each chosen camera's playable stream, or why it has none (Kutim: not woken)."""
    chosen = [c for c in result.cameras if c.id in wanted] if wanted else result.cameras
    found: dict[str, dict[str, str]] = {}
    for camera in chosen[: len(wanted) or MAX_RESOLVED]:
        try:
            if camera.stream_key is not None and client.is_kutim:
                url = client.stream_url_for_key(camera.stream_key)  # woken only when watched
            else:
                url = await client.async_stream_url(camera)
        except PortalError as err:
            found[camera.id] = {"stream_error": redact_text(str(err))}
        else:
            found[camera.id] = {"playable_stream": redact_url(url)}
    return found


async def _list(
    args: argparse.Namespace,
) -> tuple[ParseResult, dict[str, dict[str, str]] | None]:
    """Fetch a live portal with the given options."""
    profile = Profile(args.profile)
    if args.api is None and profile is not Profile.KUTIM:
        raise PortalError("--api is required for profiles other than kutim (the list URL)")
    settings = PortalSettings(
        profile=profile,
        url=args.api or DEFAULT_KUTIM_API,
        hls_url=args.hls,
        headers=dict(args.header),
        landing_url=args.landing,
        verify_ssl=not args.insecure,
        allow_local=args.allow_local,
        extra_hosts=tuple(args.extra_host),
        timeout=args.timeout,
    )
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings)
        result = await client.async_get_cameras()
        assert isinstance(result, ParseResult)
        if not args.resolve:
            return result, None
        return result, await _resolve(client, result, args.camera)


def _parse(args: argparse.Namespace) -> ParseResult:
    """Parse a saved body."""
    try:
        raw = args.file.read_bytes()
    except OSError as err:
        raise PortalError(f"cannot read {args.file}: {err.strerror}") from err
    profile = Profile(args.profile)
    text = decode_body(raw)
    if profile is Profile.KUTIM:
        return parse_kutim_page(load_json(text), hls_base=args.hls).result
    return parse_body(text, profile=profile, base_url=args.base_url, hls_base=args.hls)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    args = build_parser().parse_args(argv)
    streams: dict[str, dict[str, str]] | None = None
    try:
        if args.command == "list":
            result, streams = asyncio.run(_list(args))
        else:
            result = _parse(args)
    except PortalError as err:
        print(f"error: {redact_text(str(err))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    json.dump(result_json(result, streams), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
