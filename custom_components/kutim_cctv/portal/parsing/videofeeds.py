"""YouTube channel feeds: a channel's Atom feed of its videos, live broadcasts among them.

YouTube (and sites mirroring it) serve a channel's latest videos as an Atom feed
(``/feeds/videos.xml?channel_id=…``): each ``entry`` names its video (``yt:videoId``),
its title, the watch page (``link rel="alternate"``) and a frame (``media:group`` /
``media:thumbnail``). A transport office streaming its cameras around the clock lists
each camera as one such video. The video id is the camera's id (the entry's own
``yt:video:{id}`` is the feed's wrapping of it), the watch page its stream and the
thumbnail its still.

A channel mixing its live cameras with uploads (a recorded briefing, a clip) marks the
live ones in their titles (``LIVE CCTV …``, ``🔴 Live …``, ``Siaran Langsung …``): when
some entries are marked so and others are not, the unmarked ones are recordings and no
cameras. A feed in which no title (or every title) is marked keeps all its entries.
"""

from __future__ import annotations

import re

from ..values import JSONObject, JSONValue, stripped_value
from .embeds import video_page

# Entries read at most: YouTube's feed holds the channel's 15 latest videos.
_MAX_ENTRIES = 500
_MAX_TITLE = 300
_VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{6,20}")
# Words of a title marking a live broadcast (English, Indonesian, the red live dot).
_LIVE_TITLE = re.compile(r"(?i)\blive\b|\blivestream\b|siaran\s+langsung|\blangsung\b|🔴")


def _watch_link(entry: JSONObject) -> str | None:
    """Return an entry's alternate link when it is a video site's page."""
    links = entry.get("link")
    candidates = links[:8] if isinstance(links, list) else [links]
    for link in candidates:
        if isinstance(link, dict):
            rel = stripped_value(link.get("rel")) or "alternate"
            href = stripped_value(link.get("href"))
        else:
            rel, href = "alternate", stripped_value(link)
        if rel == "alternate" and href is not None and video_page(href):
            return href
    return None


def _thumbnail(entry: JSONObject) -> str | None:
    """Return the address of an entry's ``media:group`` / ``media:thumbnail`` frame."""
    group = entry.get("group")
    holder = group if isinstance(group, dict) else entry
    thumb = holder.get("thumbnail")
    if isinstance(thumb, list):
        thumb = thumb[0] if thumb else None
    if isinstance(thumb, dict):
        return stripped_value(thumb.get("url"))
    return None


def _video_entry(entry: JSONValue) -> JSONObject | None:
    """Return the camera record of one video entry, else None."""
    if not isinstance(entry, dict):
        return None
    video_id = stripped_value(entry.get("videoId"))
    if video_id is None or not _VIDEO_ID.fullmatch(video_id):
        return None
    record: JSONObject = {"id": video_id}
    group = entry.get("group")
    title = stripped_value(entry.get("title"))
    if title is None and isinstance(group, dict):
        title = stripped_value(group.get("title"))
    if title is not None:
        record["name"] = title[:_MAX_TITLE]
    if (watch := _watch_link(entry)) is not None:
        record["stream"] = watch
    if (still := _thumbnail(entry)) is not None:
        record["snapshot"] = still
    return record


def youtube_feed_records(entries: list[JSONValue]) -> list[JSONValue] | None:
    """Return the camera records of a YouTube channel feed's entries, else None.

    The entries are a YouTube feed's when most carry a video id and a channel id
    (``yt:videoId``, ``yt:channelId``); any other feed is left to the generic reader.
    """
    sample = [entry for entry in entries[:_MAX_ENTRIES] if isinstance(entry, dict)]
    videos = [
        e for e in sample if stripped_value(e.get("videoId")) and stripped_value(e.get("channelId"))
    ]
    if not sample or 2 * len(videos) < len(sample):
        return None
    records = [record for entry in sample if (record := _video_entry(entry)) is not None]
    marked = [
        isinstance(name := record.get("name"), str) and _LIVE_TITLE.search(name) is not None
        for record in records
    ]
    if any(marked) and not all(marked):
        # A channel marking its live cameras in their titles: the rest are uploads.
        records = [record for record, live in zip(records, marked, strict=True) if live]
    return list(records)
