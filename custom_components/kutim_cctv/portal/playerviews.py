"""Player views with availability switches: one player address chosen among a camera's views.

A webcam directory's list (the v2 webcam lists with ``show=webcams:player``) gives each
webcam a ``player`` object of named views (``live``, ``day``, ``month``, ``year``,
``lifetime``), each ``{available, embed, link}``: ``embed`` is the player page of that
view, ``link`` the directory's own page for it, and ``available`` says whether the view
plays at all. The camera's media is one player: the live view's embed when live is
available and its embed is web media (http or https) on a public host, otherwise the
first available view (in the order written) whose embed is; only when no view has one
does an available http(s) embed on a local host (a local directory's) stand in. An RTMP
or other non-web embed is never chosen. A view marked unavailable is never read, even
when it still names an address, and a view's ``link`` is never the camera's media. An
object of such views with none available gives the camera no media. The live view's
``available`` switch is the camera's state (as ``available``) when the item has no
field named as a state of its own (``status``, ``online``…).

The views object is replaced by the chosen view alone (``{"live": embed}``), the shape
a directory's newer answers write (``player: {live: url, day: url}``), which the item
reader already reads as the camera's player. Anything else is left as it is.
"""

from __future__ import annotations

import itertools
from urllib.parse import urlsplit

from .aliases import STATUS_KEYS
from .fieldurls import url_host
from .policy import is_public_host
from .values import JSONObject, JSONValue, norm_key

__all__ = ["chosen_player_views", "player_views_state"]

_MAX_FIELDS = 64
_MAX_VIEWS = 12
_MAX_URL = 2048
_LIVE = "live"
_VIEW_KEYS = frozenset({"available", "embed", "link"})
_STATE_KEYS = frozenset(STATUS_KEYS)


def _view(value: JSONValue) -> bool:
    """Return True for one player view: an ``embed`` beside an ``available`` switch or a link."""
    if not isinstance(value, dict) or "embed" not in value or len(value) > 8:
        return False
    return "available" in value or "link" in value


def _views(value: JSONValue) -> bool:
    """Return True for an object of player views, every value a view, one with a switch."""
    if not isinstance(value, dict) or not 0 < len(value) <= _MAX_VIEWS:
        return False
    views = list(value.values())
    return all(map(_view, views)) and any(
        isinstance(view, dict) and "available" in view for view in views
    )


def _embed(view: JSONValue) -> str | None:
    """Return a view's player address when the view is available, else None."""
    if not isinstance(view, dict) or view.get("available") is False:
        return None
    if "available" in view and view.get("available") is not True:
        return None  # a switch written as anything but true says nothing plays
    embed = view.get("embed")
    if isinstance(embed, str) and embed.strip() and len(embed) <= _MAX_URL:
        return embed.strip()
    return None


def _web(embed: str) -> bool:
    """Return True for an embed a web player can open: an http(s) address with a host."""
    try:
        parts = urlsplit(embed)
        return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname)
    except ValueError:
        return False


def _chosen(views: JSONObject) -> JSONObject:
    """Return the chosen view of a views object as ``{name: embed}``, else no view.

    The first available view (live first) whose embed is web media on a public host wins;
    failing that, the first whose embed is web media on any host (a local directory's).
    """
    order = [key for key in views if key.lower() == _LIVE]
    order += [key for key in views if key.lower() != _LIVE]
    usable = [
        (key, embed) for key in order if (embed := _embed(views[key])) is not None and _web(embed)
    ]
    for key, embed in usable:
        if is_public_host(url_host(embed)):
            return {key: embed}
    return dict(usable[:1])


def _live_state(views: JSONObject) -> bool | None:
    """Return the live view's availability switch, else None."""
    for key, view in views.items():
        if key.lower() == _LIVE and isinstance(view, dict):
            available = view.get("available")
            return available if isinstance(available, bool) else None
    return None


def _names_state(item: JSONObject) -> bool:
    """Return True when the item has a field named as a state (``status``, ``online``…)."""
    return any(norm_key(key) in _STATE_KEYS for key in itertools.islice(item, _MAX_FIELDS))


def chosen_player_views(item: JSONObject) -> JSONObject:
    """Return item with each object of player views reduced to its chosen view."""
    found = [key for key, value in itertools.islice(item.items(), _MAX_FIELDS) if _views(value)]
    if not found:
        return item
    plain: JSONObject = dict(item)
    for key in found:
        views = item[key]
        if isinstance(views, dict):
            plain[key] = _chosen(views)
    return plain


def player_views_state(item: JSONObject) -> bool | None:
    """Return the live view's availability switch when the item names no state, else None."""
    if _names_state(item):
        return None
    for value in itertools.islice(item.values(), _MAX_FIELDS):
        if _views(value) and isinstance(value, dict):
            if (state := _live_state(value)) is not None:
                return state
    return None
