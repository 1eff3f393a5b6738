"""End-to-end check: the integration in a real Home Assistant set up as real installs are.

Run through scripts/e2e, which installs what this needs and runs it in a network namespace
where only loopback exists. Steps:

1. starts scripts/develop with a fresh configuration folder: the demo portal (with its
   control API), the go2rtc stand-in and Home Assistant with `default_config` and
   `go2rtc: url:`; onboarding and the config flow run through the API;
2. without any viewer: Home Assistant's go2rtc integration registered its WebRTC provider;
   every camera of the portal has a camera entity with a state; no wake-up call reaches the
   portal while the cameras are added, nor later beyond the documented connectivity checks
   (one check per camera per interval, at most four per tick, each costing one wake-up
   call and one more when the playlist answers 404); renaming a camera and a sensor logs
   nothing and, after a poll, leaves no duplicate; then Home Assistant restarts while the
   portal's wake-up call fails (HTTP 503): every camera must get a state again, and no
   wake-up call may be made while it starts;
3. stills through /api/camera_proxy, HLS through the websocket command camera/stream
   (playlists and a segment that decodes to H.264 frames of the demo pattern);
4. in headless Chromium: the Overview dashboard shows camera pictures; a live card plays
   and moves; then the portal drops every stream and the live view must recover (a new
   wake-up call, new segments, the video moving again) within the wake-up time plus one
   segment plus a margin; the stream source Home Assistant registered with go2rtc (as
   a WebRTC offer makes it) must play without a login, as go2rtc fetches it;
5. the config flow "Add integration → Kutai Timur CCTV" in English and in Bahasa
   Indonesia: a screenshot of every step, whose texts must be the translations (no raw
   translation key);
6. no ERROR line from the integration in home-assistant.log;
7. stops the stack the way Ctrl-C does and checks that no process is left.

Every check is reported as PASS or FAIL; a failed check does not stop the later ones
unless they depend on it. Screenshots and logs are in artifacts/. Exits 0 when everything
passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from dataclasses import dataclass, field
import gzip
import io
import json
import math
import os
from pathlib import Path
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request

import aiohttp
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CONFIG = ARTIFACTS / "e2e-config"
HA_LOG = CONFIG / "home-assistant.log"
PREVIOUS_HA_LOG = CONFIG / "home-assistant.log.1"
DEVELOP_LOG = ARTIFACTS / "e2e-develop.log"
TOKENS = ARTIFACTS / "ha_tokens.json"
SCREENSHOT = ARTIFACTS / "e2e.png"
LIVE_SCREENSHOT = ARTIFACTS / "e2e-live.png"
RECOVERED_SCREENSHOT = ARTIFACTS / "e2e-recovered.png"
TRANSLATIONS = ROOT / "custom_components/kutim_cctv/translations"
HA = "http://127.0.0.1:8123"
PORTAL = "http://127.0.0.1:8765"  # scripts/develop's demo portal, with --control
GO2RTC = "http://127.0.0.1:1984"  # go2rtc: url: in config/configuration.yaml
PORTS = (8123, 8765, 1984)
DOMAIN = "kutim_cctv"
NAME = "Kutai Timur CCTV"  # the integration's name in its manifest
INTEGRATION_LOGGER = "custom_components.kutim_cctv"
LIVE_DASHBOARD = "kutim-e2e-live"
READY_MARK = "==> ready:"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A picture of the demo pattern: large coloured areas with moving boxes. A placeholder
# (grey broken-image icon), a blank card or a black frame fails at least one of these.
MIN_LUMA_STD = 12.0
MIN_COLOURFULNESS = 25.0
MIN_COLOURS = 3

# What a camera nobody watches may cost the portal (docs/alerts.md, docs/reliability.md):
# a connectivity check per camera per check interval (30 min by default), started at the
# monitor's ticks (one per freshness window, 30 s, the first one a window after setup), at
# most max(4, cameras / ticks per interval) per tick; one check costs the wake-up call, and
# one more when the portal answers the playlist with 404 ("absorbed: one more wake-up").
FRESHNESS = 30.0
PROBES_PER_TICK = 4
WAKE_CALLS_PER_CHECK = 2
QUIET_ADD = 20.0  # seconds after the entry is ready during which no wake-up may happen
QUIET_TOTAL = 70.0  # seconds without a viewer in all: two ticks of the monitor
# A live view must recover within the wake-up time (the integration gives a woken stream
# 6 s to start) plus one segment (the demo portal's are 2 s), plus a margin of two
# segments: Home Assistant's stream worker reads the playlist once per segment duration
# (when it sees the drop) and cuts its own segments at keyframes (one segment late).
WAKE_UP_TIME = 6.0
SEGMENT_SECONDS = 2.0
RECOVERY_BOUND = WAKE_UP_TIME + SEGMENT_SECONDS + 2 * SEGMENT_SECONDS
RAW_KEY = re.compile(r"component\.kutim_cctv\.|config\.(step|error|abort)\.|\[%key:")
LOG_LINE = re.compile(
    r"^(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) (?P<level>[A-Z]+) \((?P<thread>[^)]*)\) "
    r"\[(?P<logger>[^\]]+)\] (?P<message>.*)$"
)
LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}


class E2EError(Exception):
    """A check could not go on; the message says why."""


STARTED = time.monotonic()


def log(message: str) -> None:
    """Print a progress line with the time since the start."""
    print(f"[{time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


@dataclass(slots=True)
class Result:
    """The outcome of one check."""

    name: str
    passed: bool
    detail: str


@dataclass
class Report:
    """Every check's outcome, in order."""

    results: list[Result] = field(default_factory=list)

    def check(self, name: str, passed: bool, detail: str) -> bool:
        """Record a check and print it."""
        self.results.append(Result(name, passed, detail))
        log(f"{'PASS' if passed else 'FAIL'} {name}: {detail}")
        return passed

    def failed(self, name: str, err: BaseException) -> None:
        """Record a check that could not be completed."""
        self.check(name, False, f"could not be completed: {err}")

    @property
    def passed(self) -> bool:
        """Return whether every recorded check passed."""
        return all(result.passed for result in self.results)

    def summary(self) -> str:
        """Return one line per check."""
        return "\n".join(
            f"  {'PASS' if result.passed else 'FAIL'}  {result.name}" for result in self.results
        )


@dataclass(slots=True)
class PixelCheck:
    """What the pixels of one picture look like."""

    width: int
    height: int
    luma_std: float
    colourfulness: float
    colours: int

    @property
    def is_picture(self) -> bool:
        """Return whether this looks like the demo pattern rather than a placeholder."""
        return (
            self.luma_std >= MIN_LUMA_STD
            and self.colourfulness >= MIN_COLOURFULNESS
            and self.colours >= MIN_COLOURS
        )

    def __str__(self) -> str:
        """Summarise the measures."""
        return (
            f"{self.width}x{self.height} luma std {self.luma_std:.1f}, "
            f"colourfulness {self.colourfulness:.1f}, {self.colours} colours"
        )


def measure(image: Image.Image) -> PixelCheck:
    """Measure contrast and colour of a picture (Hasler and Suesstrunk's colourfulness)."""
    rgb = np.asarray(image.convert("RGB"), dtype=np.float64)
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    luma = 0.299 * red + 0.587 * green + 0.114 * blue
    rg = red - green
    yb = 0.5 * (red + green) - blue
    colourfulness = float(np.hypot(rg.std(), yb.std()) + 0.3 * np.hypot(rg.mean(), yb.mean()))
    # Colours that cover at least 1 % of the picture, at 3 bits per channel.
    coarse = (rgb.astype(np.uint16) >> 5).reshape(-1, 3)
    keys = coarse[:, 0] * 64 + coarse[:, 1] * 8 + coarse[:, 2]
    counts = np.bincount(keys, minlength=512)
    colours = int((counts >= 0.01 * len(keys)).sum())
    return PixelCheck(image.width, image.height, float(luma.std()), colourfulness, colours)


