"""Player views with availability switches: one player address chosen among a camera's views.

A webcam directory's list (the v2 webcam lists with ``show=webcams:player``) gives each
webcam a ``player`` object of named views (``live``, ``day``, ``month``, ``year``,
``lifetime``), each ``{available, embed, link}``: ``embed`` is the player page of that
view, ``link`` the directory's own page for it, and ``available`` says whether the view
plays at all. The camera's media is one player: the live view's embed when live is
available, otherwise the first available view (in the order written) that names an
embed. A view marked unavailable is never read, even when it still names an address,
and a view's ``link`` is never the camera's media. An object of such views with none
available gives the camera no media.

The views object is replaced by the chosen view alone (``{"live": embed}``), the shape
a directory's newer answers write (``player: {live: url, day: url}``), which the item
reader already reads as the camera's player. Anything else is left as it is.
"""

from __future__ import annotations

from .values import JSONObject, JSONValue

__all__ = ["chosen_player_views"]

_MAX_FIELDS = 64
_MAX_VIEWS = 12
_MAX_URL = 2048
_LIVE = "live"
_VIEW_KEYS = frozenset({"available", "embed", "link"})


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


def _chosen(views: JSONObject) -> JSONObject:
    """Return the chosen view of a views object as ``{name: embed}``, else no view."""
    order = [key for key in views if key.lower() == _LIVE]
    order += [key for key in views if key.lower() != _LIVE]
    for key in order:
        if (embed := _embed(views[key])) is not None:
            return {key: embed}
    return {}


def chosen_player_views(item: JSONObject) -> JSONObject:
    """Return item with each object of player views reduced to its chosen view."""
    found = [key for key, value in list(item.items())[:_MAX_FIELDS] if _views(value)]
    if not found:
        return item
    plain: JSONObject = dict(item)
    for key in found:
        views = item[key]
        if isinstance(views, dict):
            plain[key] = _chosen(views)
    return plain
