"""Media classification: tell HLS, MJPEG, still-image and stream URLs apart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
import re
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from .aliases import SOUND_WORDS

__all__ = [
    "clip_poster",
    "is_data_document",
    "is_emoji_picture",
    "is_generic_picture",
    "is_hls_url",
    "is_image_url",
    "is_map_cctv_still",
    "is_marker_picture",
    "is_mjpeg_url",
    "is_placeholder_picture",
    "is_placeholder_stream",
    "is_server_chrome_picture",
    "is_snapshot_action",
    "is_stream_url",
    "live_file_name",
    "recorded_video",
    "sound_address",
    "uploaded_clip",
]

# ---------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------

_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
_MJPEG_SUFFIXES = (".mjpg", ".mjpeg")
# Data documents: a snapshot's JSON metadata (``snapshots/CAM-01.json`` beside
# ``snapshots/CAM-01.jpg``), a feed or layer; whatever the path or field says, no picture.
_DATA_SUFFIXES = (".json", ".geojson", ".jsonp", ".ndjson")
# A path word naming Motion JPEG: mjpg, mjpeg, MotionJpeg (nphMotionJpeg), inside a longer
# word too (bmjpg, abs2mjpg, mjpegstream, mjpeg_proxy.php, mjpg-proxy).
_MJPEG_WORD = re.compile(r"m(?:otion[-_]?)?jpe?g")
# Query values that name Motion JPEG (format=mjpeg, cmd=GetMJStream).
_MJPEG_VALUES = frozenset({"mjpeg", "mjpg", "motionjpeg", "getmjstream"})
# Path endings of devices' multipart MJPEG routes whose names do not say so.
_MJPEG_ENDINGS = ("videostream.cgi", "/httppreview")
# Path endings of devices' single-shot stills whose names do not say so. A CGI named
# after the picture format alone (D-Link's ``/image/jpeg.cgi``) is read by
# ``_jpeg_frame_route``.
_STILL_ENDINGS = ("/picture", "/getliveimage", "/cameraimage", "/still.cgi")
# Camera vendors' CGI routes whose names say nothing of the kind, from their CGI documents:
# Panasonic's ``/cgi-bin/camera?resolution=…&quality=…`` answers one JPEG (its motion JPEG
# is ``nphMotionJpeg``), Sony's ``oneshotimage`` (``oneshotimage1``…``4`` per video
# channel) one JPEG; webcamXP and Webcam 7 serve ``/cam_N.cgi`` as multipart MJPEG (beside
# their ``/cam_N.jpg`` still and ``/cam_N.mjpg``).
_PANASONIC_STILL_PATH = "/cgi-bin/camera"
_SONY_ONE_SHOT = re.compile(r"oneshotimage[1-4]?")
_WEBCAMXP_STREAM = re.compile(r"cam_\d{1,2}\.cgi")
_MAX_ROUTE_NAME = 24
# Whole paths of camera firmwares' and apps' MJPEG routes, each on the port it serves them
# on: the ESP32-CAM CameraWebServer sketch streams at ``/stream`` on its second server
# (port 81, its stills at ``/capture`` on port 80); the Android IP Webcam app serves
# ``/video`` and ``/videofeed`` on its own port (8080 unless changed). The same paths on
# a web server's port (none written, 80 or 443) are a site's pages.
_ESP32_STREAM_PORT = 81
_WEB_PORTS = frozenset({80, 443})
_DEVICE_STREAM_PATHS = frozenset({"/video", "/videofeed"})
# The usual Flask/OpenCV MJPEG route, alone or on one camera's key or index
# (``/video_feed``, ``/video_feed/1``, ``/video_feed/<string:camera_id>/``).
_VIDEO_FEED = re.compile(r"/video_feed(?:/[\w-]{1,64})?/?$")
_MAX_FEED_TAIL = 80
# ASP.NET handlers that render a camera's picture and carry no picture suffix
# (``render/ImageHandler.ashx?id=…``, ``CameraImage.ashx?cameraId=23``,
# ``Render/CameraHandler.ashx?id=…``, ``GetThumb.ashx?cam=4``): a picture word in the
# handler's name, or a camera's handler. A handler named otherwise (``Cameras.ashx``,
# ``Handler.ashx?id=3``) may answer a list or a page, and one whose name also says it
# lists, uploads, saves or deletes (``ImageList.ashx``, ``ImageUpload.ashx``) is no
# picture either.
_PICTURE_HANDLER = re.compile(
    r"[\w.-]{0,32}(?:image|img|picture|photo|snapshot|snap|thumb|jpe?g)[\w.-]{0,32}\.ashx"
    r"|(?:cam|camera|webcam)handler\.ashx"
)
_OTHER_HANDLER_WORDS = re.compile(r"list|upload|save|delete|remove|gallery|manager")
# A generic handler asked for a picture by its kind parameter (``Handler.ashx?type=image``,
# ``Service.ashx?mode=snapshot&cam=4``); another kind (``?type=list``) is none.
_HANDLER_KIND_KEYS = ("type", "mode", "kind", "view", "output")
_HANDLER_PICTURE_KINDS = frozenset(
    {"image", "img", "picture", "photo", "snapshot", "snap", "thumb", "thumbnail"}
    | {"jpeg", "jpg", "still"}
)
_MAX_HANDLER_NAME = 80
# A web service's picture route by its name, with one path segment after it: the camera's
# key or its own address percent-encoded (Spring ``@GetMapping("/getimage/{id}")`` answering
# JPEG bytes, a traffic map's image proxy ``/rest/webcam/getimage/http%3A%2F%2F…``).
_PICTURE_ROUTE_NAMES = frozenset({"getimage", "get_image", "get-image"})
_MAX_ROUTE_TAIL = 2048


@dataclass(frozen=True, slots=True)
class _MediaUrl:
    """The parts of a media URL that classification looks at, lower-cased."""

    scheme: str
    path: str
    query: str
    params: dict[str, str]
    port: int | None = None
    host: str = ""


# A record's address is classified by several readers in turn (still, stream, MJPEG…):
# the parts of the last addresses of ordinary length are kept rather than split again.
_MAX_CACHED_URL = 2048


def _media_url(url: str) -> _MediaUrl | None:
    """Split url for classification; None when it cannot be parsed."""
    if len(url) > _MAX_CACHED_URL:
        return _split_media_url(url)
    return _cached_media_url(url)


def _split_media_url(url: str) -> _MediaUrl | None:
    """Split url for classification; None when it cannot be parsed."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    try:
        port = parts.port
    except ValueError:
        port = None  # a port that is no number (``host:abc``) names none
    params: dict[str, str] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        params.setdefault(name.lower(), value.lower())
    return _MediaUrl(
        scheme=parts.scheme.lower(),
        path=unquote(parts.path).lower(),
        query=unquote_plus(parts.query).lower(),
        params=params,
        port=port,
        host=(parts.hostname or "")[:253],
    )


_cached_media_url = lru_cache(maxsize=512)(_split_media_url)


