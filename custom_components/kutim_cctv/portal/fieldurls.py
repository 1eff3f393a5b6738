"""URLs in item fields: make them absolute, recognise them and tell their kind."""

from __future__ import annotations

from functools import lru_cache
import itertools
import re
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from .aliases import IDENTIFYING_PARAMS
from .media import is_image_url, is_mjpeg_url, is_stream_url
from .policy import is_device_ip, is_internal_host, is_public_host
from .redact import _TEXT_SECRET_PARTS
from .shapes import has_userinfo, is_credential_key
from .urls import without_delimiter_login
from .values import _CONTROL, _MAX_TEXT, _SURROGATE, JSONValue, norm_key, unescape_attribute

_ALLOWED_SCHEMES = frozenset({"http", "https", "rtsp", "rtsps"})
_URL_START = ("http://", "https://", "rtsp://", "rtsps://", "//", "/")
_HTML_LINK = re.compile(
    r"""\b(?:href|src|data-src|data-hls|poster)\s*=\s*["']([^"']+)["']""", re.IGNORECASE
)
# Media a piece of HTML hands to a page's player: any data-* attribute, or a quoted
# address in an event handler's code (onclick="play('…m3u8')", bukaCctv(…)).
_HTML_HANDED = re.compile(
    r"""\b(?:data-[\w-]{1,40}\s*=\s*["']([^"']+)["']|on[a-z]{1,20}\s*=\s*(["'])(.{0,2000}?)\2)""",
    re.IGNORECASE | re.DOTALL,
)
_HANDLER_URL = re.compile(r"""(["'])((?:https?:)?//[^"'\s]+|/[^"'\s]+)\1""")
_MAX_HANDED = 64
# The login of a URL nested in another one, written raw or percent-encoded.
# A login after a scheme's colon and one or two slashes (one when a path was normalised).
_NESTED_LOGIN = re.compile(
    r"(:/{1,2}|%3A(?:%2F){1,2})(?:(?!%2F|%3F|%23|%26)[^/?#&@\s]){1,256}?(?:@|%40)",
    re.IGNORECASE,
)
# An absolute address standing as one word of a longer text: a command line's input
# (``-rtsp_transport tcp -i rtsp://…``), a label before a link (``Live: https://…``).
_WORD_URL = re.compile(r"(?:^|(?<=\s))(?:https?|rtsps?)://\S{1,2048}", re.IGNORECASE)
_MAX_WORDS = 64
# An address written without its scheme (``www.city.example/cams/1.jpg``,
# ``cams.city.gov:8080/snap/2.jpg``): a dotted host name whose last label is a top-level
# domain's, then an optional port and a ``/``. Relative paths (``img/cam.1.jpg``) have no
# dotted first segment, and a file name (``camera.jpg``) no ``/`` after it.
_SCHEMELESS_HOST = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}([a-z]{2,12})(?::\d{1,5})?/",
    re.IGNORECASE,
)
# Generic and reserved top-level domains, and the countries' two-letter ones.
_GENERIC_TLDS = frozenset(
    {"com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "mobi", "name", "pro"}
    | {"app", "dev", "cloud", "online", "site", "live", "city", "travel", "museum", "xyz"}
    | {"example", "test", "invalid", "top", "tech", "media", "camera", "network", "website"}
)
_COUNTRY_CODES = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn"
    " bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj"
    " dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp"
    " gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke"
    " kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk"
    " ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om"
    " pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si"
    " sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz"
    " ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
)
_COUNTRY_TLDS = frozenset(_COUNTRY_CODES.split())
_MEDIA_SLOTS = {"stream": "stream_url", "still": "snapshot", "mjpeg": "mjpeg"}
# Query parameters carrying a device's password, and the user names written beside one.
_PASSWORD_PARAMETERS = frozenset(
    {"pwd", "pw", "pass", "passwd", "password", "passwort", "loginpas", "senha", "sandi"}
    | {"kata_sandi", "katasandi", "contrasena", "contraseña", "motdepasse", "mot_de_passe"}
    # A login written whole, in Base64 (``authbasic=YWRtaW46…``): a password too.
    | {"authbasic", "basicauth", "auth_basic", "basic_auth"}
)
_USER_PARAMETERS = frozenset(
    {"usr", "user", "username", "user_name", "login", "loginuse", "usuario", "pengguna"}
    | {"utilisateur", "benutzer"}
)
# A password parameter named behind another word (``cctvpasswd``, ``userPwd``,
# ``camera_password``, ``nvrPass``, ``passwordHash``): its last word is a password word,
# its name ends in one or holds a whole one; and the user parameter written the same way
# beside it (``userName``, ``USERID``, ``cctvuser``, ``Account``).
_PASSWORD_ENDINGS = ("passwd", "password", "passwort", "pwd", "senha", "katasandi")
_PASSWORD_WORDS = frozenset({"passwd", "password", "passwort", "pwd"})
_USER_ENDINGS = ("user", "username", "userid", "loginid", "loginname", "account")
_TRAILING_DIGITS = re.compile(r"\d{1,3}$")