def difference(first: Image.Image, second: Image.Image) -> float:
    """Return the mean absolute difference of two pictures' grey levels."""
    return float(
        np.abs(
            np.asarray(first.convert("L"), dtype=np.float64)
            - np.asarray(second.convert("L"), dtype=np.float64)
        ).mean()
    )


def crop(screenshot: Image.Image, box: dict[str, float]) -> Image.Image:
    """Crop a bounding box (CSS pixels, scale 1) out of a screenshot, a little inset."""
    inset = 3
    left = max(0, int(box["x"]) + inset)
    top = max(0, int(box["y"]) + inset)
    right = min(screenshot.width, int(box["x"] + box["width"]) - inset)
    bottom = min(screenshot.height, int(box["y"] + box["height"]) - inset)
    if right - left < 16 or bottom - top < 16:
        raise E2EError(f"the picture's box {box} is not on the screenshot")
    return screenshot.crop((left, top, right, bottom))


# --- the stack -------------------------------------------------------------------------


def port_in_use(port: int) -> bool:
    """Return whether something accepts connections on the loopback port."""
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class Stack:
    """scripts/develop in its own process group, with a fresh configuration."""

    def __init__(self) -> None:
        """Prepare; nothing runs before start()."""
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float) -> None:
        """Start the stack and wait until it reports ready."""
        for port in PORTS:
            if port_in_use(port):
                raise E2EError(
                    f"port {port} is in use: stop the other Home Assistant, go2rtc or "
                    "scripts/develop first"
                )
        shutil.rmtree(CONFIG, ignore_errors=True)
        ARTIFACTS.mkdir(exist_ok=True)
        started_at = time.time()
        with DEVELOP_LOG.open("wb") as out:
            self.process = subprocess.Popen(
                [str(ROOT / "scripts/develop"), "--config", str(CONFIG)],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                # Ctrl-C must be catchable by scripts/develop even when this runs in the
                # background of a shell, where SIGINT starts out ignored.
                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
            )
        log(f"scripts/develop started (pid {self.process.pid}), log in {rel(DEVELOP_LOG)}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if READY_MARK in DEVELOP_LOG.read_text(errors="replace"):
                break
            if self.process.poll() is not None:
                raise E2EError(
                    f"scripts/develop exited with status {self.process.returncode} before "
                    f"it was ready:\n{tail(DEVELOP_LOG)}"
                )
            time.sleep(0.5)
        else:
            raise E2EError(
                f"scripts/develop was not ready within {timeout:g} s:\n{tail(DEVELOP_LOG)}"
            )
        if not TOKENS.exists() or TOKENS.stat().st_mtime < started_at:
            raise E2EError(f"the bootstrap wrote no fresh {rel(TOKENS)}")
        log("Home Assistant is onboarded and the integration is added")

    def stop(self) -> None:
        """Stop the stack as Ctrl-C would; make sure no process of it is left."""
        process = self.process
        if process is None:
            return
        self.process = None
        started = time.monotonic()
        already_ended = process.poll() is not None
        # scripts/develop leads its own process group (and session); its children have
        # process groups of their own, so this reaches the script alone, as Ctrl-C would.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(45)
        except subprocess.TimeoutExpired:
            log("scripts/develop did not stop within 45 s of SIGINT")
        left = session_processes(process.pid)
        for signum in (signal.SIGTERM, signal.SIGKILL):
            if not left:
                break
            log(f"sending {signal.Signals(signum).name} to what is left: {left}")
            for pid in left:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signum)
            time.sleep(5)
            left = session_processes(process.pid)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(5)
        if left:
            raise E2EError(f"processes {left} of the stack are still running")
        if already_ended:
            return
        if process.returncode != 130:
            raise E2EError(
                f"scripts/develop ended with status {process.returncode} on SIGINT, not 130"
                f":\n{tail(DEVELOP_LOG)}"
            )
        log(
            f"stack stopped by SIGINT in {time.monotonic() - started:.1f} s "
            f"(status {process.returncode}); no process left"
        )


def session_processes(session: int) -> list[int]:
    """Return the processes still running in a session (zombies aside)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()
        if fields[0] != "Z" and int(fields[3]) == session:
            found.append(int(entry.name))
    return sorted(found)


def tail(path: Path, lines: int = 15) -> str:
    """Return the last lines of a log, tracebacks left out."""
    text = path.read_text(errors="replace") if path.exists() else ""
    kept = [
        line
        for line in text.splitlines()
        if line.strip() and not line[0].isspace() and not line.startswith("Traceback")
    ]
    return "\n".join("    " + line for line in kept[-lines:])


def rel(path: Path) -> str:
    """Return a path relative to the repository for messages."""
    return str(path.relative_to(ROOT))


def http_json(method: str, url: str, timeout: float = 10) -> Any:
    """Send a request without a body to a loopback server and decode its JSON answer."""
    request = urllib.request.Request(url, method=method)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def http_text(url: str, timeout: float = 10) -> str:
    """GET a text document from a loopback server (Home Assistant may gzip it)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
        if response.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
    return str(body.decode())


def http_json_body(method: str, url: str, body: Any, timeout: float = 10) -> Any:
    """Send a JSON body to a loopback server and decode its JSON answer."""
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}, method=method
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def start_path(key: str) -> str:
    """Return the path of a camera's wake-up call, as the portal counts it."""
    return f"/api/stream/{key}/start"


def start_counts(state: dict[str, Any]) -> dict[str, int]:
    """Return the wake-up calls the portal has seen, per stream key."""
    requests = state["requests"]
    return {
        camera["key"]: requests.get(start_path(camera["key"]), 0) for camera in state["cameras"]
    }


def portal_state() -> dict[str, Any]:
    """Return the demo portal's counters and started streams (its control API)."""
    state: dict[str, Any] = http_json("GET", f"{PORTAL}/_fake/state")
    return state


@dataclass(slots=True)
class WakeUp:
    """Wake-up calls of one camera seen between two samples of the portal's counters."""

    at: float  # time.monotonic() of the sample that saw them
    key: str
    calls: int