def _device_mjpeg_route(media: _MediaUrl) -> bool:
    """Return whether the parts are a camera firmware's or app's MJPEG route.

    Only the whole path, as the firmware writes it, on the device's own port counts:
    ``:81/stream`` (ESP32-CAM), ``/video`` or ``/videofeed`` on a port that is no web
    server's (Android IP Webcam, ``:8080/video``). ``/video/index.m3u8``, a media server's
    player page ``:8888/video/``, ``https://site/video`` and ``:8080/stream`` are not.
    """
    if media.scheme not in ("http", "https") or media.port is None:
        return False
    if media.path == "/stream":
        return media.port == _ESP32_STREAM_PORT
    return media.path in _DEVICE_STREAM_PATHS and media.port not in _WEB_PORTS


def is_device_route(url: str) -> bool:
    """Return whether url is MJPEG only as a firmware's or app's route on its own port.

    ``http://10.0.0.5:81/stream`` or ``http://host:8080/video`` names no media by its
    path alone: a site served on such a port has pages there too. Such an address plays
    as MJPEG where a page shows it as a picture or a record names it as media, never as
    a link's target (a site's ``Video`` menu entry on ``:8080``).
    """
    media = _media_url(url)
    return (
        media is not None
        and _device_mjpeg_route(media)
        and not _is_mjpeg(replace(media, port=None))
    )


def _is_hls(media: _MediaUrl) -> bool:
    """Return whether the parts describe an HLS playlist."""
    return media.path.endswith(".m3u8") or (
        "/hls/" in media.path and media.path.endswith("playlist")
    )


def _asks_still(media: _MediaUrl) -> bool:
    """Return whether the query asks a device for one picture (snapshot, snapPicture2).

    An address nested in the query (a relay's ``?url=…/snapshot.jpg``) is what the relay
    reads, not what it serves.
    """
    return any(
        (value.startswith("snap") or "snapshot" in value) and "/" not in value
        for value in media.params.values()
    )


# A relay's or camera API's command asking for one picture of a camera
# (``pub.api?cmd=poster&oid=…``, ``api?action=still&camera=…``, ``?op=thumbnail``). Only
# on an address that is such an API: a CMS's ``post.php?action=preview`` is no picture.
_COMMAND_KEYS = ("cmd", "command", "action", "act", "op", "req", "request")
_PICTURE_COMMANDS = frozenset(
    {"poster", "still", "thumbnail", "thumb", "frame"}
    | {"getposter", "getstill", "getthumbnail", "getpreview", "getpicture", "getimage"}
)
# Generic words a web application's own actions use (preview a post, show an image) are
# a picture command only as a device's ``cmd``/``command``.
_DEVICE_PICTURE_COMMANDS = frozenset({"preview", "picture", "image"})
_CAMERA_PARAMS = ("oid", "camera", "cam", "channel")


def _camera_api(media: _MediaUrl) -> bool:
    """Return whether the address is a camera or relay API (``*.api``, ``/api``, ``.cgi``)."""
    return (
        media.path.endswith((".api", ".cgi", ".fcgi"))
        or "api" in media.path.split("/")
        or any(key in media.params for key in _CAMERA_PARAMS)
    )


def _asks_poster(media: _MediaUrl) -> bool:
    """Return whether a command parameter of a camera API's query asks for one picture."""
    if not _camera_api(media):
        return False
    if any(media.params.get(key) in _DEVICE_PICTURE_COMMANDS for key in ("cmd", "command")):
        return True
    return any(media.params.get(key) in _PICTURE_COMMANDS for key in _COMMAND_KEYS)


def _one_shot(media: _MediaUrl) -> bool | None:
    """Return whether a Canon ``GetOneShot`` serves one picture; None for other paths.

    Without a frame count, or with a count of one, it is a still; ``frame_count=0`` (no
    end) or a large count makes it a multipart MJPEG stream.
    """
    if not media.path.endswith("/getoneshot"):
        return None
    return media.params.get("frame_count", "1").strip() in ("", "1")


def _is_mjpeg(media: _MediaUrl) -> bool:
    """Return whether the parts describe an MJPEG (multipart) stream."""
    if "nph-zms" in media.path:
        return media.params.get("mode", "jpeg") == "jpeg"
    if (one_shot := _one_shot(media)) is not None:
        return not one_shot
    if media.path.endswith((".html", ".htm")):
        return False  # a viewer page (OpenIPC's /mjpeg.html) shows a stream, is none
    last = media.path.rpartition("/")[2]
    if (
        media.path.endswith(_MJPEG_SUFFIXES)
        # A picture file under an MJPEG server's folder (/mjpeg/cam9/snap.jpg) is its still.
        or ("/mjpeg" in media.path and not last.endswith(_IMAGE_SUFFIXES))
        or "faststream" in media.path
        or _VIDEO_FEED.search(media.path[-_MAX_FEED_TAIL:]) is not None
        or media.params.get("action") == "stream"
        or _device_mjpeg_route(media)
    ):
        return True
    if _asks_still(media) or media.path.endswith((".m3u8", ".mpd")):
        return False  # Hanwha's video.cgi?msubmenu=snapshot is a still
    return (
        "video.cgi" in media.path
        or media.path.endswith(_MJPEG_ENDINGS)
        or (len(last) <= _MAX_ROUTE_NAME and _WEBCAMXP_STREAM.fullmatch(last) is not None)
        or any(value in _MJPEG_VALUES for value in media.params.values())
        or (
            _MJPEG_WORD.search(media.path) is not None
            and not last.endswith(_IMAGE_SUFFIXES)
            and "snapshot" not in last
        )
    )


def is_hls_url(url: str) -> bool:
    """Return whether url points to an HLS playlist (.m3u8, or a /hls/ playlist)."""
    media = _media_url(url)
    return media is not None and _is_hls(media)


def is_mjpeg_url(url: str) -> bool:
    """Return whether url points to an MJPEG stream (ZoneMinder, .mjpg, video.cgi, ...)."""
    media = _media_url(url)
    return media is not None and _is_mjpeg(media)


_IMAGE_FORMATS = frozenset({"jpeg", "jpg", "png", "webp", "image/jpeg", "image/png"})
_FORMAT_PARAMS = ("format", "fmt", "output", "mime")


def _is_picture_handler(media: _MediaUrl) -> bool:
    """Return whether the address is an ASP.NET handler that renders a picture.

    Its name says a picture or a camera (``_PICTURE_HANDLER``) and nothing else it does
    (``_OTHER_HANDLER_WORDS``), or its kind parameter asks for a picture.
    """
    if not media.path.endswith(".ashx"):
        return False
    name = media.path.rpartition("/")[2]
    if len(name) > _MAX_HANDLER_NAME or _OTHER_HANDLER_WORDS.search(name):
        return False
    if _PICTURE_HANDLER.fullmatch(name) is not None:
        return True
    return any(media.params.get(key) in _HANDLER_PICTURE_KINDS for key in _HANDLER_KIND_KEYS)


def _picture_route(path: str) -> bool:
    """Return whether path is a camera's ``…/webcam/getimage/<key>`` picture route.

    The route sits under a camera word (``/rest/webcam/getimage/``, ``/cctv/getimage/``:
    a document store's or a shop's own ``/api/getimage/`` serves files, no camera), and
    one segment follows its name: the camera's key (no file suffix but a picture's), or
    the camera's own address (``http://…``, percent-encoded in the address and so read
    decoded here) whose last segment names no page or document. A longer path under it
    (``/getimage/list/all``) is some other resource.
    """
    for name in _PICTURE_ROUTE_NAMES:
        head, mark, tail = path[:_MAX_ROUTE_TAIL].partition(f"/{name}/")
        if not mark:
            continue
        if not any(part.lower() in _ROUTE_CAMERA_WORDS for part in head.split("/")[-4:]):
            return False
        tail = tail.rstrip("/")
        if tail.startswith(("http://", "https://")):
            host, _, rest = tail.partition("://")[2].partition("/")
            return bool(host) and _picture_or_bare(rest.rpartition("/")[2].partition("?")[0])
        return (
            bool(tail)
            and not any(char in tail for char in "/:")
            and tail not in {".", ".."}
            and _picture_or_bare(tail)
        )
    return False


