"""Addresses written without a scheme, read after holdout 35.

Some exports write their pictures' and streams' addresses from the host name on,
without ``https://`` (a Calle 30 style ``<URL>www.mc30.example/xml-data/…/X.jpg</URL>``,
a CSV column ``stills.coastcams.example.org/wc-1/latest.jpg``). Such a value is the
https address on that host, not a path beside the list: a dotted host name whose last
label is a top-level domain's (a generic one, a reserved one such as ``example``, or a
country's two letters), an optional port, then ``/``.

Relative paths stay relative: a first segment without a dot (``img/cam.1.jpg``), a file
name with no ``/`` after it (``camera.jpg``, ``www.x.com``), a dotted first segment whose
last label is no top-level domain (``lib.js/``, ``v1.2/``) and paths starting with ``.``
or ``/``.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.fieldurls import looks_like_url, resolve_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://data.city.example/traffic/cameras.json"


def parse(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal reads it."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE).cameras


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "www.mc30.example/xml-data/a/09NC39TV01.jpg",
            "https://www.mc30.example/xml-data/a/09NC39TV01.jpg",
        ),
        ("cams.city.gov:8080/snap/2.jpg", "https://cams.city.gov:8080/snap/2.jpg"),
        ("media.harbour.co.uk/live/a/index.m3u8", "https://media.harbour.co.uk/live/a/index.m3u8"),
        ("trafico.ayto.es/camaras/TV-1.jpg?t=1", "https://trafico.ayto.es/camaras/TV-1.jpg?t=1"),
    ],
)
def test_host_without_scheme_is_https_on_that_host(value: str, expected: str) -> None:
    """A value starting with a host name and ``/`` is the https address on that host."""
    assert resolve_url(value, BASE) == expected
    assert looks_like_url(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("img/cam.1.jpg", "https://data.city.example/traffic/img/cam.1.jpg"),
        ("camera.jpg", "https://data.city.example/traffic/camera.jpg"),
        ("www.x.com", "https://data.city.example/traffic/www.x.com"),
        ("lib.js/cam.jpg", "https://data.city.example/traffic/lib.js/cam.jpg"),
        ("v1.2/cam.jpg", "https://data.city.example/traffic/v1.2/cam.jpg"),
        ("./snap.v2/cam.jpg", "https://data.city.example/traffic/snap.v2/cam.jpg"),
        ("/img/cam.1.jpg", "https://data.city.example/img/cam.1.jpg"),
    ],
)
def test_relative_paths_stay_relative(value: str, expected: str) -> None:
    """Relative paths and file names with dots are resolved against the list's address."""
    assert resolve_url(value, BASE) == expected


@pytest.mark.parametrize(
    "value", ["img/cam.1.jpg", "camera.jpg", "Jl. Sudirman/Km 3", "St.Louis/Downtown"]
)
def test_relative_values_and_labels_are_not_urls(value: str) -> None:
    """Relative paths, names and labels with a dot and a slash are not written like URLs."""
    assert not looks_like_url(value)


def test_login_before_a_host_without_scheme_is_not_copied() -> None:
    """A login written before a scheme-less host never reaches an address."""
    url = resolve_url("admin:RahasiaKutim1@cams.city.gov/snap.jpg", BASE)
    assert url is None or "RahasiaKutim1" not in url


def test_xml_list_with_scheme_less_picture_addresses() -> None:
    """An XML camera list whose URL element omits the scheme gives https pictures."""
    xml = (
        "<Camaras>"
        "<Camara><Posicion><Latitud>40.40</Latitud><Longitud>-3.66</Longitud></Posicion>"
        "<Nombre>09NC39TV01</Nombre><URL>www.mc30.example/img/09NC39TV01.jpg</URL></Camara>"
        "<Camara><Posicion><Latitud>40.41</Latitud><Longitud>-3.73</Longitud></Posicion>"
        "<Nombre>04FT92TV01</Nombre><URL>www.mc30.example/img/04FT92TV01.jpg</URL></Camara>"
        "</Camaras>"
    )
    cameras = parse(xml)
    assert [c.snapshot_url for c in cameras] == [
        "https://www.mc30.example/img/09NC39TV01.jpg",
        "https://www.mc30.example/img/04FT92TV01.jpg",
    ]


def test_json_list_keeps_relative_pictures_beside_the_list() -> None:
    """In one list, a scheme-less host is read as a host and a relative path as a path."""
    doc = {
        "cameras": [
            {"id": "a", "name": "North gate", "image": "cams.city.example/img/a.jpg"},
            {"id": "b", "name": "South gate", "image": "img/b.v2.jpg"},
        ]
    }
    cameras = parse(json.dumps(doc))
    assert [c.snapshot_url for c in cameras] == [
        "https://cams.city.example/img/a.jpg",
        "https://data.city.example/traffic/img/b.v2.jpg",
    ]
