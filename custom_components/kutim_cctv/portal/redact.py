"""Redaction: make URLs and free text safe to write to logs, errors and diagnostics.

Credentials, tokens and signed-link signatures are replaced by a placeholder, found by
parameter or header name and by the shape of the value.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote, unquote_plus

import yarl

from .urls import read_authority

__all__ = ["query_hands_access", "redact_text", "redact_url"]

_MAX_URL_LENGTH = 8192
_MAX_REDACTED_LENGTH = 2048
_INVALID_URL = "<invalid URL>"
_REDACTED = "REDACTED"


def _has_unsafe_chars(text: str) -> bool:
    """Return whether text contains whitespace, control or invisible format characters."""
    return any(
        char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in text
    )


# ---------------------------------------------------------------------------
# Redaction
# ---------------------------------------------------------------------------

_SECRET_NAME_PARTS = (
    "token",
    "key",
    "pass",
    "pwd",
    "secret",
    "auth",
    "sig",
    "sess",
    "jwt",
    "cred",
    "user",
    "login",
    "hash",
    "code",
    "ticket",
    "cookie",
    "md5",
    "hmac",
    "sha1",
    "sha256",
    "sha512",
    "digest",
    "policy",
)
_SECRET_NAMES = frozenset(
    {
        "st",
        "e",
        "k",
        "p",
        "u",
        "pw",
        "id_token",
        "access_token",
        "apikey",
        "api_key",
        "hdnts",
        "hdnea",
        "nonce",
        "otp",
        "pin",
    }
)
_NOT_SECRET_NAMES = frozenset({"codec", "codecs"})
_TEXT_SECRET_PARTS = (
    "token",
    "secret",
    "passw",
    "passwd",
    "pwd",
    "auth",
    "session",
    "jwt",
    "credential",
    "apikey",
    "api_key",
    "api-key",
    "cookie",
    "bearer",
    "signature",
    "md5",
    "hmac",
    "sha1",
    "sha256",
    "sha512",
    "digest",
)
_JWT_RE = re.compile(r"([A-Za-z0-9_-]{2,})\.([A-Za-z0-9_-]{2,})\.([A-Za-z0-9_-]*)")
_TOKEN_RE = re.compile(r"[A-Za-z0-9_\-+/=.~]{24,}")
_SHINOBI_KEY_RE = re.compile(r"[A-Za-z0-9]{16,}")
_MIN_SECRET_LENGTH = 16
_HEX_SECRET_RE = re.compile(r"[0-9a-fA-F]{16,}")
_BASE64_SECRET_RE = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_WORD_SEPARATORS = re.compile(r"[-_+/]+")
_PIECE_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_CONSONANT_RUN_RE = re.compile(r"[b-df-hj-np-tv-xz]{6}|[B-DF-HJ-NP-TV-XZ]{7}")
# A Unix time of a signed link's expiry (2001 to 2096) as a path segment of its own.
_EXPIRY_SEGMENT_RE = re.compile(r"[1-3][0-9]{9}")
_PATH_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,128}={0,2}")
_JWT_IN_TEXT_RE = re.compile(
    r"\beyJ[A-Za-z0-9_-]{6,4096}\.[A-Za-z0-9_-]{6,4096}\.[A-Za-z0-9_-]{0,4096}"
)
_SHINOBI_ROUTES = frozenset({"hls", "jpeg", "mjpeg", "mp4", "flv", "h265", "embed", "videos"})


def _is_secret_name(name: str) -> bool:
    """Return whether a query parameter of this name may carry a secret."""
    name = name.strip().lower()
    if name in _NOT_SECRET_NAMES:
        return False
    return name in _SECRET_NAMES or any(part in name for part in _SECRET_NAME_PARTS)


def _looks_like_jwt(text: str) -> bool:
    """Return whether text looks like a JSON Web Token (or a similar signed token)."""
    match = _JWT_RE.fullmatch(text)
    if match is None or len(text) <= 20:
        return False
    if text.startswith("ey"):
        return True
    return all(len(part) >= 10 for part in match.groups())


def _looks_like_token(text: str) -> bool:
    """Return whether a bare value looks like an opaque token rather than a word."""
    return looks_like_secret(text) or (
        _TOKEN_RE.fullmatch(text) is not None
        and any(char.isdigit() for char in text)
        and any(char.isalpha() for char in text)
    )


def _reads_as_words(part: str) -> bool:
    """Return whether letters and digits read as words, acronyms and numbers (linear time)."""
    if len(part) <= 3:
        return True
    for piece in _PIECE_RE.findall(part):
        if piece.isdigit():
            continue
        if piece.isupper():
            if len(piece) < 2:
                return False
            continue
        if len(piece) - piece[0].isupper() < 2:
            return False
    return True


def looks_like_secret(text: str) -> bool:
    """Return whether a value has the shape of a secret, whatever it is called.

    Signed links carry their signature under names no list can foresee (nginx's
    ``md5=``, ``hmac=``, ``wmsAuthSign=``, ``h=``): a JWT-like value, 16 or more hex
    digits (MD5, SHA, HMAC), or 16 or more base64 characters that do not read as
    words and numbers (``kutim-simpang-3`` reads as words; ``_e4Nc3iduzkWRm01TBBNYw``
    does not) is treated as one.
    """
    if _looks_like_jwt(text):
        return True
    if len(text) < _MIN_SECRET_LENGTH or len(text) > _MAX_URL_LENGTH:
        return False
    if _HEX_SECRET_RE.fullmatch(text):
        return any(char.isdigit() for char in text) and any(char.isalpha() for char in text)
    if _BASE64_SECRET_RE.fullmatch(text) is None:
        return False
    if text.endswith("="):
        return True  # base64 padding
    parts = [part for part in _WORD_SEPARATORS.split(text) if part]
    if not all(_reads_as_words(part) for part in parts):
        return True
    # Words and numbers come in few, long pieces; random text in many short ones.
    pieces = sum(len(_PIECE_RE.findall(part)) for part in parts)
    letters = sum(len(part) for part in parts)
    if pieces * 4 > letters + 4 * (len(parts) - 1):
        return True
    if not (any(char.isupper() for char in text) and any(char.islower() for char in text)):
        return False
    # Random text mixing both cases: short pieces even where a separator splits it
    # (``sokurh8SOEPJRMRcx2-Mbw``), or a run of six consonants no word of a camera's
    # address spells (``PFRTLZnkIORJDYDJTDMttg``).
    if any(char.isdigit() for char in text) and pieces * 4 > letters:
        return True
    return _CONSONANT_RUN_RE.search(text) is not None


_MAX_ACCESS_FIELDS = 32
# Query names that only ever hand access (``token``, ``sig``, ``auth``, ``password``…);
# the other secret names (``key``, ``k``, ``code``, ``hash``…) also select what is shown
# (a camera's key ``?key=cam1``), so only a value shaped like a token hands access there.
_ACCESS_NAME_PARTS = (*_TEXT_SECRET_PARTS, "sig", "pass", "ticket", "hdnts", "hdnea", "otp")
_SHORT_HEX_KEY_RE = re.compile(r"[0-9a-fA-F]{8,}")


def _hands_access(name: str, value: str) -> bool:
    """Return True for a query field whose name and value hand a token, key or signature."""
    name = name.strip().lower()
    if not _is_secret_name(name):
        return False
    if any(part in name for part in _ACCESS_NAME_PARTS):
        return True
    if _looks_like_token(value):
        return True
    # A key of letters and digits (``9f2c41d0``) or of eight digits or more (``83920175``)
    # is a token; a camera selector is short (``cam1``, ``3``) and a word is no key.
    return (
        _SHORT_HEX_KEY_RE.fullmatch(value) is not None
        and (value.isdigit() or any(char.isalpha() for char in value))
        and any(char.isdigit() for char in value)
    )


def query_hands_access(url: str) -> bool:
    """Return True for an address whose query hands a token, key, signature or login.

    A signed or tokenised address (``?token=…``, ``?key=9f2c41d0``, ``?sig=…&expires=…``,
    a JWT) carries the access its server asks for, as a ``user:pass@`` login does; the
    fields are those ``redact_url`` hides, a selecting name (``key``, ``k``, ``code``) only
    with a token-shaped value (``?key=cam1`` picks a camera).
    """
    _, _, query = url[:_MAX_URL_LENGTH].partition("?")
    query = query.partition("#")[0]
    for piece in re.split(r"[&;]", query)[:_MAX_ACCESS_FIELDS]:
        name, equals, value = piece.partition("=")
        if equals and value and _hands_access(unquote_plus(name), unquote_plus(value)):
            return True
        if value and _looks_like_jwt(unquote_plus(value)):
            return True
    return False


def _redact_value(value: str, depth: int) -> str:
    """Redact a URL nested in a parameter value, or a value that is itself a token."""
    decoded = unquote_plus(value)
    if "://" in decoded and depth < 2:
        return quote(_redact(decoded, depth + 1), safe="/:@*")
    # A raw "+" in standard base64 is a plus sign, not the space unquote_plus makes it.
    if looks_like_secret(decoded) or looks_like_secret(unquote(value)):
        return _REDACTED
    return value


def _redact_query(query: str, depth: int) -> str:
    """Replace the values of secret-looking parameters in a raw query string."""
    pieces = re.split(r"([&;])", query)
    # A signed link's expiry (``expires=2000000000``) makes any signature-shaped value
    # beside it the signature, whatever its field is called (``h=``, ``v=``).
    expiring = any(_EXPIRY_SEGMENT_RE.fullmatch(piece.partition("=")[2]) for piece in pieces[::2])
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        name, equals, value = piece.partition("=")
        if not equals:
            if _looks_like_token(unquote_plus(piece)):
                pieces[index] = _REDACTED
        elif (value and _is_secret_name(unquote_plus(name))) or (
            expiring and _signature_shaped(unquote_plus(value))
        ):
            pieces[index] = f"{name}={_REDACTED}"
        else:
            pieces[index] = f"{name}={_redact_value(value, depth)}"
    return "".join(pieces)


def _signature_shaped(text: str) -> bool:
    """Return True for 16 to 128 base64 characters with letters and digits or both cases."""
    if _PATH_TOKEN_RE.fullmatch(text) is None or not any(char.isalpha() for char in text):
        return False
    return any(char.isdigit() for char in text) or not (text.islower() or text.isupper())


def _beside_expiry(segments: list[str], index: int, text: str) -> bool:
    """Return True for a signed link's token beside its expiry time in the path.

    nginx's secure links and their kind write ``/s/<signature>/<expires>/…``: a segment of
    16 to 128 base64 characters mixing letters and digits or both cases next to a
    Unix-time segment is the signature, whatever it reads as.
    """
    if not _signature_shaped(text):
        return False
    neighbours = segments[max(index - 1, 0) : index] + segments[index + 1 : index + 2]
    return any(_EXPIRY_SEGMENT_RE.fullmatch(neighbour) for neighbour in neighbours)


def _redact_path(path: str) -> str:
    """Replace token-looking path segments (JWTs, Shinobi API keys) in a raw path."""
    segments = path.split("/")
    for index, segment in enumerate(segments):
        text = unquote(segment)
        if looks_like_secret(text) or _beside_expiry(segments, index, text):
            segments[index] = _REDACTED
        elif ":" in text.partition("@")[0] and "@" in text:
            # "rtsp:/admin:pw@host" and similar slips put credentials into the path.
            segments[index] = "***@" + text.rpartition("@")[2]
    if (
        len(segments) > 2
        and segments[0] == ""
        and segments[2] in _SHINOBI_ROUTES
        and _SHINOBI_KEY_RE.fullmatch(segments[1])
    ):
        segments[1] = _REDACTED
    return "/".join(segments)


def _redact(url: str, depth: int) -> str:
    """Return url with its secrets replaced; raise on input that is not a URL."""
    if _has_unsafe_chars(url):
        return _INVALID_URL
    # A login written with "#", "?" or "/" (or read so): hidden before the real host.
    reading = read_authority(url) if "@" in url else None
    if reading is not None and reading.hidden:
        url = reading.url
    parsed = yarl.URL(url)
    port = parsed.explicit_port
    scheme = f"{parsed.scheme}:" if parsed.scheme else ""
    path = parsed.raw_path
    host = parsed.raw_host
    if host is None:
        out = scheme
    else:
        userinfo = parsed.raw_user is not None or parsed.raw_password is not None
        userinfo = userinfo or (reading is not None and reading.hidden)
        shown = f"[{host}]" if ":" in host else host
        if port is not None:
            shown += f":{port}"
        if "@" in path and port is not None and not userinfo:
            # "user:1234/rest@host" is a password with a raw "/": what looks like the
            # host, the port and the start of the path are all credentials.
            userinfo = True
            shown, slash, path = path.rpartition("@")[2].partition("/")
            path = slash + path
        out = f"{scheme}//{'***@' if userinfo else ''}{shown}"
    tail = _redact_path(path)
    if parsed.raw_query_string:
        tail += "?" + _redact_query(parsed.raw_query_string, depth)
    fragment = parsed.raw_fragment
    if fragment:
        if "=" in fragment:
            fragment = _redact_query(fragment, depth)
        elif _looks_like_token(unquote(fragment)):
            fragment = _REDACTED
        tail += "#" + fragment
    # Credentials of a URL nested unencoded in the path, query or fragment.
    out += _USERINFO_IN_TEXT_RE.sub("***@", tail)
    if len(out) > _MAX_REDACTED_LENGTH:
        out = out[:_MAX_REDACTED_LENGTH] + "..."
    return out


def redact_url(url: str) -> str:
    """Return url fit for logs: no userinfo, token-like parameters and path tokens replaced."""
    try:
        return _redact(url, 0)
    except Exception:  # noqa: BLE001 - anything unparseable becomes a placeholder
        return _INVALID_URL


_URL_IN_TEXT_RE = re.compile(r"\b[A-Za-z][A-Za-z0-9+.\-]{0,15}://[^\s<>\"'`]+")
_URL_TRAILING = ".,;:!?)]}"
_HEADER_RE = re.compile(
    r"(?P<name>\b(?:set-)?cookie|\b(?:proxy-)?authorization|\bx-api-key|\bx-auth-token"
    r"|\bx-access-token)(?P<q>[\"']?)(?P<sep>\s*[:=]\s*)"
    r"(?P<val>\"[^\"]*\"|'[^']*'|[^\r\n]*)",
    re.IGNORECASE,
)
_USERINFO_IN_TEXT_RE = re.compile(r"(?<![\w.%+-])[\w.%+-]+:[^\s/@:]+@")
_NAME_VALUE_RE = re.compile(
    # Names are bounded: a search that tried every start of a long run of name characters
    # without a separator would take quadratic time.
    r"(?P<q>[\"']?)(?P<name>[A-Za-z_][A-Za-z0-9_.\-]{0,63})(?P=q)(?P<sep>\s*[:=]\s*)"
    r"(?P<val>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s,;&'\"{}\[\]()]+)"
)


def _redact_url_match(match: re.Match[str]) -> str:
    """Redact one URL found in text, keeping punctuation that ends a sentence."""
    found = match.group(0)
    core = found.rstrip(_URL_TRAILING)
    return redact_url(core) + found[len(core) :]


def _quoted_redacted(value: str) -> str:
    """Return the placeholder, quoted like value was."""
    if value[:1] in {'"', "'"} and len(value) > 1:
        return f"{value[0]}{_REDACTED}{value[0]}"
    return _REDACTED


def _redact_header(match: re.Match[str]) -> str:
    """Redact the value of a Cookie/Authorization-style header."""
    if not match.group("val").strip():
        return match.group(0)
    head = match.group("name") + match.group("q") + match.group("sep")
    return head + _quoted_redacted(match.group("val"))


def _redact_pairs(text: str) -> str:
    """Redact the values of name=value and "name": "value" pairs with a secret name."""
    out: list[str] = []
    pos = 0
    while (match := _NAME_VALUE_RE.search(text, pos)) is not None:
        name = match.group("name").lower()
        value = match.group("val")
        in_query = match.start() > 0 and text[match.start() - 1] in "?&;"
        secret = (
            _is_secret_name(name) if in_query else any(part in name for part in _TEXT_SECRET_PARTS)
        ) or looks_like_secret(value.strip("\"'"))
        if secret and _REDACTED not in value:
            out.append(text[pos : match.start("val")] + _quoted_redacted(value))
            pos = match.end()
        else:
            # The value may itself start the next pair ("failed: token=abc").
            out.append(text[pos : match.end("sep")])
            pos = match.end("sep")
    out.append(text[pos:])
    return "".join(out)


def redact_text(text: str) -> str:
    """Redact every URL and Cookie/Authorization-style secret in free text."""
    text = _URL_IN_TEXT_RE.sub(_redact_url_match, text)
    # "user:password@host" outside a well-formed URL ("rtsp:/admin:pw@host", say).
    text = _USERINFO_IN_TEXT_RE.sub("***@", text)
    text = _HEADER_RE.sub(_redact_header, text)
    text = _JWT_IN_TEXT_RE.sub(_REDACTED, text)
    return _redact_pairs(text)
