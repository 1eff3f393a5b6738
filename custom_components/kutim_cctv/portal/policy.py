"""URL policy: which hosts and addresses the client may fetch.

Portals hand out URLs that the client will fetch (stream manifests, stills, wake-up
calls). Those URLs are untrusted input: a hostile or compromised portal could point the
client at the loopback interface, the local network or a cloud metadata service. The
policy here refuses such targets; a portal on the local network may reach its own
configured origins and the hosts the user lists, never link-local or metadata addresses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
import ipaddress
import re
import socket
import unicodedata

import yarl

from .errors import PortalUnsafeURLError
from .redact import _MAX_URL_LENGTH, _has_unsafe_chars, redact_url
from .urls import hides_login

__all__ = [
    "ALLOWED_SCHEMES",
    "HostRule",
    "UrlPolicy",
    "effective_port",
    "host_key",
    "is_device_ip",
    "is_documentation_ip",
    "is_never_allowed_host",
    "is_never_allowed_ip",
    "is_public_host",
    "is_public_ip",
    "parse_host_rule",
    "parse_ip_host",
]

type IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
type Resolver = Callable[[str, int], Awaitable[list[str]]]

ALLOWED_SCHEMES: frozenset[str] = frozenset({"http", "https", "rtsp", "rtsps"})

_DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443, "rtsp": 554, "rtsps": 322}

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
# Public loopback wildcard DNS domains: the domain and every name under it answer
# 127.0.0.1. The list is best-effort (the fetch-time resolver check is the guard); any
# name whose first label is ``localhost`` (the ``localhost.<domain>`` zone convention,
# ``localhost.direct``) is loopback without being listed.
_LOOPBACK_DOMAINS = frozenset(
    {
        *("localtest.me", "lvh.me", "vcap.me", "localho.st", "lacolhost.com", "local.gd"),
        *("localhost.direct", "fuf.me", "smackaho.st", "yoogle.com"),
    }
)
_MAX_LOOPBACK_DOMAIN_LABELS = 3


def _is_loopback_domain_name(name: str) -> bool:
    """Return whether a name is a loopback wildcard domain, a name under one or ``localhost.…``."""
    labels = name.split(".")
    if labels[0] == "localhost":
        return True
    return any(
        ".".join(labels[-count:]) in _LOOPBACK_DOMAINS
        for count in range(2, min(len(labels), _MAX_LOOPBACK_DOMAIN_LABELS) + 1)
    )


_HOST_NAME_RE = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_NUMERIC_LABEL_RE = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)")


def _strip_dot(host: str) -> str:
    """Return host lower-cased without its one trailing dot."""
    host = host.lower()
    return host.removesuffix(".")


# Wildcard DNS services answer a name with the IPv4 address its labels spell, dotted
# (10.1.2.3.nip.io) or dashed (app-10-1-2-3.sslip.io, 0a010203.nip.io); the loopback
# services answer every other name with 127.0.0.1.
_WILDCARD_DNS_SUFFIXES = (".nip.io", ".sslip.io", ".xip.io", ".traefik.me", ".localtest.me")
_LOOPBACK_DNS_SUFFIXES = (".traefik.me", ".localtest.me")
_DECIMAL_OCTET_RE = re.compile(r"[0-9]{1,3}")
_DASHED_V4_RE = re.compile(r"(?<![0-9])(?=([0-9]{1,3}(?:-[0-9]{1,3}){3})(?![0-9]))")
_HEX_V4_RE = re.compile(r"(?:^|-)([0-9a-f]{8})$")
_DASHED_V6_RE = re.compile(r"[0-9a-f-]*--[0-9a-f-]*|[0-9a-f]{1,4}(?:-[0-9a-f]{1,4}){7}")


def _dotted_octets(octets: list[str]) -> list[IPAddress]:
    """Return the addresses four octet labels spell, read as decimal and as inet_aton."""
    if not all(_DECIMAL_OCTET_RE.fullmatch(octet) for octet in octets):
        return []
    spelled: list[IPAddress] = []
    if all(int(octet) <= 255 for octet in octets):
        spelled.append(ipaddress.IPv4Address(".".join(str(int(octet)) for octet in octets)))
    aton = _parse_ipv4(".".join(octets))
    if aton is not None:
        spelled.append(aton)
    return spelled


def _spelled_addresses(labels: list[str]) -> list[IPAddress]:
    """Return the IP addresses the labels of a wildcard DNS name spell."""
    spelled: list[IPAddress] = []
    for start in range(len(labels) - 3):
        spelled.extend(_dotted_octets(labels[start : start + 4]))
    for label in labels:
        for match in _DASHED_V4_RE.finditer(label):
            spelled.extend(_dotted_octets(match.group(1).split("-")))
        hexed = _HEX_V4_RE.search(label)
        if hexed is not None:
            spelled.append(ipaddress.IPv4Address(int(hexed.group(1), 16)))
        if _DASHED_V6_RE.fullmatch(label):
            ip = _parse_ipv6(label.replace("-", ":"))
            if ip is not None:
                spelled.append(ip)
    return spelled


@dataclass(frozen=True, slots=True)
class _WildcardName:
    """What a wildcard DNS name answers: the addresses it spells, or a loopback service's."""

    spelled: list[IPAddress]
    loopback_service: bool


