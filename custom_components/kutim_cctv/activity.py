"""Scene change between consecutive stills, robust to exposure, compression noise and freezes.

Each still is decoded to a small grey picture (64 x 48). Exposure is undone by fitting one
smooth brightness curve that maps the previous picture onto the current one; the fit keeps
only the half of the pixels it explains best, so whatever moved (up to half the picture)
does not bend it. Gain, offset, haze and an automatic exposure curve are all such a curve.
What the curve cannot explain is compared with the picture's contrast; a 3 x 3 median
filter removes the isolated specks that JPEG and H.264 compression leave, and a noise floor
that adapts to the typical difference decides which pixels really changed. The score is the
share of changed pixels. A change that covers most of the picture is a lighting or camera
event (a switch to night vision, a lamp, the camera turning), not activity in the scene.
Pictures identical pixel for pixel several times in a row mean a frozen stream: live scenes
always differ a little, so a freeze is reported as such, never as "no activity".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, cast

import numpy as np
from numpy.typing import NDArray

from .portal import PortalError
from .portal.pictures import DECODER_OPTIONS, check_picture

type Grey = NDArray[np.float32]

GRID_WIDTH: Final = 64
GRID_HEIGHT: Final = 48
MIN_CONTRAST: Final = 8.0
"""Grey levels; flatter pictures (night, fog, a covered lens) are not stretched further."""
NOISE_FLOOR: Final = 0.3
"""A pixel changed only when it moved by this much of the picture's contrast, or more."""
NOISE_SPREAD: Final = 6.0
"""The floor is raised to this many times the picture's robust noise estimate."""
GLOBAL_CHANGE: Final = 0.5
"""A change of at least this fraction of the picture is a lighting or camera event."""
FROZEN_FRAMES: Final = 3
"""Identical pictures in a row after which the stream counts as frozen."""
FIT_ROUNDS: Final = 3
FIT_SHARE: Final = 0.5
PRIOR_WEIGHT: Final = 0.1
"""The exposure curve is fitted to at least the share of pixels it explains best."""
OFF_RATIO: Final = 0.5
"""Activity ends below this share of the threshold that started it."""

_JPEG: Final = b"\xff\xd8"
_PNG: Final = b"\x89PNG\r\n\x1a\n"
_MAD_TO_SIGMA: Final = 1.4826
_IQR_TO_SIGMA: Final = 1.349


class FrameError(Exception):
    """A still could not be decoded into a picture."""


def decode_grey(image: bytes) -> Grey:
    """Decode a JPEG or PNG still into a small grey picture (blocking: run in an executor)."""
    if image.startswith(_JPEG):
        codec = "mjpeg"
    elif image.startswith(_PNG):
        codec = "png"
    else:
        raise FrameError("The picture is neither JPEG nor PNG")
    try:
        # The size comes from the header, before anything is decoded.
        check_picture(image, "The picture")
    except PortalError as err:
        raise FrameError(str(err)) from err
    # PyAV comes with Home Assistant's stream integration, which this integration needs.
    import av

    try:
        context = cast("av.VideoCodecContext", av.CodecContext.create(codec, "r"))
        context.options = dict(DECODER_OPTIONS)
        frame = [*context.decode(av.Packet(image)), *context.decode(None)][0]
        # Sixteen bits keep the precision that averaging down to the grid gains.
        small = frame.reformat(
            width=GRID_WIDTH, height=GRID_HEIGHT, format="gray16le", interpolation="AREA"
        ).to_ndarray()
    except Exception as err:  # PyAV's error types change between releases
        raise FrameError(f"The picture could not be decoded: {err}") from err
    grey: Grey = np.asarray(small, dtype=np.float32).reshape(GRID_HEIGHT, GRID_WIDTH)
    return grey / np.float32(256.0)


def spread_of(grey: Grey) -> float:
    """Return the contrast of a picture: the robust standard deviation of its grey levels."""
    low, high = np.percentile(grey, (25, 75))
    return max(float(high - low) / _IQR_TO_SIGMA, MIN_CONTRAST)


def match_exposure(previous: Grey, current: Grey) -> Grey:
    """Return the previous picture with the current one's exposure."""
    level = previous.ravel().astype(np.float64) / 255.0
    wanted = current.ravel().astype(np.float64)
    design = np.stack([np.ones_like(level), level, level * level], axis=1)
    # A faint pull towards "no change" decides whatever the pixels leave open, such as the
    # curve between the two grey levels of a picture made of two flat areas.
    anchors = np.linspace(0.0, 1.0, 11)
    prior = np.stack([np.ones_like(anchors), anchors, anchors * anchors], axis=1)
    # Whatever the curve explains to within the noise floor counts as unchanged, and at
    # least the better half of the pixels; the first guess is that nothing changed.
    tolerance = NOISE_FLOOR * spread_of(current)
    residual = np.abs(wanted - level * 255.0)
    coefficients = np.array([0.0, 255.0, 0.0])
    for _ in range(FIT_ROUNDS):
        keep = residual <= max(float(np.quantile(residual, FIT_SHARE)), tolerance)
        coefficients = np.linalg.lstsq(
            np.vstack([design[keep], PRIOR_WEIGHT * prior]),
            np.concatenate([wanted[keep], PRIOR_WEIGHT * anchors * 255.0]),
            rcond=None,
        )[0]
        residual = np.abs(design @ coefficients - wanted)
    matched: Grey = (design @ coefficients).reshape(previous.shape).astype(np.float32)
    return matched