def _login_part(key: str) -> str | None:
    """Return "password" or "user" for a parameter naming a login's part, else None."""
    plain = key.lower()
    words = _TRAILING_DIGITS.sub("", norm_key(key[:64])).split("_")
    joined = "".join(words)
    if (
        plain in _PASSWORD_PARAMETERS
        or words[-1] in _PASSWORD_PARAMETERS
        or joined.endswith(_PASSWORD_ENDINGS)
        or not _PASSWORD_WORDS.isdisjoint(words)
    ):
        return "password"
    if plain in _USER_PARAMETERS or words[-1] in _USER_PARAMETERS or joined.endswith(_USER_ENDINGS):
        return "user"
    return None


def secret_setting_key(key: str) -> bool:
    """Return True when a field's or a setting's name names a login or a secret.

    The credential words of field names (``shapes``: ``pass``, ``user``, ``token``,
    ``key``, ``cookie``…), the secret words of logged text (``redact``: ``session``,
    ``bearer``, ``signature``…) and a login's parts as query parameters name them
    (``pw``, ``rtsp_pw``, ``senha``…): ``api_key``, ``access_key``, ``apiKey``.
    """
    name = norm_key(key[:64])
    return (
        is_credential_key(name, nested=True)
        or any(part in name for part in _TEXT_SECRET_PARTS)
        or _login_part(key[:64]) is not None
    )


# Whole words of a field name naming a login or a secret (``api_key``, ``accessKey``,
# ``session_id``, ``pw``, ``auth_token``): read word by word, so ``hockey_arena``,
# ``keyword``, ``passage`` or ``author`` name nothing secret.
_SECRET_NAME_WORDS = frozenset(
    {"pass", "password", "passwd", "pwd", "pw", "passcode", "passphrase", "token", "secret"}
    | {"auth", "credential", "credentials", "login", "user", "username", "apikey"}
    | {"accesskey", "secretkey", "privatekey", "sessionid", "session", "cookie", "bearer"}
    | {"jwt", "signature", "otp", "hmac", "digest", "csrf", "xsrf", "nonce", "hdnts"}
)
# ``key`` of a protocol's or a hash's (``rtmp_key``, ``ssh_key``) is a secret too; a hash
# written whole (``md5``, ``sha256``) is a digest.
_HASH_WORDS = frozenset({"md5", "sha1", "sha256", "sha512"})
# ``key`` is a secret beside one of these words (``api_key``, ``license_key``) or alone.
_KEY_SECRET_WORDS = frozenset(
    {"api", "access", "secret", "private", "auth", "license", "licence", "sign", "signing"}
    | {"encryption", "client", "app", "ssh", "rtmp", "publish", "push"}
)


def secret_field_name(key: str) -> bool:
    """Return True when a field's name, read word by word, names a login or a secret.

    ``api_key``, ``accessKey``, ``key``, ``session_id``, ``pw``, ``auth_token``: such a
    field's value is never shown (never a camera's name). A word merely holding such
    letters (``hockey_arena``, ``keyword``, ``location_key``, ``author``) is none.
    """
    words = norm_key(key[:64]).split("_")
    if not _SECRET_NAME_WORDS.isdisjoint(words) or _login_part(key[:64]) is not None:
        return True
    if not _HASH_WORDS.isdisjoint(words):
        return True
    return "key" in words and (len(words) == 1 or not _KEY_SECRET_WORDS.isdisjoint(words))


# The short pair a login is also written as (``?u=admin&p=secret``): a login only when
# both sit in one query, as ``p`` alone is a page and ``u`` alone a user's handle.
_SHORT_LOGIN_PARTS = {"u": "user", "p": "password"}


def _login_parts(pieces: list[str]) -> list[str | None]:
    """Return the login part (``user``/``password``/None) each ``name=value`` piece names."""
    names = [unquote(piece.partition("=")[0]).strip() for piece in pieces]
    parts = [_login_part(name) for name in names]
    short = [_SHORT_LOGIN_PARTS.get(name.lower()) for name in names]
    if "user" in short and "password" in short:
        parts = [part or pair for part, pair in zip(parts, short, strict=True)]
    return parts


def _without_login(pieces: list[str]) -> list[str] | None:
    """Return ``name=value`` pieces without a login's, or None when no password is there.

    A password parameter is dropped with the user parameters beside it; a user
    parameter alone stays.
    """
    parts = _login_parts(pieces)
    if "password" not in parts:
        return None
    return [piece for piece, part in zip(pieces, parts, strict=True) if part is None]


# A query ending in a parameter left open for a timestamp (``?tx=``, ``?t=``, ``&_=``).
# Web pages by their file name: a page opened with a timestamp is still a page.
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_OPEN_PARAMETER = re.compile(r"(?:^|&)([A-Za-z_]{1,16})=$")


# Addresses up to this long are classified once each (the memo is bounded): readers look
# at one address many times (a record's fields, a card's link, its twin copies).
_MAX_MEMO_URL = 2048


