"""Measure what the live proxy costs: latency, event-loop CPU, memory, recovery time.

Runs the fake portal (real H.264 HLS, one-second segments) and the proxy core behind a
small aiohttp server shaped like the integration's view, in this process, on loopback.
Compares a consumer reading the portal directly with one reading through the proxy, and
writes ``artifacts/bench_live.json``. See docs/live.md for the results and their meaning.

    .venv/bin/python scripts/bench_live.py [--seconds 20] [--fetches 60]
"""

# ruff: noqa: E402 - the repository root goes on sys.path first; this prints a report.

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
import statistics
import sys
import threading
import time
import tracemalloc
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import aiohttp
from aiohttp import web
import av

from custom_components.kutim_cctv.portal import Camera, PortalClient, PortalSettings, Profile
from custom_components.kutim_cctv.portal.live import INDEX_NAME, LiveKind, LiveProxy, ReferenceTable
from fake_portal import FakePortal
from fake_portal.data import demo_cameras

KEY = "simpang-yossudarso-1"
CAMERA = Camera(id="101", raw_name="Simpang", name="Simpang", stream_key=KEY)


def proxy_app(proxy: LiveProxy) -> web.Application:
    """Serve the proxy like the integration's view does (without the token lookup)."""

    async def handler(request: web.Request) -> web.Response:
        media = await proxy.async_get(CAMERA, request.match_info["name"])
        return web.Response(body=media.body, content_type=media.content_type)

    app = web.Application()
    app.router.add_get("/live/101/{name}", handler)
    return app


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    """Start an app on a free loopback port."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def fetch(session: aiohttp.ClientSession, url: str) -> tuple[float, bytes]:
    """GET url; return the seconds it took and the body."""
    start = time.perf_counter()
    async with session.get(url) as response:
        response.raise_for_status()
        body = await response.read()
    return time.perf_counter() - start, body


def last_uri(playlist: bytes) -> str:
    """Return the newest URI line of a playlist."""
    return [line for line in playlist.decode().splitlines() if line and line[0] != "#"][-1]


def play(url: str, seconds: float, stop: threading.Event) -> int:
    """Demux a live HLS URL with PyAV (as Home Assistant's stream worker does)."""
    packets = 0
    deadline = time.monotonic() + seconds
    with av.open(url, timeout=10) as container:
        for packet in container.demux(video=0):
            if packet.size:
                packets += 1
            if time.monotonic() > deadline or stop.is_set():
                break
    return packets


async def loop_cpu_while_playing(url: str, seconds: float) -> dict[str, float]:
    """Return the event loop thread's CPU seconds while PyAV plays url."""
    loop = asyncio.get_running_loop()
    stop = threading.Event()
    cpu = time.thread_time()
    wall = time.perf_counter()
    packets = await loop.run_in_executor(None, play, url, seconds, stop)
    return {
        "loop_cpu_seconds": time.thread_time() - cpu,
        "wall_seconds": time.perf_counter() - wall,
        "packets": packets,
    }


def reference_bytes(count: int = 2000) -> float:
    """Return the memory one reference takes in the table."""
    table = ReferenceTable(b"k" * 32, capacity=count)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for n in range(count):
        table.add("101", f"https://cctv.kutaitimurkab.go.id/hls/{KEY}/seg{n}.ts", LiveKind.SEGMENT)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    size = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return size / count


SIZES = {"256k": 256 * 1024, "1m": 1024 * 1024, "4m": 4 * 1024 * 1024}


async def sized_segment(request: web.Request) -> web.Response:
    """Serve a segment of one of the benchmark's sizes."""
    return web.Response(body=b"\x47" * SIZES[request.match_info["size"]], content_type="video/mp2t")


async def timed(session: aiohttp.ClientSession, url: str, count: int) -> tuple[list[float], float]:
    """Fetch url count times; return the durations and the loop thread's CPU seconds."""
    cpu = time.thread_time()
    durations = [(await fetch(session, url))[0] for _ in range(count)]
    return durations, time.thread_time() - cpu


async def large_segments(
    session: aiohttp.ClientSession, proxy: LiveProxy, origin: str, base: str, fetches: int
) -> dict[str, dict[str, float]]:
    """Time segments of real-world sizes fetched directly and through the proxy."""
    results: dict[str, dict[str, float]] = {}
    for label in SIZES:
        url = f"{origin}/bench/{label}.ts"
        name = proxy.references.add(CAMERA.id, url, LiveKind.SEGMENT)
        direct, direct_cpu = await timed(session, url, fetches)
        proxied, proxied_cpu = await timed(session, f"{base}/{name}", fetches)
        results[label] = {
            "direct_median_ms": statistics.median(direct) * 1000,
            "proxied_median_ms": statistics.median(proxied) * 1000,
            "proxy_cpu_ms_per_segment": (proxied_cpu - direct_cpu) / fetches * 1000,
        }
    return results


async def recovery(
    session: aiohttp.ClientSession, portal: FakePortal, base: str, variant: str
) -> dict[str, float]:
    """Drop the stream at the portal; time until the proxy serves a newer segment."""
    _, playlist = await fetch(session, f"{base}/{variant}")
    newest = last_uri(playlist)
    portal.drop_streams()
    start = time.perf_counter()
    while True:
        async with session.get(f"{base}/{variant}") as response:
            if response.status == 200:
                body = await response.read()
                if last_uri(body) != newest:
                    async with session.get(f"{base}/{last_uri(body)}") as segment:
                        if segment.status == 200:
                            await segment.read()
                            break
        await asyncio.sleep(0.05)
    return {"recovery_seconds": time.perf_counter() - start, "segment_seconds": 1.0}


async def main(seconds: float, fetches: int) -> dict[str, Any]:
    """Run every measurement."""
    portal = FakePortal(demo_cameras(), segment_seconds=1.0)
    portal.app.router.add_get("/bench/{size}.ts", sized_segment)
    await portal.start()
    async with aiohttp.ClientSession() as session:
        settings = PortalSettings(profile=Profile.KUTIM, url=portal.url, hls_url=portal.url)
        client = PortalClient(session, settings)
        proxy = LiveProxy(client)
        runner, base = await serve(proxy_app(proxy))
        base += "/live/101"
        try:
            _, master = await fetch(session, f"{base}/{INDEX_NAME}")  # wakes the stream
            variant = last_uri(master)
            direct_media = f"{portal.url}/hls/{KEY}/video1_stream.m3u8"
            await asyncio.sleep(2.5)  # a few segments into the stream
            direct: list[float] = []
            proxied: list[float] = []
            size = 0
            for _ in range(fetches):
                _, playlist = await fetch(session, direct_media)
                took, body = await fetch(session, f"{portal.url}/hls/{KEY}/{last_uri(playlist)}")
                direct.append(took)
                size = len(body)
                _, playlist = await fetch(session, f"{base}/{variant}")
                took, body = await fetch(session, f"{base}/{last_uri(playlist)}")
                proxied.append(took)
                assert len(body) == size
            latency = {
                "segment_bytes": size,
                "direct_median_ms": statistics.median(direct) * 1000,
                "proxied_median_ms": statistics.median(proxied) * 1000,
                "direct_p95_ms": sorted(direct)[int(len(direct) * 0.95) - 1] * 1000,
                "proxied_p95_ms": sorted(proxied)[int(len(proxied) * 0.95) - 1] * 1000,
            }
            play_direct = await loop_cpu_while_playing(
                f"{portal.url}/hls/{KEY}/index.m3u8", seconds
            )
            play_proxied = await loop_cpu_while_playing(f"{base}/{INDEX_NAME}", seconds)
            extra = play_proxied["loop_cpu_seconds"] - play_direct["loop_cpu_seconds"]
            cpu = {
                "direct": play_direct,
                "proxied": play_proxied,
                "proxy_cpu_percent_of_one_core": 100 * extra / play_proxied["wall_seconds"],
            }
            per_reference = reference_bytes()
            memory = {
                "bytes_per_reference": per_reference,
                "references_after_play": len(proxy.references),
                "references_per_viewer_hour_at_2s_segments": 1800,
                "reference_cap": 4096,
                "reference_table_cap_bytes": per_reference * 4096,
                "buffered_per_request_bytes": size,
            }
            sized = await large_segments(session, proxy, portal.url, base, fetches)
            recovered = await recovery(session, portal, base, variant)
        finally:
            await runner.cleanup()
            await portal.stop()
    return {
        "latency": latency,
        "sized_segments": sized,
        "cpu": cpu,
        "memory": memory,
        "recovery": recovered,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="play time per run")
    parser.add_argument("--fetches", type=int, default=60, help="segment fetches per path")
    args = parser.parse_args()
    result = asyncio.run(main(args.seconds, args.fetches))
    out = REPO / "artifacts" / "bench_live.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
