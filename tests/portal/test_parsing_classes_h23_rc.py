"""Shapes read after holdout 23: card ids and zone lines, water-level tables, XML groups."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import camera_id_of

BASE = "https://cards.kutim.example/live"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _mjpeg(n: int) -> str:
    return f"https://cards.kutim.example/axis-cgi/mjpg/video.cgi?camera={n}&amp;fps=5"


# --- Card ids and zone lines -------------------------------------------------------------


def _card(element_id: str, name: str, zone: str, n: int, klass: str = "cam") -> str:
    return (
        f'<article class="{klass}" id="{element_id}"><h2>{name}</h2>'
        f'<p class="zona">{zone}</p><img src="{_mjpeg(n)}" alt="{name}"></article>'
    )


def test_prefixed_slug_ids_are_kept_whole_on_every_card() -> None:
    page = "<main>" + _card("cam-gate-1", "Gate", "Terminal 1", 1)
    page += _card("cam-apron", "Apron", "Airside", 2) + "</main>"
    found = cameras(page)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("cam-gate-1", "Gate", "Terminal 1"),
        ("cam-apron", "Apron", "Airside"),
    ]


def test_a_prefixed_record_number_still_gives_the_number() -> None:
    assert camera_id_of("div", {"id": "cctv-42", "class": "col-md-6"}) == "42"
    assert camera_id_of("figure", {"id": "cam-11"}) == "11"
    assert camera_id_of("li", {"id": "kamera_A3"}) == "A3"
    assert camera_id_of("li", {"id": "cam-gate-b4"}) == "cam-gate-b4"


def test_a_prefixed_slug_without_a_camera_card_class_is_no_id() -> None:
    # A bare element a player attaches to (Clappr's parentId) or a popup's target.
    assert camera_id_of("div", {"id": "cam_teluk_lingga"}) is None
    assert camera_id_of("div", {"id": "cam-lobby", "class": "white-popup mfp-hide"}) is None
    assert camera_id_of("li", {"id": "kamera-dermaga", "class": "kamera"}) == "kamera-dermaga"


def test_a_prefixed_id_naming_a_part_of_the_page_is_no_id() -> None:
    assert camera_id_of("div", {"id": "cctv-grid", "class": "cctv-grid"}) is None
    assert camera_id_of("section", {"id": "cam-list", "class": "cams"}) is None


def test_a_zone_line_is_the_cards_area() -> None:
    page = (
        '<div><div class="card-cam"><h3>Dock</h3><small class="zone">Harbour</small>'
        f'<img src="{_mjpeg(1)}"></div><div class="card-cam"><h3>Quay</h3>'
        f'<small class="zone">Outer Basin</small><img src="{_mjpeg(2)}"></div></div>'
    )
    found = cameras(page)
    assert [(c.name, c.area) for c in found] == [("Dock", "Harbour"), ("Quay", "Outer Basin")]


def test_a_class_merely_ending_in_zone_is_no_zone_line() -> None:
    page = (
        '<div><div class="card-cam"><h3>Dock</h3><small class="dropzone">Harbour</small>'
        f'<img src="{_mjpeg(1)}"></div><div class="card-cam"><h3>Quay</h3>'
        f'<small class="dropzone">Outer Basin</small><img src="{_mjpeg(2)}"></div></div>'
    )
    assert [c.area for c in cameras(page)] == [None, None]


# --- Water-level tables of monitoring posts ---------------------------------------------


def _tma_table(statuses: tuple[str, str], post: str = "Pos Pantau") -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>Pos Sungai {n}</td><td>Kec. Teluk {n}</td><td>{100 * n}</td>"
        f'<td><span class="badge">{status}</span></td>'
        f'<td><a href="/cctv/{n}.jpg"><img src="/cctv/kecil/{n}.jpg"></a></td></tr>'
        for n, status in enumerate(statuses, start=1)
    )
    return (
        f"<table><thead><tr><th>No</th><th>{post}</th><th>Kecamatan</th><th>TMA (cm)</th>"
        f"<th>Status</th><th>CCTV</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def test_a_post_column_names_the_camera_and_kec_is_its_area() -> None:
    found = cameras(_tma_table(("Normal", "Siaga 3")))
    assert [(c.name, c.area) for c in found] == [
        ("Pos Sungai 1", "Teluk 1"),
        ("Pos Sungai 2", "Teluk 2"),
    ]
    assert [c.snapshot_url for c in found] == [
        "https://cards.kutim.example/cctv/1.jpg",
        "https://cards.kutim.example/cctv/2.jpg",
    ]


def test_an_alert_level_column_is_no_camera_state() -> None:
    found = cameras(_tma_table(("Normal", "Waspada"), post="Pos Duga Air"))
    assert [c.online for c in found] == [None, None]


def test_a_status_column_of_camera_states_still_counts() -> None:
    found = cameras(_tma_table(("Normal", "Offline"), post="Stasiun"))
    assert [c.online for c in found] == [True, False]


# --- XML groups holding one camera -------------------------------------------------------


def _kamera(code: str, name: str) -> str:
    return (
        f'<kamera kode="{code}"><nama>{name}</nama>'
        f"<gambar>https://cards.kutim.example/img/{code}.jpg</gambar></kamera>"
    )


def test_a_group_of_one_camera_gives_its_name_and_the_group_as_area() -> None:
    xml = (
        '<?xml version="1.0"?><pelabuhan><terminal nama="Terminal A">'
        + _kamera("A1", "Dermaga")
        + _kamera("A2", "Gerbang")
        + '</terminal><terminal nama="Terminal B">'
        + _kamera("B1", "Ruang Tunggu")
        + "</terminal></pelabuhan>"
    )
    found = cameras(xml, "https://cards.kutim.example/feed.xml")
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("A1", "Dermaga", "Terminal A"),
        ("A2", "Gerbang", "Terminal A"),
        ("B1", "Ruang Tunggu", "Terminal B"),
    ]


def test_every_group_holding_one_camera_still_reads_as_groups() -> None:
    xml = (
        '<?xml version="1.0"?><webcams><site name="Lake">'
        + _kamera("L1", "Ramp").replace("kamera", "webcam")
        + '</site><site name="Summit">'
        + _kamera("S1", "Chair").replace("kamera", "webcam")
        + "</site></webcams>"
    )
    found = cameras(xml, "https://cards.kutim.example/feed.xml")
    assert [(c.raw_name, c.area) for c in found] == [("Ramp", "Lake"), ("Chair", "Summit")]


def test_a_record_with_media_of_its_own_keeps_a_nested_camera_detail() -> None:
    # The record's own still beside a nested camera element: the record is the camera.
    records = "".join(
        f'<lokasi nama="Simpang {n}"><gambar>https://cards.kutim.example/{n}.jpg</gambar>'
        f"<kamera><nama>PTZ {n}</nama>"
        f"<stream>https://cards.kutim.example/{n}.m3u8</stream></kamera></lokasi>"
        for n in (1, 2)
    )
    found = cameras(f'<?xml version="1.0"?><data>{records}</data>', BASE)
    assert [(c.raw_name, c.snapshot_url) for c in found] == [
        ("Simpang 1", "https://cards.kutim.example/1.jpg"),
        ("Simpang 2", "https://cards.kutim.example/2.jpg"),
    ]
