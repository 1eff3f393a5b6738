"""Lightbox links that are a camera's still on their own, without a thumbnail.

A live-camera map page lays one link per camera over its map picture: the link opens the
camera's latest still in a lightbox (``<a href="camera/img/cam01.jpg" id="cam01"
title="Dermaga Kenyamukan" class="lightbox"><img src="images/icon_camera.png"></a>``)
and shows only a camera icon at the camera's place, or nothing but its title. The link's
address is the still and its title (or ``data-title``, ``data-caption``) names it.

A photo gallery of places (a news post's pictures, a tourism page's album) is written
the same way, so a link is taken only on evidence that its picture is a camera's:

* the link shows no picture of its own (a thumbnail is the existing lightbox case, read
  with its picture), only an icon or marker or nothing;
* the still's address or the link's id names a camera by a path segment, file stem or id
  token (``camera/…``, ``cam01.jpg``, ``/webcam/``, ``cctv3``, ``id="kamera-2"``), or by
  a camera word numbered inside a longer stem (``live_cam_3.jpg``): a gallery's
  ``gallery/pantai.jpg``, an upload named by what it shows (``camera-gopro-12.jpg``,
  ``cctv-pencurian.jpg``: a camera word beside other words, no number of its own) and any
  picture filed under a year and month (``uploads/2024/05/cam01.jpg``: a blog's or a
  news site's media library) name no camera;
* and the link is a lightbox's (``class="lightbox"``, ``rel="lightbox"``,
  ``data-fancybox``, ``data-lightbox``, Colorbox, Magnific Popup, GLightbox…) or shows a
  camera icon or map marker.
"""

from __future__ import annotations

from itertools import pairwise
import re
from urllib.parse import unquote, urlsplit

from ..viewerlinks import CAMERA_PATH_WORDS, camera_word_pattern

__all__ = ["camera_still_address", "camera_token", "lightbox_link"]

# A token naming a camera: one of the camera words (``viewerlinks.CAMERA_PATH_WORDS``,
# the address readers' one vocabulary) alone or with a number (``cam01``, ``camera``,
# ``kamera2``, ``webcam``, ``cctv_03``), perhaps after ``live``, ``ip`` or ``web``
# (``livecam``, ``ipcam``); never inside another word (``camp``, ``cambodia``, ``scampi``).
_CAMERA_WORDS = camera_word_pattern(CAMERA_PATH_WORDS)
_CAMERA_TOKEN = re.compile(rf"(?:live|ip|web)?(?:{_CAMERA_WORDS})[-_]?\d{{0,6}}", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[/._\-\s]+")
# A year folder followed by a month folder (``/2024/05/``, ``/2024/5/``): a media
# library's dated uploads, never a camera's still.
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH = re.compile(r"0?[1-9]|1[0-2]")
_NUMBER = re.compile(r"\d{1,6}")
_MAX_ADDRESS = 2048
_MAX_TOKENS = 24
_MAX_ID = 64
_LIGHTBOX_WORDS = (
    *("lightbox", "fancybox", "colorbox", "magnific", "mfp-", "glightbox", "photoswipe"),
    *("prettyphoto", "thickbox", "shadowbox", "slimbox", "swipebox", "venobox"),
    *("featherlight", "baguettebox", "simplelightbox", "litebox", "nivo-lightbox"),
)
_LIGHTBOX_ATTRIBUTES = ("class", "rel", "data-toggle", "data-type", "data-lightbox")
_LIGHTBOX_DATA = ("data-lightbox", "data-fancybox", "data-gallery", "data-glightbox")


def camera_token(text: str) -> bool:
    """Return True when a short id or file stem is a camera's token (``cam01``, ``cctv-3``)."""
    text = text.strip()
    return 0 < len(text) <= _MAX_ID and _CAMERA_TOKEN.fullmatch(text) is not None


def camera_still_address(url: str) -> bool:
    """Return True when a still's path names a camera by a folder or its file stem."""
    if len(url) > _MAX_ADDRESS:
        return False
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return False
    segments = [segment for segment in path.split("/") if segment][-6:]
    if not segments:
        return False
    if any(_YEAR.fullmatch(year) and _MONTH.fullmatch(month) for year, month in pairwise(segments)):
        return False
    segments[-1] = segments[-1].rsplit(".", 1)[0]
    for segment in segments:
        if camera_token(segment):
            return True
        words = [word for word in _TOKEN_SPLIT.split(segment) if word][:_MAX_TOKENS]
        for number, word in enumerate(words):
            if _CAMERA_TOKEN.fullmatch(word) and (
                word[-1].isdigit()
                or (number + 1 < len(words) and _NUMBER.fullmatch(words[number + 1]))
            ):
                return True
    return False


def lightbox_link(attributes: dict[str, str]) -> bool:
    """Return True for a link a lightbox script opens (its class, rel or data attribute)."""
    if any(key in attributes for key in _LIGHTBOX_DATA):
        return True
    text = " ".join(attributes.get(key, "")[:200] for key in _LIGHTBOX_ATTRIBUTES).lower()
    return any(word in text for word in _LIGHTBOX_WORDS)
