"""Tab organisers' tab lists and uptime status pages' monitor lists, as plain records.

Organizr answers its tab list (``api/?v1/tab/list``: ``{request, status, data {tabs,
categories, groups}}``) and its launch call (``api/v2/launch``: ``{response {result, data
{tabs, categories, user, settings…}}}``) with tabs ``{id, name, url, url_local,
category_id, group_id, image, type…}`` beside categories ``{id, category, category_id,
image}``. A tab is one record: its id, name, the name of the category whose
``category_id`` (not its ``id``) equals the tab's, and its ``url`` (what the tab opens:
a viewer page, a playlist, a video embed, a picture). The tab's ``image`` is the
organiser's own icon and its ``url_local`` the same page on the office network: neither
is read, nor are the user groups or the categories themselves.

Uptime Kuma answers ``GET /api/status-page/<slug>`` with ``{config {slug…}, incident,
publicGroupList [{id, name, monitorList [{id, name, sendUrl, type, url}]}],
maintenanceList}``. A monitor is one record: its id, name, its group's name as area and
the ``url`` it watches (shown only when ``sendUrl`` is set). The incident and maintenance
notices say nothing of a camera.

Only an address that may show a camera is given (see ``_address``): never one on a
private network or a local name when the answer comes from a public host, nor a site's
front page, an API endpoint or an application's page; the records are then read like
any list of cameras. At most ``_MAX_GROUPS`` categories (groups) and ``_MAX_ENTRIES`` tabs (monitors).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..deviceinputs import lan_address
from ..fieldurls import url_kind
from ..values import JSONObject, JSONValue, cleaned_value
from .embeds import non_player_frame, video_page
from .startpages import CAMERA_NAME_WORDS

__all__ = ["tab_list_records"]

_MAX_GROUPS = 200
_MAX_ENTRIES = 5000
_MAX_TEXT = 300
_MAX_URL = 2048
_WORD = re.compile(r"[a-z0-9]+")
# Words of a page's path naming a service's endpoint or an application, never a viewer.
_NOT_VIEWER_WORDS = frozenset(
    {"api", "health", "healthz", "status", "ping", "metrics", "grafana", "dashboard"}
    | {"admin", "login", "settings", "report", "laporan", "pdf", "d"}
)


def _dicts(value: JSONValue, limit: int) -> list[JSONObject]:
    if not isinstance(value, list):
        return []
    return [entry for entry in value[:limit] if isinstance(entry, dict)]


def _words(value: str) -> set[str]:
    return set(_WORD.findall(value.lower()[:_MAX_URL]))


def _address(value: JSONValue, name: str | None, base_url: str) -> str | None:
    """Return a tab's or monitor's address when it may show a camera, else None.

    An address on a private network or a local name, from an answer served by a public
    host, never is. A media address (a stream, MJPEG, a picture) or a video site's page is
    given as it is; any other page only when it
    is absolute, the entry's name says camera, it has a path (not a site's front page)
    and its address names no map, form, API endpoint or application.
    """
    if not isinstance(value, str) or not (url := value.strip()) or len(url) > _MAX_URL:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if lan_address(url, base_url):
        return None
    if url_kind(url) is not None or video_page(url):
        return url
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if parts.path in ("", "/") or not _words(name or "") & CAMERA_NAME_WORDS:
        return None
    if non_player_frame(url) or _words(parts.path) & _NOT_VIEWER_WORDS:
        return None
    return url


def _record(key: JSONValue, name: JSONValue, area: str | None, url: str) -> JSONObject:
    record: JSONObject = {}
    if (text := cleaned_value(key, _MAX_TEXT, integers=True)) is not None:
        record["id"] = text
    if (label := cleaned_value(name, _MAX_TEXT, integers=True)) is not None:
        record["name"] = label
    if area:
        record["area"] = area
    record["url"] = url
    return record


def _organizr_data(data: JSONObject) -> JSONObject | None:
    """Return an Organizr answer's data block (v1 tab list or v2 launch), else None."""
    inner = data.get("data")
    if not isinstance(inner, dict):
        response = data.get("response")
        inner = response.get("data") if isinstance(response, dict) else None
    if not isinstance(inner, dict):
        return None
    tabs = _dicts(inner.get("tabs"), _MAX_ENTRIES)
    categories = _dicts(inner.get("categories"), _MAX_GROUPS)
    if not tabs or not all("category_id" in tab and "url" in tab for tab in tabs):
        return None
    if not all("category" in entry and "category_id" in entry for entry in categories):
        return None
    return inner


def _organizr_records(inner: JSONObject, base_url: str) -> list[JSONValue]:
    areas: dict[str, str] = {}
    for entry in _dicts(inner.get("categories"), _MAX_GROUPS):
        key, name = (
            cleaned_value(entry.get("category_id"), _MAX_TEXT, integers=True),
            cleaned_value(entry.get("category"), _MAX_TEXT, integers=True),
        )
        if key is not None and name:
            areas.setdefault(key, name)
    records: list[JSONValue] = []
    for tab in _dicts(inner.get("tabs"), _MAX_ENTRIES):
        if (
            url := _address(
                tab.get("url"), cleaned_value(tab.get("name"), _MAX_TEXT, integers=True), base_url
            )
        ) is None:
            continue
        key = cleaned_value(tab.get("category_id"), _MAX_TEXT, integers=True)
        area = areas.get(key) if key is not None else None
        records.append(_record(tab.get("id"), tab.get("name"), area, url))
    return records


def _status_groups(data: JSONObject) -> list[JSONObject] | None:
    """Return an Uptime Kuma status page's public groups, else None."""
    groups = _dicts(data.get("publicGroupList"), _MAX_GROUPS)
    if not groups or not all(isinstance(group.get("monitorList"), list) for group in groups):
        return None
    config = data.get("config")
    if not (isinstance(config, dict) and "slug" in config) and "incident" not in data:
        return None
    return groups


def _status_records(groups: list[JSONObject], base_url: str) -> list[JSONValue]:
    records: list[JSONValue] = []
    budget = _MAX_ENTRIES
    for group in groups:
        area = cleaned_value(group.get("name"), _MAX_TEXT, integers=True)
        for monitor in _dicts(group.get("monitorList"), max(budget, 0)):
            budget -= 1
            url = _address(
                monitor.get("url"),
                cleaned_value(monitor.get("name"), _MAX_TEXT, integers=True),
                base_url,
            )
            if url is not None:
                records.append(_record(monitor.get("id"), monitor.get("name"), area, url))
        if budget <= 0:
            break
    return records


def tab_list_records(data: JSONValue, base_url: str) -> list[JSONValue] | None:
    """Return an Organizr tab list's or an Uptime Kuma status page's entries as records.

    None for any other document; an answer listing no address gives an empty list.
    """
    if not isinstance(data, dict):
        return None
    if (inner := _organizr_data(data)) is not None:
        return _organizr_records(inner, base_url)
    if (groups := _status_groups(data)) is not None:
        return _status_records(groups, base_url)
    return None
