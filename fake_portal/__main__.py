"""Run the fake portal as a process: ``python -m fake_portal --port 8765``."""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile

from .app import FakePortal
from .control import add_control_routes
from .data import demo_cameras, many_cameras
from .serving import serve_until_signal
from .tls import make_self_signed
from .video import VARIANT_FMP4, VARIANT_MPEGTS


def _parser() -> argparse.ArgumentParser:
    """Build the command line parser."""
    parser = argparse.ArgumentParser(prog="python -m fake_portal", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8765, help="port to bind (0 = any free)")
    parser.add_argument(
        "--cameras", type=int, default=0, help="serve N generated cameras instead of the demo set"
    )
    parser.add_argument("--tls", action="store_true", help="serve HTTPS with a self-signed cert")
    parser.add_argument(
        "--hls-variant", choices=[VARIANT_MPEGTS, VARIANT_FMP4], default=VARIANT_MPEGTS
    )
    parser.add_argument("--segment-seconds", type=float, default=2.0)
    parser.add_argument("--idle-timeout", type=float, default=60.0)
    parser.add_argument("--page-cap", type=int, default=None)
    parser.add_argument(
        "--no-start-gate",
        action="store_true",
        help="serve HLS without a prior POST /api/stream/{key}/start",
    )
    parser.add_argument(
        "--control",
        action="store_true",
        help="add the control API under /_fake/ (counters, dropping streams, faults)",
    )
    return parser


async def _serve(args: argparse.Namespace) -> None:
    """Start the portal and serve until interrupted."""
    cameras = many_cameras(args.cameras) if args.cameras > 0 else demo_cameras()
    portal = FakePortal(
        cameras,
        segment_seconds=args.segment_seconds,
        stream_idle_timeout=args.idle_timeout,
        page_cap=args.page_cap,
        hls_variant=args.hls_variant,
        require_start=not args.no_start_gate,
    )
    if args.control:
        add_control_routes(portal)
    with tempfile.TemporaryDirectory(prefix="fake_portal_tls_") as tmpdir:
        context = make_self_signed(tmpdir) if args.tls else None
        url = await portal.start(args.host, args.port, ssl_context=context)
        print(f"fake portal serving {len(cameras)} cameras at {url}", flush=True)
        if args.tls:
            print(f"certificate: {tmpdir}/fake_portal_cert.pem", flush=True)
        await serve_until_signal(portal.stop)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the portal."""
    args = _parser().parse_args(argv)
    asyncio.run(_serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