def url_kind(url: str) -> str | None:
    """Return 'mjpeg', 'still' or 'stream' for a URL whose shape says what it is."""
    if len(url) > _MAX_MEMO_URL:
        return _url_kind(url)
    return _memo_url_kind(url)


def _url_kind(url: str) -> str | None:
    """Classify url by its shape (see url_kind)."""
    try:
        if is_mjpeg_url(url):
            return "mjpeg"
        if is_image_url(url):
            return "still"
        if is_stream_url(url) or urlsplit(url).path.lower().endswith(".flv"):
            return "stream"
    except ValueError:
        return None  # not a URL that can even be split (an unclosed IPv6 bracket)
    return None


_memo_url_kind = lru_cache(maxsize=4096)(_url_kind)


def refreshed_still(url: str) -> bool:
    """Return True for a picture address left open for a cache-busting timestamp.

    An app or camera wall that reloads a camera's still appends the time to its address
    (``src + Date.now()``), so the list gives the address ending in an open parameter
    (``…/cctv2/9c41e7b?tx=``, ``…/image/501?_=``) or a bare ``?``. A parameter that
    tells cameras apart (``?id=``, ``?cam=``) is no timestamp.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.fragment or not parts.path.strip("/"):
        return False
    if parts.path.lower().endswith(_PAGE_SUFFIXES):
        return False  # a player page (``embed.html?uuid=…&tsp=``) is no picture
    if not parts.query:
        return url.endswith("?")
    match = _OPEN_PARAMETER.search(parts.query[-32:])
    return match is not None and match[1].lower() not in IDENTIFYING_PARAMS


# Redirect wrappers that documents and posts put around links: (host, or a host's suffix
# after a dot; path; the query parameter holding the target). The target is read from
# the address, never fetched.
_REDIRECTORS: tuple[tuple[str, str, str], ...] = (
    ("google.com", "/url", "q"),
    ("google.com", "/url", "url"),
    ("google.co.id", "/url", "q"),
    ("l.facebook.com", "/l.php", "u"),
    ("lm.facebook.com", "/l.php", "u"),
    ("www.facebook.com", "/l.php", "u"),
    ("m.facebook.com", "/l.php", "u"),
    ("l.instagram.com", "/", "u"),
    ("safelinks.protection.outlook.com", "/", "url"),
    ("youtube.com", "/redirect", "q"),
    ("t.umblr.com", "/redirect", "z"),
)
_MAX_UNWRAP = 3


def _redirect_target(url: str) -> str | None:
    """Return the target a known redirect wrapper carries in its query, else None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    for suffix, wrapper_path, key in _REDIRECTORS:
        if (host == suffix or host.endswith("." + suffix)) and path == wrapper_path:
            for name, value in parse_qsl(parts.query[:_MAX_TEXT])[:20]:
                if name == key and value.lower().startswith(("http://", "https://")):
                    return value
    return None


def unwrap_redirect(url: str) -> str:
    """Return the address a redirect-wrapped link (``google.com/url?q=…``) points to.

    Search engines, social networks and mail filters wrap the links of documents and
    posts (``www.google.com/url?q=``, ``l.facebook.com/l.php?u=``, Outlook safe links'
    ``?url=``); the wrapped address is the link's own. It is only read from the query,
    never followed; at most three wrappers are taken off.
    """
    for _ in range(_MAX_UNWRAP):
        target = _redirect_target(url)
        if target is None:
            break
        url = target
    return url


def resolve_url(value: JSONValue, base_url: str) -> str | None:
    """Return an absolute http(s)/rtsp(s) URL from a portal value; None if unusable.

    A link wrapped in a known redirect (see ``unwrap_redirect``) is its target. Values
    up to _MAX_MEMO_URL characters are resolved once against each base (the memo is
    bounded): readers resolve one field or link many times, lists repeat addresses.
    """
    if isinstance(value, str) and len(value) <= _MAX_MEMO_URL:
        return _memo_resolve_url(value, base_url)
    return _resolved_url(value, base_url)


def _resolved_url(value: JSONValue, base_url: str) -> str | None:
    """Resolve value against base_url (see resolve_url)."""
    url = _resolve_url(value, base_url)
    if url is None or "?" not in url:
        return url
    target = unwrap_redirect(url)
    return url if target == url else _resolve_url(target, base_url)


_memo_resolve_url = lru_cache(maxsize=4096)(_resolved_url)


# An ampersand written as an HTML entity between query parameters (``?a=1&amp;b=2``: an
# address a scraper copied from a page's markup into its JSON or CSV). No query names a
# parameter ``amp;b``: the entity is the separator. Only before a parameter's name (a
# name of at most 64 characters, then ``=``, ``&``, ``#`` or the end) in the query.
_ENTITY_SEPARATOR = re.compile(r"&amp;(?=[^&=#;\s]{1,64}(?:[=&#]|$))", re.IGNORECASE)


