"""Self-hosted start pages' configurations (Dashy, Homer, Homepage, a Homarr 0.x board).

Dashy lays out ``sections: [{name, icon, items, widgets}]`` beside ``pageInfo`` and
``appConfig``; an item is a link ``{title, description, icon, url}``, a widget
``{type, label, options}``. Homer lists ``services`` as groups ``{name, icon, items}`` (a
group may have only ``items``), each item ``{name, subtitle, logo, tag, url}``, beside its
``title``, ``links`` (the navbar) and ``message``. A Homarr 0.x board lists ``apps``
``{id, name, url, appearance, behaviour {externalUrl}, area {type, properties {id}}}``
beside ``configProperties``, ``categories [{id, name}]``, ``wrappers`` and ``widgets``.
Homepage (gethomepage) answers ``/api/services`` with a list of groups ``{name,
services: [{name, icon, href, description, widget, type, weight}], groups: [...]}``; its
``services.yaml`` is a list of one-key groups, each a list of one-key services
``{href, description, icon, widget}`` (a group may hold another group the same way).

A camera is an entry showing one; its name is the widget's label or the item's name or
title, its area the section's or group's name (a Homarr app's: the name of the category
its area names by id), and it has no id of its own (a Homarr app's id is its id):

- a Dashy ``image`` widget (``options.imagePath``) or an item whose address is a picture,
  when the entry, its section or its address says camera (``kamera``, ``cctv``, ``cam``,
  ``snapshot``…) and its label names no chart, radar or map: a still (MJPEG when the
  address is one);
- a Dashy ``iframe`` widget (``options.url``) or an item whose address is a stream, an
  MJPEG address, a video site's page or a player page (go2rtc's ``stream.html`` or
  ``webrtc.html?src=``);
- a Homepage service whose ``href`` is such an address or a camera's viewer page
  (``/viewer/dermaga``), when its group, name, icon or description says camera (or the
  address is go2rtc's player): its area is the name of the group holding it.

Other widgets (clocks, weather, monitors), items linking to applications, a map or a
dashboard, navbar links and an item's ``logo``/``icon`` (an icon, never a still) are no
cameras, nor is an entry whose address is on a private network or a local name when the
file is served from a public host. A Homarr app is read from its public
``behaviour.externalUrl`` first, else its public ``url`` (the board's own address). At
most ``_MAX_GROUPS`` sections (categories) and ``_MAX_ENTRIES`` entries (apps) are read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
import re
from urllib.parse import parse_qsl, urlsplit

from ..deviceinputs import lan_address
from ..fieldurls import url_kind
from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue, cleaned_value
from .embeds import camera_view_frame, non_player_frame, player_link, server_player_page, video_page

_MAX_GROUPS = 200
_MAX_ENTRIES = 5000
_MAX_TEXT = 300
_MAX_URL = 2048
_WORD = re.compile(r"[a-z0-9]+")
# Words of an entry's name saying it shows a camera (a tab list's names read the same).
CAMERA_NAME_WORDS = frozenset(
    {"camera", "cameras", "kamera", "cam", "cams", "webcam", "webcams", "cctv", "ipcam"}
)
_CAMERA_WORDS = CAMERA_NAME_WORDS | {"snapshot", "snap", "videocam", "camfeed"}
# Words of a label naming a picture that shows no camera: a chart, a radar or a map.
_NOT_CAMERA_WORDS = frozenset(
    {"grafik", "chart", "charts", "graph", "grafana", "radar", "nexrad", "doppler", "satelit"}
    | {"satellite", "peta", "map", "maps", "logo", "banner", "diagram", "statistik"}
)
# The icons of recorders' own apps (dashboard-icons' ``frigate.png``, ``zoneminder.svg``).
_RECORDER_ICON_WORDS = frozenset(
    {"frigate", "zoneminder", "shinobi", "motioneye", "go2rtc", "scrypted", "blueiris"}
    | {"agentdvr", "viseron"}
)
# Homepage groups nest at most this deep; deeper groups are not read.
_MAX_HOMEPAGE_DEPTH = 4
# Path words of a camera's own viewer page (``/viewer/dermaga-kenyamukan``); the verbs
# name one only under a camera word (``/cctv/view/…``, ``cctv.…/lihat/…``).
_VIEWER_WORD = "viewer"
_VIEWING_WORDS = frozenset({"view", "lihat", "tonton"})
# Path words of a news, shop or package page (``/berita/lihat/8812``, ``/paket/view/12``).
_NOT_VIEWER_WORDS = frozenset(
    {"berita", "news", "artikel", "article", "articles", "blog", "post", "posts"}
    | {"paket", "produk", "product", "products", "shop", "toko", "harga", "price"}
)
_AUDIO_SUFFIXES = (".mp3", ".aac", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac")
# go2rtc's own player pages name the stream they play in ``src``.
_GO2RTC_PAGE = re.compile(r"(?i)/(?:stream|webrtc)\.html$")


def _words(*values: str | None) -> set[str]:
    found: set[str] = set()
    for value in values:
        if value:
            found.update(_WORD.findall(value.lower()[:_MAX_URL]))
    return found


def _dicts(value: JSONValue, limit: int) -> list[JSONObject]:
    if not isinstance(value, list):
        return []
    return [entry for entry in value[:limit] if isinstance(entry, dict)]


def _dashy_sections(data: JSONObject) -> list[JSONObject] | None:
    """Return a Dashy configuration's sections, or None for any other document."""
    sections = _dicts(data.get("sections"), _MAX_GROUPS)
    if not sections or not isinstance(data.get("pageInfo", data.get("appConfig")), dict):
        return None
    if not any(
        isinstance(s.get("items"), list) or isinstance(s.get("widgets"), list) for s in sections
    ):
        return None
    return sections