# Words of the folder a camera's picture route sits under (``/rest/webcam/getimage/``).
_ROUTE_CAMERA_WORDS = frozenset(
    {"webcam", "webcams", "cam", "cams", "camera", "cameras", "cctv", "kamera"}
)


def _picture_or_bare(segment: str) -> bool:
    """Return whether a path segment has no file suffix or a picture's (``12``, ``sg3.jpg``)."""
    return "." not in segment or segment.lower().endswith(_IMAGE_SUFFIXES)


# An image service's picture method named by its verb, the camera named in its query
# (``/getimage?camera=1&fmt=full`` of DVRs, ``/vapi/GetImage?Camera=<guid>&Width=640``,
# Milestone's ``ImageService.svc/ImageService/GetImage?…&cameraname=A1-…``,
# ``GetImage.aspx?channel=3``): the server answers the camera's current frame as one
# picture. Without a camera key in the query (``/api/GetImage?file=logo``) it may serve
# any stored file; with a frame period (``getimage?camera=1&delay=10``, a DVR's multipart
# mode) it is no still.
_PICTURE_VERBS = frozenset(
    {"getimage", "get_image", "get-image", "getjpeg", "getjpg", "getpicture", "getstill"}
    | {"getcameraimage", "getcamimage", "getliveimage", "getframe"}
)
_VERB_SUFFIXES = frozenset({"", "php", "asp", "aspx", "ashx", "cgi", "fcgi", "jsp"})
_VERB_CAMERA_KEYS = frozenset(
    {"camera", "cameraid", "camera_id", "cameraname", "camera_name", "camname", "cam"}
    | {"camid", "cam_id", "channel", "chn"}
)
# Keys that name a camera only where the address itself is a camera's or a recorder's:
# a CMS's stored-image handler takes a bare ``id`` too (``/api/GetImage.ashx?id=12``, a
# news photo), so ``id`` and ``ch`` count only under a host or a folder naming a camera
# or a recorder (``cctv.example.id/…``, ``/nvr/GetImage?ch=2``).
_VERB_WEAK_KEYS = frozenset({"id", "ch"})
_VERB_DEVICE_WORDS = frozenset(
    {"cam", "cams", "camera", "cameras", "cctv", "kamera", "webcam", "webcams", "ipcam"}
    | {"nvr", "dvr", "xvr", "ipc", "livecam"}
)
_VERB_WORD = re.compile(r"[a-z]+")
_REPEAT_KEYS = frozenset({"delay", "fps", "interval", "framerate", "frame_count"})
# A device's or relay's script named for one JPEG frame: D-Link's DCS cameras answer one
# JPEG at ``/image/jpeg.cgi`` (``/image/jpg.cgi`` on older firmware, a bare ``/jpeg.cgi``
# or ``/cgi-bin/jpeg.cgi`` on others) beside their multipart ``/video/mjpg.cgi``; a
# traffic relay's ``jpeg.php?camid=…`` and ``jpeg2.php?camid=…`` (beside its
# ``mjpeg.php``/``mjpeg2.php`` streams, taken as MJPEG before this is asked).
# ``jpegviewer.php``, ``jpeg_upload.php``, ``mjpeg.cgi`` or ``nphjpeg.cgi`` name more
# than the frame and are none.
_JPEG_SCRIPT = re.compile(r"jpe?g\d?\.(?:cgi|fcgi|php|aspx?|ashx|jsp|pl|py)")


def _picture_verb_endpoint(media: _MediaUrl) -> bool:
    """Return whether the path ends in a picture method asked for one camera's frame."""
    last = media.path.rpartition("/")[2]
    if len(last) > _MAX_ROUTE_NAME:
        return False
    stem, _, suffix = last.partition(".")
    if stem not in _PICTURE_VERBS or suffix not in _VERB_SUFFIXES:
        return False
    if _REPEAT_KEYS.intersection(media.params):
        return False
    if any(key in _VERB_CAMERA_KEYS and value for key, value in media.params.items()):
        return True
    if not any(media.params.get(key) for key in _VERB_WEAK_KEYS):
        return False
    folders = media.path.rsplit("/", 1)[0][:_MAX_ROUTE_TAIL]
    words = _VERB_WORD.findall(media.host) + _VERB_WORD.findall(folders)
    return not _VERB_DEVICE_WORDS.isdisjoint(words[:64])


def _jpeg_frame_route(media: _MediaUrl) -> bool:
    """Return whether the path is a script or route named for one JPEG frame.

    A script ``jpeg.cgi``, ``jpeg2.php``, ``jpg.cgi``; or cam2web's bare ``/camera/jpeg``
    route (its stream is ``/camera/mjpeg``): ``jpeg`` or ``jpg`` as the last segment under
    a camera word only, as ``/docs/jpeg`` or ``/formats/jpg`` are pages.
    """
    segments = media.path[-_MAX_ROUTE_TAIL:].rstrip("/").split("/")
    last = segments[-1]
    if len(last) <= _MAX_ROUTE_NAME and _JPEG_SCRIPT.fullmatch(last) is not None:
        return True
    return last in ("jpeg", "jpg") and len(segments) >= 2 and segments[-2] in _ROUTE_CAMERA_WORDS


# A still-picture script: a ``.php``/``.cgi``/``.asp``/``.aspx`` script whose name says a
# picture (``camimg.php``, ``webcam_image.php``, ``getsnap.cgi``) or a webcam's picture
# (``v4webcams-i.php``: the camera word followed by ``i``/``img``), asked for one camera
# (``?cam=pelangi``, ``?camera=2``); or a picture-rendering script handed a picture file of
# its own site (``CreateMain.aspx?t=main&p=/images/photos-main/MWH1.jpg``) by a name saying
# it renders (``_SCRIPT_RENDER``) or asked for one camera. A script whose
# name says a page or a video (``webcam_view.php?cam=1``, ``player.php?img=poster.jpg``,
# ``mobile_webcam.php?cam=0``: a viewer page naming no picture) is none.
_SCRIPT_SUFFIXES = frozenset({"php", "cgi", "asp", "aspx"})
_SCRIPT_PICTURE = re.compile(
    r"(?:^|[^a-z])(?:img|image|images|pic|picture|snap|snapshot|still|photo|foto|jpe?g)"
    r"(?:[^a-z]|$)|(?:web)?cams?[-_]?(?:i|img|image|pic)$|^(?:cam|webcam)(?:img|image|pic)"
)
_SCRIPT_PAGE = re.compile(
    r"view|player|play|embed|watch|live|index|page|show|detail|list|stream|video|mjpe?g"
    r"|popup|map|upload|save|delete|gallery|archive|admin"
)
# A script rendering a picture it is handed says so by its name (``CreateMain.aspx``,
# ``render.php``, ``drawpic.asp``), or the query asks for one camera (``?cam=3``): any
# other page handed a site picture (``berita.php?id=5&thumb=/uploads/5.jpg``, an article's
# or a product's page with its picture) answers that page, never the picture.
_SCRIPT_RENDER = re.compile(r"create|render|draw|generate|compose")
# A picture file of the script's own site: a path from its root (``/images/…/MWH1.jpg``),
# never a protocol-relative address of another host (``//10.0.0.5/a.jpg``) nor a path
# climbing out of a folder (``/../``).
_SCRIPT_PICTURE_PATH = re.compile(
    r"/(?![/.])(?!.*/\.\./)[\w./-]{0,200}\.(?:jpe?g|png|webp|gif)", re.ASCII
)
_MAX_SCRIPT_NAME = 40
_MAX_SCRIPT_PARAMS = 8


