"""Measure the memory a decompression bomb costs the portal client.

Serves a gzip or deflate body of about 1 MiB that inflates to 1 GiB on 127.0.0.1, reads it
once as the camera list (8 MiB cap) and once as a still (5 MiB cap) through the client's
guarded HTTP, and, for comparison, once the way a plain aiohttp read with automatic
decompression and the same cap would. Prints the peak of memory allocated during each
read (tracemalloc) and the outcome. Usage: ``.venv/bin/python scripts/bench_bombs.py``.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
import sys
import time
import tracemalloc
from typing import Any
import zlib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
from aiohttp import web

from custom_components.kutim_cctv.portal.errors import PortalError
from custom_components.kutim_cctv.portal.grab import IMAGE_MAX_BYTES
from custom_components.kutim_cctv.portal.http import GuardedHttp
from custom_components.kutim_cctv.portal.models import DEFAULT_MAX_BODY_BYTES
from custom_components.kutim_cctv.portal.policy import UrlPolicy
from fake_portal.serving import serving

MIB = 1024 * 1024


def bomb(size: int, wbits: int) -> bytes:
    """Return a compressed stream of size zero bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b"\x00" * MIB
    parts = [compressor.compress(block) for _ in range(size // MIB)]
    return b"".join([*parts, compressor.flush()])


async def measure(call: Callable[[], Awaitable[Any]]) -> tuple[str, float, float]:
    """Run call; return its outcome, the peak allocation in MiB and the seconds taken."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    try:
        await call()
        outcome = "read"
    except PortalError as err:
        outcome = f"{type(err).__name__}"
    except Exception as err:  # noqa: BLE001 - reported, this is a measurement
        outcome = f"{type(err).__name__}"
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return outcome, peak / MIB, elapsed


async def plain_read(session: aiohttp.ClientSession, url: str, cap: int) -> None:
    """Read like a client that caps the body after aiohttp inflated it."""
    async with session.get(url) as resp:
        body = bytearray()
        async for chunk in resp.content.iter_chunked(64 * 1024):
            body += chunk
            if len(body) > cap:
                raise ValueError("too large")


async def run(size: int) -> None:
    """Serve the bombs and print one row per encoding and cap."""
    bodies = {"gzip": bomb(size, 16 + zlib.MAX_WBITS), "deflate": bomb(size, zlib.MAX_WBITS)}

    async def handler(request: web.Request) -> web.Response:
        coding = request.match_info["coding"]
        return web.Response(body=bodies[coding], headers={"Content-Encoding": coding})

    async with serving({"/{coding}": handler}) as base:
        print(f"bomb: inflates to {size / MIB:.0f} MiB")
        print(f"{'encoding':8} {'on the wire':>12} {'cap':>8} {'reader':8} {'outcome':22} peak MiB")
        async with aiohttp.ClientSession() as session:
            http = GuardedHttp(
                session,
                policy=UrlPolicy.for_portal([f"{base}/"]),
                timeout=120.0,
                verify_ssl=True,
                headers={},
            )
            for coding, body in bodies.items():
                url = f"{base}/{coding}"
                for cap in (DEFAULT_MAX_BODY_BYTES, IMAGE_MAX_BYTES):
                    for reader, call in (
                        ("guarded", lambda u=url, c=cap: http.request("GET", u, max_bytes=c)),
                        ("plain", lambda u=url, c=cap: plain_read(session, u, c)),
                    ):
                        outcome, peak, elapsed = await measure(call)
                        print(
                            f"{coding:8} {len(body) / MIB:>9.2f} MiB {cap // MIB:>4} MiB "
                            f"{reader:8} {outcome:22} {peak:8.1f}  ({elapsed:.2f} s)"
                        )


def main() -> None:
    """Parse the size and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=1024, help="inflated size in MiB")
    args = parser.parse_args()
    asyncio.run(run(args.mib * MIB))


if __name__ == "__main__":
    main()