def _homer_groups(data: JSONObject) -> list[JSONObject] | None:
    """Return a Homer configuration's service groups, or None for any other document."""
    groups = _dicts(data.get("services"), _MAX_GROUPS)
    if not groups or not all(isinstance(group.get("items"), list) for group in groups):
        return None
    if not any(key in data for key in ("title", "subtitle", "header", "footer", "columns")):
        return None
    return groups


def _homarr_apps(data: JSONObject) -> list[JSONObject] | None:
    """Return a Homarr 0.x board configuration's apps, or None for any other document."""
    apps = _dicts(data.get("apps"), _MAX_ENTRIES)
    if not apps or not isinstance(data.get("categories"), list):
        return None
    if not isinstance(data.get("wrappers"), list) or "configProperties" not in data:
        return None
    if not any(isinstance(app.get("behaviour"), dict) for app in apps):
        return None
    return apps


def _homepage_group(value: JSONValue, depth: int) -> JSONObject | None:
    """Return a Homepage group as ``{name, services, groups}``, or None for anything else.

    The ``/api/services`` answer's group is returned as it is; a ``services.yaml`` group
    (``{"CCTV": [{"Pasar": {href, …}}, {"Sub group": [...]}]}``) is rewritten to it.
    """
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("services"), list) and cleaned_value(value.get("name"), _MAX_TEXT):
        return value
    if len(value) != 1 or depth > _MAX_HOMEPAGE_DEPTH:
        return None
    name, held = next(iter(value.items()))
    if not isinstance(held, list) or not cleaned_value(name, _MAX_TEXT):
        return None
    services: list[JSONValue] = []
    groups: list[JSONValue] = []
    for entry in _dicts(held, _MAX_ENTRIES):
        if len(entry) != 1:
            return None
        key, body = next(iter(entry.items()))
        if isinstance(body, dict):
            services.append({"name": key, **body})
        elif (group := _homepage_group(entry, depth + 1)) is not None:
            groups.append(group)
        else:
            return None
    return {"name": name, "services": services, "groups": groups}


def _homepage_groups(data: JSONValue) -> list[JSONObject] | None:
    """Return a Homepage services list's groups, or None for any other document.

    Every entry of the list must be a group, and some service must carry an ``href``.
    """
    if not isinstance(data, list) or not data or len(data) > _MAX_GROUPS:
        return None
    groups: list[JSONObject] = []
    for value in data:
        if (group := _homepage_group(value, 1)) is None:
            return None
        groups.append(group)
    if not any(_homepage_linked(group, 1) for group in groups):
        return None
    return groups