class WakeUpWatcher:
    """Samples the portal's wake-up counters twice a second, in a thread."""

    def __init__(self) -> None:
        """Take the first sample: calls made before it count as made at that moment."""
        self.events: list[WakeUp] = []
        self.errors = 0
        self._last: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sample()
        self._thread = threading.Thread(target=self._run, name="wake-up watcher", daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        try:
            counts = start_counts(portal_state())
        except (OSError, ValueError):
            self.errors += 1
            return
        now = time.monotonic()
        with self._lock:
            for key, count in counts.items():
                if count > self._last.get(key, 0):
                    self.events.append(WakeUp(now, key, count - self._last.get(key, 0)))
                self._last[key] = count

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()

    def between(self, start: float, end: float) -> list[WakeUp]:
        """Return the wake-ups seen in [start, end)."""
        with self._lock:
            return [event for event in self.events if start <= event.at < end]

    def stop(self) -> None:
        """Take a last sample and stop."""
        self._stop.set()
        self._thread.join(5)
        self._sample()


def bursts(events: list[WakeUp], gap: float = WAKE_UP_TIME + 2) -> dict[str, list[int]]:
    """Group each camera's wake-up calls into bursts (one wake-up and its retries)."""
    grouped: dict[str, list[tuple[float, int]]] = {}
    for event in sorted(events, key=lambda item: item.at):
        runs = grouped.setdefault(event.key, [])
        if runs and event.at - runs[-1][0] <= gap:
            runs[-1] = (runs[-1][0], runs[-1][1] + event.calls)
        else:
            runs.append((event.at, event.calls))
    return {key: [calls for _, calls in runs] for key, runs in grouped.items()}


# --- home-assistant.log -----------------------------------------------------------------


@dataclass(slots=True)
class LogRecord:
    """One record of home-assistant.log with the lines that follow it (tracebacks)."""

    level: str
    logger: str
    message: str
    details: list[str]

    @property
    def severity(self) -> int:
        """Return the numeric level."""
        return LEVELS.get(self.level, 0)

    @property
    def from_integration(self) -> bool:
        """Return whether the integration logged it, or it is about or from its code."""
        return (
            self.logger.startswith(INTEGRATION_LOGGER)
            or DOMAIN in self.message
            or any(f"custom_components/{DOMAIN}" in line for line in self.details)
        )

    def __str__(self) -> str:
        """Return the first line, shortened."""
        text = f"{self.level} [{self.logger}] {self.message}"
        return text if len(text) <= 300 else text[:297] + "..."


def log_offset() -> int:
    """Return the current size of home-assistant.log."""
    try:
        return HA_LOG.stat().st_size
    except OSError:
        return 0


def log_records(offset: int = 0, path: Path = HA_LOG) -> list[LogRecord]:
    """Parse home-assistant.log (or the log of the previous run) from a byte offset."""
    try:
        with path.open("rb") as file:
            file.seek(offset)
            text = file.read().decode(errors="replace")
    except OSError:
        return []
    records: list[LogRecord] = []
    for line in text.splitlines():
        match = LOG_LINE.match(line)
        if match:
            records.append(LogRecord(match["level"], match["logger"], match["message"], []))
        elif records:
            records[-1].details.append(line)
    return records


# --- Home Assistant's API ---------------------------------------------------------------


class Websocket:
    """A minimal client of Home Assistant's websocket API."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Use an open websocket connection that is not authenticated yet."""
        self.ws = ws
        self.next_id = 1

    async def command(self, message: dict[str, Any]) -> Any:
        """Send one command and return its result."""
        message_id = self.next_id
        self.next_id += 1
        await self.ws.send_json({"id": message_id, **message})
        while True:
            answer = await self.ws.receive_json(timeout=30)
            if answer.get("id") == message_id and answer.get("type") == "result":
                break
        if not answer.get("success"):
            raise E2EError(f"websocket {message['type']} failed: {answer.get('error')}")
        return answer.get("result")


@contextlib.asynccontextmanager
async def connect(token: str) -> Any:
    """Open an HTTP session and an authenticated websocket to Home Assistant."""
    timeout = aiohttp.ClientTimeout(total=60)
    async with (
        aiohttp.ClientSession(
            timeout=timeout, headers={"Authorization": f"Bearer {token}"}
        ) as session,
        session.ws_connect(f"{HA}/api/websocket") as raw,
    ):
        await raw.receive_json()
        await raw.send_json({"type": "auth", "access_token": token})
        if (await raw.receive_json()).get("type") != "auth_ok":
            raise E2EError("the websocket API refused the token")
        yield session, Websocket(raw)


async def get_json(session: aiohttp.ClientSession, path: str) -> Any:
    """GET a JSON document from Home Assistant's REST API."""
    async with session.get(f"{HA}{path}") as response:
        if response.status != 200:
            raise E2EError(f"GET {path} answered HTTP {response.status}")
        return await response.json()


async def our_entities(ws: Websocket) -> list[dict[str, Any]]:
    """Return the integration's entity registry entries."""
    registry = await ws.command({"type": "config/entity_registry/list"})
    return [entry for entry in registry if entry["platform"] == DOMAIN]


async def states_by_id(session: aiohttp.ClientSession) -> dict[str, dict[str, Any]]:
    """Return every state object by entity id."""
    return {state["entity_id"]: state for state in await get_json(session, "/api/states")}


def has_state(states: dict[str, dict[str, Any]], entity_id: str) -> bool:
    """Return whether an entity has a live state (not a placeholder for a missing entity)."""
    state = states.get(entity_id)
    return state is not None and not state["attributes"].get("restored", False)


# --- 2. without a viewer ----------------------------------------------------------------


async def quiet_checks(token: str, ready_at: float, watcher: WakeUpWatcher, report: Report) -> None:
    """Checks that must hold while nobody looks at a camera."""
    async with connect(token) as (session, ws):
        await check_go2rtc(session, report)
        cameras = await check_camera_states(session, ws, report)
        if cameras:
            capabilities = await ws.command(
                {"type": "camera/capabilities", "entity_id": cameras[0]}
            )
            log(
                f"capabilities of {cameras[0]}: "
                f"{sorted(capabilities.get('frontend_stream_types', []))}"
            )
        await asyncio.sleep(max(0.0, ready_at + QUIET_ADD - time.monotonic()))
        added = watcher.between(0, ready_at + QUIET_ADD)
        report.check(
            "no wake-up call while the cameras are added",
            not added,
            f"{sum(event.calls for event in added)} wake-up calls from the portal's start "
            f"until {QUIET_ADD:g} s after the entry was ready"
            + (f": {describe(bursts(added))}" if added else ""),
        )
        try:
            await check_renames(session, ws, report)
        except E2EError as err:
            report.failed("renaming a camera and a sensor logs nothing, duplicates nothing", err)
    await asyncio.sleep(max(0.0, ready_at + QUIET_TOTAL - time.monotonic()))
    end = time.monotonic()
    later = watcher.between(ready_at + QUIET_ADD, end)
    runs = bursts(later)
    ticks = math.floor((end - ready_at) / FRESHNESS) + 1  # one tick of slack for timing
    too_many = {key: calls for key, calls in runs.items() if len(calls) > 1}
    too_costly = {key: calls for key, calls in runs.items() if max(calls) > WAKE_CALLS_PER_CHECK}
    problems = []
    if too_many:
        problems.append(f"more than one check per camera: {describe(too_many)}")
    if too_costly:
        problems.append(
            f"more than {WAKE_CALLS_PER_CHECK} wake-up calls for one check: {describe(too_costly)}"
        )
    if len(runs) > PROBES_PER_TICK * ticks:
        problems.append(f"{len(runs)} cameras checked in {ticks} ticks")
    report.check(
        "no wake-up call without a viewer beyond the connectivity checks",
        not problems,
        f"{end - ready_at:.0f} s without a viewer; after the first {QUIET_ADD:g} s: "
        f"{describe(runs) or 'no wake-up call'}" + (f"; {'; '.join(problems)}" if problems else ""),
    )


def describe(runs: dict[str, list[int]]) -> str:
    """Describe wake-up bursts per camera."""
    return ", ".join(
        f"{key}: {'+'.join(str(calls) for calls in counts)} call(s)"
        for key, counts in sorted(runs.items())
    )


async def check_go2rtc(session: aiohttp.ClientSession, report: Report) -> None:
    """Home Assistant's go2rtc integration must be loaded: its WebRTC provider is registered."""
    entries = await get_json(session, "/api/config/config_entries/entry")
    states = [entry["state"] for entry in entries if entry["domain"] == "go2rtc"]
    try:
        server = http_json("GET", f"{GO2RTC}/_fake/state")
    except (OSError, ValueError) as err:
        server = {"requests": {}, "error": str(err)}
    asked = server["requests"].get("info", 0)
    report.check(
        "go2rtc registers its WebRTC provider",
        states == ["loaded"] and asked > 0,
        f"go2rtc config entry {states or 'missing'}; the go2rtc server was asked its version "
        f"{asked} time(s)",
    )


async def check_camera_states(
    session: aiohttp.ClientSession,
    ws: Websocket,
    report: Report,
    name: str = "every camera has a state",
) -> list[str]:
    """Every camera the portal lists must have a camera entity with a state."""
    portal_cameras = portal_state()["cameras"]
    deadline = time.monotonic() + 30
    while True:
        cameras = sorted(
            entry["entity_id"]
            for entry in await our_entities(ws)
            if entry["entity_id"].startswith("camera.")
        )
        states = await states_by_id(session)
        missing = [entity_id for entity_id in cameras if not has_state(states, entity_id)]
        if (len(cameras) >= len(portal_cameras) and not missing) or time.monotonic() > deadline:
            break
        await asyncio.sleep(1)
    shown = ", ".join(
        f"{entity_id}={states[entity_id]['state'] if entity_id in states else 'no state'}"
        for entity_id in cameras
    )
    report.check(
        name,
        len(cameras) == len(portal_cameras) and not missing,
        f"{len(cameras)} camera entities for the portal's {len(portal_cameras)} cameras; "
        f"{shown}" + (f"; without a state: {', '.join(missing)}" if missing else ""),
    )
    return cameras


async def check_renames(session: aiohttp.ClientSession, ws: Websocket, report: Report) -> None:
    """Rename a camera and a sensor: nothing logged, no duplicate after a poll."""
    entries = await our_entities(ws)
    before = {entry["entity_id"] for entry in entries}
    camera = next(
        (
            e["entity_id"]
            for e in sorted(entries, key=lambda e: e["entity_id"])
            if e["entity_id"].startswith("camera.")
        ),
        None,
    )
    sensor = next(
        (
            e["entity_id"]
            for e in sorted(entries, key=lambda e: e["entity_id"])
            if e["entity_id"].startswith("sensor.") and not e.get("disabled_by")
        ),
        None,
    )
    if camera is None or sensor is None:
        raise E2EError(f"no camera ({camera}) or enabled sensor ({sensor}) to rename")
    renames = {camera: "camera.e2e_renamed_camera", sensor: "sensor.e2e_renamed_sensor"}
    offset = log_offset()
    for old, new in renames.items():
        await ws.command(
            {"type": "config/entity_registry/update", "entity_id": old, "new_entity_id": new}
        )
    log(f"renamed {camera} and {sensor}; asking for a poll")
    await asyncio.sleep(2)
    polls = portal_state()["requests"].get("list", 0)
    await ws.command(
        {
            "type": "call_service",
            "domain": "homeassistant",
            "service": "update_entity",
            "service_data": {"entity_id": sorted(renames.values())},
        }
    )
    polled = await wait_for_poll(polls, 20)
    await asyncio.sleep(3)  # let the poll's listeners add what they think is new
    after = {entry["entity_id"] for entry in await our_entities(ws)}
    states = await states_by_id(session)
    expected = (before - set(renames)) | set(renames.values())
    added = sorted(after - expected)
    lost = sorted(expected - after)
    stateless = sorted(new for new in renames.values() if not has_state(states, new))
    lingering = sorted(old for old in renames if has_state(states, old))
    logged = [
        record
        for record in log_records(offset)
        if record.severity >= LEVELS["WARNING"] and record.from_integration
    ]
    problems = []
    if not polled:
        problems.append("no poll of the camera list within 20 s of update_entity")
    if added:
        problems.append(f"new entities: {', '.join(added)}")
    if lost:
        problems.append(f"entities gone: {', '.join(lost)}")
    if stateless:
        problems.append(f"renamed without a state: {', '.join(stateless)}")
    if lingering:
        problems.append(f"old entity ids still have states: {', '.join(lingering)}")
    if logged:
        problems.append(
            f"{len(logged)} log line(s) at WARNING or above: "
            + " | ".join(str(record) for record in logged[:3])
        )
    report.check(
        "renaming a camera and a sensor logs nothing, duplicates nothing",
        not problems,
        f"{camera} -> {renames[camera]}, {sensor} -> {renames[sensor]}; "
        f"{len(after)} entities of the integration after a poll (before: {len(before)})"
        + (f"; {'; '.join(problems)}" if problems else ""),
    )


async def wait_for_poll(polls: int, seconds: float) -> bool:
    """Wait until the portal has served its camera list more than ``polls`` times."""
    deadline = time.monotonic() + seconds
    for _ in range(int(seconds * 2) + 1):
        if portal_state()["requests"].get("list", 0) > polls:
            return True
        if time.monotonic() > deadline:
            break
        await asyncio.sleep(0.5)
    return False


async def restart_checks(token: str, watcher: WakeUpWatcher, report: Report) -> None:
    """Restart Home Assistant while the portal's wake-up call fails (HTTP 503).

    As after an update: go2rtc registers its WebRTC provider again and every camera is
    added again. Every camera must get a state, and no wake-up call may be made.
    """
    http_json_body("POST", f"{PORTAL}/_fake/faults", {"start_status": 503})
    try:
        restarted_at = time.monotonic()
        async with connect(token) as (_, ws):
            # Home Assistant may close the websocket before it answers.
            with contextlib.suppress(E2EError, aiohttp.ClientError, TimeoutError, TypeError):
                await ws.command(
                    {"type": "call_service", "domain": "homeassistant", "service": "restart"}
                )
        log("Home Assistant restarts, the portal's wake-up call answers HTTP 503")
        back_at = await wait_for_entry(token, restarted_at, 150)
        log(f"the entry is loaded again {back_at - restarted_at:.1f} s after the restart")
        async with connect(token) as (session, ws):
            await check_camera_states(
                session, ws, report, "every camera has a state after a restart, start call failing"
            )
        await asyncio.sleep(max(0.0, back_at + QUIET_ADD - time.monotonic()))
        during = watcher.between(restarted_at, back_at + QUIET_ADD)
        report.check(
            "no wake-up call while Home Assistant starts",
            not during,
            f"{sum(event.calls for event in during)} wake-up calls from the restart until "
            f"{QUIET_ADD:g} s after the entry was loaded again"
            + (f": {describe(bursts(during))}" if during else ""),
        )
    finally:
        http_json_body("POST", f"{PORTAL}/_fake/faults", {"reset": True})


async def wait_for_entry(token: str, since: float, seconds: float) -> float:
    """Wait until Home Assistant answers again with the integration's entry loaded."""
    deadline = time.monotonic() + seconds
    down = False
    last = "no answer yet"
    while time.monotonic() < deadline:
        try:
            async with (
                aiohttp.ClientSession(
                    timeout=aiohttp.ClientTimeout(total=5),
                    headers={"Authorization": f"Bearer {token}"},
                ) as session,
                session.get(f"{HA}/api/config/config_entries/entry") as response,
            ):
                entries = await response.json() if response.status == 200 else []
                last = f"HTTP {response.status}"
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            down = True
            last = type(err).__name__
            entries = []
        states = [entry["state"] for entry in entries if entry["domain"] == DOMAIN]
        # Right after the restart call the old instance may still answer "loaded".
        if down and states == ["loaded"]:
            return time.monotonic()
        await asyncio.sleep(1)
    raise E2EError(
        f"the entry was not loaded again within {seconds:g} s of the restart ({last}; "
        f"{time.monotonic() - since:.0f} s)"
    )


# --- 3. stills and HLS through the API --------------------------------------------------


async def viewer_checks(token: str, report: Report) -> tuple[str, str]:
    """Check stills and the HLS stream through the API; return the camera and its HLS URL."""
    async with connect(token) as (session, ws):
        cameras = sorted(
            entry["entity_id"]
            for entry in await our_entities(ws)
            if entry["entity_id"].startswith("camera.")
        )
        pictures: dict[str, PixelCheck] = {}
        for entity_id in cameras:
            async with session.get(f"{HA}/api/camera_proxy/{entity_id}") as response:
                body = await response.read()
                kind = response.headers.get("Content-Type", "")
            if response.status != 200:
                log(f"  still of {entity_id}: HTTP {response.status}")
                continue
            if not body.startswith(b"\xff\xd8") or "jpeg" not in kind:
                log(f"  still of {entity_id}: not a JPEG ({kind})")
                continue
            check = measure(Image.open(io.BytesIO(body)))
            pictures[entity_id] = check
            log(f"  still of {entity_id}: JPEG, {len(body)} bytes, {check}")
        issues = (await ws.command({"type": "repairs/list_issues"})).get("issues", [])
        log(
            "repair issues: "
            + (", ".join(f"{i['domain']}/{i['translation_key']}" for i in issues) or "none")
        )
        watched = [entity_id for entity_id, check in pictures.items() if check.is_picture]
        report.check(
            "stills through /api/camera_proxy",
            bool(watched),
            f"{len(watched)} of {len(cameras)} cameras returned a picture of the demo pattern",
        )
        if not watched:
            raise E2EError("no camera returned a picture of the demo pattern")
        # A camera whose pattern moves, for the live checks.
        entity_id = next(
            (e for e in watched if not any(still in e for still in ("polder", "taman"))),
            watched[0],
        )
        stream = await ws.command({"type": "camera/stream", "entity_id": entity_id})
        master_url = f"{HA}{stream['url']}"
        try:
            detail = await check_hls(session, master_url, entity_id)
        except E2EError as err:
            report.check("HLS through camera/stream", False, str(err))
        else:
            report.check("HLS through camera/stream", True, detail)

        # A dashboard with a live card, for the browser's second look.
        await ws.command(
            {
                "type": "lovelace/dashboards/create",
                "url_path": LIVE_DASHBOARD,
                "title": "Live camera",
                "mode": "storage",
                "show_in_sidebar": False,
                "require_admin": False,
            }
        )
        await ws.command(
            {
                "type": "lovelace/config/save",
                "url_path": LIVE_DASHBOARD,
                "config": {
                    "views": [
                        {
                            "path": "live",
                            "cards": [
                                {
                                    "type": "picture-entity",
                                    "entity": entity_id,
                                    "camera_view": "live",
                                }
                            ],
                        }
                    ]
                },
            }
        )
    return entity_id, master_url


def playlist_entries(text: str) -> list[str]:
    """Return the URIs a playlist lists (segments, variants and the init section)."""
    uris = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in text.splitlines():
        if line.startswith("#EXT-X-MAP:") and 'URI="' in line:
            uris.insert(0, line.split('URI="', 1)[1].split('"', 1)[0])
    return uris


async def check_hls(session: aiohttp.ClientSession, master_url: str, entity_id: str) -> str:
    """Download the HLS playlists and a segment; decode it to frames; describe them."""

    async def get(url: str) -> bytes:
        async with session.get(url) as response:
            if response.status != 200:
                raise E2EError(f"HLS: {url} answered HTTP {response.status}")
            return await response.read()

    master = (await get(master_url)).decode()
    variants = playlist_entries(master)
    if not master.startswith("#EXTM3U") or not variants:
        raise E2EError(f"HLS: not a master playlist:\n{master}")
    media_url = master_url.rsplit("/", 1)[0] + "/" + variants[0]
    deadline = time.monotonic() + 30
    while True:
        media = (await get(media_url)).decode()
        entries = playlist_entries(media)
        segments = [uri for uri in entries if "segment" in uri]
        if segments:
            break
        if time.monotonic() > deadline:
            raise E2EError(f"HLS: the media playlist lists no segment within 30 s:\n{media}")
        await asyncio.sleep(1)
    base = media_url.rsplit("/", 1)[0] + "/"
    init = [uri for uri in entries if uri not in segments]
    data = b"".join([await get(base + uri) for uri in init[:1]] + [await get(base + segments[0])])
    frames = await asyncio.to_thread(decode, data)
    if not frames:
        raise E2EError("HLS: the first segment holds no video frame")
    check = measure(frames[len(frames) // 2])
    if not check.is_picture:
        raise E2EError(f"HLS: the decoded frames are not the demo pattern ({check})")
    return (
        f"HLS of {entity_id}: {len(segments)} segment(s) listed, init + segment "
        f"{len(data)} bytes, {len(frames)} H.264 frames decoded, {check}"
    )


def decode(data: bytes) -> list[Image.Image]:
    """Decode the video frames of an fMP4 (or MPEG-TS) segment."""
    import av

    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        if stream.codec_context.name != "h264":
            raise E2EError(f"HLS: the stream is {stream.codec_context.name}, not H.264")
        return [frame.to_image() for frame in container.decode(stream)]


# --- 4. and 5. the browser --------------------------------------------------------------


def browser_checks(
    tokens: dict[str, Any], watched: str, master_url: str, timeout: float, report: Report
) -> None:
    """Dashboards, the live view and its recovery, and the config flow in two languages."""
    from playwright.sync_api import Error as PlaywrightError, sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        raise E2EError("Debian's chromium is not installed: run scripts/setup --e2e")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        try:
            # Tall enough for every card of the demo portal: pictures load only when in view.
            page = new_page(browser, tokens, "en", {"width": 1280, "height": 3000}, timeout)
            name = "camera cards on the Overview dashboard show pictures"
            try:
                report.check(name, True, overview(page, timeout))
            except (E2EError, PlaywrightError) as err:
                with contextlib.suppress(PlaywrightError):
                    page.screenshot(path=SCREENSHOT)
                report.check(name, False, first_line(err))
            name = "a live card plays and moves"
            try:
                report.check(name, True, live(page, watched, timeout))
                playing = True
            except (E2EError, PlaywrightError) as err:
                with contextlib.suppress(PlaywrightError):
                    page.screenshot(path=LIVE_SCREENSHOT)
                report.check(name, False, first_line(err))
                playing = False
            try:
                check_go2rtc_source(watched, report)
            except (OSError, ValueError) as err:
                report.failed("the source registered with go2rtc plays without a session", err)
            if playing:
                try:
                    recovery(page, watched, master_url, report)
                except (E2EError, PlaywrightError, OSError, ValueError) as err:
                    report.failed("the live view recovers after the portal drops the stream", err)
            else:
                report.check(
                    "the live view recovers after the portal drops the stream",
                    False,
                    "not tried: the live view did not play",
                )
            page.context.close()
            for language in ("en", "id"):
                try:
                    flow_screenshots(browser, tokens, language, timeout, report)
                except (E2EError, PlaywrightError, OSError, ValueError) as err:
                    report.failed(f"config flow in {language}", err)
        finally:
            browser.close()


def first_line(err: BaseException) -> str:
    """Return the first line of an error's message."""
    message = getattr(err, "message", None) or str(err)
    return str(message).splitlines()[0] if message else type(err).__name__


def new_page(
    browser: Any, tokens: dict[str, Any], language: str, viewport: dict[str, int], timeout: float
) -> Any:
    """Open a page logged in by the stored tokens, in a language."""
    stored = {
        **tokens,
        "expires": int(time.time() * 1000) + int(tokens.get("expires_in", 1800)) * 1000,
    }
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(timeout * 1000)
    # The frontend reads its tokens and the chosen language from here.
    context.add_init_script(
        f"window.localStorage.setItem('hassTokens', {json.dumps(json.dumps(stored))});"
        f"window.localStorage.setItem('selectedLanguage', {json.dumps(json.dumps(language))});"
    )
    page = context.new_page()
    page.on("pageerror", lambda err: log(f"  page error (not fatal): {err}"))
    return page


CARD_PICTURES = r"""
() => {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'hui-picture-entity-card') found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found.map((card) => {
    const pictures = [];
    const look = (root) => {
      for (const el of root.querySelectorAll('img, video')) pictures.push(el);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) look(el.shadowRoot);
    };
    look(card.shadowRoot || card);
    const img = pictures.find((el) => el.localName === 'img');
    const frame = (card.shadowRoot && card.shadowRoot.querySelector('ha-card')) || card;
    const loaded = Boolean(img && img.complete && img.naturalWidth > 0);
    const box = (loaded ? img : frame).getBoundingClientRect();
    const config = card._config || card.config || {};
    const source = img ? decodeURIComponent(img.src) : '';
    const match = source.match(/camera_proxy\/(camera\.[a-z0-9_]+)/);
    return {
      entity: config.entity || (match ? match[1] : null),
      loaded,
      natural: img ? [img.naturalWidth, img.naturalHeight] : null,
      box: {x: box.x, y: box.y, width: box.width, height: box.height},
    };
  });
}
"""


def overview(page: Any, timeout: float) -> str:
    """The Overview dashboard must show a camera card with a real picture."""
    page.goto(f"{HA}/lovelace/0")
    page.wait_for_url("**/lovelace/0")
    page.locator("hui-picture-entity-card").first.wait_for(state="visible")
    deadline = time.monotonic() + timeout
    cards: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        cards = [card for card in page.evaluate(CARD_PICTURES) if card["entity"]]
        if any(card["loaded"] for card in cards):
            break
        time.sleep(0.5)
    page.wait_for_timeout(1000)  # let the other cards' pictures arrive and paint
    cards = [card for card in page.evaluate(CARD_PICTURES) if card["entity"]]
    page.screenshot(path=SCREENSHOT)
    screenshot = Image.open(SCREENSHOT)
    log(f"Overview dashboard: {len(cards)} picture cards; screenshot {rel(SCREENSHOT)}")
    good = []
    for card in cards:
        try:
            check = measure(crop(screenshot, card["box"]))
        except E2EError:
            log(f"  {card['entity']}: not on the screenshot")
            continue
        if not card["loaded"]:
            verdict = "no picture loaded"
        else:
            verdict = "picture" if check.is_picture else "no picture"
        log(f"  {card['entity']}: {verdict} (image {card['natural']}; on screen {check})")
        if verdict == "picture":
            good.append(card["entity"])
    if not good:
        raise E2EError(
            f"none of {len(cards)} camera cards on the Overview dashboard shows the demo "
            f"picture (see {rel(SCREENSHOT)})"
        )
    return f"{len(good)} of {len(cards)} camera cards show the demo picture"


VIDEO = "ha-hls-player video"  # with go2rtc the card also holds a (hidden) WebRTC player
VIDEO_STATE = "e => [e.videoWidth, e.videoHeight, e.currentTime, e.readyState]"


def live(page: Any, entity_id: str, timeout: float) -> str:
    """A live card must play the HLS stream: frames advance and the picture moves."""
    page.goto(f"{HA}/{LIVE_DASHBOARD}/live")
    video = page.locator(VIDEO).first
    video.wait_for(state="visible")
    deadline = time.monotonic() + timeout
    while True:
        width, height, position, ready = video.evaluate(VIDEO_STATE)
        if width > 0 and ready >= 2 and position > 1.0:
            break
        if time.monotonic() > deadline:
            raise E2EError(
                f"the live card of {entity_id} did not play within {timeout:g} s "
                f"(video {width}x{height}, at {position:.1f} s, readyState {ready})"
            )
        time.sleep(0.5)
    box = video.bounding_box()
    first = crop(Image.open(io.BytesIO(page.screenshot())), box)
    page.wait_for_timeout(2500)
    page.screenshot(path=LIVE_SCREENSHOT)
    second = crop(Image.open(LIVE_SCREENSHOT), box)
    later = video.evaluate(VIDEO_STATE)[2]
    check = measure(second)
    change = difference(first, second)
    if later <= position:
        raise E2EError(f"the live video of {entity_id} does not advance")
    if not check.is_picture:
        raise E2EError(f"the live video of {entity_id} shows no picture ({check})")
    if change < 0.2:
        raise E2EError(f"the live video of {entity_id} does not move")
    return (
        f"{entity_id}: video {width}x{height} played {position:.1f} -> {later:.1f} s, "
        f"{check}, mean change over 2.5 s {change:.2f}; screenshot {rel(LIVE_SCREENSHOT)}"
    )


def masked(url: str) -> str:
    """Show a URL with long token-like path parts and the query hidden."""
    base = url.split("?", 1)[0]
    token = r"(?=[A-Za-z\-]*\d)[A-Za-z0-9\-]{16,}"  # long, with a digit, no underscore
    return re.sub(token, "…", base) + ("?…" if "?" in url else "")


def check_go2rtc_source(entity_id: str, report: Report) -> None:
    """What Home Assistant registered with go2rtc for the live view must play without a login.

    go2rtc fetches the source itself, without a user session, from where it runs (here
    beside Home Assistant): the playlist and what it refers to must answer.
    """
    name = "the source registered with go2rtc plays without a session"
    state = http_json("GET", f"{GO2RTC}/_fake/state")
    registrations = state.get("registrations", [])
    log(
        f"go2rtc stand-in: {len(state.get('offers', []))} WebRTC offer(s), "
        f"{len(registrations)} stream registration(s)"
    )
    for item in registrations:
        log(f"  {item['name']}: {', '.join(masked(source) for source in item['sources'])}")
    sources = [item["sources"][0] for item in registrations if item["name"] == entity_id]
    if not sources:
        report.check(name, False, f"nothing was registered with go2rtc for {entity_id}")
        return
    source = sources[-1]
    if not source.startswith(("http://", "https://")):
        report.check(name, False, f"{masked(source)} is not an HTTP(S) stream")
        return
    try:
        playlist = http_text(source)
    except (OSError, ValueError) as err:
        report.check(name, False, f"{masked(source)}: {err}")
        return
    entries = playlist_entries(playlist)
    if not playlist.startswith("#EXTM3U") or not entries:
        report.check(name, False, f"{masked(source)}: not an HLS playlist: {playlist[:80]!r}")
        return
    target = urllib.parse.urljoin(source, entries[0])
    try:
        with urllib.request.urlopen(target, timeout=10) as response:
            size = len(response.read())
    except (OSError, ValueError) as err:
        report.check(name, False, f"{masked(target)}: {err}")
        return
    report.check(
        name,
        True,
        f"{masked(source)}: playlist with {len(entries)} entr(y/ies); "
        f"{masked(target)} answered {size} bytes",
    )


def hls_media_url(master_url: str) -> str:
    """Return the media playlist URL of Home Assistant's master playlist."""
    master = http_text(master_url)
    variants = playlist_entries(master)
    if not variants:
        raise E2EError(f"HLS: no variant in the master playlist:\n{master}")
    return master_url.rsplit("/", 1)[0] + "/" + variants[0]


def last_segment(media_url: str) -> int | None:
    """Return the sequence number of the newest complete segment Home Assistant lists."""
    try:
        text = http_text(media_url, timeout=5)
    except (OSError, ValueError):
        return None
    first = 0
    count = 0
    for line in text.splitlines():
        if line.startswith("#EXT-X-MEDIA-SEQUENCE:"):
            first = int(line.split(":", 1)[1])
        elif line.startswith("#EXTINF:"):
            count += 1
    return first + count - 1 if count else None


def streaming_key() -> str | None:
    """Return the stream key whose HLS the portal serves most right now."""

    def hls_requests() -> dict[str, int]:
        totals: dict[str, int] = {}
        for path, count in portal_state()["requests"].items():
            match = re.match(r"^/hls/([^/]+)/", path)
            if match:
                totals[match[1]] = totals.get(match[1], 0) + count
        return totals

    before = hls_requests()
    time.sleep(2 * SEGMENT_SECONDS + 0.5)
    after = hls_requests()
    grown = {key: after[key] - before.get(key, 0) for key in after}
    best = max(grown, key=lambda key: grown[key], default=None)
    return best if best is not None and grown[best] > 0 else None


def recovery(page: Any, entity_id: str, master_url: str, report: Report) -> None:
    """The portal drops every stream while the live card plays: the view must recover."""
    name = "the live view recovers after the portal drops the stream"
    key = streaming_key()
    if key is None:
        raise E2EError("the portal serves no HLS while the live card plays")
    media_url = hls_media_url(master_url)
    video = page.locator(VIDEO).first
    box = video.bounding_box()
    segment_at_drop = last_segment(media_url)
    position_at_drop = float(video.evaluate(VIDEO_STATE)[2])
    wakes_at_drop = start_counts(portal_state())[key]
    dropped = http_json("POST", f"{PORTAL}/_fake/drop")["dropped"]
    dropped_at = time.monotonic()
    log(
        f"the portal dropped {', '.join(dropped) or 'no stream'} while {entity_id} ({key}) "
        f"played; Home Assistant's newest segment {segment_at_drop}, video at "
        f"{position_at_drop:.1f} s"
    )
    woken_at: float | None = None
    recovered_at: float | None = None
    segment = segment_at_drop
    deadline = dropped_at + RECOVERY_BOUND + 10
    while time.monotonic() < deadline:
        now = time.monotonic()
        if woken_at is None and start_counts(portal_state())[key] > wakes_at_drop:
            woken_at = now
        segment = last_segment(media_url)
        if (
            recovered_at is None
            and woken_at is not None
            and segment is not None
            and segment_at_drop is not None
            and segment >= segment_at_drop + 2
        ):
            recovered_at = now
        if recovered_at is not None and now >= recovered_at + 2 * SEGMENT_SECONDS:
            break
        page.wait_for_timeout(500)
    first = crop(Image.open(io.BytesIO(page.screenshot())), box)
    page.wait_for_timeout(2500)
    page.screenshot(path=RECOVERED_SCREENSHOT)
    second = crop(Image.open(RECOVERED_SCREENSHOT), box)
    _, _, position, ready = video.evaluate(VIDEO_STATE)
    elapsed = time.monotonic() - dropped_at
    stalled = elapsed - (float(position) - position_at_drop)
    change = difference(first, second)
    problems = []
    if woken_at is None:
        problems.append("no new wake-up call")
    if recovered_at is None:
        problems.append(
            f"no new segment from Home Assistant (newest {segment}, at the drop "
            f"{segment_at_drop}) within {deadline - dropped_at:.0f} s"
        )
    elif recovered_at - dropped_at > RECOVERY_BOUND:
        problems.append(f"new segments only {recovered_at - dropped_at:.1f} s after the drop")
    if stalled > RECOVERY_BOUND:
        problems.append(f"the video stood still for {stalled:.1f} s")
    if change < 0.2 or ready < 2:
        problems.append(f"the video does not move (change {change:.2f}, readyState {ready})")
    woke = f"{woken_at - dropped_at:.1f} s" if woken_at is not None else "never"
    new = f"{recovered_at - dropped_at:.1f} s" if recovered_at is not None else "never"
    report.check(
        name,
        not problems,
        f"bound {RECOVERY_BOUND:g} s; wake-up call after {woke}, new segments after {new}, "
        f"video stood still for {max(stalled, 0):.1f} s of {elapsed:.1f} s, change "
        f"{change:.2f}; screenshot {rel(RECOVERED_SCREENSHOT)}"
        + (f"; {'; '.join(problems)}" if problems else ""),
    )


# --- 5. the config flow in two languages ------------------------------------------------

# Finds the first element of a tag name, looking into every shadow root on the way.
FIND_ELEMENT = r"""
  const find = (root, name) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === name) return el;
      if (el.shadowRoot) {
        const found = find(el.shadowRoot, name);
        if (found) return found;
      }
    }
    return null;
  };
"""

FIND_FLOW = (
    r"""
() => {
"""
    + FIND_ELEMENT
    + r"""
  const text = (node) => {
    let out = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) out += n.textContent + ' ';
      if (n.shadowRoot) walk(n.shadowRoot);
      for (const child of n.childNodes) walk(child);
      if (n.localName === 'ha-formfield' && n.label) out += n.label + ' ';
    };
    walk(node);
    return out.replace(/\s+/g, ' ').trim();
  };
  const dialog = find(document, 'dialog-data-entry-flow');
  if (!dialog) return {open: false};
  const form = find(dialog.shadowRoot || dialog, 'step-flow-form');
  const abort = find(dialog.shadowRoot || dialog, 'step-flow-abort');
  const done = find(dialog.shadowRoot || dialog, 'step-flow-create-entry');
  const loading = find(dialog.shadowRoot || dialog, 'step-flow-loading');
  const step = form && form.step ? form.step : null;
  return {
    open: true,
    kind: form ? 'form' : abort ? 'abort' : done ? 'create_entry' : loading ? 'loading' : 'other',
    step_id: step ? step.step_id : (abort && abort.params ? 'abort' : null),
    flow_id: step ? step.flow_id : null,
    errors: step && step.errors ? step.errors : null,
    loading: Boolean(form && form._loading),
    text: text(dialog),
  };
}
"""
)

ANSWER_FLOW = (
    r"""
(answers) => {
"""
    + FIND_ELEMENT
    + r"""
  const flow = find(document, 'step-flow-form');
  const form = find(flow.shadowRoot, 'ha-form');
  const value = {...(form.data || {}), ...answers};
  form.dispatchEvent(new CustomEvent('value-changed', {detail: {value}, bubbles: true, composed: true}));
  const button = flow.shadowRoot.querySelector('.buttons mwc-button, .buttons ha-button, .buttons ha-progress-button');
  if (button) { button.click(); return 'button'; }
  flow._submitStep();
  return 'method';
}
"""
)


def translations(language: str) -> dict[str, Any]:
    """Return the integration's translations of a language."""
    data: dict[str, Any] = json.loads((TRANSLATIONS / f"{language}.json").read_text())
    return data


def expected_title(texts: dict[str, Any], step: dict[str, Any]) -> str | None:
    """Return the fixed part of a step's (or an abort's) translated title or reason."""
    config = texts.get("config", {})
    if step["kind"] == "form":
        title = config.get("step", {}).get(step["step_id"], {}).get("title")
    else:
        return None
    return title.split("{", 1)[0].strip() if title else None


def flow_screenshots(
    browser: Any, tokens: dict[str, Any], language: str, timeout: float, report: Report
) -> None:
    """Walk Add integration → Kutai Timur CCTV; a screenshot of every step; check the texts."""
    texts = translations(language)
    english = translations("en")
    # Tall enough for the longest step's dialog to fit without scrolling.
    page = new_page(browser, tokens, language, {"width": 1280, "height": 1400}, timeout)
    # As a user does: Settings → Devices & services → Add integration, search, pick.
    page.goto(f"{HA}/config/integrations/dashboard")
    page.locator("ha-fab").first.click()
    page.locator("dialog-add-integration").wait_for(state="attached")
    page.wait_for_timeout(1000)
    page.keyboard.type("Kutai")
    item = page.locator("dialog-add-integration ha-integration-list-item", has_text=NAME)
    item.first.wait_for(state="visible")
    pick = ARTIFACTS / f"flow-{language}-0-pick.png"
    page.screenshot(path=pick)
    answers = {
        "user": {"portal": "other"},
        # Another demo portal document (F2): the walk reaches the later steps without
        # adding a second entry for the portal set up already.
        "portal": {
            "url": f"{PORTAL}/f2/cameras.json",
            "hls_url": PORTAL,
            "profile": "auto",
            "verify_ssl": True,
            "allow_local": True,
        },
    }
    shots: list[str] = [pick.name]
    flow_ids: set[str] = set()
    problems: list[str] = []
    seen: list[str] = []
    item.first.click()
    try:
        for number in range(1, 8):
            step = wait_for_step(page, seen[-1] if seen else None, timeout)
            step_id = step["step_id"] or step["kind"]
            if step.get("flow_id"):
                flow_ids.add(step["flow_id"])
            path = ARTIFACTS / f"flow-{language}-{number}-{step_id}.png"
            page.wait_for_timeout(800)  # let the dialog finish rendering
            page.screenshot(path=path)
            shots.append(path.name)
            text = page.evaluate(FIND_FLOW).get("text", "")
            raw = sorted({match.group(0) for match in RAW_KEY.finditer(text)})
            if raw:
                problems.append(f"{path.name}: raw translation keys {raw}")
            title = expected_title(texts, step)
            if title and title not in text:
                problems.append(f"{path.name}: the title {title!r} is not shown")
            english_title = expected_title(english, step)
            if (
                language != "en"
                and english_title
                and english_title != title
                and (english_title in text)
            ):
                problems.append(f"{path.name}: the English title {english_title!r} is shown")
            log(f"  {language} step {number} {step_id}: {text[:160]}")
            if step["kind"] != "form" or step_id in seen or step.get("errors"):
                # The end of the walk: an abort, or a form that came back with an error.
                problems.append(f"the walk ended at {step_id} ({step.get('errors') or step_id})")
                break
            seen.append(step_id)
            if step_id == "cameras":
                break  # the last step: submitting would add a second entry
            page.evaluate(ANSWER_FLOW, answers.get(step_id, {}))
    finally:
        page.context.close()
        abandon_flows(tokens["access_token"], flow_ids)
    if "cameras" not in seen and not any(p.startswith("the walk ended") for p in problems):
        problems.append("the walk did not reach the camera choice")
    report.check(
        f"config flow in {language}: every step translated",
        bool(shots) and not problems,
        f"steps {', '.join(seen) or 'none'}; screenshots {', '.join(shots)}"
        + (f"; {'; '.join(problems)}" if problems else ""),
    )


def abandon_flows(token: str, flow_ids: set[str]) -> None:
    """Delete config flows still in progress, as closing the dialog does."""
    for flow_id in sorted(flow_ids):
        request = urllib.request.Request(
            f"{HA}/api/config/config_entries/flow/{flow_id}",
            headers={"Authorization": f"Bearer {token}"},
            method="DELETE",
        )
        with contextlib.suppress(urllib.error.HTTPError):  # 404: it ended already
            urllib.request.urlopen(request, timeout=10).close()


def wait_for_step(page: Any, previous: str | None, timeout: float) -> dict[str, Any]:
    """Wait until the flow dialog shows a step other than ``previous`` (or its error)."""
    deadline = time.monotonic() + timeout
    step: dict[str, Any] = {}
    while time.monotonic() < deadline:
        step = page.evaluate(FIND_FLOW)
        if step.get("open") and step["kind"] in ("form", "abort", "create_entry"):
            if not step.get("loading") and (
                step["kind"] != "form" or step["step_id"] != previous or step.get("errors")
            ):
                return step
        page.wait_for_timeout(300)
    raise E2EError(f"the config flow dialog showed no new step within {timeout:g} s: {step}")


# --- 6. the log -------------------------------------------------------------------------


def check_log(report: Report) -> None:
    """No ERROR line from the integration; the other warnings and errors are listed."""
    # Home Assistant keeps the log of the run before its restart as home-assistant.log.1.
    records = log_records(path=PREVIOUS_HA_LOG) + log_records()
    ours = [r for r in records if r.severity >= LEVELS["ERROR"] and r.from_integration]
    others: dict[str, int] = {}
    for record in records:
        if record.severity >= LEVELS["WARNING"] and not (
            record.severity >= LEVELS["ERROR"] and record.from_integration
        ):
            label = f"{record.level} {record.logger}"
            others[label] = others.get(label, 0) + 1
    if others:
        log(
            "other warnings and errors in home-assistant.log: "
            + ", ".join(f"{label} ×{count}" for label, count in sorted(others.items()))
        )
    report.check(
        "no ERROR line from the integration in home-assistant.log",
        not ours,
        f"{len(ours)} ERROR line(s) from the integration"
        + (": " + " | ".join(str(record) for record in ours[:5]) if ours else ""),
    )


# --- main -------------------------------------------------------------------------------


def main() -> int:
    """Run every check; always stop the stack."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--timeout", type=float, default=45, help="seconds each browser step may take"
    )
    parser.add_argument(
        "--deadline",
        type=int,
        default=480,
        help="seconds the checks may take in all, stopping the stack aside",
    )
    args = parser.parse_args()

    def too_late(signum: int, frame: object) -> None:
        raise E2EError(f"the checks did not finish within {args.deadline} s")

    signal.signal(signal.SIGALRM, too_late)
    signal.alarm(args.deadline)
    for stale in ARTIFACTS.glob("flow-*.png"):
        stale.unlink()
    stack = Stack()
    report = Report()
    failure: str | None = None
    try:
        stack.start(timeout=150)
        ready_at = time.monotonic()
        tokens = json.loads(TOKENS.read_text())
        token = tokens["access_token"]
        watcher = WakeUpWatcher()
        try:
            asyncio.run(quiet_checks(token, ready_at, watcher, report))
            try:
                asyncio.run(restart_checks(token, watcher, report))
            except E2EError as err:
                report.failed("every camera has a state after a restart, start call failing", err)
        finally:
            watcher.stop()
        watched, master_url = asyncio.run(viewer_checks(token, report))
        browser_checks(tokens, watched, master_url, args.timeout, report)
    except E2EError as err:
        failure = str(err)
    except (aiohttp.ClientError, OSError, TimeoutError) as err:
        failure = (
            f"cannot talk to Home Assistant or the demo portal: {type(err).__name__}: {err}\n"
            f"  the end of {rel(DEVELOP_LOG)}:\n{tail(DEVELOP_LOG)}"
        )
    except KeyboardInterrupt:
        failure = "interrupted"
    finally:
        signal.alarm(0)
        if stack.process is not None:
            check_log(report)
        try:
            stack.stop()
        except E2EError as err:
            failure = failure or str(err)
    total = time.monotonic() - STARTED
    print(f"\nChecks:\n{report.summary()}", flush=True)
    if failure or not report.passed:
        reason = failure or f"{sum(not r.passed for r in report.results)} check(s) failed"
        print(f"E2E FAILED after {total:.0f} s: {reason}", file=sys.stderr)
        return 1
    print(f"E2E PASSED in {total:.0f} s: screenshots in {rel(ARTIFACTS)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