def _entity_separators(text: str) -> str:
    """Return an address with the ``&amp;`` separators of its query read as ``&``."""
    head, mark, rest = text.partition("?")
    if not mark or "&amp;" not in rest.lower():
        return text
    query, hash_mark, fragment = rest.partition("#")
    return head + mark + _ENTITY_SEPARATOR.sub("&", query) + hash_mark + fragment


# How JSON text held in a string begins: an object opening with a key or closing at once,
# an array opening with a string, an object, an array, or a number and a comma. No
# address, relative or with a template (``{base}/cam.jpg``), begins so.
_JSON_TEXT = re.compile(r'\{\s{0,8}["}]|\[\s{0,8}(?:["{\[\]]|-?\d{1,24}(?:\.\d{1,24})?\s{0,8},)')


def _resolve_url(value: JSONValue, base_url: str) -> str | None:
    """Return an absolute http(s)/rtsp(s) URL from a portal value; None if unusable."""
    if not isinstance(value, str):
        return None
    text = value[:_MAX_TEXT].replace("\\/", "/").strip()
    if "&" in text:
        text = _entity_separators(text)
    if not text or _CONTROL.search(text) or _SURROGATE.search(text):
        return None
    if "<" in text or ">" in text:
        return None  # markup (a rendered table cell) is never a URL as it stands
    if text[:1] in "{[" and _JSON_TEXT.match(text):
        return None  # JSON text (a framework's state string) is data, never an address
    if not text.lower().startswith(_URL_START) and len(words := text.split(None, _MAX_WORDS)) > 1:
        if (word := _word_url(words, text)) is not None:
            text = word
        elif words[0].startswith("-"):
            return None  # a command line without an address of its own
    if local_system_path(text):
        return None  # a file or device on the server's own disk, never an address
    text = text.replace(" ", "%20").replace("\n", "").replace("\r", "").replace("\t", "")
    if _schemeless_host(text):
        text = "https://" + text
    try:
        parts = urlsplit(text)
        if parts.scheme and not parts.netloc:
            return None
        url = text
        if not parts.scheme:
            url = urljoin(base_url, text) if base_url else text
            if url.startswith("//"):
                url = "https:" + url
            parts = urlsplit(url)
        if "@" in url:
            # A login written with "#", "?" or "/" in it: read with its real host.
            read = without_delimiter_login(url)
            if read is None:
                return None  # ambiguous: no reading is sure
            if read != url:
                url = read
                parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.hostname:
        return None
    if "@" in parts.netloc:
        # user:password@ in a portal's URL is a device login: it is never copied.
        url = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    if "@" in url or "%40" in url:
        # Nor is the login of a URL nested in the path or query (a proxy's ?source=rtsp://…).
        url = _NESTED_LOGIN.sub(r"\1", url)
    if "?" in url or "#" in url:
        url = without_query_login(url)
    if "=" in parts.path:
        url = _without_path_login(url)
    return url


# A path on a server's own disk written where an address belongs: a capture device
# (``/dev/video0``, ``/dev/v4l/by-id/…``: a USB camera a video-analytics node reads) or a
# file under a system folder (``/opt/…/videos/uji.mp4``, ``/home/pi/…``, ``/var/lib/…``,
# ``/mnt/usb/…``), a recording or sample video the node plays, never a page of the site
# that answered. Web folders a site does serve (``/media/``, ``/storage/``, ``/data/``,
# ``/tmp/``, AEM's ``/etc/designs/``) are not among them.
_LOCAL_SYSTEM_PATH = re.compile(r"/(?:dev|opt|home|var|mnt|srv|usr|root|proc|sys)/[^/?#\s]")


def local_system_path(text: str) -> bool:
    """Return True for a file or device path on a server's own disk (``/dev/video0``)."""
    return _LOCAL_SYSTEM_PATH.match(text) is not None


def _schemeless_host(text: str) -> bool:
    """Return True when text is an address written from its host name, without a scheme."""
    if text[:1] in "./" or "://" in text[:16]:
        return False
    found = _SCHEMELESS_HOST.match(text)
    if found is None:
        return False
    label = found.group(1).lower()
    return label in _COUNTRY_TLDS or label in _GENERIC_TLDS


def without_query_login(url: str) -> str:
    """Return url without a device login written in its query.

    IP cameras take their login as query parameters (Foscam
    ``CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=…``, ``video.cgi?user=…&pass=…``,
    ``loginuse``/``loginpas``): like ``user:password@``, such a login is never copied. A
    password parameter is dropped with the user parameters beside it; a user parameter
    alone, and a portal's own access token or signature (``token=``, ``st=``), stay.
    """
    head, hash_mark, fragment = url.partition("#")
    base, mark, query = head.partition("?")
    kept = _without_login(query.split("&"))
    if kept is not None:
        query = "&".join(kept)
        mark = mark if kept else ""
    if "=" in fragment and (left := _without_login(fragment.split("&"))) is not None:
        # A login written after the fragment mark (``#user=admin&pass=secret``).
        fragment = "&".join(left)
        hash_mark = hash_mark if left else ""
    return base + mark + query + hash_mark + fragment