def _homepage_linked(group: JSONObject, depth: int) -> bool:
    """Return True when a Homepage group or one of its groups has a service with href."""
    if any("href" in service for service in _dicts(group.get("services"), _MAX_ENTRIES)):
        return True
    return depth < _MAX_HOMEPAGE_DEPTH and any(
        _homepage_linked(inner, depth + 1) for inner in _dicts(group.get("groups"), _MAX_GROUPS)
    )


def _news_or_shop_page(url: str) -> bool:
    """Return True for a page filed under a news, shop or package folder (``/berita/…``)."""
    try:
        folders = urlsplit(url).path[:500].lower().split("/")[:-1]
    except ValueError:
        return False
    return not _words(*folders).isdisjoint(_NOT_VIEWER_WORDS)


def _viewer_page(url: str) -> bool:
    """Return True for a camera's own viewer page (``/viewer/dermaga-kenyamukan``).

    A bare viewing verb (``/view/12``, ``/lihat/…``) names one only under a camera word
    of the path or host (``/cctv/view/4``, ``cctv.…/lihat/pasar``); news, shop and
    package pages (``/berita/lihat/…``, ``/paket/view/12``) never do.
    """
    try:
        parts = urlsplit(url)
        segments = [part for part in parts.path[:500].lower().split("/") if part]
        host = (parts.hostname or "")[:255]
    except ValueError:
        return False
    if len(segments) < 2 or non_player_frame(url) or _news_or_shop_page(url):
        return False
    before = _words(*segments[:-2])
    if segments[-2] == _VIEWER_WORD:
        return True
    return segments[-2] in _VIEWING_WORDS and not (before | _words(host)).isdisjoint(
        CAMERA_NAME_WORDS
    )


def _homepage_cameras(groups: list[JSONObject], base_url: str) -> list[JSONValue]:
    """Return the camera services of Homepage's groups (and their groups) as records.

    A service is a camera only when its group, name, icon or description holds a camera
    word or its address is go2rtc's player page; a recorder's icon (``frigate.png``) is
    the recorder's own application, no camera. An audio address is never one.
    """
    cameras: list[JSONValue] = []
    budget = _MAX_ENTRIES
    pending = deque((group, 1) for group in groups)
    while pending and budget > 0 and len(cameras) <= MAX_CAMERAS:
        group, depth = pending.popleft()
        area = cleaned_value(group.get("name"), _MAX_TEXT)
        for service in _dicts(group.get("services"), max(budget, 0)):
            budget -= 1
            label = cleaned_value(service.get("name"), _MAX_TEXT)
            url = _address(service.get("href"), base_url)
            if url is None or _audio(url):
                continue
            said = _words(area, label, cleaned_value(service.get("description"), _MAX_TEXT))
            said |= _words(cleaned_value(service.get("icon"), _MAX_TEXT))
            if not (said & _CAMERA_WORDS or _go2rtc_page(url)):
                continue
            media = _media(url, area, label, said)
            if media is None and _viewer_page(url):
                media = {"stream": url}
            if media is not None:
                cameras.append(_record(label, area, media))
                if len(cameras) > MAX_CAMERAS:
                    break  # one more than the limit says the list was cut
        if depth < _MAX_HOMEPAGE_DEPTH:
            inner = _dicts(group.get("groups"), _MAX_GROUPS)
            pending.extend((child, depth + 1) for child in inner)
    return cameras


def _homarr_categories(data: JSONObject) -> dict[str, str]:
    """Return a Homarr board's category names by id."""
    names: dict[str, str] = {}
    for category in _dicts(data.get("categories"), _MAX_GROUPS):
        key, name = (
            cleaned_value(category.get("id"), _MAX_TEXT),
            cleaned_value(category.get("name"), _MAX_TEXT),
        )
        if key and name:
            names[key] = name
    return names


def _homarr_area(app: JSONObject, categories: dict[str, str]) -> str | None:
    """Return the name of the category an app's area points to, else None."""
    area = app.get("area")
    if not isinstance(area, dict) or cleaned_value(area.get("type"), _MAX_TEXT) != "category":
        return None
    properties = area.get("properties")
    key = cleaned_value(properties.get("id"), _MAX_TEXT) if isinstance(properties, dict) else None
    return categories.get(key) if key else None


