"""URL safety policy, redaction of secrets and media URL classification.

Portals hand out URLs that the client will fetch (stream manifests, stills, wake-up
calls). Those URLs are untrusted input: a hostile or compromised portal could point the
client at the loopback interface, the local network or a cloud metadata service. The
policy here refuses such targets; a portal on the local network may reach its own
configured origins and the hosts the user lists, never link-local or metadata addresses.

Redaction makes URLs and free text safe to write to logs, errors and diagnostics.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
import ipaddress
import re
import socket
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlsplit

import yarl

from .errors import PortalUnsafeURLError

__all__ = [
    "ALLOWED_SCHEMES",
    "HostRule",
    "UrlPolicy",
    "effective_port",
    "host_key",
    "is_hls_url",
    "is_image_url",
    "is_mjpeg_url",
    "is_never_allowed_ip",
    "is_public_ip",
    "is_stream_url",
    "parse_host_rule",
    "parse_ip_host",
    "redact_text",
    "redact_url",
]

type IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
type Resolver = Callable[[str, int], Awaitable[list[str]]]

ALLOWED_SCHEMES: frozenset[str] = frozenset({"http", "https", "rtsp", "rtsps"})

_DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443, "rtsp": 554, "rtsps": 322}
_MAX_URL_LENGTH = 8192
_MAX_REDACTED_LENGTH = 2048
_INVALID_URL = "<invalid URL>"
_REDACTED = "REDACTED"

# ---------------------------------------------------------------------------
# IP literals
# ---------------------------------------------------------------------------

_DEC_DIGITS = frozenset("0123456789")
_OCT_DIGITS = frozenset("01234567")
_HEX_DIGITS = frozenset("0123456789abcdef")

_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
_SIXTOFOUR = ipaddress.IPv6Network("2002::/16")

_BLOCKED_V4 = tuple(
    ipaddress.IPv4Network(net)
    for net in (
        "0.0.0.0/8",  # "this network", unspecified
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT, includes Alibaba Cloud metadata 100.100.100.200
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, includes cloud metadata 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",  # IETF protocol assignments, includes Oracle Cloud metadata
        "192.0.2.0/24",
        "192.88.99.0/24",  # deprecated 6to4 relay anycast
        "192.168.0.0/16",
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",  # reserved, includes the limited broadcast address
        "168.63.129.16/32",  # Azure platform endpoint, reachable only from inside Azure
    )
)
_BLOCKED_V6 = tuple(
    ipaddress.IPv6Network(net)
    for net in (
        "::/128",
        "::1/128",
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, includes Teredo
        "2001:db8::/32",
        "2002::/16",  # 6to4: relays are deprecated, the embedded address decides nothing
        "3fff::/20",  # documentation
        "5f00::/16",  # segment routing identifiers
        "fc00::/7",  # unique local, includes AWS metadata fd00:ec2::254
        "fe80::/10",
        "fec0::/10",  # deprecated site-local
        "ff00::/8",
    )
)


def _parse_inet_aton_part(part: str) -> int | None:
    """Return the value of one inet_aton number (decimal, 0-octal or 0x-hex), or None."""
    if part[:2] == "0x":
        digits, base, allowed = part[2:], 16, _HEX_DIGITS
    elif len(part) > 1 and part[0] == "0":
        digits, base, allowed = part[1:], 8, _OCT_DIGITS
    else:
        digits, base, allowed = part, 10, _DEC_DIGITS
    if not digits:
        # "0x" alone is zero for resolvers and browsers alike; "" is not a number.
        return 0 if base == 16 else None
    if not set(digits) <= allowed:
        return None
    significant = digits.lstrip("0")
    if len(significant) > 12:
        return None
    return int(significant or "0", base)


def _parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """Return the address an inet_aton-style resolver reads in host, or None."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 4:
        return None
    values: list[int] = []
    for part in parts:
        value = _parse_inet_aton_part(part)
        if value is None:
            return None
        values.append(value)
    *head, last = values
    if any(value > 255 for value in head) or last >= 256 ** (5 - len(values)):
        return None
    number = last
    for index, value in enumerate(head):
        number |= value << (8 * (3 - index))
    return ipaddress.IPv4Address(number)


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address an IPv4-mapped, -translated or -compatible address carries."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    number = int(ip)
    high = number >> 32
    if high == 0xFFFF0000 or (high == 0 and number > 1):
        return ipaddress.IPv4Address(number & 0xFFFFFFFF)
    return None