def _without_path_login(url: str) -> str:
    """Return url without a device login written as parameters in its path.

    Some recorders take the login in a path segment of parameters
    (``rtsp://host:554/user=admin&password=…&channel=1&stream=0.sdp``): the password and
    the user beside it are dropped from that segment as from a query; the other
    parameters stay.
    """
    parts = urlsplit(url)
    segments = parts.path.split("/")
    changed = False
    for number, segment in enumerate(segments[:64]):
        if "=" not in segment:
            continue
        kept = _without_login(segment.split("&"))
        if kept is None:
            continue
        segments[number] = "&".join(kept)
        changed = True
    return urlunsplit(parts._replace(path="/".join(segments))) if changed else url


def _word_url(words: list[str], text: str) -> str | None:
    """Return the absolute address a text of several words holds, None if none.

    A command line's input (the word after ``-i``) comes first; otherwise the first
    address. Such a text is never a relative path: joined to the list's address it would
    carry the inner address (and its login) into a path.
    """
    for before, word in itertools.pairwise(words):
        if before == "-i" and _WORD_URL.fullmatch(word):
            return word
    found = _WORD_URL.search(text)
    return found.group(0) if found else None


_RELATIVE_MEDIA = re.compile(r"(?:\.{0,2}/)?[\w~%+-][\w./~%+=&?-]{0,2047}")
# The same path whose segments after the first may hold colons (a picture stored under
# its ISO capture time: ``cams/ts/<id>/2026-12-07T21:59:41.000Z.jpg``); its first segment
# never does, so no scheme (``javascript:``, ``mailto:``) is read as a path.
_RELATIVE_MEDIA_COLONS = re.compile(
    r"(?:\.{0,2}/)?[\w~%+-][\w.~%+=&?-]{0,255}(?:/[\w./~%+=&?:-]{0,2047})?"
)


def relative_media_kind(value: str, *, colons: bool = False) -> str | None:
    """Return the kind of a media path relative to the page, else None.

    A row's or a script object's value may be a path next to the page
    (``snapshots/x.jpg``, ``media/a/playlist.m3u8``, ``../hls/a/index.m3u8``): its
    file's shape says what it serves. Words, pages and values with a scheme of their own
    or spaces are no such path. With ``colons``, segments after the first may hold
    colons (a capture time in a file name).
    """
    text = value.strip()
    pattern = _RELATIVE_MEDIA_COLONS if colons else _RELATIVE_MEDIA
    if not text or "://" in text or not pattern.fullmatch(text) or "." not in text:
        return None
    return url_kind(urljoin("https://row.invalid/", text))


def looks_like_url(text: str) -> bool:
    """Return True when a string value is written like a URL or an absolute path.

    An address written from its host name without a scheme (``www.city.example/x.jpg``)
    is one too.
    """
    plain = text.strip().lower().replace("\\/", "/")
    return plain.startswith(_URL_START) or (" " not in plain[:256] and _schemeless_host(plain))


_MAX_PLAYER_ADDRESS = 4000
_MAX_PLAYER_FIELDS = 64
_MAX_PLAYER_VALUES = 20
_ABSOLUTE_START = ("http://", "https://", "rtsp://", "rtsps://", "//")


def player_address_values(url: str) -> list[str]:
    """Return the addresses a player page's own address hands it, in order.

    A player page plays what its address names: a query parameter written as an address
    (``player.html?src=https%3A%2F%2F…m3u8``, ``?videoUrl=…``), else its fragment, read
    by the page's script from ``location.hash``: an absolute address written whole
    (``flv-player/#https://…/camera.flv``, percent-encoded too) or parameters
    (``#url=…``, a hash route's ``#/play?src=…``). Only values written as addresses are
    returned, at most 20; at most 4,000 characters and 64 parameters of the query and of
    the fragment are read.
    """
    try:
        parts = urlsplit(url[:_MAX_PLAYER_ADDRESS])
    except ValueError:
        return []
    values = [value for _name, value in _parameters(parts.query) if looks_like_url(value)]
    fragment = parts.fragment.strip()
    if fragment:
        encoded = fragment[:9].lower().startswith(("http%3a", "https%3a"))
        whole = unquote(fragment) if encoded else fragment
        if whole.lower().startswith(_ABSOLUTE_START):
            values.append(whole)
        elif "=" in fragment:
            query = fragment.partition("?")[2] if "?" in fragment else fragment.lstrip("!/")
            values.extend(value for _name, value in _parameters(query) if looks_like_url(value))
    return values[:_MAX_PLAYER_VALUES]


def _parameters(query: str) -> list[tuple[str, str]]:
    """Return a query's first parameters (bounded), decoded."""
    if "=" not in query:
        return []
    fields = "&".join(query.split("&", _MAX_PLAYER_FIELDS)[:_MAX_PLAYER_FIELDS])
    return parse_qsl(fields)[:_MAX_PLAYER_VALUES]


