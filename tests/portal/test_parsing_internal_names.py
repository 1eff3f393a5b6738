"""Names that spell a loopback address are internal; public look-alikes stay public.

``is_internal_host`` tells the machine's own or its cloud's hosts (a site's own proxy
route handed one is no camera's media). Wildcard DNS services answer a name with the
address its labels spell, and ``*.localhost`` is loopback by RFC 6761: the name-level
check reads those spellings with bounded string work and no DNS.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.fieldurls import own_proxy_to_internal
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.policy import (
    is_internal_host,
    is_never_allowed_host,
    is_public_host,
)

BASE = "https://cctv.kutim.example/api/cameras"

LOOPBACK_NAMES = [
    "127-0-0-1.sslip.io",  # dashed
    "app-127-0-0-1.sslip.io",  # dashed after a prefix
    "127.0.0.1.nip.io",  # dotted
    "cam.127.0.0.1.nip.io",
    "127.0.0.1.NIP.IO.",  # case and the trailing dot
    "7f000001.nip.io",  # hex
    "app-7f000001.sslip.io",
    "--1.sslip.io",  # IPv6 ::1, dashed
    "0--1.sslip.io",
    "localtest.me",  # loopback wildcard domains
    "cam.localtest.me",
    "app.traefik.me",  # a loopback service's name spelling no address
    "cam.localhost",  # RFC 6761: every name under localhost
    "nvr.cam.LOCALHOST.",
    "localhost",
]


@pytest.mark.parametrize("host", LOOPBACK_NAMES)
def test_loopback_spelling_names_are_internal_and_not_public(host: str) -> None:
    assert is_internal_host(host) is True
    assert is_public_host(host) is False


@pytest.mark.parametrize(
    "host", ["169-254-169-254.sslip.io", "169.254.169.254.nip.io", "a9fea9fe.nip.io"]
)
def test_metadata_spelling_names_are_internal_and_never_allowed(host: str) -> None:
    assert is_internal_host(host) is True
    assert is_never_allowed_host(host) is True


@pytest.mark.parametrize(
    "host", ["10.0.0.5.nip.io", "0a000005.nip.io", "192-168-1-5.sslip.io", "cam-10-0-0-5.nip.io"]
)
def test_private_spelling_names_are_a_lan_cameras_not_internal(host: str) -> None:
    """A private address spelled so is as the address itself: local, not internal."""
    assert is_internal_host(host) is False
    assert is_internal_host("10.0.0.5") is False
    assert is_public_host(host) is False


@pytest.mark.parametrize(
    "host",
    [
        "sslip.io",  # the service's own names spell nothing
        "nip.io",
        "cctv-10.example",
        "127th-street.example",
        "127-0-0-1.kutim.example",  # no wildcard DNS service: an ordinary name
        "127.0.0.1.example.com",
        "7f000001.example.com",
        "127th-street.nip.io",  # under a service, but spelling no address
        "8.8.8.8.nip.io",  # a public address spelled so
        "app-8-8-8-8.sslip.io",
        "localhost-cams.example",
        "notlocalhost.example",
        "cam.localhostx",
    ],
)
def test_public_look_alikes_stay_public(host: str) -> None:
    assert is_internal_host(host) is False
    assert is_public_host(host) is True


def test_long_names_are_bounded() -> None:
    long_name = "a" * 5000 + ".127-0-0-1.sslip.io"
    assert is_internal_host(long_name) is False  # past 253 characters: no resolver answers
    assert is_public_host(long_name) is False
    assert is_internal_host("x." * 100 + "127.0.0.1.nip.io") is True


@pytest.mark.parametrize(
    "host", ["127-0-0-1.sslip.io", "127.0.0.1.nip.io", "cam.localhost", "7f000001.nip.io"]
)
def test_own_proxy_handed_a_loopback_name_is_internal(host: str) -> None:
    route = f"https://cctv.kutim.example/hls-proxy?src=http://{host}/live/1.m3u8"
    assert own_proxy_to_internal(route, BASE) is True
    lan = "https://cctv.kutim.example/hls-proxy?src=http://10.0.0.5.nip.io/live/1.m3u8"
    assert own_proxy_to_internal(lan, BASE) is False


@pytest.mark.parametrize("host", ["127-0-0-1.sslip.io", "127.0.0.1.nip.io", "cam.localhost"])
def test_own_proxy_route_handed_a_loopback_name_is_no_stream(host: str) -> None:
    records = [
        {"id": n, "name": f"Cam {n}", "stream_url": f"/hls-proxy?src=http://{host}/live/{n}.m3u8"}
        for n in (1, 2)
    ] + [{"id": 3, "name": "Cam 3", "stream_url": "https://cams.example.org/live/3.m3u8"}]
    cameras = parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras
    streams = [camera.stream_url for camera in cameras if camera.stream_url]
    assert streams == ["https://cams.example.org/live/3.m3u8"]