def _translated_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address a NAT64 (well-known prefix) or 6to4 address embeds."""
    if ip in _NAT64_WELL_KNOWN:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def _parse_ipv6(text: str) -> IPAddress | None:
    """Parse an IPv6 literal (zone id allowed), unwrapping IPv4 addresses it embeds."""
    address, _, _zone = text.partition("%")
    try:
        ip = ipaddress.IPv6Address(address)
    except ValueError:
        return None
    embedded = _embedded_v4(ip)
    if embedded is not None:
        return embedded
    translated = _translated_v4(ip)
    if translated is not None and not is_public_ip(translated):
        return translated
    return ip


def parse_ip_host(host: str) -> IPAddress | None:
    """Interpret a URL host as an IP address the way C resolvers do; None for DNS names."""
    try:
        text = unicodedata.normalize("NFKC", host).replace("\u3002", ".").lower()
    except TypeError:
        return None
    words = text.split()
    if not words:
        return None
    # inet_aton stops reading at the first whitespace.
    text = words[0]
    if text.startswith("["):
        return _parse_ipv6(text[1:-1]) if text.endswith("]") else None
    if ":" in text:
        return _parse_ipv6(text)
    return _parse_ipv4(text)


def is_public_ip(ip: IPAddress) -> bool:
    """Return whether ip is a globally reachable unicast address that is safe to fetch."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_v4(ip)
        if embedded is not None:
            return is_public_ip(embedded)
        if ip in _NAT64_WELL_KNOWN:
            return is_public_ip(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if ip.scope_id is not None or any(ip in net for net in _BLOCKED_V6):
            return False
    elif any(ip in net for net in _BLOCKED_V4):
        return False
    return ip.is_global and not (
        ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


# ---------------------------------------------------------------------------
# Host names
# ---------------------------------------------------------------------------

_LOCAL_NAMES = frozenset(
    {"localhost", "localhost.localdomain", "metadata.google.internal", "instance-data"}
)
_LOCAL_SUFFIXES = (
    ".localhost",
    ".local",
    ".internal",
    ".localdomain",
    ".home.arpa",
    ".lan",
    ".intranet",
    ".corp",
    ".home",
)
_HOST_NAME_RE = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_NUMERIC_LABEL_RE = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)")


def _strip_dot(host: str) -> str:
    """Return host lower-cased without its one trailing dot."""
    host = host.lower()
    return host.removesuffix(".")


def _is_local_name(host: str) -> bool:
    """Return whether a DNS name only makes sense on a local network (incl. single labels)."""
    name = _strip_dot(host)
    return name in _LOCAL_NAMES or "." not in name or name.endswith(_LOCAL_SUFFIXES)


def _host_name_problem(host: str) -> str | None:
    """Return why host is not a usable DNS name, or None when it is one."""
    name = _strip_dot(host)
    labels = name.split(".")
    if len(name) > 253 or not all(_HOST_NAME_RE.fullmatch(label) for label in labels):
        return "the host name is not valid"
    if _NUMERIC_LABEL_RE.fullmatch(labels[-1]):
        return "the host looks like an IP address but is not a valid one"
    return None


# ---------------------------------------------------------------------------
# Policy
# ---------------------------------------------------------------------------


def _has_unsafe_chars(text: str) -> bool:
    """Return whether text contains whitespace, control or invisible format characters."""
    return any(
        char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in text
    )


def _refuse(url: str, reason: str) -> PortalUnsafeURLError:
    """Build the error for a refused URL, with the URL redacted."""
    return PortalUnsafeURLError(f"Refused the URL {redact_url(url)}: {reason}")


async def _default_resolve(host: str, port: int) -> list[str]:
    """Resolve host with the event loop's getaddrinfo and return the addresses."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


_ALWAYS_BLOCKED_V4 = tuple(
    ipaddress.IPv4Network(net)
    for net in (
        "0.0.0.0/8",
        "169.254.0.0/16",  # link-local, includes cloud metadata 169.254.169.254
        "100.100.100.200/32",  # Alibaba Cloud metadata
        "168.63.129.16/32",  # Azure platform endpoint
        "192.0.0.192/32",  # Oracle Cloud metadata
        "224.0.0.0/4",
        "240.0.0.0/4",
    )
)
_ALWAYS_BLOCKED_V6 = tuple(
    ipaddress.IPv6Network(net)
    for net in (
        "::/128",
        "fe80::/10",  # link-local
        "fec0::/10",
        "fd00:ec2::254/128",  # AWS metadata over IPv6
        "ff00::/8",
    )
)
_METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.com",
        "metadata.tencentyun.com",
    }
)


def is_never_allowed_ip(ip: IPAddress) -> bool:
    """Return whether ip is link-local, cloud metadata or otherwise never a camera.

    No setting allows these: not a local portal, not the extra allowed hosts.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_v4(ip) or _translated_v4(ip)
        if embedded is not None:
            return is_never_allowed_ip(embedded)
        return ip.scope_id is not None or any(ip in net for net in _ALWAYS_BLOCKED_V6)
    return any(ip in net for net in _ALWAYS_BLOCKED_V4)


def _is_metadata_name(host: str) -> bool:
    """Return whether host names a cloud metadata service."""
    return _strip_dot(host) in _METADATA_NAMES


type HostRule = tuple[str, int | None]
"""A host (normalised name or IP address) and a port, or None for every port."""


def host_key(host: str) -> str:
    """Return the form hosts are compared in: the IP address, or the lower-cased name."""
    ip = parse_ip_host(host)
    if ip is not None:
        return str(ip)
    return _strip_dot(host)


def effective_port(url: yarl.URL) -> int | None:
    """Return the port a URL connects to, or None for an unknown scheme."""
    return url.explicit_port or _DEFAULT_PORTS.get(url.scheme)


def parse_host_rule(text: str) -> HostRule:
    """Parse one extra allowed host ("nvr.lan", "192.168.1.20:8080", "[fd00::5]:554").

    Raise ValueError with a short English reason when text is not a host, or names a
    link-local or cloud metadata address (which no setting may allow).
    """
    text = text.strip()
    if not text or _has_unsafe_chars(text) or any(c in text for c in "/?#@\\"):
        raise ValueError("not a host name or address")
    try:
        parsed = yarl.URL(f"http://{text}")
        port = parsed.explicit_port
    except Exception as err:  # yarl raises more than ValueError on odd input
        raise ValueError("not a host name or address") from err
    host = parsed.raw_host
    if not host or (port is not None and not 0 < port < 65536):
        raise ValueError("not a host name or address")
    ip = parse_ip_host(host)
    if ip is None:
        if _host_name_problem(host) is not None:
            raise ValueError("not a host name or address")
        if _is_metadata_name(host):
            raise ValueError("cloud metadata services are never allowed")
    elif is_never_allowed_ip(ip):
        raise ValueError("link-local and cloud metadata addresses are never allowed")
    return host_key(host), port


@dataclass(frozen=True, slots=True)
class UrlPolicy:
    """Which URLs the client may fetch.

    Public hosts are always allowed. Loopback, private and local-name hosts are allowed
    only when listed in ``local_hosts`` (the portal's own configured origins when the
    portal is on the local network, and the user's extra allowed hosts), or, for tools
    such as the command line probe, when ``allow_local`` is set. Link-local and cloud
    metadata addresses are refused whatever the settings.
    """

    allow_local: bool = False
    local_hosts: frozenset[HostRule] = frozenset()

    def is_exempt(self, url: yarl.URL) -> bool:
        """Return whether url's host and port are a local target this policy allows."""
        if self.allow_local:
            return True
        host = url.raw_host
        if not host or not self.local_hosts:
            return False
        key = host_key(host)
        return (key, None) in self.local_hosts or (key, effective_port(url)) in self.local_hosts

    def check(self, url: str) -> yarl.URL:
        """Check url without resolving its host and return it parsed; raise if refused."""
        if len(url) > _MAX_URL_LENGTH:
            raise _refuse(url, "the URL is too long")
        if _has_unsafe_chars(url):
            raise _refuse(url, "the URL contains whitespace or control characters")
        if "\\" in url.partition("?")[0].partition("#")[0]:
            raise _refuse(url, "the URL contains a backslash")
        try:
            parsed = yarl.URL(url)
            port = parsed.explicit_port
        except Exception as err:  # yarl also raises IndexError on some malformed hosts
            raise _refuse(url, "the URL cannot be parsed") from err
        if parsed.scheme not in ALLOWED_SCHEMES:
            raise _refuse(url, "only http, https, rtsp and rtsps URLs are allowed")
        host = parsed.raw_host
        if not host:
            raise _refuse(url, "the URL has no host")
        if port is not None and not 0 < port < 65536:
            raise _refuse(url, "the port is not valid")
        ip = parse_ip_host(host)
        if ip is not None:
            if is_never_allowed_ip(ip):
                raise _refuse(url, "link-local and cloud metadata addresses are never allowed")
            if not is_public_ip(ip) and not self.is_exempt(parsed):
                raise _refuse(url, "the address is not a public internet address")
            return parsed
        problem = _host_name_problem(host)
        if problem is not None:
            raise _refuse(url, problem)
        if _is_metadata_name(host):
            raise _refuse(url, "cloud metadata services are never allowed")
        if _is_local_name(host) and not self.is_exempt(parsed):
            raise _refuse(url, "the host name is a local network name")
        return parsed

    async def addresses(
        self, url: str, resolve: Resolver | None = None
    ) -> tuple[yarl.URL, tuple[str, ...] | None]:
        """Check url and return it with the checked addresses to connect to.

        The addresses are None when the host is an IP literal or an allowed local host
        (connect to it by name); otherwise every address the name resolves to has been
        checked, and the caller must connect to these and no others.
        """
        parsed = self.check(url)
        host = parsed.raw_host
        if host is None or parse_ip_host(host) is not None or self.is_exempt(parsed):
            return parsed, None
        port = effective_port(parsed) or 0
        answers = await (resolve or _default_resolve)(host, port)
        if not answers:
            raise _refuse(url, "the host name resolves to no address")
        checked: list[str] = []
        for address in answers:
            ip = parse_ip_host(address)
            if ip is None or not is_public_ip(ip):
                raise _refuse(url, "the host name resolves to a non-public address")
            if str(ip) not in checked:
                checked.append(str(ip))
        return parsed, tuple(checked)

    async def check_resolved(self, url: str, resolve: Resolver | None = None) -> yarl.URL:
        """Check url, then refuse it when its host name resolves to any non-public address."""
        parsed, _ = await self.addresses(url, resolve)
        return parsed

    @classmethod
    def for_portal(
        cls,
        portal_urls: Iterable[str],
        *,
        allow_local: bool = False,
        extra_hosts: Iterable[str] = (),
    ) -> UrlPolicy:
        """Return the policy for a portal.

        A portal's own origins (host and port of each configured URL) are allowed when
        they are local, or all of them when ``allow_local`` says the portal is on the
        local network (a public name that resolves to a private address there). Nothing
        else local is allowed, except the ``extra_hosts`` the user lists; entries that
        cannot be parsed are ignored here (the configuration forms refuse them).
        """
        rules: set[HostRule] = set()
        for url in portal_urls:
            try:
                parsed = yarl.URL(url)
                port = effective_port(parsed)
            except Exception:  # noqa: BLE001, S112 - yarl raises more than ValueError
                continue  # not a URL: nothing to allow
            host = parsed.raw_host
            if not host or port is None:
                continue
            ip = parse_ip_host(host)
            if ip is not None and is_never_allowed_ip(ip):
                continue
            local = not is_public_ip(ip) if ip is not None else _is_local_name(host)
            if allow_local or local:
                rules.add((host_key(host), port))
        for entry in extra_hosts:
            try:
                rules.add(parse_host_rule(entry))
            except ValueError:
                continue
        return cls(local_hosts=frozenset(rules))


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
    return pieces * 4 > sum(len(part) for part in parts) + 4 * (len(parts) - 1)


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
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        name, equals, value = piece.partition("=")
        if not equals:
            if _looks_like_token(unquote_plus(piece)):
                pieces[index] = _REDACTED
        elif value and _is_secret_name(unquote_plus(name)):
            pieces[index] = f"{name}={_REDACTED}"
        else:
            pieces[index] = f"{name}={_redact_value(value, depth)}"
    return "".join(pieces)


def _redact_path(path: str) -> str:
    """Replace token-looking path segments (JWTs, Shinobi API keys) in a raw path."""
    segments = path.split("/")
    for index, segment in enumerate(segments):
        text = unquote(segment)
        if looks_like_secret(text):
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
    parsed = yarl.URL(url)
    port = parsed.explicit_port
    scheme = f"{parsed.scheme}:" if parsed.scheme else ""
    path = parsed.raw_path
    host = parsed.raw_host
    if host is None:
        out = scheme
    else:
        userinfo = parsed.raw_user is not None or parsed.raw_password is not None
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


# ---------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------

_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
_MJPEG_SUFFIXES = (".mjpg", ".mjpeg")


@dataclass(frozen=True, slots=True)
class _MediaUrl:
    """The parts of a media URL that classification looks at, lower-cased."""

    scheme: str
    path: str
    query: str
    params: dict[str, str]


def _media_url(url: str) -> _MediaUrl | None:
    """Split url for classification; None when it cannot be parsed."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    params: dict[str, str] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        params.setdefault(name.lower(), value.lower())
    return _MediaUrl(
        scheme=parts.scheme.lower(),
        path=unquote(parts.path).lower(),
        query=unquote_plus(parts.query).lower(),
        params=params,
    )


def _is_hls(media: _MediaUrl) -> bool:
    """Return whether the parts describe an HLS playlist."""
    return media.path.endswith(".m3u8") or (
        "/hls/" in media.path and media.path.endswith("playlist")
    )


def _is_mjpeg(media: _MediaUrl) -> bool:
    """Return whether the parts describe an MJPEG (multipart) stream."""
    if "nph-zms" in media.path:
        return media.params.get("mode", "jpeg") == "jpeg"
    return (
        media.path.endswith(_MJPEG_SUFFIXES)
        or "/mjpeg" in media.path
        or "video.cgi" in media.path
        or "faststream" in media.path
        or media.params.get("action") == "stream"
    )


def is_hls_url(url: str) -> bool:
    """Return whether url points to an HLS playlist (.m3u8, or a /hls/ playlist)."""
    media = _media_url(url)
    return media is not None and _is_hls(media)


def is_mjpeg_url(url: str) -> bool:
    """Return whether url points to an MJPEG stream (ZoneMinder, .mjpg, video.cgi, ...)."""
    media = _media_url(url)
    return media is not None and _is_mjpeg(media)


def is_image_url(url: str) -> bool:
    """Return whether url points to a still image (by extension or known still endpoint)."""
    media = _media_url(url)
    if media is None or _is_hls(media) or _is_mjpeg(media):
        return False
    if "nph-zms" in media.path:
        return media.params.get("mode") == "single"
    return (
        media.path.endswith(_IMAGE_SUFFIXES)
        or "snapshot" in media.path
        or "/previews/" in media.path
        or (media.path.endswith(".cgi") and "snap" in media.query)
        or media.params.get("action") == "snapshot"
    )


def is_stream_url(url: str) -> bool:
    """Return whether url is a video stream a player can open (HLS, DASH or RTSP)."""
    media = _media_url(url)
    if media is None:
        return False
    return media.scheme in {"rtsp", "rtsps"} or _is_hls(media) or media.path.endswith(".mpd")