_LIVE_KINDS = frozenset({"stream", "mjpeg"})


def url_host(url: str) -> str | None:
    """Return a URL's host, or None."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


# A text written as an address of any kind: any ``scheme://`` (``rtmp://``, ``srt://``),
# a login before a host (``admin:admin123@192.168.1.64``, its login redacted as ``***@…``
# too) or a bare IP address with its port (``192.168.1.64:8000``, ``[fe80::1]:554``).
_ADDRESS_TEXT = re.compile(
    r"\s{0,8}(?:[a-z][a-z0-9+.-]{0,31}://\S"
    r"|[^\s/@]{0,128}[:*][^\s/@]{0,128}@\[?[\w.:-]{1,253}\]?(?:[:/?]\S{0,2048})?\s{0,8}$"
    r"|(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?:/\S{0,2048})?\s{0,8}$"
    r"|\[[0-9a-f:.]{2,45}\](?::\d{1,5})?(?:/\S{0,2048})?\s{0,8}$)",
    re.IGNORECASE,
)


def is_address_text(text: str) -> bool:
    """Return True for a text that is an address (see ``_ADDRESS_TEXT``), never a name."""
    return _ADDRESS_TEXT.match(text) is not None


# Suffixes of names a local network gives its hosts (mDNS ``.local``, a router's ``.lan``,
# ``.localdomain``, ``.internal``, ``.home.arpa``, ``.intranet``, ``.corp``).
_LOCAL_SUFFIXES = frozenset({"local", "lan", "localdomain", "internal", "arpa", "intranet"})
_LOCAL_SUFFIXES |= frozenset({"corp", "home", "localhost"})
# A host name written alone (``nvr-01.local``, ``nvr.kutaitimur.go.id``, ``cam1.example.com:8080``)
# or a one-label host with its port (``nvr-01:8000``, ``localhost:554``): one token, no space.
_HOST_NAME_TEXT = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}([a-z]{2,12})\.?(?::\d{1,5})?/?",
    re.IGNORECASE,
)
# One label with a port (``nvr-01:8000``, ``localhost:554``, ``shinobi-bengalon:8080``): a
# port of two digits or more, no leading zero, from 80 up, and a label that reads as a
# machine's name: letters with digits or a hyphen, or lower case. A marker with a number
# (``KM:12``, ``Pos-3:1``, ``KM:120``) is none.
_HOST_PORT_TEXT = re.compile(
    r"(?P<label>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?):(?P<port>[1-9]\d{1,4})/?", re.IGNORECASE
)
_MIN_HOST_PORT = 80
_MAX_HOST_TEXT = 260
_MAX_ADDRESS_TEXT = 2048


def is_host_text(text: str) -> bool:
    """Return True for a text that names a machine, never a place or a camera.

    That is an address of any kind (``is_address_text``: a scheme, a login before a host,
    an IP address with or without its port) or a host name written alone: dotted labels
    ending in a top-level domain or a local network's suffix (``nvr-01.local``,
    ``nvr.kutaitimur.go.id``, ``cam1.example.com:8080``), or one label with a port
    (``nvr-01:8000``: see ``_HOST_PORT_TEXT``). A place written with a dot and a space
    (``St. Louis``, ``Jl. A. Yani``), abbreviations (``Kel.Swarga``: no domain after the
    dot), a time (``08:00``: no letter) and a marker with a number (``KM:12``,
    ``Pos-3:1``) are none.
    """
    plain = text.strip()
    if not plain or len(plain) > _MAX_HOST_TEXT or any(char.isspace() for char in plain):
        return bool(plain) and is_address_text(plain[:_MAX_ADDRESS_TEXT])
    if is_address_text(plain):
        return True
    login, at, host = plain.rpartition("@")
    if at:  # a user name before a host (``admin@10.0.0.5``, ``operator@nvr-01.local``)
        return bool(login) and "@" not in login and _bare_host_text(host)
    return _bare_host_text(plain)


def _bare_host_text(plain: str) -> bool:
    """Return True for a host written alone: an IP address or a host name (see above)."""
    if is_address_text(plain):
        return True
    if (found := _HOST_NAME_TEXT.fullmatch(plain)) is not None:
        label = found.group(1).lower()
        if label in _COUNTRY_TLDS and plain.count(".") == 1 and not plain.islower():
            return False  # an abbreviation before a name (``Kel.Tg``, ``Jl.Ir``), no host
        return label in _COUNTRY_TLDS or label in _GENERIC_TLDS or label in _LOCAL_SUFFIXES
    if (found_port := _HOST_PORT_TEXT.fullmatch(plain)) is None:
        return False
    label = found_port["label"]
    if int(found_port["port"]) < _MIN_HOST_PORT or not any(char.isalpha() for char in label):
        return False
    return label.islower() or "-" in label or any(char.isdigit() for char in label)


def site_host(url: str) -> str:
    """Return a URL's host without a leading ``www.`` (``""`` for none): its site's name."""
    return (url_host(url) or "").removeprefix("www.")


# Second-level labels under a country's domain (``go.id``, ``co.uk``, ``com.br``).
_SECOND_LEVEL = frozenset(
    {"ac", "co", "com", "edu", "go", "gob", "gov", "mil", "my", "ne", "net", "or", "org"}
    | {"sch", "web", "ponpes", "desa", "biz", "info", "nom"}
)


def registrable_site(url: str) -> str:
    """Return the registrable domain of a URL's host (``cdn.x.example`` -> ``x.example``)."""
    host = site_host(url)[:253]
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return host  # an address is its own site
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def handed_address(value: str, player_url: str, base_url: str) -> str | None:
    """Return an address a player page is handed, resolved against the player page.

    The player page's own script fetches it, so a relative address is the player's site's
    (``embed.html?src=/hls/cam1.m3u8``). A list on a public host never takes an address
    off the internet a player page is handed (a LAN IP, a loopback or local name), whatever
    host the player page is on: such an address gives None.
    """
    resolved = resolve_url(value, player_url)
    if resolved is None:
        return None
    if is_public_host(url_host(base_url)) and not is_public_host(url_host(resolved)):
        return None
    return resolved


