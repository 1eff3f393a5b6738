"""End-to-end check: the demo cameras in a real Home Assistant, seen in a real browser.

Run through scripts/e2e, which installs what this needs first. Steps:

1. starts scripts/develop (demo portal + Home Assistant) in a session of its own, with a
   fresh configuration folder, so that onboarding and the config flow run through the API;
2. checks the cameras through Home Assistant's API: /api/camera_proxy returns a JPEG
   picture, and the websocket command camera/stream returns an HLS URL whose playlists and
   segments download and decode to H.264 frames;
3. opens the Overview dashboard in headless Chromium, logged in by the tokens stored under
   `hassTokens` in localStorage, and checks the pixels of the camera cards: at least one
   must show a colourful, non-uniform picture (the demo test pattern), not a placeholder;
4. opens a dashboard with a live camera card and checks that the video plays and moves;
5. stops the stack the way Ctrl-C does and checks that no process is left.

Screenshots: artifacts/e2e.png (Overview) and artifacts/e2e-live.png (live card).
Exits 0 when everything passed, 1 with a message saying what failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from dataclasses import dataclass
import io
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import time
from typing import Any

import aiohttp
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CONFIG = ARTIFACTS / "e2e-config"
DEVELOP_LOG = ARTIFACTS / "e2e-develop.log"
TOKENS = ARTIFACTS / "ha_tokens.json"
SCREENSHOT = ARTIFACTS / "e2e.png"
LIVE_SCREENSHOT = ARTIFACTS / "e2e-live.png"
HA = "http://127.0.0.1:8123"
DOMAIN = "kutim_cctv"
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


class E2EError(Exception):
    """A check failed; the message says which."""


STARTED = time.monotonic()


def log(message: str) -> None:
    """Print a progress line with the time since the start."""
    print(f"[{time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


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
        for port in (8123, 8765):
            if port_in_use(port):
                raise E2EError(
                    f"port {port} is in use: stop the other Home Assistant or scripts/develop first"
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


async def api_checks(token: str) -> tuple[str, list[str]]:
    """Check stills and the HLS stream through the API; return the camera to watch."""
    headers = {"Authorization": f"Bearer {token}"}
    timeout = aiohttp.ClientTimeout(total=60)
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        session.ws_connect(f"{HA}/api/websocket") as raw,
    ):
        ws = Websocket(raw)
        await raw.receive_json()
        await raw.send_json({"type": "auth", "access_token": token})
        if (await raw.receive_json()).get("type") != "auth_ok":
            raise E2EError("the websocket API refused the token")
        registry = await ws.command({"type": "config/entity_registry/list"})
        cameras = sorted(
            entry["entity_id"]
            for entry in registry
            if entry["platform"] == DOMAIN and entry["entity_id"].startswith("camera.")
        )
        if not cameras:
            raise E2EError("the integration created no camera entity")
        log(f"{len(cameras)} camera entities: {', '.join(cameras)}")

        pictures: dict[str, PixelCheck] = {}
        for entity_id in cameras:
            async with session.get(
                f"{HA}/api/camera_proxy/{entity_id}", headers=headers
            ) as response:
                body = await response.read()
                kind = response.headers.get("Content-Type", "")
            if response.status != 200:
                log(f"  still of {entity_id}: HTTP {response.status}")
                continue
            if not body.startswith(b"\xff\xd8") or "jpeg" not in kind:
                raise E2EError(f"the still of {entity_id} is not a JPEG ({kind})")
            check = measure(Image.open(io.BytesIO(body)))
            pictures[entity_id] = check
            log(f"  still of {entity_id}: JPEG, {len(body)} bytes, {check}")
        watched = [entity_id for entity_id, check in pictures.items() if check.is_picture]
        if not watched:
            raise E2EError("no camera returned a picture of the demo pattern")

        entity_id = watched[0]
        stream = await ws.command({"type": "camera/stream", "entity_id": entity_id})
        await check_hls(session, f"{HA}{stream['url']}", entity_id)

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
    return entity_id, cameras


def playlist_entries(text: str) -> list[str]:
    """Return the URIs a playlist lists (segments, variants and the init section)."""
    uris = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in text.splitlines():
        if line.startswith("#EXT-X-MAP:") and 'URI="' in line:
            uris.insert(0, line.split('URI="', 1)[1].split('"', 1)[0])
    return uris


async def check_hls(session: aiohttp.ClientSession, master_url: str, entity_id: str) -> None:
    """Download the HLS playlists and a segment; decode it to frames."""

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
    log(
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


# --- the browser ------------------------------------------------------------------------


def browser_checks(tokens: dict[str, Any], watched: str, timeout: float) -> None:
    """Look at the Overview dashboard and a live card in headless Chromium."""
    from playwright.sync_api import Error as PlaywrightError, sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        raise E2EError("Debian's chromium is not installed: run scripts/setup --e2e")
    stored = {
        **tokens,
        "expires": int(time.time() * 1000) + int(tokens.get("expires_in", 1800)) * 1000,
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        try:
            # Tall enough for every card of the demo portal: pictures load only when in view.
            context = browser.new_context(viewport={"width": 1280, "height": 3000})
            context.set_default_timeout(timeout * 1000)
            # The frontend reads its tokens from here instead of showing the login page.
            context.add_init_script(
                f"window.localStorage.setItem('hassTokens', {json.dumps(json.dumps(stored))});"
            )
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda err: errors.append(str(err)))
            try:
                overview(page, timeout)
                live(page, watched, timeout)
            except PlaywrightError as err:
                with contextlib.suppress(PlaywrightError):
                    page.screenshot(path=SCREENSHOT)
                raise E2EError(f"browser: {err.message.splitlines()[0]}") from err
            if errors:
                log(f"page errors (not fatal): {errors[:3]}")
        finally:
            browser.close()


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


def overview(page: Any, timeout: float) -> None:
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
    log(f"{len(good)} of {len(cards)} camera cards show the demo picture")
    if not good:
        raise E2EError(
            "no camera card on the Overview dashboard shows the demo picture "
            f"(see {rel(SCREENSHOT)})"
        )


def live(page: Any, entity_id: str, timeout: float) -> None:
    """A live card must play the HLS stream: frames advance and the picture moves."""
    page.goto(f"{HA}/{LIVE_DASHBOARD}/live")
    video = page.locator("ha-camera-stream video")
    video.first.wait_for(state="visible")
    state = "e => [e.videoWidth, e.videoHeight, e.currentTime, e.readyState]"
    deadline = time.monotonic() + timeout
    while True:
        width, height, position, ready = video.first.evaluate(state)
        if width > 0 and ready >= 2 and position > 1.0:
            break
        if time.monotonic() > deadline:
            raise E2EError(
                f"browser: the live card of {entity_id} did not play within {timeout:g} s "
                f"(video {width}x{height}, at {position:.1f} s, readyState {ready})"
            )
        time.sleep(0.5)
    box = video.first.bounding_box()
    first = crop(Image.open(io.BytesIO(page.screenshot())), box)
    page.wait_for_timeout(2500)
    page.screenshot(path=LIVE_SCREENSHOT)
    second = crop(Image.open(LIVE_SCREENSHOT), box)
    later = video.first.evaluate(state)[2]
    check = measure(second)
    change = float(
        np.abs(
            np.asarray(first.convert("L"), dtype=np.float64)
            - np.asarray(second.convert("L"), dtype=np.float64)
        ).mean()
    )
    log(
        f"live card of {entity_id}: video {width}x{height} played {position:.1f} -> "
        f"{later:.1f} s, {check}, mean change over 2.5 s {change:.2f}; "
        f"screenshot {rel(LIVE_SCREENSHOT)}"
    )
    if later <= position:
        raise E2EError(f"browser: the live video of {entity_id} does not advance")
    if not check.is_picture:
        raise E2EError(f"browser: the live video of {entity_id} shows no picture ({check})")
    if change < 0.2:
        raise E2EError(f"browser: the live video of {entity_id} does not move")


# --- main -------------------------------------------------------------------------------


def main() -> int:
    """Run the whole check; always stop the stack."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--timeout", type=float, default=45, help="seconds each browser step may take"
    )
    parser.add_argument(
        "--deadline",
        type=int,
        default=180,
        help="seconds the checks may take in all, stopping the stack aside",
    )
    args = parser.parse_args()

    def too_late(signum: int, frame: object) -> None:
        raise E2EError(f"the checks did not finish within {args.deadline} s")

    signal.signal(signal.SIGALRM, too_late)
    signal.alarm(args.deadline)
    stack = Stack()
    failure: str | None = None
    try:
        stack.start(timeout=120)
        tokens = json.loads(TOKENS.read_text())
        watched, _ = asyncio.run(api_checks(tokens["access_token"]))
        browser_checks(tokens, watched, args.timeout)
    except E2EError as err:
        failure = str(err)
    except (aiohttp.ClientError, OSError, TimeoutError) as err:
        failure = (
            f"cannot talk to Home Assistant: {type(err).__name__}: {err}\n"
            f"  the end of {rel(DEVELOP_LOG)}:\n{tail(DEVELOP_LOG)}"
        )
    except KeyboardInterrupt:
        failure = "interrupted"
    finally:
        signal.alarm(0)
        try:
            stack.stop()
        except E2EError as err:
            failure = failure or str(err)
    total = time.monotonic() - STARTED
    if failure:
        print(f"E2E FAILED after {total:.0f} s: {failure}", file=sys.stderr)
        return 1
    print(f"E2E PASSED in {total:.0f} s: screenshots {rel(SCREENSHOT)}, {rel(LIVE_SCREENSHOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