def _still_script(media: _MediaUrl) -> bool:
    """Return whether the path is a script answering one camera's still (see above)."""
    last = media.path.rpartition("/")[2]
    stem, _, suffix = last.rpartition(".")
    if not stem or suffix not in _SCRIPT_SUFFIXES or len(last) > _MAX_SCRIPT_NAME:
        return False
    if _SCRIPT_PAGE.search(stem) or _REPEAT_KEYS.intersection(media.params):
        return False
    if _SCRIPT_PICTURE.search(stem):
        return any(
            key in _VERB_CAMERA_KEYS and value
            for key, value in list(media.params.items())[:_MAX_SCRIPT_PARAMS]
        )
    params = list(media.params.items())[:_MAX_SCRIPT_PARAMS]
    if _SCRIPT_RENDER.search(stem) is None and not any(
        key in _VERB_CAMERA_KEYS and value for key, value in params
    ):
        return False
    return any(_SCRIPT_PICTURE_PATH.fullmatch(value[:256]) is not None for _, value in params)


def _vendor_still_route(media: _MediaUrl) -> bool:
    """Return whether the path is a vendor's single-JPEG CGI route named by no picture word.

    Panasonic's ``/cgi-bin/camera`` (not when its query carries a command, ``?action=…``)
    and Sony's ``oneshotimage``, ``oneshotimage1``…``4``.
    """
    if media.path.endswith(_PANASONIC_STILL_PATH):
        return not any(key in media.params for key in _COMMAND_KEYS)
    last = media.path.rpartition("/")[2]
    return len(last) <= _MAX_ROUTE_NAME and _SONY_ONE_SHOT.fullmatch(last) is not None


# A camera's picture script named only for the picture (``…/camera/41/image.php``,
# ``/kongbeng/cam1/image.php``): the script's bare name says picture and a folder of its
# path, or its host's first label, names a camera (``camera``, ``cam1``, ``webcam``,
# ``cctv``). The same name elsewhere (``/gallery/image.php?id=3``, a CMS's picture of an
# article) may answer any stored file or a page, and a query carrying a command
# (``?action=delete``) acts on it.
_STILL_SCRIPT_NAMES = frozenset({"image", "img", "picture", "pic", "still", "foto", "gambar"})
_STILL_SCRIPT_SUFFIXES = frozenset({"php", "asp", "aspx", "jsp", "pl", "py"})
_CAMERA_FOLDER = re.compile(
    r"(?:web)?cam(?:era)?s?[-_]?\d{0,3}|cctv[-_]?\d{0,3}|kamera[-_]?\d{0,3}"
)
_MAX_SCRIPT_FOLDERS = 8
# A picture-processing script handed one stored picture by its file name (``watermark.php?
# source=tlwebcam3.jpg``, TimThumb's ``timthumb.php?src=/webcam/current.jpg``, a file
# manager's ``thumbs.php?img=/cams/gate.jpg``): it answers that picture, stamped or
# resized. The script's name says it processes pictures; the picture is a relative name
# with a picture suffix (an absolute address it would fetch elsewhere, a video file or a
# path climbing out of its folder is none), a picture in a folder needs a camera sign
# (``_CAMERA_SIGN``), and a viewer or gallery page (``view.php?
# img=cam.jpg``) answers a page around the picture, never the picture.
_PROCESSING_SCRIPTS = frozenset(
    {"watermark", "wm", "thumb", "thumbs", "thumbnail", "timthumb", "imthumb"}
    | {"resize", "resizer", "resize_image", "image", "img", "showimage", "show_image"}
)
# A camera sign around a processed picture held in a folder: a camera word in the host
# (``webcam.…``, ``kutimcams.…``), the script's folders (``/themes/cams/``) or the
# picture's folders or name (``/webcams/lingga/current.jpg``, ``tlwebcam3.jpg``). A site's
# stored picture (``wp-content/uploads/2024/banner1.jpg`` on a hotel's or shop's site)
# has none: thumbnails of its pages are no camera's still.
_CAMERA_SIGN = re.compile(
    r"webcam|cctv|kamera|(?:^|[^a-z])cam(?:era)?s?(?:[^a-z]|$)|[a-z]cams?(?:[^a-z]|$)"
)
_PROCESSED_FILE_KEYS = ("source", "src", "file", "img", "image", "filename", "pic", "photo")
_MAX_PROCESSED_NAME = 200


def _named_still_script(media: _MediaUrl) -> bool:
    """Return whether the address is a camera's bare-named picture script (``_STILL_SCRIPT_NAMES``)."""
    head, _, last = media.path[-_MAX_ROUTE_TAIL:].rpartition("/")
    stem, dot, suffix = last.partition(".")
    if not dot or stem not in _STILL_SCRIPT_NAMES or suffix not in _STILL_SCRIPT_SUFFIXES:
        return False
    if any(key in media.params for key in _COMMAND_KEYS):
        return False
    folders = [part for part in head.split("/") if part][-_MAX_SCRIPT_FOLDERS:]
    labels = [media.host.partition(".")[0]] if media.host else []
    return any(_CAMERA_FOLDER.fullmatch(part) for part in folders + labels)


def _processed_picture(media: _MediaUrl) -> bool:
    """Return whether a picture-processing script serves a stored picture (``_PROCESSING_SCRIPTS``)."""
    last = media.path[-_MAX_ROUTE_TAIL:].rpartition("/")[2]
    stem, dot, suffix = last.partition(".")
    if not dot or stem not in _PROCESSING_SCRIPTS or suffix not in _VERB_SUFFIXES - {""}:
        return False
    for key in _PROCESSED_FILE_KEYS:
        value = media.params.get(key, "")
        if not value or len(value) > _MAX_PROCESSED_NAME or ":" in value or "//" in value:
            continue
        if ".." in value.split("/"):
            continue
        picture = value.partition("?")[0]
        if not picture.endswith(_IMAGE_SUFFIXES):
            continue
        if "/" not in picture.strip("/"):
            return True  # a bare file name of the script's own folder (thumb.asp?file=gate.jpeg)
        return (
            _CAMERA_SIGN.search(f"{media.host} {media.path[-_MAX_ROUTE_TAIL:]} {picture}")
            is not None
        )
    return False