def inner_media_url(
    url: str, base_url: str, kinds: frozenset[str] | None = None
) -> tuple[str, str] | None:
    """Return the media URL (and its kind) a player link carries in its query or fragment.

    Only media of the given kinds count when kinds are given. A player page on a public
    host handed a LAN, loopback or link-local IP address (``https://host:5000/?u=rtsp://
    10.0.0.5/…``) relays that device: the inner address is the device's input, no
    viewer outside that network can play it, and the player page is what plays. A page
    on a public host never hands out an inner address off the internet (a LAN address or
    a local name), whatever host its player page is on.
    """
    relay = is_public_host(url_host(url))
    listed_publicly = is_public_host(url_host(base_url))
    player = resolve_url(url, base_url) or url
    for value in player_address_values(url):
        # The player page's own script fetches what it is handed: a relative address
        # (``embed.html?src=/hls/cam1.m3u8``) is its own site's, not the listing page's.
        inner = resolve_url(value, player)
        if inner is None or has_userinfo(inner) or not (kind := url_kind(inner)):
            continue
        inner_host = url_host(inner)
        if listed_publicly and not is_public_host(inner_host):
            continue
        if relay and is_device_ip(inner_host):
            continue
        if kinds is None or kind in kinds:
            return inner, kind
    return None


# A path segment naming a media proxy route (``/api/proxy/hls``, ``/hls-proxy``,
# ``/proxy.php``): the route fetches the address it is handed and serves it itself.
_PROXY_SEGMENT = re.compile(r"(?:[a-z]{1,12}[-_])?proxy(?:[-_][a-z]{1,12})?(?:\.[a-z]{2,4})?")
_MAX_PROXY_SEGMENTS = 8


def own_media_proxy(url: str, base_url: str) -> str | None:
    """Return the kind a site's own media proxy route serves (``stream``/``mjpeg``), else None.

    A web app relaying a camera's playlist through its own route (Next.js
    ``/api/proxy/hls?url=<encoded .m3u8>``, ``/hls-proxy?src=…``, ``/proxy.php?url=…``) on
    the page's own host serves that playlist itself: the route is the stream, as the app
    plays it. A route on another host (a public CORS proxy), a player page (``embed.html?
    url=…``) and a proxy handed a LAN address or a still give None.
    """
    if not _own_proxy_route(url, base_url):
        return None
    handed = player_address_values(url)
    if len(handed) != 1 or without_query_login(handed[0]) != handed[0] or _route_login(url):
        return None  # several addresses handed (one may be a LAN one), or a login written
    found = inner_media_url(url, base_url, _LIVE_KINDS)
    if found is None or not is_public_host(url_host(found[0])):
        return None
    return found[1]


def own_still_proxy(url: str, base_url: str) -> bool:
    """Return True for a site's own proxy route handed one public camera still.

    A map app fetching a webcam's frame through its own route because the picture host
    refuses hotlinking (``/api/cctv/proxy?url=<encoded liveNNNN.jpg>``, ``/proxy.php?src=
    …jpg``) shows the route's answer: the route is the still as written, under any field
    (a generic ``feed_url`` too), as it is under a still field. Another host's proxy, a
    route handed two or more addresses, a login, a LAN, loopback or link-local picture, or
    anything but a picture (a playlist: :func:`own_media_proxy`) gives False.
    """
    if not _own_proxy_route(url, base_url):
        return False
    handed = player_address_values(url)
    if len(handed) != 1 or without_query_login(handed[0]) != handed[0] or _route_login(url):
        return False
    found = inner_media_url(url, base_url)
    return found is not None and found[1] == "still" and is_public_host(url_host(found[0]))


