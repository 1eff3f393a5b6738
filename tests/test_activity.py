"""The activity math on real pictures of the fake portal and on synthetic scenes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from fractions import Fraction
from itertools import pairwise

import aiohttp
import av
import numpy as np
from numpy.typing import NDArray
import pytest

from custom_components.kutim_cctv.activity import (
    FROZEN_FRAMES,
    GRID_HEIGHT,
    GRID_WIDTH,
    ActivityDetector,
    ActivitySettings,
    FrameError,
    analyse,
    compare,
    decode_grey,
    match_exposure,
    median3,
    spread_of,
)
from custom_components.kutim_cctv.const import DEFAULT_ACTIVITY_THRESHOLD
from custom_components.kutim_cctv.portal.grab import decode_keyframe_jpeg
from fake_portal import PATTERN_MOVING, PATTERN_STILL, FakeCamera, FakePortal
from fake_portal.app import PatternStyle
from fake_portal.video import VideoSpec, encode_segment

THRESHOLD = DEFAULT_ACTIVITY_THRESHOLD / 100
QUIET = THRESHOLD / 2  # the default end-of-activity threshold
WINDOW = 30.0  # seconds between pictures, the default freshness

type Plane = NDArray[np.uint8]


# --------------------------------------------------------------------- pictures


def encode(codec: str, pix_fmt: str, luma: Plane, pixels: Plane, **options: str) -> bytes:
    """Encode one picture of the grey plane's size from pixels laid out as pix_fmt."""
    height, width = luma.shape
    context = av.CodecContext.create(codec, "w")
    context.width = width
    context.height = height
    context.pix_fmt = pix_fmt
    context.time_base = Fraction(1, 25)
    if options:
        context.options = options
    frame = av.VideoFrame.from_ndarray(pixels, format=pix_fmt)
    return b"".join(bytes(packet) for packet in [*context.encode(frame), *context.encode(None)])