def _wildcard_name(name: str) -> _WildcardName | None:
    """Return what a lower-cased wildcard DNS name (no trailing dot) spells, else None.

    The one scan behind ``_is_wildcard_local_name``, ``is_never_allowed_host`` and
    ``_is_loopback_name``: None for a name under no wildcard service, and for one longer
    than any resolver answers (253 characters), whose labels are never scanned.
    """
    suffix = next((s for s in _WILDCARD_DNS_SUFFIXES if name.endswith(s)), None)
    if suffix is None or len(name) > 253:
        return None
    spelled = _spelled_addresses(name.removesuffix(suffix).split("."))
    return _WildcardName(spelled, suffix in _LOOPBACK_DNS_SUFFIXES)


def _is_wildcard_local_name(name: str) -> bool:
    """Return whether a wildcard DNS name answers with a local address.

    A name under one of these services resolves to the IPv4 address its labels spell;
    it is local when any spelled address is not public (10.1.2.3.nip.io,
    192-168-1-5.sslip.io), or when a loopback service answers a name that spells none.
    A public address spelled so (8.8.8.8.nip.io) stays public.
    """
    if len(name) > 253 and name.endswith(_WILDCARD_DNS_SUFFIXES):
        return True  # no resolver answers it; nothing public to reach
    if (wildcard := _wildcard_name(name)) is None:
        return False
    if any(not is_public_ip(ip) for ip in wildcard.spelled):
        return True
    return not wildcard.spelled and wildcard.loopback_service


def _is_local_name(host: str) -> bool:
    """Return whether a DNS name only makes sense on a local network (incl. single labels).

    Wildcard DNS names spelling a local address count too (``10.1.2.3.nip.io``).
    """
    name = _strip_dot(host)
    return (
        name in _LOCAL_NAMES
        or "." not in name
        or name.endswith(_LOCAL_SUFFIXES)
        or _is_loopback_domain_name(name)
        or _is_wildcard_local_name(name)
    )


def is_public_host(host: str | None) -> bool:
    """Return whether a URL's host is on the internet: a public IP or a DNS name of it.

    Private, loopback and link-local addresses and local names (``.local``, single
    labels) are not; neither is a missing host.
    """
    if not host:
        return False
    if len(host) <= _MAX_MEMO_HOST:
        return _memo_public_host(host)
    return _public_host(host)


def _public_host(host: str) -> bool:
    """Tell whether a host is public (see is_public_host)."""
    ip = parse_ip_host(host)
    return is_public_ip(ip) if ip is not None else not _is_local_name(host)


