"""Readers after holdout 24: root addresses of XML camera lists, KML placemark ids."""

from __future__ import annotations

import time

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lalin.kutim.example/feed/kamera.xml"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _feed(root: str, camera: str = "") -> str:
    return (
        '<?xml version="1.0"?><feed_lalin><cameraList>'
        f"{root}"
        '<camera id="KT-01" available="true"><location>Simpang Sangatta</location>'
        "<file>kt01.jpg</file><lat>0.5012</lat><lng>117.5623</lng></camera>"
        '<camera id="KT-02" available="false"><location>Jalan Yos Sudarso</location>'
        f"<file>{camera or 'kt02.jpg'}</file><lat>0.5104</lat><lng>117.5701</lng></camera>"
        "</cameraList></feed_lalin>"
    )


@pytest.mark.parametrize(
    "root",
    [
        '<rooturl href="https://cctv.kutim.example/stills/" />',
        "<baseUrl>https://cctv.kutim.example/stills</baseUrl>",
    ],
)
def test_xml_file_names_resolve_against_the_lists_root_address(root: str) -> None:
    first, second = cameras(_feed(root))
    assert (first.id, first.name, first.online) == ("KT-01", "Simpang Sangatta", True)
    assert first.snapshot_url == "https://cctv.kutim.example/stills/kt01.jpg"
    assert (first.latitude, first.longitude) == (0.5012, 117.5623)
    assert second.online is False
    assert second.snapshot_url == "https://cctv.kutim.example/stills/kt02.jpg"


def test_xml_root_address_resolves_no_number_or_code() -> None:
    # A root whose path says "snapshot" makes no coordinate or code a still of its own.
    first, second = cameras(_feed('<rooturl href="https://cctv.kutim.example/snapshot/" />'))
    assert first.id == "KT-01"
    assert first.latitude == 0.5012
    assert first.snapshot_url == "https://cctv.kutim.example/snapshot/kt01.jpg"
    assert second.snapshot_url == "https://cctv.kutim.example/snapshot/kt02.jpg"


def test_xml_file_names_without_a_root_stay_unread() -> None:
    with pytest.raises(PortalFormatError):
        cameras(_feed(""))


def test_xml_root_address_is_no_cameras_media_and_keeps_absolute_files() -> None:
    text = _feed(
        '<rooturl href="https://cctv.kutim.example/stills/" />',
        "https://other.kutim.example/live/kt02.m3u8",
    )
    first, second = cameras(text)
    assert first.snapshot_url == "https://cctv.kutim.example/stills/kt01.jpg"
    assert second.stream_url == "https://other.kutim.example/live/kt02.m3u8"
    assert second.snapshot_url is None


def test_xml_root_address_over_many_records_stays_bounded() -> None:
    records = "".join(
        f'<camera id="c{i}"><location>Kamera {i}</location><file>c{i}.jpg</file></camera>'
        for i in range(20_000)
    )
    text = (
        '<?xml version="1.0"?><feed><cameraList>'
        '<rooturl href="https://cctv.kutim.example/s/" />'
        f"{records}</cameraList></feed>"
    )
    start = time.monotonic()
    try:
        found = cameras(text)
    except PortalFormatError:
        found = ()
    assert time.monotonic() - start < 30
    assert len(found) <= 20_000


KML = (
    '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
    "{placemarks}</Document></kml>"
)


def _placemark(pid: str, name: str, extra: str = "") -> str:
    return (
        f'<Placemark id="{pid}"><name>{name}</name>{extra}'
        f'<description><![CDATA[<img src="https://cctv.kutim.example/s/{name}.jpg">]]>'
        "</description><Point><coordinates>117.56,0.50,0</coordinates></Point></Placemark>"
    )


def test_kml_placemark_id_is_the_cameras_id() -> None:
    (camera,) = cameras(KML.format(placemarks=_placemark("9818", "Sangatta")))
    assert (camera.id, camera.name) == ("9818", "Sangatta")


@pytest.mark.parametrize("pid", ["ID_00001", "kml_3", "cctv_dishub.1"])
def test_kml_exporters_running_numbers_are_no_camera_id(pid: str) -> None:
    (camera,) = cameras(KML.format(placemarks=_placemark(pid, "Sangatta")))
    assert camera.id != pid


def test_kml_id_field_wins_over_the_placemark_id() -> None:
    extra = '<ExtendedData><Data name="kode"><value>KT-7</value></Data></ExtendedData>'
    extra = extra.replace("kode", "code")
    (camera,) = cameras(KML.format(placemarks=_placemark("9818", "Sangatta", extra)))
    assert camera.id == "KT-7"
