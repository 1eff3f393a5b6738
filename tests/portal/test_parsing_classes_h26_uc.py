"""Records located by WKT point text (PostGIS ``ST_AsText``, OpenLayers' WKT format)
whose media address is written in a ``path``-named field (a GIS layer's ``path``
column, an API's ``stream_path``): a full http(s) media address there is read; a bare
stream path or a page address is not. KML balloons whose still is an img element with
an image endpoint address (no image suffix): the first img that is no logo or icon is
the placemark's still."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://gis.kutim.example/peta"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _rows(path_key: str, values: list[str]) -> str:
    rows = [
        {"gid": n + 1, "nama": f"Titik {n + 1}", "geom": f"POINT(117.5{n} 0.4{n})", path_key: v}
        for n, v in enumerate(values)
    ]
    return json.dumps(rows)


def test_a_wkt_record_with_an_hls_address_in_path_is_read() -> None:
    found = _parse(
        _rows(
            "path",
            ["https://video.kutim.example/hls/a/index.m3u8", "https://video.kutim.example/b.m3u8"],
        )
    )
    assert [(c.id, c.raw_name, c.latitude, c.longitude, c.stream_url) for c in found] == [
        ("1", "Titik 1", 0.40, 117.50, "https://video.kutim.example/hls/a/index.m3u8"),
        ("2", "Titik 2", 0.41, 117.51, "https://video.kutim.example/b.m3u8"),
    ]


def test_a_stream_path_field_holding_a_still_address_is_a_snapshot() -> None:
    found = _parse(_rows("stream_path", ["https://video.kutim.example/snap/a.jpg"]))
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (None, "https://video.kutim.example/snap/a.jpg")
    ]


def test_a_script_array_of_wkt_records_is_read() -> None:
    page = (
        "<html><body><div id='map'></div><script>var result = "
        + _rows("path", ["https://video.kutim.example/c.m3u8"])
        + ";</script></body></html>"
    )
    found = _parse(page)
    assert [(c.raw_name, c.latitude, c.stream_url) for c in found] == [
        ("Titik 1", 0.40, "https://video.kutim.example/c.m3u8")
    ]


@pytest.mark.parametrize(
    "value",
    [
        "/live/simpang-kabo",  # a bare stream path: no address to guess
        "live/simpang-kabo.m3u8",  # relative: not written as a whole address
        "https://video.kutim.example/kamera/simpang",  # a page, not media
        "https://admin:RahasiaKutim1@video.kutim.example/a.m3u8",  # a login in it
    ],
)
def test_a_path_field_without_a_full_media_address_gives_no_stream(value: str) -> None:
    with pytest.raises(PortalFormatError):
        _parse(_rows("path", [value]))


# KML balloon pictures.


def _kml(description: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document><Folder><name>Sangatta Utara</name>"
        '<Placemark id="K-1"><name>Simpang Tiga</name>'
        f"<description><![CDATA[{description}]]></description>"
        "<Point><coordinates>117.54,0.50,0</coordinates></Point></Placemark>"
        "</Folder></Document></kml>"
    )


def test_a_balloon_img_with_an_endpoint_address_is_the_still() -> None:
    found = _parse(_kml('<table><tr><td><img src="https://cam.kutim.example/kamera?id=K-1"/>'))
    assert [(c.id, c.area, c.snapshot_url) for c in found] == [
        ("K-1", "Sangatta Utara", "https://cam.kutim.example/kamera?id=K-1")
    ]


def test_a_logo_before_the_picture_is_passed_over() -> None:
    found = _parse(
        _kml(
            "<img src='/img/logo-dishub.png' height='20'>"
            "<img src='https://cam.kutim.example/cgi-bin/still?cam=K-1'>"
        )
    )
    assert [c.snapshot_url for c in found] == ["https://cam.kutim.example/cgi-bin/still?cam=K-1"]


@pytest.mark.parametrize(
    "description",
    [
        "<img src='/img/logo-dishub.png'>",  # only a logo
        "<img src='https://cam.kutim.example/icons/camera?size=16'>",  # an icon endpoint
        "<img src='https://admin:RahasiaKutim1@cam.kutim.example/still?cam=1'>",  # a login
        "<img src='data:image/png;base64,AAAA'>",  # no address
        "<a href='https://www.kutim.example/kamera/K-1'>Halaman kamera</a>",  # a page link
    ],
)
def test_a_balloon_without_a_camera_picture_gives_no_still(description: str) -> None:
    with pytest.raises(PortalFormatError):
        _parse(_kml(description))


def test_many_balloons_full_of_unclosed_imgs_stay_bounded() -> None:
    description = "<img " + "a" * 600 + (" <img alt='x'" * 2000) + "<img src='/logo.png'>" * 50
    placemarks = "".join(
        f'<Placemark id="K-{n}"><name>Titik {n}</name>'
        f"<description><![CDATA[{description}]]></description>"
        "<Point><coordinates>117.54,0.50,0</coordinates></Point></Placemark>"
        for n in range(200)
    )
    kml = (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{placemarks}</Document></kml>"
    )
    with pytest.raises(PortalFormatError):
        _parse(kml)