def median3(values: Grey) -> Grey:
    """Return the 3 x 3 median of every pixel, repeating the edges."""
    padded = np.pad(values, 1, mode="edge")
    height, width = values.shape
    stack = np.stack(
        [padded[dy : dy + height, dx : dx + width] for dy in range(3) for dx in range(3)]
    )
    median: Grey = np.median(stack, axis=0).astype(np.float32)
    return median


@dataclass(frozen=True, slots=True)
class SceneChange:
    """How two consecutive pictures differ."""

    score: float
    """Fraction of the picture that changed, from 0 to 1."""
    identical: bool
    """The pictures are the same pixel for pixel."""
    global_change: bool
    """Most of the picture changed: a lighting or camera event rather than activity."""


def compare(previous: Grey, current: Grey) -> SceneChange:
    """Return the scene change between two grey pictures of the same size."""
    if np.array_equal(previous, current):
        return SceneChange(0.0, identical=True, global_change=False)
    matched = match_exposure(previous, current)
    difference = median3(np.abs(current - matched)) / np.float32(spread_of(matched))
    spread = float(np.count_nonzero(difference > NOISE_FLOOR)) / difference.size
    # Most pixels of a scene stay put, so the median difference measures the noise.
    noise = _MAD_TO_SIGMA * float(np.median(difference))
    floor = max(NOISE_FLOOR, NOISE_SPREAD * noise)
    if spread >= GLOBAL_CHANGE:
        return SceneChange(spread, identical=False, global_change=True)
    score = float(np.count_nonzero(difference > floor)) / difference.size
    return SceneChange(score, identical=False, global_change=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivitySettings:
    """When activity starts and ends."""

    threshold: float
    """Fraction of the picture that must change to start activity."""
    hold: float
    """Seconds activity lasts after the last change above the ending threshold."""
    frozen_frames: int = FROZEN_FRAMES

    @property
    def off_threshold(self) -> float:
        """Return the fraction below which activity may end."""
        return self.threshold * OFF_RATIO


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivityReading:
    """The verdict after one picture."""

    active: bool | None
    """None until two pictures were compared, and while the stream is frozen."""
    score: float | None
    frozen: bool = False
    at: float
    """When the picture was taken (seconds since the epoch)."""


class ActivityDetector:
    """Turn the scene change of consecutive pictures into activity with hysteresis."""

    def __init__(self, settings: ActivitySettings) -> None:
        """Start without pictures."""
        self.settings = settings
        self._previous: Grey | None = None
        self._identical = 0
        self._active = False
        self._last_change = 0.0
        self.reading: ActivityReading | None = None

    def reset(self) -> None:
        """Forget the pictures seen so far, e.g. after a long gap."""
        self._previous = None
        self._identical = 0
        self._active = False
        self.reading = None

    def update(self, grey: Grey | None, at: float) -> ActivityReading:
        """Take the next picture (None: byte for byte the previous one) and return the verdict."""
        previous = self._previous
        if grey is None and previous is None:
            raise ValueError("The first picture must be decoded")
        if grey is not None:
            self._previous = grey
        if previous is None:
            self.reading = ActivityReading(active=None, score=None, at=at)
            return self.reading
        change = (
            SceneChange(0.0, identical=True, global_change=False)
            if grey is None
            else compare(previous, grey)
        )
        self._identical = self._identical + 1 if change.identical else 0
        if self._identical >= self.settings.frozen_frames:
            self._active = False
            self.reading = ActivityReading(active=None, score=change.score, frozen=True, at=at)
            return self.reading
        if not change.global_change:
            self._apply(change.score, at)
        self.reading = ActivityReading(active=self._active, score=change.score, at=at)
        return self.reading

    def _apply(self, score: float, at: float) -> None:
        """Start, extend or end activity for a local change."""
        settings = self.settings
        if score >= settings.threshold:
            self._active = True
            self._last_change = at
        elif self._active and score >= settings.off_threshold:
            self._last_change = at
        elif self._active and at - self._last_change >= settings.hold:
            self._active = False


def analyse(detector: ActivityDetector, image: bytes | None, at: float) -> ActivityReading:
    """Decode a still (None: the previous one again) and update the detector.

    Blocking (decoding and comparing take several milliseconds): run in an executor, one
    call at a time per detector. Raise FrameError, leaving the detector as it was, when
    the still cannot be decoded.
    """
    grey = None if image is None else decode_grey(image)
    return detector.update(grey, at)
