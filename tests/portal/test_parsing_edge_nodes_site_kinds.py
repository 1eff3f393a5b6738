"""Edge nodes' names as areas, site-kind categories and embed snippets in stream fields.

- A camera row joined to the edge node it hangs on (``edge_id`` beside ``edge_name``,
  camelCase too) is placed in the site the node is named for; a node named by a code,
  a name without its reference, or a finer area field beside it change that.
- A category naming only a kind of site (``Kantor Desa``, ``Pasar``, ``Jalan Raya``) is
  no area; a category naming a kecamatan still is.
- An ``<iframe src>`` snippet under a stream field frames the camera's player: a page
  naming a camera or a platform embed plays it beside its still; any other framed page,
  a LAN address or a login-bearing one does not.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://vms.pelabuhan.kutimkab.example/api/v1/cameras"
VILLAGE = "https://desa-sepaso.kutimkab.example/index.php/cctv_admin/datatables"


def _cameras(payload: object, base_url: str = BASE) -> tuple[Camera, ...]:
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _edge_row(n: int, **fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": n,
        "name": f"CAM-0{n} Dermaga",
        "stream_url": f"https://vms.pelabuhan.kutimkab.example/streams/cam-{n}/index.m3u8",
        "status": "online",
    }
    row.update(fields)
    return row


def test_edge_name_beside_edge_id_is_the_area() -> None:
    cameras = _cameras(
        {
            "cameras": [
                _edge_row(1, edge_id=1, edge_code="KTM-101", edge_name="Pelabuhan Sepaso"),
                _edge_row(2, edge_id=2, edge_code="KTM-204", edge_name="Dermaga Bengalon"),
            ],
            "total": 2,
        }
    )
    assert [c.area for c in cameras] == ["Pelabuhan Sepaso", "Dermaga Bengalon"]
    assert (
        cameras[0].stream_url == "https://vms.pelabuhan.kutimkab.example/streams/cam-1/index.m3u8"
    )


def test_camel_case_edge_node_is_read_too() -> None:
    cameras = _cameras(
        {"result": [_edge_row(3, edgeId=7, edgeName="Terminal Sangatta")], "totalCount": 1}
    )
    assert cameras[0].area == "Terminal Sangatta"


def test_edge_node_named_by_a_code_or_unreferenced_gives_no_area() -> None:
    cameras = _cameras(
        {
            "cameras": [
                _edge_row(1, edge_id=7, edge_name="EDGE-07"),
                _edge_row(2, edge_id=None, edge_name="Pelabuhan Sepaso"),
                _edge_row(3, edge_name="Pelabuhan Sepaso"),
                _edge_row(4, edge_id=True, edge_name="Pelabuhan Sepaso"),
            ]
        }
    )
    assert [c.area for c in cameras] == [None, None, None, None]


def test_a_kecamatan_field_wins_over_the_edge_node() -> None:
    cameras = _cameras(
        {
            "data": [
                _edge_row(1, edge_id=2, edge_name="Terminal Sangatta", kecamatan="Sangatta Utara"),
            ]
        }
    )
    assert cameras[0].area == "Sangatta Utara"


def test_other_joined_names_are_not_read_as_edge_nodes() -> None:
    cameras = _cameras(
        {
            "cameras": [
                _edge_row(1, user_id=4, user_name="Operator Pelabuhan", brand_id=2),
                _edge_row(2, nvr_id=3, nvr_name="Pelabuhan Sepaso"),
            ]
        }
    )
    assert [c.area for c in cameras] == [None, None]


def _village_row(n: int, category: object, **fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": n,
        "name": f"Kamera Desa {n}",
        "latitude": "0.53412000",
        "longitude": "117.56233000",
        "stream_url": f"https://stream.sepaso.kutimkab.example/hls/kamera-{n}/index.m3u8",
        "status": "online",
        "category": category,
    }
    row.update(fields)
    return row


def test_site_kind_categories_are_no_area() -> None:
    kinds = ["Kantor Desa", "Sungai", "Pasar", "Jalan Raya", "Wisata", "Fasilitas Umum"]
    rows = [_village_row(n, {"id": n, "name": kind}) for n, kind in enumerate(kinds, 1)]
    cameras = _cameras({"draw": 1, "recordsTotal": 6, "recordsFiltered": 6, "data": rows}, VILLAGE)
    assert len(cameras) == len(kinds)
    assert all(c.area is None for c in cameras)


def test_categories_naming_a_place_stay_areas() -> None:
    rows = [
        _village_row(1, {"id": 1, "name": "Sangatta Utara"}),
        _village_row(2, {"id": 2, "name": "Sungai Kunjang"}),
        _village_row(3, {"id": 3, "name": "Desa Kenyamukan"}),
    ]
    cameras = _cameras({"data": rows}, VILLAGE)
    assert [c.area for c in cameras] == ["Sangatta Utara", "Sungai Kunjang", "Desa Kenyamukan"]


def test_a_place_after_a_site_kind_in_a_category_list_is_the_area() -> None:
    row = _village_row(1, None, categories=["Pasar", "Sangatta Selatan"])
    cameras = _cameras({"data": [row]}, VILLAGE)
    assert cameras[0].area == "Sangatta Selatan"


def _snippet(src: str) -> str:
    return f'<iframe width="560" height="315" src="{src}" frameborder="0" allowfullscreen></iframe>'


def test_iframe_snippet_in_stream_field_plays_beside_its_still() -> None:
    rows = [
        _village_row(
            1,
            None,
            stream_url=_snippet("https://cctv-pasar.sepaso.kutimkab.example/embed/pasar-pagi"),
            foto="https://desa-sepaso.kutimkab.example/storage/cctv/pasar.jpg",
        ),
        _village_row(
            2,
            None,
            link=_snippet("https://www.youtube.com/embed/Kt5nYw2RmPq"),
            stream_url=None,
            foto="https://desa-sepaso.kutimkab.example/storage/cctv/dermaga.jpg",
        ),
    ]
    cameras = _cameras({"data": rows}, VILLAGE)
    assert cameras[0].stream_url == "https://cctv-pasar.sepaso.kutimkab.example/embed/pasar-pagi"
    assert cameras[0].snapshot_url == "https://desa-sepaso.kutimkab.example/storage/cctv/pasar.jpg"
    assert cameras[1].stream_url == "https://www.youtube.com/embed/Kt5nYw2RmPq"


def test_framed_page_naming_no_camera_only_stands_in_for_no_media() -> None:
    page = _snippet("https://www.sepaso.kutimkab.example/profil/lapangan")
    rows = [
        _village_row(
            1, None, stream_url=page, foto="https://desa-sepaso.kutimkab.example/storage/a.jpg"
        ),
    ]
    cameras = _cameras({"data": rows}, VILLAGE)
    assert cameras[0].stream_url is None
    assert cameras[0].snapshot_url == "https://desa-sepaso.kutimkab.example/storage/a.jpg"


def test_framed_lan_or_login_addresses_are_never_media() -> None:
    rows = [_village_row(n, None) for n in range(1, 5)]
    rows += [
        _village_row(5, None, stream_url=_snippet("http://192.168.1.20/embed/gudang")),
        _village_row(6, None, stream_url=_snippet("https://admin:rahasia@cctv.sepaso.example/e/1")),
    ]
    cameras = _cameras({"data": rows}, VILLAGE)
    assert "5" not in [c.id for c in cameras]  # the LAN-only camera is not listed
    for camera in cameras:
        assert camera.stream_url is not None
        assert "192.168." not in camera.stream_url
        assert "rahasia" not in camera.stream_url
        assert "admin" not in camera.stream_url


def test_snippet_in_a_description_field_is_not_the_stream() -> None:
    row = _village_row(
        1,
        None,
        description="Lihat juga "
        + _snippet("https://cctv-pasar.sepaso.kutimkab.example/embed/x-1"),
    )
    cameras = _cameras({"data": [row]}, VILLAGE)
    assert cameras[0].stream_url == "https://stream.sepaso.kutimkab.example/hls/kamera-1/index.m3u8"