# Words of a snapshot route that acts on snapshots instead of showing one: saving,
# uploading or deleting a snapshot (``SaveSnapshot.ashx``, ``/snapshot/delete``,
# ``snapshot_upload.php``, ``snapshot.php?action=delete``) answers no picture.
_SNAPSHOT_ACTION_WORDS = frozenset({"save", "upload", "delete", "remove", "erase"})
_MAX_SNAPSHOT_SEGMENTS = 16
# A file the route answers as media: a picture, a playlist, a manifest or a video file
# (``/snapshots/upload/cam1.jpg``, an FTP upload folder's picture) is never an action.
_MEDIA_FILE_SUFFIXES = frozenset(
    {"jpg", "jpeg", "png", "webp", "gif", "bmp", "m3u8", "mpd", "mjpg", "mjpeg", "flv"}
    | {"mp4", "m4v", "webm", "mov", "mkv", "ts"}
)
# One word of a segment: separators split the words (``snapshot_upload``); an action
# written against the snapshot word (``savesnapshot``, ``snapshotsave``) is one word too.
_SEGMENT_WORD = re.compile(r"[a-z0-9]+")
_SNAPSHOT_WORD = re.compile(r"(\w*?)snapshot(\w*)")


def _snapshot_segment_action(segment: str) -> bool:
    """Return whether one path segment names a snapshot and an action as whole words.

    ``savesnapshot.ashx``, ``snapshot_upload.php``, ``deletesnapshots``, ``snapshot-save``
    do; ``snapshot-remover``, ``snapshotsaver``, ``snapshot_uploads`` (a folder of
    uploaded pictures) do not.
    """
    words = _SEGMENT_WORD.findall(segment.partition(".")[0])[:16]
    if not _SNAPSHOT_ACTION_WORDS.isdisjoint(words):
        return True
    for word in words:
        if (match := _SNAPSHOT_WORD.fullmatch(word)) is None:
            continue
        before, after = match.group(1), match.group(2)
        if after not in _SNAPSHOT_ACTION_WORDS and after.startswith("s"):
            after = after[1:]  # the plural: ``deletesnapshots``, ``snapshotsupload``
        if (before in _SNAPSHOT_ACTION_WORDS and not after) or (
            after in _SNAPSHOT_ACTION_WORDS and not before
        ):
            return True
    return False


def _snapshot_action(media: _MediaUrl) -> bool:
    """Return whether a route naming a snapshot saves, uploads or deletes one.

    Only a route without a media file's suffix: the segment naming the snapshot also says
    the action as a whole word (``savesnapshot.ashx``, ``snapshot_upload.php``,
    ``deletesnapshots``), the route ends in the action (``/snapshot/delete``,
    ``/snapshots/4/upload``), or a command parameter asks for it (``?action=delete``). A
    snapshot shown, fetched or downloaded (``/snapshot/latest``, ``/snapshot/download``,
    ``GetSnapshot.ashx``) is no action, and neither is a picture, playlist or video file
    in a folder saying so (``/snapshots/upload/cam1.jpg``, ``/snapshot/cam1.jpg?act=save``,
    ``/hls/snapshot-remover/cam1/index.m3u8``).
    """
    segments = media.path.rstrip("/").split("/")[-_MAX_SNAPSHOT_SEGMENTS:]
    if segments[-1].rpartition(".")[2] in _MEDIA_FILE_SUFFIXES and "." in segments[-1]:
        return False
    named = next((i for i, part in enumerate(segments) if "snapshot" in part), None)
    if named is None:
        return False
    if _snapshot_segment_action(segments[named]):
        return True
    if named < len(segments) - 1 and segments[-1].partition(".")[0] in _SNAPSHOT_ACTION_WORDS:
        return True
    return any(media.params.get(key) in _SNAPSHOT_ACTION_WORDS for key in _COMMAND_KEYS)


def is_snapshot_action(url: str) -> bool:
    """Return whether url is an endpoint saving, uploading or deleting a snapshot.

    Such an action (``…/api/SaveSnapshot.ashx?cam=1``, ``/snapshot/delete?id=1``,
    ``snapshot.php?action=delete``) answers no picture and plays nothing: no media under
    any field, a generic ``url`` or a stream field too (``_snapshot_action``).
    """
    media = _media_url(url)
    return media is not None and _snapshot_action(media)


# A camera image service's picture of one camera by its key, under the service's API:
# a road administration's ``/api/images/<camera id>`` (``…/api/images/0829005_1``, also
# versioned ``/api/v1/images/<id>``) answers that camera's current JPEG. The key is the
# last segment (no suffix but a picture's); the bare listing ``/api/images``, a route
# after the key (``/api/images/<id>/metadata``) and the service's own actions
# (``/api/images/upload``) are no picture.
_IMAGE_API = re.compile(r"/api(?:/v\d{1,2})?/(?:images|stills|pictures)/([^/]{1,64})/?$")
_IMAGE_API_ACTIONS = frozenset(
    {"upload", "uploads", "list", "search", "delete", "remove", "save", "create", "new"}
    | {"edit", "update", "all", "index", "metadata", "info", "count"}
)
# The key is a camera's number or code holding one (three digits at least: ``0829005_1``);
# a stored picture named by a word or a short code (``/api/images/logo``, ``…/X1``) is a
# site's own file, no camera's picture.
_CAMERA_NUMBER = re.compile(r"[0-9]{3}")
# The common 511 traveller-map software's camera still: ``/map/Cctv/<id>`` with an
# optional view suffix (``/map/Cctv/13962--41``) answers the camera's JPEG; its
# ``/map/Cctv/Details/<id>`` and the bare ``/map/Cctv`` are pages.
_MAP_CCTV_STILL = re.compile(r"/map/cctv/\d{1,12}(?:--\d{1,4})?/?$")


def _camera_image_api(path: str) -> bool:
    """Return whether path is an image service's picture of one camera by its key.

    ``/api/images/<key>`` (or ``/api/v1/images/<key>``) as the path's end, the key a
    camera's number (three digits at least), no action word and with no suffix but a
    picture's; or the 511 map's ``/map/Cctv/<id>``.
    """
    tail = path[-_MAX_ROUTE_TAIL:]
    if _MAP_CCTV_STILL.search(tail) is not None:
        return True
    found = _IMAGE_API.search(tail)
    if found is None:
        return False
    key = found.group(1)
    return (
        key not in _IMAGE_API_ACTIONS
        and _picture_or_bare(key)
        and _CAMERA_NUMBER.search(key) is not None
    )


def is_map_cctv_still(url: str) -> bool:
    """Return whether url is the 511 traveller-map software's camera still (``/map/Cctv/<id>``)."""
    media = _media_url(url)
    return media is not None and _MAP_CCTV_STILL.search(media.path[-_MAX_ROUTE_TAIL:]) is not None


def is_data_document(url: str) -> bool:
    """Return whether url's path names a JSON data document (``…/snapshots/CAM-01.json``)."""
    media = _media_url(url)
    return media is not None and media.path.endswith(_DATA_SUFFIXES)


