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
import itertools
import re
from urllib.parse import urlsplit

from .policy import is_device_ip, is_documentation_ip, is_never_allowed_host, is_public_host
from .urls import without_delimiter_login
from .values import JSONValue

__all__ = ["connection_record", "forbidden_address", "lan_address"]

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


def lan_address(url: str, base_url: str) -> bool:
    """Return True for an address no viewer reaches named by an answer from a public host.

    That is any host ``policy.is_public_host`` refuses: a private, shared, loopback,
    link-local, unspecified, benchmark or other reserved IP address, or a local name
    (``cam6.local``, a single label); a documentation-range address stands in for a
    public one.
    """
    read = without_delimiter_login(url)
    if read is None:
        # A login with delimiters that may hide a host of either reading: none is sure.
        return is_public_host(_host(base_url))
    host = _host(read)
    if not host or is_public_host(host) or is_documentation_ip(host):
        return False
    return is_public_host(_host(base_url))


def forbidden_address(url: str, base_url: str) -> bool:
    """Return True for a link-local or cloud metadata address named by a public answer.

    Such an address (``http://169.254.169.254/latest/…``, ``metadata.google.internal``)
    is never a camera's media, whatever the answer's other addresses; a login written
    with delimiters counts on either reading of its host.
    """
    if not is_public_host(_host(base_url)):
        return False
    read = without_delimiter_login(url)
    if read is not None:
        return is_never_allowed_host(_host(read))
    after = re.split(r"[/?#\\]", url[:2048].split("://", 1)[-1].rsplit("@", 1)[-1], maxsplit=1)[0]
    return is_never_allowed_host(_host(url)) or is_never_allowed_host(_host(f"http://{after}/"))


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
            text = value.strip() if isinstance(value, str) else ""
            if is_device_ip(text) and not is_documentation_ip(text):
                return True
        elif key.rsplit("_", 1)[-1] in _LOGIN_WORDS:
            return True
    return False
