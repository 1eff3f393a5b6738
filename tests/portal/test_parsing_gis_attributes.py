"""Attribute tables of GIS exports: KML balloons' field/value pairs, ward columns."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.kml import balloon_fields

BASE = "https://gis.kutim.example/geoserver/wms/kml?layers=dishub:cctv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _atr(fields: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li><strong><span class="atr-name">{k}</span>:</strong> '
        f'<span class="atr-value">{v}</span></li>'
        for k, v in fields
    )
    return f'<h4>cctv</h4><ul class="textattributes">{items}</ul>'


def _table(fields: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in fields)
    return f"<table><tr><td>Titik_CCTV</td></tr><tr><td><table>{rows}</table></td></tr></table>"


def _kml(placemarks: list[tuple[str, str, str]], folder: str = "dishub:cctv") -> str:
    body = "".join(
        f'<Placemark id="{pid}"><name>{name}</name>'
        f"<description><![CDATA[{description}]]></description>"
        "<Point><coordinates>117.5468,0.5092</coordinates></Point></Placemark>"
        for pid, name, description in placemarks
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document><Folder><name>{folder}</name>{body}</Folder></Document></kml>"
    )


_FIELDS = [
    ("kode", "DSH-01"),
    ("nama_titik", "Simpang Tiga"),
    ("kecamatan", "Sangatta Utara"),
    ("url_hls", "https://atcs.kutim.example/live/1/index.m3u8"),
    ("url_snapshot", "<Null>"),
]


@pytest.mark.parametrize("balloon", [_atr, _table])
def test_balloon_attributes_are_fields(balloon: object) -> None:
    """GeoServer's atr spans and a popup's two-cell rows give name, id and area."""
    assert callable(balloon)
    (camera,) = cameras(_kml([("cctv.1", "cctv.1", balloon(_FIELDS))]))
    assert camera.raw_name == "Simpang Tiga"
    assert camera.id == "DSH-01"
    assert camera.area == "Sangatta Utara"  # the field, not the workspace:layer folder
    assert camera.stream_url == "https://atcs.kutim.example/live/1/index.m3u8"
    assert camera.snapshot_url is None  # <Null> is no value
    assert (camera.latitude, camera.longitude) == (0.5092, 117.5468)


def test_number_name_gives_way_to_name_field() -> None:
    """A placemark labelled by its OBJECTID takes the name its attributes give."""
    (camera,) = cameras(_kml([("ID_1", "7", _table(_FIELDS))]))
    assert camera.raw_name == "Simpang Tiga"


def test_real_placemark_name_is_kept() -> None:
    """A placemark's own name is kept even when its balloon has a name field."""
    fields = [("nama", "Other"), ("url_hls", "https://atcs.kutim.example/live/2/index.m3u8")]
    (camera,) = cameras(_kml([("p2", "Bundaran Patung Singa", _atr(fields))]))
    assert camera.raw_name == "Bundaran Patung Singa"


def test_balloon_without_media_is_no_camera() -> None:
    """Attribute pairs without any media address make no camera."""
    fields = [("kode", "X1"), ("nama", "Pos Jaga"), ("url_hls", "<Null>")]
    with pytest.raises(PortalFormatError):
        cameras(_kml([("cctv.9", "cctv.9", _atr(fields))]))


def test_prose_table_rows_are_not_fields() -> None:
    """Rows whose first cell is a sentence or a number are no attribute pairs."""
    markup = "<table><tr><td>12</td><td>x</td></tr><tr><td><b>a</b></td><td>y</td></tr></table>"
    assert balloon_fields(markup) == {}


def test_hostile_balloon_is_bounded() -> None:
    """A huge balloon of unclosed spans is read in bounded time and fields."""
    markup = '<span class="atr-name">' * 200_000 + _atr([(f"f{i}", "v") for i in range(500)])
    fields = balloon_fields(markup)
    assert len(fields) <= 64


def test_ward_column_is_the_area() -> None:
    """A GIS hub CSV's WARD or WARD_NAME column names the camera's area."""
    for column in ("WARD", "WARD_NAME"):
        text = (
            f"X,Y,CAMERA_ID,LOCATION_DESC,{column},IMAGE_URL\r\n"
            "-106.61,52.14,TC-1,Circle Dr,Ward 9,https://cams.example/TC-1.jpg\r\n"
        )
        (camera,) = cameras(text)
        assert camera.area == "Ward 9"
        assert camera.id == "TC-1"