def is_image_url(url: str) -> bool:
    """Return whether url points to a still image (by extension or known still endpoint)."""
    media = _media_url(url)
    if media is None or _is_hls(media) or _is_mjpeg(media):
        return False
    if media.path.endswith(_DATA_SUFFIXES):
        return False  # a snapshot's JSON metadata document, no picture
    if "nph-zms" in media.path:
        return media.params.get("mode") == "single"
    if (one_shot := _one_shot(media)) is not None:
        return one_shot
    return (
        media.path.endswith(_IMAGE_SUFFIXES)
        or ("snapshot" in media.path and not _snapshot_action(media))
        or "/previews/" in media.path
        or (media.path.endswith((".cgi", ".fcgi")) and "snap" in media.query)
        or media.path.endswith(_STILL_ENDINGS)
        or media.path.endswith("/image.cgi")  # the usual CGI still of IP cameras (Axis)
        or _vendor_still_route(media)
        or _is_picture_handler(media)
        or _picture_route(media.path)
        or _picture_verb_endpoint(media)
        or _camera_image_api(media.path)
        or _jpeg_frame_route(media)
        or _named_still_script(media)
        or _processed_picture(media)
        or _still_script(media)
        or media.params.get("action") == "snapshot"
        or _asks_poster(media)
        # A frame endpoint asked for a picture format (…/frame?format=jpeg&width=640).
        or any(media.params.get(key, "").lower() in _IMAGE_FORMATS for key in _FORMAT_PARAMS)
    )


def is_stream_url(url: str) -> bool:
    """Return whether url is a video stream a player can open (HLS, DASH or RTSP)."""
    media = _media_url(url)
    if media is None:
        return False
    return media.scheme in {"rtsp", "rtsps"} or _is_hls(media) or media.path.endswith(".mpd")


# Words of a stock picture's file name that a site shows in place of a camera's view
# (``no-signal.png``, ``unavailable.jpg``, ``camera-offline.jpg``, ``semimagem.jpg``),
# each written as one word or as its parts (``no_image``, ``noImage``, ``sin-imagen``).
_DEFAULT_WORDS = (
    *("cctv", "cam", "camera", "kamera", "webcam", "image", "img", "thumb", "thumbnail"),
    *("preview", "poster", "picture", "gambar", "foto", "photo", "snapshot"),
)
_PLACEHOLDER_WORDS = frozenset(
    {"placeholder", "unavailable", "notavailable", "offline", "loading", "comingsoon"}
    | {"nosignal", "noimage", "noimg", "nopreview", "nophoto", "nofoto", "nopicture"}
    | {"nothumbnail", "nothumb", "notfound", "imagenotfound", "nocamera", "novideo"}
    | {"semimagem", "semsinal", "sinimagen", "sinsenal", "sinsenial", "keinbild"}
    # A site's "out of order" tile (``CamOutofOrder.jpg``, ``out-of-service.png``,
    # ``ausser-betrieb.jpg``) shown while a camera is down.
    | {"outoforder", "outofservice", "ausserbetrieb", "ausserservice", "horsservice"}
    # Portuguese, Spanish and French "unavailable" (``camera-indisponivel.png``,
    # ``no-disponible.jpg``).
    | {"indisponivel", "indisponible", "naodisponivel", "nodisponible", "nodisponivel"}
    | {"tidakadagambar", "gambartidaktersedia", "tidaktersedia", "nosinyal", "tanpasinyal"}
    # "Coming soon" tiles of cameras not installed yet (``segera-hadir.png``, ``em-breve``).
    | {"segerahadir", "segeratayang", "segeradatang", "embreve", "proximamente"}
    # A server's "out of hours" picture shown outside the camera's opening hours
    # (``fuera_de_horario.png``, ``out-of-hours.png``, ``di-luar-jam-operasional.png``).
    | {"fueradehorario", "foradehorario", "foradohorario", "horsdesheures"}
    | {"outofhours", "outsidehours", "afterhours", "luarjamoperasional", "diluarjam"}
    # A page's busy indicator (``ajax-loader.gif``, ``spinner.svg``, ``preloader.gif``);
    # ``loader`` alone may be a port's ship loader and says nothing.
    | {"ajaxloader", "preloader", "spinner", "throbber"}
    # A site's default picture for a camera (``cctv-default.png``, ``default_thumb.jpg``);
    # ``default`` alone may be a camera's own still and says nothing.
    | {f"{word}default" for word in _DEFAULT_WORDS}
    | {f"default{word}" for word in _DEFAULT_WORDS}
)
_FILE_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_MAX_FILE_NAME = 128


def _file_stem(url: str, limit: int | None = None) -> str | None:
    """Return the stem of url's file name (its first 128 characters, no extension).

    ``limit`` caps the address read first; None for an address that is no URL.
    """
    try:
        path = unquote(urlsplit(url.strip()[:limit]).path)
    except ValueError:
        return None
    name = path.rsplit("/", 1)[-1][:_MAX_FILE_NAME]
    return name.rsplit(".", 1)[0] if "." in name else name


_MAX_JOINED = 3


def is_placeholder_picture(url: str) -> bool:
    """Return whether url names a stock picture shown instead of a camera's view.

    Read from the file name only (``/images/no-signal.png``, ``/assets/unavailable.jpg``,
    ``camera_offline.jpg``, ``placeholder.png``): its words, alone or joined two or three
    at a time, name a missing picture. A directory named so (``/offline/12.jpg``) does not.
    """
    stem = _file_stem(url)
    if stem is None:
        return False
    words = [word.lower() for word in _FILE_WORD.findall(stem)]
    for size in range(1, _MAX_JOINED + 1):
        for start in range(len(words) - size + 1):
            if "".join(words[start : start + size]) in _PLACEHOLDER_WORDS:
                return True
    return False


# Words of a generic picture's file name (``thumbnail.png``, ``camera-thumb.png``,
# ``cctv_preview.jpg``): picture words only, one of them naming a stand-in's kind. Such a
# file is a site's stand-in for a camera without a picture of its own once two or more
# records of one list show it alike (``normalise``); shown by one record only (a camera's
# own folder, ``/cams/12/thumbnail.jpg``) it is that camera's still.
_GENERIC_PICTURE_WORDS = frozenset({*_DEFAULT_WORDS, "default"})
_STAND_IN_KIND_WORDS = frozenset({"thumbnail", "thumb", "preview", "poster", "default"})
_MAX_GENERIC_WORDS = 4
# A generic file name's letters and separators only (no digit, no other script).
_GENERIC_STEM = re.compile(r"[A-Za-z]+(?:[-_ ][A-Za-z]+)*")
_MAX_GENERIC_URL = 2048


def is_generic_picture(url: str) -> bool:
    """Return whether url's file name says only "a thumbnail" (no camera, place or number).

    ``/assets/thumbnail.png``, ``/images/camera-thumb.png``, ``cctv_preview.jpg``,
    ``default.jpg``: up to four picture words, one of them a thumbnail's, preview's,
    poster's or default's. A digit or any other word (``thumb_12.jpg``,
    ``kabo-thumbnail.jpg``, ``snapshot.jpg``, ``image.jpg``) names one camera's picture.
    """
    stem = _file_stem(url, _MAX_GENERIC_URL)
    if not stem or not _GENERIC_STEM.fullmatch(stem):
        return False
    words = [word.lower() for word in _FILE_WORD.findall(stem)]
    return (
        0 < len(words) <= _MAX_GENERIC_WORDS
        and _GENERIC_PICTURE_WORDS.issuperset(words)
        and not _STAND_IN_KIND_WORDS.isdisjoint(words)
    )


