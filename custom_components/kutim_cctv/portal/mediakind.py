"""A camera record's own field naming the kind of media its address serves.

Webcam lists that mix motion-JPEG cameras with still pictures name the kind beside one
address (``{cam_type: "MJPEG", img_url}``, ``{cam_type: "JPEG", img_url}``, ``{type:
"image", url}``): the address's shape may say nothing (``/live/pier``) or mislead (a
Mobotix ``faststream.jpg`` is a motion-JPEG stream). Only a motion-JPEG word or a still
word counts; a video word (``video``, ``hls``) leaves the address to its shape, and so
do other values of such a field (``fixed``, ``Point``, ``camera``).
"""

from __future__ import annotations

from collections.abc import Mapping
import re

from .values import JSONValue

# Fields that name a camera record's media kind (``cam_type``, ``camera_type``, ``type``).
MEDIA_KIND_KEYS = ("cam_type", "camera_type", "media_type", "feed_type", "image_type", "type")
_MJPEG_WORDS = frozenset({"mjpeg", "mjpg", "m_jpeg", "motion_jpeg", "mjpeg_stream"})
_STILL_WORDS = frozenset(
    {"jpeg", "jpg", "image", "still", "snapshot", "picture", "photo", "static_image"}
)
_MAX_WORD = 24
# Words of a field holding a picture or camera address, and words of a field holding a
# web page about the camera (``web_url``), which never plays.
_ADDRESS_WORDS = frozenset({"img", "image", "picture", "pic", "feed", "src", "cam", "url"})
_PAGE_WORDS = frozenset({"web", "page", "website", "homepage", "link", "href", "logo", "icon"})


def _kind_word(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the word of a record's own kind field (``type: "MJPEG"`` gives ``mjpeg``)."""
    for key in MEDIA_KIND_KEYS:
        if key not in own:
            continue
        value = index.get(key)
        if not isinstance(value, str) or len(value) > _MAX_WORD:
            return None
        return re.sub(r"[\s.-]+", "_", value.strip().lower())
    return None


def media_kind(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return ``mjpeg`` or ``still`` when a record's own field names its media kind."""
    word = _kind_word(index, own)
    if word in _MJPEG_WORDS:
        return "mjpeg"
    if word in _STILL_WORDS:
        return "still"
    return None


_VIDEO_WORDS = frozenset({"video", "mp4", "video_clip", "clip"})


def video_kind(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True when a record's own kind field says it is a video (``type: "video"``)."""
    return _kind_word(index, own) in _VIDEO_WORDS


# Kind words saying a record's address plays live video (``type: "stream"``), and the
# word a scraper writes when it found no media on the camera's page (``type: "unknown"``).
_STREAM_WORDS = frozenset({"stream", "streaming", "live", "livestream", "live_stream"})
_UNKNOWN_WORDS = frozenset({"unknown"})


def stream_kind(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return ``stream`` or ``unknown`` when a record's own kind field says so, else None."""
    word = _kind_word(index, own)
    if word in _STREAM_WORDS:
        return "stream"
    if word in _UNKNOWN_WORDS:
        return "unknown"
    return None


def page_field(key: str) -> bool:
    """Return True for a field name that holds a web page about the camera (``web_url``)."""
    return bool(set(key.split("_")) & _PAGE_WORDS)


def address_field(key: str) -> bool:
    """Return True for a field name that may hold the camera's picture address."""
    words = set(key.split("_"))
    return bool(words & _ADDRESS_WORDS) and not words & _PAGE_WORDS


# Fields whose value may say that a record's address is a link to another web page, and
# the words that say so (``{kind: "link", url}``, ``{protocol: "link", url}``, ``{type:
# "website", media}``): such a record opens a page, it plays nothing of its own.
_LINK_KIND_KEYS = (
    *MEDIA_KIND_KEYS,
    *("kind", "protocol", "format", "source_type", "src_type", "link_type", "url_type"),
)
_LINK_WORDS = frozenset(
    {"link", "weblink", "web_link", "hyperlink", "external", "external_link"}
    | {"page", "webpage", "web_page", "website", "web_site", "homepage"}
)


def link_kind(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True when a record's own kind field says its address is a web page link.

    A camera map's list mixing media with plain links (``kind: "link"`` beside ``hls``,
    ``mjpeg``, ``jpeg``, ``iframe``) marks the entries that only open another website.
    Only those words count: a media word (``hls``, ``image``), a bare ``web`` or ``site``
    (a webcam's or an installation's kind) or any other value is no link.
    """
    for key in _LINK_KIND_KEYS:
        if key not in own:
            continue
        value = index.get(key)
        if not isinstance(value, str) or len(value) > _MAX_WORD:
            continue
        if re.sub(r"[\s.-]+", "_", value.strip().lower()) in _LINK_WORDS:
            return True
    return False
