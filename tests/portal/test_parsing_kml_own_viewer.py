"""KML placemarks' links to their own viewer page: two-part codes, with or without a still."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import still_code, viewer_code, viewer_page

BASE = "https://bpbd.kutim.example/peta/sungai.kml"
HOST = "https://bpbd.kutim.example"


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        (f"{HOST}/cctv/live/bpbd-s01", "bpbd-s01"),
        (f"{HOST}/cctv/live/atcs-sgt-01", "atcs-sgt-01"),
        (f"{HOST}/kamera/tonton/SKL-P02", "SKL-P02"),
        (f"{HOST}/cctv/live/KT-0012", "KT-0012"),
    ],
)
def test_a_code_may_carry_a_second_prefix(url: str, code: str) -> None:
    assert viewer_code(url) == code


@pytest.mark.parametrize(
    "url",
    [
        f"{HOST}/cctv/live/pasar-baru",  # a slug of words
        f"{HOST}/cctv/live/simpang-tiga-sangatta",  # three words, no number
        f"{HOST}/berita/live/bpbd-s01",  # an article
        f"{HOST}/cctv/snap/bpbd-s01",  # a picture folder
        "http://192.168.20.14/cctv/live/bpbd-s01",  # a LAN device
        "https://admin:rahasia@bpbd.kutim.example/cctv/live/bpbd-s01",  # credentials
    ],
)
def test_other_links_stay_refused(url: str) -> None:
    assert viewer_code(url) is None


def test_still_and_page_match_on_the_two_part_code() -> None:
    assert still_code(f"{HOST}/cctv/snap/bpbd-s01.jpg") == "bpbd-s01"
    assert viewer_page(f"{HOST}/cctv/live/bpbd-s01", ["BPBD-S01"]) == "bpbd-s01"
    assert viewer_page(f"{HOST}/cctv/live/bpbd-s01", ["BPBD-S02"]) is None


def placemark(ident: str, kode: str | None, body: str, attr: bool = True) -> str:
    data = (
        f'<ExtendedData><Data name="kode"><value>{kode}</value></Data>'
        '<Data name="kecamatan"><value>Sangatta Utara</value></Data></ExtendedData>'
        if kode
        else ""
    )
    own = f' id="{ident}"' if attr else ""
    return (
        f"<Placemark{own}><name>Kamera {ident}</name>"
        f"<description><![CDATA[{body}]]></description>{data}"
        "<Point><coordinates>117.55231,0.50712,0</coordinates></Point></Placemark>"
    )


def kml(*placemarks: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document><Folder><name>Sungai Sangatta</name>{''.join(placemarks)}</Folder>"
        "</Document></kml>"
    )


def link(href: str) -> str:
    return f'<p>Kec. Sangatta Utara</p><p><a href="{href}">Pantau langsung</a></p>'


def test_live_link_beside_still_is_the_stream() -> None:
    body = f'<img src="{HOST}/cctv/snap/bpbd-s01.jpg"/>' + link(f"{HOST}/cctv/live/bpbd-s01")
    (camera,) = parse(kml(placemark("BPBD-S01", "BPBD-S01", body)))
    assert camera.stream_url == f"{HOST}/cctv/live/bpbd-s01"
    assert camera.snapshot_url == f"{HOST}/cctv/snap/bpbd-s01.jpg"


def test_live_link_alone_naming_the_placemark_id_is_a_camera() -> None:
    cameras = parse(
        kml(
            placemark("atcs-sgt-02", None, link(f"{HOST}/cctv/live/atcs-sgt-02")),
            placemark("BPBD-S03", "BPBD-S03", link(f"{HOST}/cctv/live/bpbd-s03"), attr=False),
            placemark("BPBD-S04", "BPBD-S04", f'<img src="{HOST}/cctv/snap/bpbd-s04.jpg"/>'),
        )
    )
    streams = {camera.name: camera.stream_url for camera in cameras}
    assert streams["Kamera atcs-sgt-02"] == f"{HOST}/cctv/live/atcs-sgt-02"
    assert streams["Kamera BPBD-S03"] == f"{HOST}/cctv/live/bpbd-s03"  # its kode field
    assert streams["Kamera BPBD-S04"] is None  # a still only
    assert next(c for c in cameras if c.name == "Kamera BPBD-S03").snapshot_url is None


@pytest.mark.parametrize(
    "href",
    [
        f"{HOST}/cctv/live/bpbd-s01",  # another camera's page
        f"{HOST}/cctv/live/pasar-baru",  # a slug of words
        f"{HOST}/berita/bpbd-s09",  # an article
        "http://192.168.20.14/cctv/live/bpbd-s09",  # a LAN device
        "http://127.0.0.1/cctv/live/bpbd-s09",  # loopback
        "https://op:rahasia@bpbd.kutim.example/cctv/live/bpbd-s09",  # credentials
    ],
)
def test_a_link_alone_that_is_not_its_own_page_is_no_camera(href: str) -> None:
    good = placemark("BPBD-S05", "BPBD-S05", f'<img src="{HOST}/cctv/snap/bpbd-s05.jpg"/>')
    cameras = parse(kml(good, placemark("BPBD-S09", "BPBD-S09", link(href))))
    assert [camera.id for camera in cameras] == ["BPBD-S05"]
    for camera in cameras:
        assert "rahasia" not in (camera.stream_url or "")
        assert "192.168" not in (camera.stream_url or "")