# Hosts up to this long are judged once each (the memo is bounded): a list's records and
# a page's links name a few hosts many times.
_MAX_MEMO_HOST = 300
_memo_public_host = lru_cache(maxsize=1024)(_public_host)


_DOCUMENTATION_NETS = tuple(
    ipaddress.ip_network(net)
    for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


def is_documentation_ip(host: str | None) -> bool:
    """Return whether a host is an IP address of a documentation range (RFC 5737, 3849).

    Such an address is refused as any reserved one, but examples and exports written
    from them stand it in for a public address: a device's own address it is not.
    """
    ip = parse_ip_host(host) if host else None
    return ip is not None and any(ip.version == n.version and ip in n for n in _DOCUMENTATION_NETS)


def is_device_ip(host: str | None) -> bool:
    """Return whether a URL's host is a private, loopback or link-local IP address.

    Such an address is a device's own on some local network (a camera, a recorder's
    input); a local DNS name (``cam.local``) is none: ``is_public_host`` tells those.
    """
    ip = parse_ip_host(host) if host else None
    return ip is not None and not is_public_ip(ip)


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


def is_never_allowed_host(host: str | None) -> bool:
    """Return whether a URL's host is link-local or a cloud metadata service.

    That is such an IP address in any spelling, a metadata service's name, or a wildcard
    DNS name spelling such an address (``169-254-169-254.sslip.io``): no setting allows
    these, and no answer's camera is on one.
    """
    if not host:
        return False
    ip = parse_ip_host(host)
    if ip is not None:
        return is_never_allowed_ip(ip)
    name = _strip_dot(host)
    if name in _METADATA_NAMES:
        return True
    wildcard = _wildcard_name(name)
    return wildcard is not None and any(is_never_allowed_ip(ip) for ip in wildcard.spelled)


def _is_loopback_name(name: str) -> bool:
    """Return whether a lower-cased DNS name (no trailing dot) answers with loopback.

    That is ``localhost`` and every name under it (RFC 6761: ``cam.localhost``), a
    loopback wildcard domain or ``localhost.<domain>`` (``localtest.me``), a wildcard
    DNS name spelling a loopback address (``127-0-0-1.sslip.io``, ``127.0.0.1.nip.io``,
    ``7f000001.nip.io``) and a loopback service's name spelling no address
    (``app.traefik.me``). String work only, bounded by the name's length (no DNS).
    """
    if name == "localhost" or name.endswith(".localhost") or _is_loopback_domain_name(name):
        return True
    if (wildcard := _wildcard_name(name)) is None:
        return False
    if any(ip.is_loopback for ip in wildcard.spelled):
        return True
    return not wildcard.spelled and wildcard.loopback_service


def is_internal_host(host: str | None) -> bool:
    """Return whether a host is link-local, a cloud metadata service or loopback.

    Such a host is the machine's own or its cloud's: never a camera anyone relays. A
    DNS name counts by what it spells (``_is_loopback_name``: ``127-0-0-1.sslip.io``,
    ``cam.localhost``); a name spelling a private address (``10.0.0.5.nip.io``) is a
    LAN camera's as the address itself is, not internal (``is_public_host`` refuses
    both).
    """
    if not host or is_never_allowed_host(host):
        return bool(host)
    ip = parse_ip_host(host)
    if ip is not None:
        return ip.is_loopback
    return _is_loopback_name(_strip_dot(host))


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
        if "@" in url and hides_login(url):
            raise _refuse(url, "the URL's login holds delimiter characters that hide its host")
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
            local = not is_public_host(host)
            if allow_local or local:
                rules.add((host_key(host), port))
        for entry in extra_hosts:
            try:
                rules.add(parse_host_rule(entry))
            except ValueError:
                continue
        return cls(local_hosts=frozenset(rules))