def _homarr_cameras(data: JSONObject, apps: list[JSONObject], base_url: str) -> list[JSONValue]:
    """Return a Homarr board's camera apps as plain records.

    An app's ``url`` is the board's own (often internal) address and
    ``behaviour.externalUrl`` the one opened from outside: the public external address is
    read first, else a public ``url``; an address on a LAN never. The area is the name of
    the category the app's area names by id.
    """
    categories = _homarr_categories(data)
    cameras: list[JSONValue] = []
    for app in apps:
        behaviour = app.get("behaviour")
        external = (
            _address(behaviour.get("externalUrl"), base_url)
            if isinstance(behaviour, dict)
            else None
        )
        url = external or _address(app.get("url"), base_url)
        if url is None:
            continue
        area, label = _homarr_area(app, categories), cleaned_value(app.get("name"), _MAX_TEXT)
        appearance = app.get("appearance")
        icon = (
            cleaned_value(appearance.get("iconUrl"), _MAX_TEXT)
            if isinstance(appearance, dict)
            else None
        )
        if (media := _homarr_media(url, area, label, icon)) is None:
            continue
        record = _record(label, area, media)
        if isinstance(record, dict) and (key := cleaned_value(app.get("id"), _MAX_TEXT)):
            record = {"id": key, **record}
        cameras.append(record)
    return cameras


