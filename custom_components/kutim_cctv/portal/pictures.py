"""Picture sizes read from headers, so that no picture is decoded before it is known to fit.

A 12000 x 12000 JPEG is only a few megabytes on the wire but takes hundreds of megabytes
and seconds of CPU to decode. Every decode path of the integration (the still grab of an
HLS segment, activity detection, pictures passed on to Home Assistant) reads the size
first: from the JPEG frame header (SOF), the PNG header (IHDR) or the video stream's
parameters, and refuses anything larger than a 4K picture.
"""

from __future__ import annotations

from typing import Final

from .errors import PortalFormatError, PortalTooLargeError

MAX_PICTURE_SIDE: Final = 4096
"""Widest and tallest picture decoded: DCI 4K is 4096 pixels wide, a 12 MP camera 4000."""
MAX_PICTURE_PIXELS: Final = MAX_PICTURE_SIDE * MAX_PICTURE_SIDE
"""Most pixels in one picture decoded (about 25 MB as YUV 4:2:0, 50 MB as RGB)."""
DECODER_OPTIONS: Final = {"max_pixels": str(MAX_PICTURE_PIXELS)}
"""FFmpeg decoder options that refuse larger pictures inside the decoder as well."""

JPEG_START: Final = b"\xff\xd8"
JPEG_END: Final = b"\xff\xd9"
PNG_START: Final = b"\x89PNG\r\n\x1a\n"
_PNG_IHDR: Final = b"\x00\x00\x00\x0dIHDR"
_HEADER_SCAN: Final = 1024 * 1024
"""Bytes of a JPEG searched for its frame header; real headers are within a few KiB."""
# Start-of-frame markers: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
_SOF_MARKERS: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE_MARKERS: Final = frozenset({0x01, *range(0xD0, 0xD8)})


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Return (width, height) from a JPEG's frame header, or None when there is none."""
    if not data.startswith(JPEG_START):
        return None
    end = min(len(data), _HEADER_SCAN)
    position = 2
    while position + 4 <= end:
        if data[position] != 0xFF:
            return None  # not at a marker: no well-formed header
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte before a marker
            position += 1
            continue
        position += 2
        if marker in _STANDALONE_MARKERS or marker == 0xD8:
            continue
        if marker in (0xD9, 0xDA):
            return None  # end of image or start of scan before any frame header
        length = int.from_bytes(data[position : position + 2], "big")
        if length < 2:
            return None
        if marker in _SOF_MARKERS:
            if length < 7 or position + 7 > len(data):
                return None
            height = int.from_bytes(data[position + 3 : position + 5], "big")
            width = int.from_bytes(data[position + 5 : position + 7], "big")
            return width, height
        position += length
    return None


def png_size(data: bytes) -> tuple[int, int] | None:
    """Return (width, height) from a PNG's IHDR chunk, or None when it has none."""
    if not data.startswith(PNG_START) or data[8:16] != _PNG_IHDR or len(data) < 24:
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Return (width, height) of JPEG or PNG bytes from their header, or None."""
    if data.startswith(JPEG_START):
        return jpeg_size(data)
    if data.startswith(PNG_START):
        return png_size(data)
    return None


def fits(width: int, height: int) -> bool:
    """Return whether a picture of this size may be decoded."""
    return (
        0 < width <= MAX_PICTURE_SIDE
        and 0 < height <= MAX_PICTURE_SIDE
        and width * height <= MAX_PICTURE_PIXELS
    )


def check_size(width: int, height: int, what: str) -> None:
    """Raise PortalTooLargeError for a picture larger than the limit."""
    if width > 0 and height > 0 and not fits(width, height):
        raise PortalTooLargeError(
            f"{what} is {width} x {height} pixels, larger than the limit of "
            f"{MAX_PICTURE_SIDE} x {MAX_PICTURE_SIDE}: it is not decoded"
        )


def check_picture(data: bytes, what: str) -> tuple[int, int]:
    """Return the size of a JPEG or PNG; raise when it has none or is too large to decode."""
    size = picture_size(data)
    if size is None or 0 in size:
        raise PortalFormatError(f"{what} has no readable JPEG or PNG header")
    check_size(*size, what)
    return size
