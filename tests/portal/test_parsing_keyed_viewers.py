"""Viewer pages keyed by the camera, popup place labels after a separator, camera registers.

- A map row's page cell is its stream beside its still when the page is a viewer page
  keyed by the row's own code (``/siaran/kp-01`` beside id ``KP-01``).
- A popup label written after the previous cell and a separator (``' - Kec. '``) names
  the cell after it.
- A record's embed field (``embed_url``) holding the page of its own slug is its stream.
- A register's number column (``no_registrasi``) is the id; a business column
  (``nama_usaha``) never names the camera.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.rownames import _label_key
from custom_components.kutim_cctv.portal.shapes import is_id_key
from custom_components.kutim_cctv.portal.viewerlinks import embed_field, slug_viewer_page

HOST = "https://pantau.kutim.example"


def parse(text: str, base: str = f"{HOST}/peta") -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def map_page(rows: list[list[Any]], separator: str = " - ") -> str:
    return (
        "<html><body><div id='map'></div><script>\n"
        f"var lokasi = {json.dumps(rows)};\n"
        "function initMap() {\n"
        "  var map = new google.maps.Map(document.getElementById('map'), {zoom: 9});\n"
        "  var infowindow = new google.maps.InfoWindow();\n"
        "  for (i = 0; i < lokasi.length; i++) {\n"
        "    var marker = new google.maps.Marker({position: new google.maps.LatLng("
        "lokasi[i][2], lokasi[i][3]), map: map, title: lokasi[i][1]});\n"
        "    google.maps.event.addListener(marker, 'click', (function (marker, i) {\n"
        "      return function () {\n"
        "        infowindow.setContent('<h6>' + lokasi[i][1] + '</h6><p>' + lokasi[i][4]"
        f" + '{separator}Kec. ' + lokasi[i][5] + '</p>');\n"
        "        infowindow.open(map, marker);\n"
        "      };\n"
        "    })(marker, i));\n"
        "  }\n"
        "}\n</script></body></html>"
    )


def row(code: str, page: str, still: str = "") -> list[Any]:
    return [code, f"Kamera {code}", 0.51, 117.52, "Sekolah", "Sangatta Utara", page, still]


@pytest.mark.parametrize("separator", [" - ", " | ", ", ", " · "])
def test_popup_label_after_separator_names_area(separator: str) -> None:
    rows = [
        row("KP-01", "", f"{HOST}/gambar/kp-01.jpg"),
        row("KP-02", "", f"{HOST}/gambar/kp-02.jpg"),
    ]
    cameras = parse(map_page(rows, separator))
    assert [camera.area for camera in cameras] == ["Sangatta Utara", "Sangatta Utara"]


@pytest.mark.parametrize(
    ("literal", "key"),
    [
        (" - Kec. ", "kecamatan"),
        ("</p><p>| Kel. ", "kelurahan"),
        (", Ds. ", "desa"),
        ("<b>", "name"),
        (" - ", None),
        (" - 12 ", None),
    ],
)
def test_label_key(literal: str, key: str | None) -> None:
    assert _label_key(literal) == key


def test_row_viewer_page_keyed_by_code_is_stream() -> None:
    rows = [
        row("KP-01", f"{HOST}/siaran/kp-01", f"{HOST}/gambar/kp-01.jpg"),
        row("KP-02", f"{HOST}/siaran/kp-02", ""),
    ]
    by_id = {camera.id: camera for camera in parse(map_page(rows))}
    assert by_id["KP-01"].stream_url == f"{HOST}/siaran/kp-01"
    assert by_id["KP-01"].snapshot_url == f"{HOST}/gambar/kp-01.jpg"
    assert by_id["KP-02"].stream_url == f"{HOST}/siaran/kp-02"


@pytest.mark.parametrize(
    "page",
    [
        f"{HOST}/siaran/kp-99",  # another camera's code
        f"{HOST}/cctv/detail/kp-01",  # a detail page
        f"{HOST}/berita/siaran/kp-01",  # a news page
        f"{HOST}/siaran/pasar-baru",  # a slug of words
        "http://192.168.1.20/siaran/kp-01",  # a LAN host
        "https://user:sandi@pantau.kutim.example/siaran/kp-01",  # credentials
        f"{HOST}/siaran/kp-01?token=1",  # a query
    ],
)
def test_row_page_not_keyed_by_camera_is_not_stream(page: str) -> None:
    rows = [
        row("KP-01", page, f"{HOST}/gambar/kp-01.jpg"),
        row("KP-02", "", f"{HOST}/gambar/kp-02.jpg"),
    ]
    by_id = {camera.id: camera for camera in parse(map_page(rows))}
    assert by_id["KP-01"].stream_url is None
    assert by_id["KP-01"].snapshot_url == f"{HOST}/gambar/kp-01.jpg"
    assert "sandi" not in json.dumps([str(c) for c in by_id.values()])


def api_answer(records: list[dict[str, Any]]) -> str:
    return json.dumps({"current_page": 1, "data": records, "per_page": 10, "total": len(records)})


def record(slug: str, embed: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "id": len(slug),
        "slug": slug,
        "nama_lokasi": slug.replace("-", " ").title(),
        "embed_url": embed,
        "thumbnail": f"{HOST}/storage/thumbnail/{slug}.jpg",
        "kecamatan": {"nama": "Sangatta Utara"},
        **extra,
    }


def test_embed_page_of_own_slug_is_stream() -> None:
    cameras = parse(
        api_answer(
            [
                record("simpang-tiga", f"{HOST}/embed/simpang-tiga"),
                record("taman-bersemi-utara", f"{HOST}/embed/taman-bersemi-utara"),
            ]
        ),
        f"{HOST}/api/kamera",
    )
    assert [camera.stream_url for camera in cameras] == [
        f"{HOST}/embed/simpang-tiga",
        f"{HOST}/embed/taman-bersemi-utara",
    ]
    assert all(camera.snapshot_url for camera in cameras)


def test_embed_page_matching_still_name_without_slug_field() -> None:
    answer = api_answer(
        [
            {
                k: v
                for k, v in record("pasar-baru", f"{HOST}/cctv/embed/pasar-baru").items()
                if k != "slug"
            },
            {
                k: v
                for k, v in record("pasar-lama", f"{HOST}/cctv/embed/pasar-lama").items()
                if k != "slug"
            },
        ]
    )
    cameras = parse(answer, f"{HOST}/api/kamera")
    assert [camera.stream_url for camera in cameras] == [
        f"{HOST}/cctv/embed/pasar-baru",
        f"{HOST}/cctv/embed/pasar-lama",
    ]


@pytest.mark.parametrize(
    "embed",
    [
        f"{HOST}/embed/player",  # a generic player page
        f"{HOST}/embed/taman-bersemi",  # another record's slug
        f"{HOST}/embed?kamera=simpang-tiga",  # a query
        f"{HOST}/berita/embed/simpang-tiga",  # a news page
        "http://10.0.0.5/embed/simpang-tiga",  # a LAN host
        "https://admin:rahasia@cctv.kutim.example/embed/simpang-tiga",  # credentials
    ],
)
def test_embed_page_not_of_own_slug_is_not_stream(embed: str) -> None:
    cameras = parse(
        api_answer([record("simpang-tiga", embed), record("simpang-empat", None)]),
        f"{HOST}/api/kamera",
    )
    first = cameras[0]
    assert first.stream_url is None
    assert first.snapshot_url == f"{HOST}/storage/thumbnail/simpang-tiga.jpg"
    assert all("rahasia" not in (camera.stream_url or "") for camera in cameras)


def test_detail_field_of_own_slug_is_not_stream() -> None:
    records = [record("simpang-tiga", None, detail_url=f"{HOST}/live/simpang-tiga")]
    records.append(record("simpang-empat", None))
    cameras = parse(api_answer(records), f"{HOST}/api/kamera")
    assert cameras[0].stream_url is None


@pytest.mark.parametrize(
    ("key", "expected"),
    [("embed_url", True), ("url_embed", True), ("embed_map", False), ("embed_detail", False)],
)
def test_embed_field(key: str, expected: bool) -> None:
    assert embed_field(key) is expected


def test_slug_viewer_page_bounds() -> None:
    long_slug = "-".join(["a"] * 80)
    assert not slug_viewer_page(f"{HOST}/embed/{long_slug}", [long_slug])
    assert not slug_viewer_page(f"{HOST}/watch/simpang", ["simpang"])
    assert slug_viewer_page(f"{HOST}/live/simpang", ["simpang"])


CSV = (
    "no_registrasi,nama_usaha,nama_titik,kecamatan,url_tayangan,url_cuplikan\r\n"
    "INT-001,Hotel Kutai Permai,Depan Hotel Jl. Yos Sudarso,Sangatta Utara,"
    "https://integrasi.kutim.example/tayang/int-001/index.m3u8,\r\n"
    'INT-002,Toko Emas Cahaya,"Pertokoan Jl. Poros, depan toko",Muara Wahau,,'
    "https://integrasi.kutim.example/cuplikan/int-002.jpg\r\n"
    "INT-003,RM Jaya,Depan RM,Bengalon,rtsp://admin:Sandi1@192.168.1.64:554/101,\r\n"
)


def test_register_number_is_id_and_business_is_not_name() -> None:
    cameras = parse(CSV, "https://integrasi.kutim.example/ekspor.csv")
    assert [(c.id, c.raw_name, c.area) for c in cameras] == [
        ("INT-001", "Depan Hotel Jl. Yos Sudarso", "Sangatta Utara"),
        ("INT-002", "Pertokoan Jl. Poros, depan toko", "Muara Wahau"),
    ]


def test_business_name_alone_still_names_camera() -> None:
    text = (
        "nama_usaha,kecamatan,url_tayangan\r\n"
        "Hotel Kutai Permai,Sangatta Utara,https://integrasi.kutim.example/tayang/a/index.m3u8\r\n"
        "Toko Emas Cahaya,Muara Wahau,https://integrasi.kutim.example/tayang/b/index.m3u8\r\n"
    )
    cameras = parse(text, "https://integrasi.kutim.example/ekspor.csv")
    assert [camera.raw_name for camera in cameras] == ["Hotel Kutai Permai", "Toko Emas Cahaya"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("no_registrasi", True),
        ("nomor_registrasi", True),
        ("registration_number", True),
        ("registrasi", False),
        ("tanggal_registrasi", False),
        ("status_registrasi", False),
    ],
)
def test_registration_id_key(key: str, expected: bool) -> None:
    assert is_id_key(key) is expected