def _go2rtc_page(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if not _GO2RTC_PAGE.search(parts.path[:500]):
        return False
    return any(key == "src" and value.strip() for key, value in parse_qsl(parts.query[:2000])[:20])


def _player_page(url: str) -> bool:
    if non_player_frame(url) or _news_or_shop_page(url):
        return False
    return (
        video_page(url)
        or player_link(url)
        or server_player_page(url)
        or camera_view_frame(url)
        or _go2rtc_page(url)
    )


def _address(value: JSONValue, base_url: str) -> str | None:
    url = cleaned_value(value, _MAX_TEXT)
    if url is None or len(url) > _MAX_URL or not url.startswith(("http://", "https://", "/")):
        return None
    return None if lan_address(url, base_url) else url


def _still(url: str, label: str | None, said: set[str]) -> dict[str, JSONValue] | None:
    """Return a picture's media when its entry says camera and names no chart or map."""
    if _words(label) & _NOT_CAMERA_WORDS or not said & _CAMERA_WORDS:
        return None
    return {"mjpeg": url} if url_kind(url) == "mjpeg" else {"snapshot": url}


def _live(url: str) -> dict[str, JSONValue] | None:
    """Return a live address's media: a stream, MJPEG or a player page (a stream)."""
    found = url_kind(url)
    if found == "stream":
        return {"stream": url}
    if found == "mjpeg":
        return {"mjpeg": url}
    if found is None and _player_page(url):
        return {"stream": url}
    return None


def _media(
    url: str, area: str | None, label: str | None, said: set[str]
) -> dict[str, JSONValue] | None:
    """Return a link's media: a live address, or a picture the entry says is a camera."""
    if url_kind(url) == "still":
        return _still(url, label, said | _words(area, label, url))
    return _live(url)


def link_media(url: str, label: str | None, said: set[str]) -> dict[str, JSONValue] | None:
    """Return a tile's or link's media: a live address, or a picture it says is a camera.

    ``said`` holds the words of the entry's other fields (its icon's file name).
    """
    return _media(url, None, label, said)


def _homarr_media(
    url: str, area: str | None, label: str | None, icon: str | None
) -> dict[str, JSONValue] | None:
    """Return a Homarr app's media when the app says camera, live address or picture.

    A board lists a home's media apps beside its cameras (Jellyfin, a YouTube video, a
    Twitch channel, an IPTV playlist, a radio's MP3): an app is a camera only when its
    name, category or address holds a camera word or its address is go2rtc's player; its
    icon counts only when it is a recorder's (``frigate.png``: any picture app may show a
    ``camera.png``). An audio file is never a camera's stream.
    """
    said = _words(area, label, url)
    if _words(icon) & _RECORDER_ICON_WORDS or said & _RECORDER_ICON_WORDS:
        said.add("camera")
    if _audio(url) or not (said & _CAMERA_WORDS or _go2rtc_page(url)):
        return None
    return _media(url, area, label, said)


def _audio(url: str) -> bool:
    try:
        path = urlsplit(url).path[:500].lower()
    except ValueError:
        return False
    return path.endswith(_AUDIO_SUFFIXES)


def _item(
    item: JSONObject, area: str | None, label: str | None, base_url: str
) -> dict[str, JSONValue] | None:
    """Return a link item's media: a live address, or a picture the item says is a camera."""
    url = _address(item.get("url"), base_url)
    if url is None:
        return None
    said = _words(
        cleaned_value(item.get("subtitle"), _MAX_TEXT), cleaned_value(item.get("tag"), _MAX_TEXT)
    )
    said |= _words(
        cleaned_value(item.get("logo"), _MAX_TEXT), cleaned_value(item.get("icon"), _MAX_TEXT)
    )
    return _media(url, area, label, said)


def _widget(
    widget: JSONObject, area: str | None, label: str | None, base_url: str
) -> dict[str, JSONValue] | None:
    """Return a Dashy image or iframe widget's media, or None for any other widget."""
    kind = (cleaned_value(widget.get("type"), _MAX_TEXT) or "").lower()
    options = widget.get("options")
    if not isinstance(options, dict):
        return None
    if kind == "image":
        url = _address(options.get("imagePath"), base_url)
        return _still(url, label, _words(area, label, url)) if url else None
    if kind == "iframe":
        url = _address(options.get("url"), base_url)
        if url is None:
            return None
        if url_kind(url) == "still":
            return _still(url, label, _words(area, label, url))
        return _live(url)
    return None


def _record(name: str | None, area: str | None, media: dict[str, JSONValue]) -> JSONValue:
    record: dict[str, JSONValue] = {}
    if name:
        record["name"] = name
    if area:
        record["area"] = area
    record.update(media)
    return record


# How an entry of a section is read: (entry, section name, entry label, base URL) → media.
_Reader = Callable[[JSONObject, str | None, str | None, str], dict[str, JSONValue] | None]
# Per start page: a section's entry lists, each as (list key, label key, reader), in order.
_DASHY_ENTRIES: tuple[tuple[str, str, _Reader], ...] = (
    ("widgets", "label", _widget),
    ("items", "title", _item),
)
_HOMER_ENTRIES: tuple[tuple[str, str, _Reader], ...] = (("items", "name", _item),)


def start_page_kind(data: JSONValue) -> str | None:
    """Return the kind of a start page's configuration (Dashy, Homer…), else None."""
    if _homepage_groups(data) is not None:
        return "Homepage"
    if not isinstance(data, dict):
        return None
    if _dashy_sections(data) is not None:
        return "Dashy"
    if _homer_groups(data) is not None:
        return "Homer"
    if _homarr_apps(data) is not None:
        return "Homarr"
    return None


def start_page_cameras(data: JSONValue, base_url: str) -> list[JSONValue] | None:
    """Return the camera entries of a start page's configuration as plain records.

    None for any other document; a configuration showing no camera gives an empty list.
    """
    if (groups := _homepage_groups(data)) is not None:
        return _homepage_cameras(groups, base_url)
    if not isinstance(data, dict):
        return None
    entries: tuple[tuple[str, str, _Reader], ...]
    if (sections := _dashy_sections(data)) is not None:
        entries = _DASHY_ENTRIES
    elif (sections := _homer_groups(data)) is not None:
        entries = _HOMER_ENTRIES
    elif (apps := _homarr_apps(data)) is not None:
        return _homarr_cameras(data, apps, base_url)
    else:
        return None
    cameras: list[JSONValue] = []
    budget = _MAX_ENTRIES
    for section in sections:
        area = cleaned_value(section.get("name"), _MAX_TEXT)
        for list_key, label_key, read in entries:
            for entry in _dicts(section.get(list_key), max(budget, 0)):
                budget -= 1
                label = cleaned_value(entry.get(label_key), _MAX_TEXT)
                if (media := read(entry, area, label, base_url)) is not None:
                    cameras.append(_record(label, area, media))
        if budget <= 0:
            break
    return cameras