def _own_proxy_route(url: str, base_url: str) -> bool:
    """Return True for a route on the page's own host whose path names a proxy."""
    host = url_host(url)
    if host is None or host != url_host(base_url):
        return False
    try:
        path = urlsplit(url.strip()[:2048]).path.lower()
    except ValueError:
        return False
    segments = [segment for segment in path.split("/") if segment][:_MAX_PROXY_SEGMENTS]
    return any(_PROXY_SEGMENT.fullmatch(segment) for segment in segments)


def own_proxy_to_internal(url: str, base_url: str) -> bool:
    """Return True for a site's own proxy route handed a metadata or loopback address.

    Such a route (``/hls-proxy?src=http://169.254.169.254/…``, ``?src=http://localhost/…``)
    fetches the server's own or its cloud's address: never a camera's media. A route
    relaying a LAN camera (``?src=http://10.0.0.5/…``) is not one.
    """
    if not _own_proxy_route(url, base_url):
        return False
    return any(is_internal_host(url_host(value)) for value in player_address_values(url))


# A route's parameter naming a login or credentials (``auth=admin:secret``).
_ROUTE_LOGIN_WORDS = ("auth", "cred", "secret", "login")


def _route_login(url: str) -> bool:
    """Return True when a route's own query writes a login beside the address it hands.

    A parameter naming a login (``auth``, ``credentials``, ``pass``) or a value written
    as ``user:password`` is a login the route would carry; such a route is never kept.
    """
    try:
        parts = urlsplit(url[:_MAX_PLAYER_ADDRESS])
    except ValueError:
        return True
    query = parts.query + ("&" + parts.fragment if "=" in parts.fragment else "")
    if "password" in _login_parts(query.split("&")):
        return True  # a login's password, also as the short ``u``/``p`` pair
    for name, value in _parameters(query):
        if looks_like_url(value):
            continue
        plain = name.lower()
        if _login_part(name) is not None or any(word in plain for word in _ROUTE_LOGIN_WORDS):
            return True
        if ":" in value:
            return True
    return False


def handed_live_media(url: str, base_url: str) -> str | None:
    """Return the stream or MJPEG address a player page's own address hands it, or None.

    Under a field named for the stream (``stream``, ``url``), a player page handed its
    playlist (``player/?vurl=https://…/index.m3u8``, ``flv/#https://…/cam.flv``) plays
    that address; a still it is handed (a poster) is no stream.
    """
    found = inner_media_url(url, base_url, _LIVE_KINDS)
    return found[0] if found is not None else None


_IFRAME_SRC = re.compile(
    r"""<iframe\b[^>]{0,2000}?\bsrc\s*=\s*(["'])([^"'<>]{1,2048})\1""", re.IGNORECASE
)


def framed_page(markup: str, base_url: str) -> str | None:
    """Return the page a piece of HTML frames (its first ``<iframe src>``) when no media.

    Only an address of no media kind and without a login is a page: an embedded player
    page that stands in for a camera with no media of its own.
    """
    frame = _IFRAME_SRC.search(markup, 0, _MAX_TEXT * 4)
    if frame is None:
        return None
    url = resolve_url(unescape_attribute(frame.group(2)), base_url)
    if url is None or has_userinfo(url) or url_kind(url) is not None:
        return None
    return url


def markup_link(markup: str, base_url: str) -> str | None:
    """Return the first address a piece of HTML links or embeds, whatever its shape."""
    for match in _HTML_LINK.finditer(markup[: _MAX_TEXT * 4]):
        url = resolve_url(unescape_attribute(match.group(1)), base_url)
        if url is not None and not has_userinfo(url):
            return url
    return None


def html_media(markup: str, base_url: str) -> dict[str, str]:
    """Return the first stream, still and MJPEG URL linked from a piece of HTML.

    A player link whose own address says nothing (``player.html?src=…m3u8``) gives
    the media address in its query.
    """
    found: dict[str, str] = {}
    for raw in _linked(markup[: _MAX_TEXT * 4]):
        url = resolve_url(raw, base_url)
        if url is None or has_userinfo(url):
            continue
        kind = url_kind(url)
        if kind is None and (inner := inner_media_url(url, base_url)) is not None:
            url, kind = inner
        if kind is not None:
            found.setdefault(_MEDIA_SLOTS[kind], url)
    return found


def _linked(markup: str) -> list[str]:
    """Return the addresses a piece of HTML links, embeds or hands to a player, in order.

    Links and embeds (href, src, poster) come first; then what data-* attributes and
    event handlers hand to a player (bounded).
    """
    urls = [unescape_attribute(m.group(1)) for m in _HTML_LINK.finditer(markup)]
    handed = 0
    for match in _HTML_HANDED.finditer(markup):
        if handed >= _MAX_HANDED:
            break
        if match.group(1) is not None:
            value = unescape_attribute(match.group(1))
            if looks_like_url(value):
                urls.append(value)
                handed += 1
            continue
        code = unescape_attribute(match.group(3))
        for inner in _HANDLER_URL.finditer(code):
            urls.append(inner.group(2))
            handed += 1
    return urls