def jpeg(luma: Plane, quality: int = 4) -> bytes:
    """Encode a grey picture as a JPEG of the given quality scale (2 best, 31 worst)."""
    height, width = luma.shape
    chroma = np.full((height // 2, width // 2), 128, dtype=np.uint8)
    planes = np.vstack([luma, chroma.reshape(-1, width), chroma.reshape(-1, width)])
    return encode("mjpeg", "yuvj420p", luma, planes, qscale=str(quality))


def png(luma: Plane) -> bytes:
    """Encode a grey picture as a PNG."""
    return encode("png", "gray", luma, luma)


def luma_of(image: bytes) -> Plane:
    """Decode a JPEG to its full-size grey plane."""
    context = av.CodecContext.create("mjpeg", "r")
    frame = next(iter(context.decode(av.Packet(image))))
    plane: Plane = frame.reformat(format="gray").to_ndarray()
    return plane


class Scene:
    """A textured street-like scene, 640 x 480, that can be lit and filmed in many ways."""

    def __init__(self, seed: int = 7) -> None:
        """Draw the background: smooth shapes of many sizes, like buildings and trees."""
        self.rng = np.random.default_rng(seed)
        height, width = 480, 640
        spectrum = np.fft.fft2(self.rng.normal(0, 1, (height, width)))
        fy = np.fft.fftfreq(height)[:, None]
        fx = np.fft.fftfreq(width)[None, :]
        texture = np.real(np.fft.ifft2(spectrum * np.exp(-(fy**2 + fx**2) * 2000)))
        texture = (texture - texture.min()) / (texture.max() - texture.min())
        self.background = 40 + 160 * texture

    def shot(
        self,
        *,
        objects: tuple[tuple[int, int, int], ...] = (),
        gain: float = 1.0,
        offset: float = 0.0,
        gamma: float = 1.0,
        noise: float = 2.0,
        quality: int = 4,
        shift: int = 0,
        infrared: bool = False,
    ) -> bytes:
        """Return one JPEG: bright square objects (x, y, size), exposure, sensor noise."""
        picture = np.roll(self.background, shift, axis=1).copy()
        if infrared:
            # Night vision: materials reflect infrared differently, so the scene's
            # brightness order changes, not only its level.
            picture = 40 + 160 * np.abs(np.sin(picture / 18))
        for x, y, size in objects:
            picture[y : y + size, x : x + size] = 230
        picture = 255 * (np.clip(picture, 0, 255) / 255) ** gamma
        picture = picture * gain + offset + self.rng.normal(0, noise, picture.shape)
        return jpeg(np.clip(picture, 0, 255).astype(np.uint8), quality)


@pytest.fixture(scope="module")
def scene() -> Scene:
    """Return the synthetic scene."""
    return Scene()


def score(first: bytes, second: bytes) -> float:
    """Return the scene change between two stills."""
    return compare(decode_grey(first), decode_grey(second)).score


@pytest.fixture
async def portal_clock() -> list[float]:
    """Return the fake portal's clock, which the tests move."""
    return [0.0]


@pytest.fixture
async def recorder(
    socket_enabled: None, portal_clock: list[float]
) -> AsyncIterator[tuple[FakePortal, aiohttp.ClientSession]]:
    """Run the fake portal on a clock of the test's own, with a client."""
    portal = FakePortal(
        [
            FakeCamera(1, "CCTV SIMP", "0.5", "117.5", "simpang", None, pattern=PATTERN_MOVING),
            FakeCamera(2, "CCTV POLDER", "0.5", "117.5", "polder", None, pattern=PATTERN_STILL),
        ],
        clock=lambda: portal_clock[0],
    )
    await portal.start()
    async with aiohttp.ClientSession() as session:
        yield portal, session
    await portal.stop()


async def record(
    recorder: tuple[FakePortal, aiohttp.ClientSession],
    portal_clock: list[float],
    key: str,
    count: int,
) -> list[bytes]:
    """Take one still per freshness window from the portal's snapshot URL."""
    portal, session = recorder
    stills: list[bytes] = []
    for _ in range(count):
        async with session.get(f"{portal.url}/snapshot/{key}.jpg") as response:
            assert response.status == 200
            stills.append(await response.read())
        portal_clock[0] += WINDOW
    return stills


# --------------------------------------------------------------------- decoding


def test_decode_grey(scene: Scene) -> None:
    """Any still becomes a small grey picture; brightness is kept in grey levels."""
    grey = decode_grey(jpeg(np.full((240, 320), 100, dtype=np.uint8)))
    assert grey.shape == (GRID_HEIGHT, GRID_WIDTH)
    assert grey.dtype == np.float32
    assert np.allclose(grey, 100, atol=1.5)
    assert decode_grey(scene.shot()).shape == (GRID_HEIGHT, GRID_WIDTH)
    gradient = np.tile(np.linspace(0, 255, 640).astype(np.uint8), (480, 1))
    from_png = decode_grey(png(gradient))
    assert from_png[0, 0] < 5
    assert from_png[0, -1] > 250


@pytest.mark.parametrize(
    "data", [b"", b"not a picture", b"\xff\xd8\xff\xe0 broken", b"\x89PNG\r\n\x1a\n broken"]
)
def test_decode_rejects_what_is_no_picture(data: bytes) -> None:
    with pytest.raises(FrameError):
        decode_grey(data)


def test_exposure_is_matched() -> None:
    """A brightness curve is found even when a third of the picture changed."""
    rng = np.random.default_rng(1)
    grey = rng.uniform(30, 200, (GRID_HEIGHT, GRID_WIDTH)).astype(np.float32)
    exposed = (255 * (grey / 255) ** 1.3 * 0.6 + 20).astype(np.float32)
    moved = exposed.copy()
    moved[:16, :] = 250
    matched = match_exposure(grey, moved)
    assert np.allclose(matched[16:], exposed[16:], atol=1.0)
    # Flat pictures (night, fog) are not stretched to look contrasted.
    flat = np.full((GRID_HEIGHT, GRID_WIDTH), 12, dtype=np.float32)
    assert spread_of(flat) == 8.0


def test_median_removes_specks() -> None:
    """A lone changed pixel is compression noise; a changed block survives."""
    values = np.zeros((GRID_HEIGHT, GRID_WIDTH), dtype=np.float32)
    values[10, 10] = 5.0
    values[20:24, 30:34] = 5.0
    filtered = median3(values)
    assert filtered[10, 10] == 0.0
    assert filtered[21, 31] == 5.0


# --------------------------------------------------------------------- the fake portal


async def test_moving_pattern_is_a_change(
    recorder: tuple[FakePortal, aiohttp.ClientSession], portal_clock: list[float]
) -> None:
    """Consecutive stills of the moving pattern differ by well over the threshold."""
    stills = await record(recorder, portal_clock, "simpang", 6)
    for first, second in pairwise(stills):
        change = compare(decode_grey(first), decode_grey(second))
        assert change.score >= 2 * THRESHOLD
        assert not change.identical
        assert not change.global_change


async def test_still_pattern_is_identical(
    recorder: tuple[FakePortal, aiohttp.ClientSession], portal_clock: list[float]
) -> None:
    """The still pattern never changes: byte for byte, and pixel for pixel."""
    stills = await record(recorder, portal_clock, "polder", 4)
    assert len(set(stills)) == 1
    change = compare(decode_grey(stills[0]), decode_grey(stills[1]))
    assert change.identical
    assert change.score == 0.0


async def test_detector_on_recorded_stills(
    recorder: tuple[FakePortal, aiohttp.ClientSession], portal_clock: list[float]
) -> None:
    """Moving: activity. Still: none for a while, then a freeze: unknown, never "off"."""
    settings = ActivitySettings(threshold=THRESHOLD, hold=0)
    moving = ActivityDetector(settings)
    still = ActivityDetector(settings)
    stills = {
        "simpang": await record(recorder, portal_clock, "simpang", FROZEN_FRAMES + 2),
        "polder": await record(recorder, portal_clock, "polder", FROZEN_FRAMES + 2),
    }
    verdicts: dict[str, list[bool | None]] = {"simpang": [], "polder": []}
    for index in range(FROZEN_FRAMES + 2):
        at = index * WINDOW
        verdicts["simpang"].append(moving.update(decode_grey(stills["simpang"][index]), at).active)
        previous = stills["polder"][index - 1] if index else None
        # The monitor skips decoding a picture that is byte for byte the previous one.
        grey = None if stills["polder"][index] == previous else decode_grey(stills["polder"][index])
        verdicts["polder"].append(still.update(grey, at).active)
    assert verdicts["simpang"] == [None, *[True] * (FROZEN_FRAMES + 1)]
    assert verdicts["polder"] == [None, *[False] * (FROZEN_FRAMES - 1), None, None]
    assert still.reading is not None
    assert still.reading.frozen


def test_hls_keyframes() -> None:
    """Keyframes of the HLS stream, as the snapshot service takes them, behave the same."""
    spec = VideoSpec()
    moving = PatternStyle.for_camera("simpang", PATTERN_MOVING)
    still = PatternStyle.for_camera("polder", PATTERN_STILL)

    def keyframe(style: PatternStyle, segment: int) -> bytes:
        return decode_keyframe_jpeg(encode_segment(spec, style, segment, "mpegts").data)

    assert score(keyframe(moving, 0), keyframe(moving, 15)) >= 2 * THRESHOLD
    assert keyframe(still, 0) == keyframe(still, 15)


# --------------------------------------------------------------------- robustness


@pytest.mark.parametrize("quality", [2, 8, 20, 31])
def test_reencoding_noise_is_no_change(scene: Scene, quality: int) -> None:
    """The same picture at another JPEG quality, with new sensor noise, is not activity."""
    assert score(scene.shot(), scene.shot(quality=quality)) < QUIET


@pytest.mark.parametrize("quality", [2, 16, 31])
def test_reencoded_portal_frame_is_no_change(quality: int) -> None:
    """A fake portal still re-encoded (as a portal's own transcoder might) is unchanged."""
    spec = VideoSpec()
    style = PatternStyle.for_camera("simpang", PATTERN_MOVING)
    original = decode_keyframe_jpeg(encode_segment(spec, style, 3, "mpegts").data)
    again = jpeg(luma_of(original), quality)
    assert score(original, again) < QUIET


@pytest.mark.parametrize(
    ("gain", "offset", "gamma"),
    [
        (0.5, 0, 1.0),  # a cloud
        (1.5, -20, 1.0),  # the sun comes out
        (0.8, 30, 1.0),  # haze
        (0.3, 0, 1.0),  # dusk
        (1.0, 0, 0.7),  # auto exposure curve
        (1.0, 0, 1.4),
        (0.6, 10, 1.3),
    ],
)
def test_exposure_changes_are_no_activity(
    scene: Scene, gain: float, offset: float, gamma: float
) -> None:
    """Brighter, darker, flatter or bent exposure is no scene change."""
    change = compare(
        decode_grey(scene.shot()), decode_grey(scene.shot(gain=gain, offset=offset, gamma=gamma))
    )
    assert change.score < THRESHOLD
    assert not change.global_change


def test_night_noise_is_no_activity(scene: Scene) -> None:
    """Two dark, noisy, heavily compressed night pictures of the same scene."""
    first = scene.shot(gain=0.15, noise=12, quality=20)
    second = scene.shot(gain=0.15, noise=12, quality=20)
    assert score(first, second) < QUIET


@pytest.mark.parametrize(("size", "expected"), [(60, 0.02), (100, 0.06)])
def test_moving_objects_are_activity_whatever_the_exposure(
    scene: Scene, size: int, expected: float
) -> None:
    """An object that moves is found, also when the exposure changes at the same time."""
    before = scene.shot(objects=((100, 200, size),))
    after = scene.shot(objects=((400, 250, size),))
    after_and_darker = scene.shot(objects=((400, 250, size),), gain=0.6, gamma=1.3)
    for second in (after, after_and_darker):
        change = compare(decode_grey(before), decode_grey(second))
        assert expected <= change.score < expected * 1.5
        assert not change.global_change


def test_tiny_objects_are_below_the_grid(scene: Scene) -> None:
    """Objects smaller than a few grid cells (here 3 % of the width) go unnoticed."""
    assert score(scene.shot(objects=((100, 200, 20),)), scene.shot(objects=((400, 250, 20),))) == 0


def test_big_object_does_not_shift_the_rest(scene: Scene) -> None:
    """A bus filling a fifth of the picture changes that fifth, not the whole picture."""
    change = compare(decode_grey(scene.shot()), decode_grey(scene.shot(objects=((0, 100, 280),))))
    assert 0.2 <= change.score < 0.35
    assert not change.global_change


def test_dusk_with_noise_is_no_activity(scene: Scene) -> None:
    """A picture five times darker with much more noise is still the same scene."""
    change = compare(decode_grey(scene.shot()), decode_grey(scene.shot(gain=0.2, noise=6)))
    assert change.score < QUIET
    assert not change.global_change


@pytest.mark.parametrize("kind", ["camera moved", "night vision"])
def test_global_changes(scene: Scene, kind: str) -> None:
    """A camera that turns, or a switch to night vision, changes most of the picture."""
    day = scene.shot()
    other = scene.shot(shift=60) if kind == "camera moved" else scene.shot(infrared=True)
    change = compare(decode_grey(day), decode_grey(other))
    assert change.global_change
    assert change.score >= 0.5


# --------------------------------------------------------------------- the detector


def textured(seed: int = 0) -> NDArray[np.float32]:
    """Return a textured grey picture of the grid's size."""
    rng = np.random.default_rng(seed)
    return rng.uniform(40, 200, (GRID_HEIGHT, GRID_WIDTH)).astype(np.float32)


def changed(grey: NDArray[np.float32], side: int, column: int) -> NDArray[np.float32]:
    """Return a copy in which a square of this side changed by 80 grey levels."""
    result = grey.copy()
    block = result[10 : 10 + side, column : column + side]
    block[:] = np.where(block < 120, block + 80, block - 80)
    return result


def test_detector_hysteresis_and_hold() -> None:
    """On at the threshold, kept above half of it, ended after the hold time."""
    detector = ActivityDetector(ActivitySettings(threshold=0.02, hold=60))
    assert detector.settings.off_threshold == 0.01
    pictures = [textured()]
    for side, column in ((4, 2), (11, 8), (7, 22), (3, 32), (3, 40)):
        pictures.append(changed(pictures[-1], side, column))
    assert detector.update(pictures[0], 0).active is None
    # A small change (0.4 % of the picture) is no activity.
    assert detector.update(pictures[1], 30).active is False
    busy = detector.update(pictures[2], 60)
    assert busy.active is True
    assert busy.score is not None
    assert busy.score >= 0.02
    # 1.5 %: under the threshold but above its half, so activity goes on from now.
    going_on = detector.update(pictures[3], 100)
    assert going_on.active is True
    assert going_on.score is not None
    assert 0.01 <= going_on.score < 0.02
    # Calm pictures: activity holds for 60 s after the last change.
    assert detector.update(pictures[4], 130).active is True
    assert detector.update(pictures[5], 160).active is False


def test_detector_ignores_global_changes() -> None:
    """A lighting or camera event neither starts nor ends activity."""
    detector = ActivityDetector(ActivitySettings(threshold=0.02, hold=0))
    detector.update(textured(), 0)
    turned = np.flipud(textured()).copy()
    reading = detector.update(turned, 30)
    assert reading.active is False
    assert reading.score is not None
    assert reading.score >= 0.5
    busy = turned.copy()
    busy[20:30, 20:30] = 255 - busy[20:30, 20:30]
    assert detector.update(busy, 60).active is True
    reading = detector.update(np.fliplr(busy).copy(), 90)
    assert reading.active is True
    assert reading.score is not None
    assert reading.score >= 0.5


def test_detector_freeze_and_reset() -> None:
    """Identical pictures (skipped bytes or equal pixels) end in a freeze; reset forgets."""
    detector = ActivityDetector(ActivitySettings(threshold=0.02, hold=0))
    with pytest.raises(ValueError):
        detector.update(None, 0)
    grey = textured()
    detector.update(grey, 0)
    detector.update(changed(textured(), 11, 8), 30)
    assert detector.update(None, 60).active is False
    assert detector.update(changed(textured(), 11, 8), 90).active is False
    frozen = detector.update(None, 120)
    assert frozen.frozen
    assert frozen.active is None
    # Movement again ends the freeze at once.
    assert detector.update(changed(textured(), 11, 30), 150).active is True
    detector.reset()
    assert detector.reading is None
    assert detector.update(grey, 180).active is None


def test_analyse_decodes_and_updates_or_leaves_the_detector_alone() -> None:
    """A still updates the detector; an undecodable one raises and changes nothing."""
    detector = ActivityDetector(
        ActivitySettings(threshold=DEFAULT_ACTIVITY_THRESHOLD / 100, hold=0)
    )
    flat = jpeg(np.full((48, 64), 90, dtype=np.uint8))
    first = analyse(detector, flat, 1.0)
    assert first.active is None
    assert first.score is None
    with pytest.raises(FrameError):
        analyse(detector, b"\xff\xd8 broken", 2.0)
    assert detector.reading is first
    # The same bytes again are passed as None: compared without decoding.
    again = analyse(detector, None, 3.0)
    assert again.score == 0.0
    assert again.active is False
