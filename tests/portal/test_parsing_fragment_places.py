"""Positions inside records' HTML fragment fields (map links, pins, labelled text)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.fragmentplaces import (
    fragment_place,
    shared_fragment_places,
)
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import _place_pair

BASE = "https://lalin.kutim.example/api/cctv"


def _cams(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _record(name: str, field: str, fragment: str, **more: object) -> dict[str, object]:
    return {
        "nama": name,
        "snapshot": f"https://lalin.kutim.example/foto/{name.lower().replace(' ', '-')}.jpg",
        field: fragment,
        **more,
    }


def _positions(cameras: tuple[Camera, ...]) -> list[tuple[float | None, float | None]]:
    return [(camera.latitude, camera.longitude) for camera in cameras]


# --- What is taken --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "place"),
    [
        # A traveller site's county link (relative, on the portal's own map page).
        (
            '<a href="/MiDrive/map?constZoom=true&lat=0.50233&lon=117.5231&zoom=15">Sangatta</a>',
            (0.50233, 117.5231),
        ),
        # The same written with HTML entities between its query parts.
        ('<a href="/peta?lat=0.50233&amp;lng=117.5231">Peta</a>', (0.50233, 117.5231)),
        # A DataTables map column.
        (
            (
                '<a href="https://maps.google.com/?q=0.49561,117.53877" target="_blank">'
                '<img src="/svg/pin.svg"></a>'
            ),
            (0.49561, 117.53877),
        ),
        # A Google Maps place link's @lat,lng.
        (
            (
                "<a href='https://www.google.com/maps/place/Simpang+Kabo/@0.41236,117.51877,17z'>"
                "Peta</a>"
            ),
            (0.41236, 117.51877),
        ),
        # An OpenStreetMap link's mlat/mlon.
        (
            '<a href="https://www.openstreetmap.org/?mlat=0.92418&mlon=117.8612#map=17">OSM</a>',
            (0.92418, 117.8612),
        ),
        # A pin element's data attributes.
        ('<div class="pin" data-lat="0.88204" data-lng="117.71935"></div>', (0.88204, 117.71935)),
        ('<span data-latitude="-0.5012" data-longitude="117.501"></span>', (-0.5012, 117.501)),
        # Labelled text in a popup.
        ("<b>Bendung</b><br>Lat: 0.51379<br>Lng: 117.51644", (0.51379, 117.51644)),
        ("<p>Latitude: 0.74805, Longitude: 117.77312</p>", (0.74805, 117.77312)),
    ],
)
def test_fragment_place_reads(fragment: str, place: tuple[float, float]) -> None:
    assert fragment_place({"popup": fragment}) == place


def test_camera_list_takes_fragment_positions() -> None:
    cameras = _cams(
        [
            _record("Simpang Tiga", "county", '<a href="/map?lat=0.50233&lon=117.5231">SU</a>'),
            _record("Simpang Kabo", "county", '<a href="/map?lat=0.41236&lon=117.51877">SS</a>'),
        ]
    )
    assert _positions(cameras) == [(0.50233, 117.5231), (0.41236, 117.51877)]


def test_own_position_comes_first() -> None:
    cameras = _cams(
        [
            _record(
                "Simpang Tiga",
                "map",
                '<a href="https://maps.google.com/?q=0.6,117.6001">Peta</a>',
                lat=0.50233,
                lng=117.5231,
            ),
            _record(
                "Simpang Kabo",
                "map",
                '<a href="https://maps.google.com/?q=0.41236,117.51877">x</a>',
            ),
        ]
    )
    assert _positions(cameras) == [(0.50233, 117.5231), (0.41236, 117.51877)]


# --- Near-misses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    [
        # News or remarks with numbers, unlabelled.
        "<p>Tinggi muka air 2.145 m, debit 117.25 m3/detik, 0.512 km dari jembatan</p>",
        "<p>Ramai: 1.250 pengunjung, suhu 31.500 derajat</p>",
        # Short fractions are no fix.
        '<a href="https://maps.google.com/?q=0.5,117.5">Peta</a>',
        # A map link on a private network or loopback host.
        '<a href="http://192.168.10.5/peta/?q=0.51022,117.54981">Peta</a>',
        '<a href="http://localhost/maps?q=0.51022,117.54981">Peta</a>',
        # A link with credentials.
        '<a href="https://admin:rahasia@maps.kutim.example/?q=0.51022,117.54981">Peta</a>',
        # A link that names no map (a weather API, a news article's query).
        '<a href="https://cuaca.kutim.example/api?lat=0.51022&lon=117.54981">Cuaca</a>',
        '<a href="/berita/banjir?q=0.51022,117.54981">Berita</a>',
        # Out of degree ranges, and the null island.
        '<div data-lat="95.12345" data-lng="117.54981"></div>',
        '<a href="https://maps.google.com/?q=0.000,0.000">Peta</a>',
        # A data-lat without its longitude.
        '<div data-lat="0.51022"></div>',
        # A latitude label far from its longitude's.
        "<p>Lat: 0.51379 dan jalan ke hulu sepanjang beberapa kilometer Lng: 117.51644</p>",
        # Escaped markup is no fragment.
        "&lt;div data-lat=&quot;0.51022&quot; data-lng=&quot;117.54981&quot;&gt;",
        # Another scheme than the web's.
        '<a href="geo:0.51022,117.54981">Peta</a>',
    ],
)
def test_fragment_place_refuses(fragment: str) -> None:
    assert fragment_place({"popup": fragment}) is None


def test_plain_text_field_without_markup_is_not_read() -> None:
    assert fragment_place({"keterangan": "Lat: 0.51379 Lng: 117.51644"}) is None


def test_two_places_in_one_record_give_none() -> None:
    record = {
        "info": (
            '<a href="https://www.google.com/maps/place/Simpang/@1.04101,116.87734,17z">Peta</a>'
        ),
        "kantor": '<a href="https://www.google.com/maps/place/Camat/@1.03812,116.88265,17z">x</a>',
    }
    assert fragment_place(record) is None


def test_place_shared_by_every_record_is_no_camera_place() -> None:
    centre = '<a href="https://maps.google.com/?q=0.50861,117.54172">Kota Sangatta</a>'
    records = [_record(name, "kota", centre) for name in ("Simpang Tiga", "Simpang Kabo", "Pasar")]
    assert shared_fragment_places(records) == {(0.50861, 117.54172)}
    assert _positions(_cams(records)) == [(None, None)] * 3


def test_different_places_are_not_shared() -> None:
    records = [
        _record(
            "Simpang Tiga", "map", '<a href="https://maps.google.com/?q=0.50233,117.5231">x</a>'
        ),
        _record("Pasar", "map", "-"),
        _record(
            "Simpang Kabo", "map", '<a href="https://maps.google.com/?q=0.41236,117.51877">x</a>'
        ),
    ]
    assert not shared_fragment_places(records)
    assert _positions(_cams(records)) == [(0.50233, 117.5231), (None, None), (0.41236, 117.51877)]


def test_huge_fragment_is_not_scanned() -> None:
    fragment = "<p>" + "x" * 20_000 + "</p><div data-lat='0.51022' data-lng='117.54981'></div>"
    assert fragment_place({"popup": fragment}) is None


def test_two_cameras_at_one_junction_keep_their_place() -> None:
    junction = '<a href="https://maps.google.com/?q=0.50233,117.52310">Peta</a>'
    records = [
        _record("Simpang Tiga Arah Utara", "peta", junction),
        _record("Simpang Tiga Arah Selatan", "peta", junction),
        _record("Pasar Induk", "peta", "-"),
        _record("Bundaran", "peta", "-"),
    ]
    assert not shared_fragment_places(records)
    assert _positions(_cams(records)) == [(0.50233, 117.5231)] * 2 + [(None, None)] * 2


def test_office_linked_by_most_records_is_no_camera_place() -> None:
    office = (
        '<a href="https://www.google.com/maps/place/Dishub/@0.50861,117.54172,17z">Dishub Kutim</a>'
    )
    records = [_record(f"Kamera {n}", "pengelola", office) for n in range(1, 6)]
    records.append(
        _record(
            "Kamera 6",
            "pengelola",
            '<a href="https://www.google.com/maps/place/Simpang/@0.61861,117.64172,17z">Peta</a>',
        )
    )
    assert shared_fragment_places(records) == {(0.50861, 117.54172)}
    assert _positions(_cams(records)) == [(None, None)] * 5 + [(0.61861, 117.64172)]


@pytest.mark.parametrize(
    "text",
    [
        "0.50233,117.5231",
        "0.50233000000000000001,117.52310000000000000001",
        "0.5023,117.5",
        "95.12345,117.54981",
        "0.000,0.000",
    ],
)
def test_fixes_are_read_as_place_fields_read_them(text: str) -> None:
    lat, lng = text.split(",")
    assert fragment_place({"popup": f"<p>Lat: {lat} Lng: {lng}</p>"}) == _place_pair(
        {"lokasi": text}
    )


_HOSTILE_FRAGMENTS = (
    ("<p>" + "lat: 1.2345 " * 1300)[:16_000],
    "<p>lat:" + " " * 16_000,
    (("Lat: 1.2345" + "<br>" * 8 + "x") * 800)[:16_000],
    "<p>" + "<i data-lat='1.2345'>href data-lng=" * 400,
)


def test_many_records_of_huge_fragments_stay_bounded() -> None:
    for fragment in _HOSTILE_FRAGMENTS:
        records = [
            {
                "nama": f"Kamera {n}",
                "snapshot": f"https://lalin.kutim.example/s/{n}.jpg",
                # Each fragment differs, so that every one is read.
                **{f"f{field}": f"{fragment}<i>{n}.{field}</i>" for field in range(4)},
            }
            for n in range(32)
        ]
        cameras = _cams(records)
        assert len(cameras) == 32
        assert _positions(cameras) == [(None, None)] * 32
