"""Device connection records: a recorder's input is never a viewer's media.

A recorder or camera manager lists the cameras it pulls from with the settings it uses
to reach each one: the device's own address (``ip``, ``ip_address``, ``host``) or the
login it connects with (``username``/``password``, ``onvif_username``/``onvif_password``,
even when left empty). Such a record is a device's configuration, and an address of it
on a local network (``rtsp://192.168.1.102:554/stream1``) is what the recorder connects
to inside that network. Served from a public host, no viewer can load it: it is no
media, and a camera with nothing else to watch is not listed. A list served from the
local network itself (the user's own recorder) keeps reading its neighbours' addresses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import ipaddress
import itertools
from urllib.parse import urlsplit

from .policy import is_public_host, parse_ip_host
from .values import JSONValue

__all__ = ["connection_record", "lan_address"]

# Networks only a local network reaches: private use, shared (carrier-grade NAT),
# loopback, link-local and unique-local. Documentation ranges are not among them.
_LAN_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)

# Fields naming the device's own network address.
_ADDRESS_KEYS = frozenset(
    {"ip", "ip_address", "ipaddress", "ip_addr", "device_ip", "camera_ip", "cam_ip", "host"}
    | {"hostname", "host_ip", "ip_camera", "ip_kamera", "alamat_ip"}
)
# Last words of fields holding the login a device is reached with.
_LOGIN_WORDS = frozenset(
    {"username", "password", "passwd", "user", "pass", "login", "credentials", "credential"}
)
_MAX_KEYS = 128


def _host(url: str) -> str | None:
    try:
        return urlsplit(url[:2048]).hostname
    except ValueError:
        return None


def _lan_ip(text: str | None) -> bool:
    """Return True for an IP literal on a local network (private, loopback, link-local)."""
    ip = parse_ip_host(text) if text else None
    if ip is None:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip.version == net.version and ip in net for net in _LAN_NETWORKS)


def lan_address(url: str, base_url: str) -> bool:
    """Return True for an address on a local network named by an answer from a public host."""
    return _lan_ip(_host(url)) and is_public_host(_host(base_url))


def connection_record(index: Mapping[str, JSONValue], own: Iterable[str]) -> bool:
    """Return True for a device's connection settings: its own LAN address or its login.

    An address field counts when it holds a LAN IP address (``ip: "10.8.4.15"``); a
    login field (``onvif_username``, ``password``, a ``credentials`` object) counts by
    its name alone, set or not. Only the record's own fields count: a nested object's
    address (``stream.host``) is not the record's.
    """
    for key in itertools.islice(own, _MAX_KEYS):
        if key in _ADDRESS_KEYS:
            value = index.get(key)
            if isinstance(value, str) and _lan_ip(value.strip()):
                return True
        elif key.rsplit("_", 1)[-1] in _LOGIN_WORDS:
            return True
    return False
