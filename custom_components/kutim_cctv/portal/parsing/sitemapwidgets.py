"""Camera widgets of a home-automation sitemap (openHAB's REST sitemap answers).

openHAB answers ``GET /rest/sitemaps/{name}`` with ``{name, label, link, homepage {id,
title, link, leaf, widgets}}`` and ``GET /rest/sitemaps/{name}/{page}`` with the page
itself; openHAB 1.x answers the same page as XML (``<page>`` with ``<widget>`` elements)
or as JSON whose lists of one are single objects (``"widget": {…}``). Every widget has a
``widgetId`` and a ``type``; Frames nest widgets (``widgets``/``widget``) and linkable
widgets nest the page they open (``linkedPage``).

A camera is a widget showing one, its id the ``widgetId``, its name the ``label`` (without
the ``[state]`` part), its area the label of the Frame it sits in:

- a ``Video``: ``encoding`` hls (or an HLS address) is a stream at its ``url``, and so is
  a video site's player page or embed (never MJPEG, whatever its encoding); otherwise
  (mjpeg, none) its ``url`` is the server's MJPEG proxy;
- an ``Image`` whose icon or label says camera (``camera``, ``cctv``, ``webcam``…): a still
  at its ``url`` (the proxy address, refreshed with ``t=``); other images (charts, weather
  radar, an unlabelled panel) are not cameras;
- a ``Webview`` whose address is a media file, a video site or a player page; a map, form
  or any other page is not a camera.

Switches, texts, setpoints, charts, map views and the items they link to
(``/rest/items/…``) are never cameras, nor is a widget whose address is on a private
network or a local name when the sitemap is served from a public host (an HLS Video or a
Webview passes its address through as written). The walk is bounded (``_MAX_WIDGETS`` widgets,
``_MAX_DEPTH`` levels): widgets read and widgets waiting on its stack together never pass
``_MAX_WIDGETS``, so a widget's children beyond that room are not taken.
"""

from __future__ import annotations

import re

from ..deviceinputs import lan_address
from ..fieldurls import url_kind
from ..values import JSONObject, JSONValue, cleaned_value
from .embeds import camera_view_frame, non_player_frame, player_link, server_player_page, video_page

_MAX_WIDGETS = 5000
_MAX_DEPTH = 24
_MAX_LABEL = 300
_CHILD_KEYS = ("widgets", "widget")
_WORD = re.compile(r"[a-z0-9]+")
# Words of an icon (``camera``, ``oh:classic:camera``, ``material:videocam``) that say the
# widget shows a camera; a ``video`` icon is every Video widget's default, not a camera's.
_CAMERA_ICON_WORDS = frozenset({"camera", "cam", "videocam", "webcam", "cctv", "ipcam"})
_CAMERA_LABEL_WORDS = frozenset({"camera", "kamera", "cam", "webcam", "cctv", "ipcam"})
_STATE_PART = re.compile(r"\s*\[[^\[\]]{0,200}\]\s*$")


def _children(value: JSONObject) -> list[JSONObject]:
    """Return the widgets a page or widget nests (a list, or one object in 1.x JSON)."""
    for key in _CHILD_KEYS:
        found = value.get(key)
        if isinstance(found, dict):
            return [found]
        if isinstance(found, list):
            return [entry for entry in found[:_MAX_WIDGETS] if isinstance(entry, dict)]
    return []


def _is_widget(value: JSONObject) -> bool:
    return isinstance(value.get("widgetId"), str) and isinstance(value.get("type"), str)


def _page(data: JSONValue) -> JSONObject | None:
    """Return the sitemap page of an answer (its homepage, or the page itself), or None."""
    if not isinstance(data, dict):
        return None
    home = data.get("homepage")
    page = home if isinstance(home, dict) else data
    widgets = _children(page)
    if not widgets or not all(_is_widget(widget) for widget in widgets):
        return None
    return page


def _label(widget: JSONObject) -> str | None:
    """Return a widget's label without its ``[state]`` part."""
    text = cleaned_value(widget.get("label"), _MAX_LABEL)
    return cleaned_value(_STATE_PART.sub("", text), _MAX_LABEL) if text else None


def _words(value: str | None) -> set[str]:
    return set(_WORD.findall(value.lower())) if value else set()


def _shows_camera(widget: JSONObject, label: str | None) -> bool:
    """Return True when an Image widget's icon or label says it shows a camera."""
    icon = cleaned_value(widget.get("icon"), _MAX_LABEL)
    return bool(_words(icon) & _CAMERA_ICON_WORDS or _words(label) & _CAMERA_LABEL_WORDS)


def _player_page(url: str) -> bool:
    if non_player_frame(url):
        return False
    return video_page(url) or player_link(url) or server_player_page(url) or camera_view_frame(url)


def _media(
    kind: str, widget: JSONObject, label: str | None, base_url: str
) -> dict[str, JSONValue] | None:
    """Return the media field of a camera widget, or None for any other widget."""
    url = cleaned_value(widget.get("url"), _MAX_LABEL)
    if url is None or not url.startswith(("http://", "https://", "/")):
        return None
    if lan_address(url, base_url):
        return None
    found = url_kind(url)
    if kind == "video":
        encoding = cleaned_value(widget.get("encoding"), _MAX_LABEL)
        if (encoding or "").lower() == "hls" or found == "stream":
            return {"stream": url}
        if video_page(url):
            # A video site's page or embed plays as a page (as a Webview's), never MJPEG.
            return None if non_player_frame(url) else {"stream": url}
        return {"mjpeg": url}
    if kind == "image":
        if not _shows_camera(widget, label):
            return None
        return {"mjpeg": url} if found == "mjpeg" else {"snapshot": url}
    if kind == "webview":
        if found is not None:
            return {found: url}
        return {"stream": url} if _player_page(url) else None
    return None


def sitemap_widgets(data: JSONValue, base_url: str) -> list[JSONValue] | None:
    """Return the camera widgets of an openHAB sitemap answer as plain records, else None.

    A sitemap without a camera widget gives an empty list (its widgets are no cameras).
    """
    page = _page(data)
    if page is None:
        return None
    cameras: list[JSONValue] = []
    seen = 0
    # (widget, area, depth), walked in document order.
    stack: list[tuple[JSONObject, str | None, int]] = [
        (widget, None, 0) for widget in reversed(_children(page))
    ]
    while stack and seen < _MAX_WIDGETS:
        widget, area, depth = stack.pop()
        seen += 1
        if not _is_widget(widget):
            continue
        kind = str(widget["type"]).strip().lower()
        label = _label(widget)
        media = _media(kind, widget, label, base_url)
        if media is not None:
            record: dict[str, JSONValue] = {"id": str(widget["widgetId"]).strip()}
            if label:
                record["name"] = label
            if area:
                record["area"] = area
            record.update(media)
            cameras.append(record)
        if depth >= _MAX_DEPTH:
            continue
        nested = area if kind != "frame" else label
        linked = widget.get("linkedPage")
        if isinstance(linked, dict):
            # A linked page's own frames name its areas.
            room = max(0, _MAX_WIDGETS - seen - len(stack))  # widgets read and waiting
            stack.extend((child, None, depth + 1) for child in reversed(_children(linked)[:room]))
        room = max(0, _MAX_WIDGETS - seen - len(stack))
        stack.extend((child, nested, depth + 1) for child in reversed(_children(widget)[:room]))
    return cameras