# File names of a relay's stand-in video for a camera it does not carry now: a loop
# shown while the camera is suspended (an iTIC relay's ``hls/tempsus.m3u8``, named for
# "temporarily suspended"), offline or without signal. Every such camera of a list plays
# the same loop, never its own view.
_PLACEHOLDER_STREAM_WORDS = frozenset(
    {"tempsus", "tempsuspend", "tempsuspended", "suspended", "suspend", "offline"}
    | {"nosignal", "novideo", "unavailable", "notavailable", "placeholder"}
)
# Letters or digits of a stand-in loop's file name (``no-signal``, ``TempSus``, ``no_video``).
_STREAM_FILE_WORD = re.compile(r"[A-Za-z]+|[0-9]+")
_MAX_STAND_IN_STEM = 64


def is_placeholder_stream(url: str) -> bool:
    """Return whether url's file name names a stand-in loop, not a camera's video.

    Read from the whole file name, its words joined (``/hls/tempsus.m3u8``,
    ``no-signal.m3u8``, ``offline.mp4``); a folder so named (``/offline/cam3/index.m3u8``),
    a word merely holding one (``suspension-bridge.m3u8``) or one such word among the
    camera's own (``simpang-offline-0.m3u8``, ``jembatan-suspend.m3u8``, a place named
    so) says nothing.
    """
    stem = _file_stem(url, 2048)
    if stem is None or len(stem) > _MAX_STAND_IN_STEM:
        return False
    words = _STREAM_FILE_WORD.findall(stem)
    return 0 < len(words) <= 3 and "".join(words).lower() in _PLACEHOLDER_STREAM_WORDS


# Words of a map marker's file name (``marker-cctv.png``, ``cctv_pin.svg``) and folders
# holding markers or icons (``/markers/cctv.png``, ``/icons/cctv.png``): a symbol drawn on
# a map or a menu, never a camera's view. A file named ``cctv-icon.png`` elsewhere may be
# the one picture a list gives a camera without its own, and stays readable.
_MARKER_WORDS = frozenset({"marker", "markers", "pin", "pins", "mapmarker", "mappin"})
_MARKER_FOLDERS = frozenset({"marker", "markers", "pins", "icons", "mapicons", "map-icons"})
_MAX_FOLDERS = 16


def is_marker_picture(url: str) -> bool:
    """Return whether url names a map marker, a pin or an icon rather than a camera's view.

    Read from the file name's words (``marker-cctv.png``, ``pinCamera.svg``) and from the
    folder holding it (``/img/markers/atcs.png``); a word merely starting so (``pinang``,
    ``pintu-air.jpg``, ``iconic``) does not count.
    """
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return False
    *folders, name = path.split("/")[-_MAX_FOLDERS:]
    stem = name[:_MAX_FILE_NAME].rsplit(".", 1)[0]
    if any(word.lower() in _MARKER_WORDS for word in _FILE_WORD.findall(stem)):
        return True
    if bool(folders) and folders[-1].lower() in _MARKER_FOLDERS:
        return True
    return is_emoji_picture(url)


# An emoji's picture is named by its code points in hexadecimal (``2764.png``,
# ``1f4f7.png``, ``1f1ee-1f1e9.svg``) in an emoji set's folder: GitHub's and jemoji's
# ``/images/icons/emoji/unicode/``, WordPress's ``/images/core/emoji/<version>/72x72/``,
# Twemoji's ``twemoji/…/72x72/``.
_EMOJI_NAME = re.compile(r"[0-9a-f]{4,6}(?:[-_][0-9a-f]{4,6}){0,9}\.(?:png|svg|gif|webp)")
_EMOJI_FOLDERS = frozenset({"unicode"})
_MAX_EMOJI_URL = 2048


def is_emoji_picture(url: str) -> bool:
    """Return whether url is an emoji set's picture of one emoji, never a camera's view.

    The file name is the emoji's code points in hexadecimal; a folder or the host names
    the emoji set (a word holding ``emoji``, or GitHub's ``unicode`` folder). A camera
    numbered so (``/cams/2764.jpg``) or a picture in a folder named otherwise is kept.
    """
    try:
        parts = urlsplit(url.strip()[:_MAX_EMOJI_URL])
        path = unquote(parts.path).lower()
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    *folders, name = path.split("/")[-_MAX_FOLDERS:]
    if _EMOJI_NAME.fullmatch(name[:_MAX_FILE_NAME]) is None:
        return False
    return any("emoji" in word or word in _EMOJI_FOLDERS for word in (*folders, *host.split(".")))


# Words of the file name of a page's header picture, the banner a classic layout table
# opens with (``topo_cet.gif``, ``cabecalho.jpg``, ``header-bg.png``, ``masthead.jpg``).
_PAGE_HEADER_WORDS = frozenset({"topo", "cabecalho", "cabecera", "header", "masthead"})


# A banner's file name is its word, alone or before one short word: a site code, a
# number or a layout word (``topo_cet``, ``header-bg``, ``header_image``, ``header2``).
_MAX_BANNER_TAIL = 5


def is_page_header_picture(url: str) -> bool:
    """Return whether url's file name names the page's header banner (``topo_cet.gif``).

    Read from the file name's words only: the banner word first, at most one short word
    after it. A folder so named (``/header/cam1.jpg``), a word merely holding one
    (``topography.jpg``) and a place named by the word (a summit's camera,
    ``topo-da-serra.jpg``, ``morro-topo.jpg``) say nothing.
    """
    stem = _file_stem(url, 2000)
    if stem is None:
        return False
    words = _FILE_WORD.findall(stem)[:3]
    if not 0 < len(words) <= 2 or words[0].lower() not in _PAGE_HEADER_WORDS:
        return False
    return len(words) == 1 or len(words[1]) <= _MAX_BANNER_TAIL


# Words of a carousel's artwork: its folder (``/images/slider/``, ``/slides/``) or its
# file name (``slide1.png``, ``slider-2.jpg``, ``carousel_3.webp``).
_SLIDE_WORDS = frozenset({"slide", "slides", "slider", "sliders", "slideshow", "carousel"})
_SLIDE_STEM = re.compile(r"([a-z]{1,12})[-_]?\d{0,3}")
_MAX_SLIDE_FOLDERS = 12


def is_slide_picture(url: str) -> bool:
    """Return whether url is a carousel's artwork (``/images/slider/slide1.png``).

    A home page's slider shows the site's slide pictures, captioned with whatever it
    advertises (often the places its cameras watch): no camera's still. Read from the
    path's words only: a folder named for slides, or a file named for a slide with at
    most a number after it. A word merely holding one (``landslide.jpg``, a place named
    ``slide-rock-cam.jpg``) says nothing.
    """
    try:
        path = unquote(urlsplit(url.strip()[:2000]).path).lower()
    except ValueError:
        return False
    *folders, name = path.split("/")[-(_MAX_SLIDE_FOLDERS + 1) :]
    if any(folder in _SLIDE_WORDS for folder in folders):
        return True
    stem = name[:_MAX_FILE_NAME].rsplit(".", 1)[0]
    return (match := _SLIDE_STEM.fullmatch(stem)) is not None and match.group(1) in _SLIDE_WORDS


# A scientific data server's own interface pictures: ERDDAP serves its tooltip icon
# (``QuestionMark.png``), the placeholder of a deferred picture (``loading.png``), the mark
# after an external link (``external.png``) and its logos from ``/erddap/images/``; data
# and pictures of a dataset are served elsewhere (``/erddap/files/``, other hosts).
_SERVER_CHROME = re.compile(r"(?i)/erddap/images/")
_MAX_CHROME_PATH = 2048


def is_server_chrome_picture(url: str) -> bool:
    """Return whether url is a data server's interface picture (ERDDAP's icons), no view."""
    try:
        path = urlsplit(url.strip()).path[:_MAX_CHROME_PATH]
    except ValueError:
        return False
    return _SERVER_CHROME.search(path) is not None


# ---------------------------------------------------------------------------
# Recorded and live video files
# ---------------------------------------------------------------------------

# Folders keeping recordings of past events (``/rekaman/banjir-2025-01.mp4``,
# ``/recordings/2026/simulasi.webm``): a video file there plays no live camera. A live
# server's own file names itself live (``/live/pasar/stream.mp4``, ``/hls/…``).
RECORDING_FOLDERS = frozenset(
    {"rekaman", "recording", "recordings", "recorded", "arsip", "archive", "archives"}
    | {"replay", "replays", "playback"}
)
# Folders of a site's uploaded files and video-on-demand (``/storage/video/profil.mp4``).
UPLOAD_FOLDERS = frozenset({"vod", "upload", "uploads", "storage"})
LIVE_FOLDERS = frozenset({"live", "stream", "streams", "hls", "realtime", "langsung"})
# A live server's file names: Shinobi's ``s.mp4``, go2rtc's ``stream.mp4``, ``index``.
_LIVE_FILE_NAMES = frozenset({"s", "stream", "live", "realtime", "langsung"})
_CAMERA_FILE_NAMES = frozenset({"index", "video", "main", "play", "output"})
_RECORDED_SUFFIXES = (".mp4", ".m4v", ".webm", ".mov", ".mkv")


def recorded_video(url: str) -> bool:
    """Return True for a video file kept in a recordings folder, naming nothing live."""
    try:
        path = urlsplit(url[:2048]).path.lower()
    except ValueError:
        return False
    if not path.endswith(_RECORDED_SUFFIXES):
        return False
    folders = set(path.split("/")[:-1][-_MAX_FOLDERS:])
    return not RECORDING_FOLDERS.isdisjoint(folders) and LIVE_FOLDERS.isdisjoint(folders)


# A site's uploaded clip: an upload or content-library folder (``/uploads/``,
# ``/wp-content/uploads/``), a year in its path or name (``/2023/05/festival.mp4``,
# ``tour-2023.mp4``) or a name of a promotional film (``promo.mp4``, ``video-profil.mp4``).
_UPLOAD_CLIP_FOLDERS = UPLOAD_FOLDERS | {"wp-content"}
_UPLOAD_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_PROMO_WORDS = frozenset(
    {"promo", "promosi", "profil", "profile", "company", "tour", "wisata", "trailer", "teaser"}
    | {"highlight", "highlights", "aftermovie", "festival", "event", "iklan", "commercial"}
)
_CLIP_WORD = re.compile(r"[a-z]+")  # words of a lower-cased clip name


def uploaded_clip(url: str) -> bool:
    """Return True for a video file a site uploaded (a promotion, an event's film).

    A video file in an upload or content-library folder, with a year in its path or
    named for a promotion or a tour is a recorded upload, unless its path names a live
    folder (``/live/``, ``/hls/``, ``/stream/``) or a live server's file name
    (``live_file_name``). Only video containers count.
    """
    try:
        path = urlsplit(url[:2048]).path.lower()
    except ValueError:
        return False
    if not path.endswith(_RECORDED_SUFFIXES):
        return False
    segments = path.split("/")[-_MAX_FOLDERS:]
    if not LIVE_FOLDERS.isdisjoint(segments[:-1]) or live_file_name(path):
        return False
    return (
        not _UPLOAD_CLIP_FOLDERS.isdisjoint(segments[:-1])
        or _UPLOAD_YEAR.search(path) is not None
        or not _PROMO_WORDS.isdisjoint(_CLIP_WORD.findall(segments[-1]))
    )


# Words a site appends to a film's file name for its poster frame
# (``profil-wisata-kutim-poster.jpg`` beside ``profil-wisata-kutim.mp4``).
_POSTER_SUFFIX = re.compile(r"[-_.](?:poster|thumb|thumbnail|cover|preview)$")
# File names too generic to tie a picture to a film (``index.jpg`` beside ``index.mp4``).
_GENERIC_STEMS = frozenset({"index", "video", "movie", "stream", "live", "playlist", "master"})
_MIN_CLIP_STEM = 6


def _clip_stem(url: str) -> str | None:
    """Return the lower-cased name of a URL's file without its suffix, if it has one."""
    try:
        name = urlsplit(url[:2048]).path.lower().rpartition("/")[2]
    except ValueError:
        return None
    return name.rpartition(".")[0][:_MAX_FILE_NAME] or None


def clip_poster(clip: str, still: str) -> bool:
    """Return True when a still is the poster frame of an uploaded clip.

    A site names a film's poster after the film: the same file name with a picture's
    suffix (``profil_kutim_2024.jpg`` for ``profil_kutim_2024.mp4``, the poster on the
    playlist's host while the film sits on a video host), or that name with a poster word
    appended (``…-poster.jpg``, ``…_thumb.jpg``). Only a clip ``uploaded_clip`` takes
    counts, and only a name of six characters or more that is no generic file name
    (``index``, ``video``); a camera's still named otherwise never is one.
    """
    if not uploaded_clip(clip) or not is_image_url(still):
        return False
    film, picture = _clip_stem(clip), _clip_stem(still)
    if film is None or picture is None or len(film) < _MIN_CLIP_STEM or film in _GENERIC_STEMS:
        return False
    return picture == film or _POSTER_SUFFIX.sub("", picture) == film


def live_file_name(path: str) -> bool:
    """Return True when a video file's path names a live server's file, not any clip.

    The file's name is a live word (Shinobi's ``…/s.mp4``, go2rtc's ``/api/stream.mp4``),
    or a live folder holds the camera's own folder with a short file name in it
    (``/live/maloy/index.webm``); a live folder holding named clips directly
    (``/streams/paripurna-1.mp4``, ``/live/promo1.mp4``) is none. Recordings and upload
    folders never are.
    """
    segments = path.lower().split("/")[-_MAX_FOLDERS:]
    stem = segments[-1].rsplit(".", 1)[0]
    if not (RECORDING_FOLDERS | UPLOAD_FOLDERS).isdisjoint(segments[:-1]):
        return False
    if stem in _LIVE_FILE_NAMES:
        return True
    return stem in _CAMERA_FILE_NAMES and len(segments) >= 3 and segments[-3] in LIVE_FOLDERS


# A sound file's extensions (``.mp3``, ``.aac``): a radio's or a podcast's stream.
_SOUND_EXTENSIONS = frozenset({"mp3", "aac", "ogg", "opus", "pls"})


def sound_address(url: str) -> bool:
    """Return True for the address of a sound stream (``radio.…``, ``/listen``, ``.mp3``)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return False
    if not SOUND_WORDS.isdisjoint(host.split(".")):
        return True
    for segment in parts.path.lower().split("/")[:_MAX_SOUND_SEGMENTS]:
        stem, _, extension = segment.partition(".")
        if stem in SOUND_WORDS or extension.rpartition(".")[2] in _SOUND_EXTENSIONS:
            return True
    return False


_MAX_SOUND_SEGMENTS = 30
