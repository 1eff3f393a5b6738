"""Admin master tables: a Kamera column beside a Lokasi one, the record's action links."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import (
    action_link_id,
    change_link,
    street_line,
)

BASE = "https://siehan.bpbd.example/administrator/cctv"
ADMIN = "https://siehan.bpbd.example/administrator"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _row(number: int, camera: str, place: str, media: str, record: int) -> str:
    eye = f"<a class='btn' title='lihat video' target='_blank' href='{media}'><i class='fa fa-eye'></i></a>"
    edit = f"<a class='btn' href='{ADMIN}/ubah_cctv/{record}'><i class='fa fa-edit'></i></a>"
    drop = f"<a class='btn' href='{ADMIN}/hapus_cctv/{record}'><i class='fa fa-trash'></i></a>"
    return f"<tr><td>{number}</td><td>{camera}</td><td>{place}</td><td>{eye}{edit}{drop}</td></tr>"


def _table(head: str, rows: str) -> str:
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


_HEAD = "<th>No</th><th>Kamera</th><th>Lokasi</th><th>Action</th>"


def test_camera_column_names_and_place_column_is_area() -> None:
    """Kamera names the camera, Lokasi is its area, ubah_cctv/{id} its id."""
    rows = _row(1, "Jembatan Pinang", "Sangatta Utara", "https://s.example/a/index.m3u8", 12)
    rows += _row(2, "Bendung Bengalon", "Bengalon", "https://s.example/b/index.m3u8", 15)
    found = cameras(_table(_HEAD, rows))
    assert [(c.id, c.raw_name, c.area, c.stream_url) for c in found] == [
        ("12", "Jembatan Pinang", "Sangatta Utara", "https://s.example/a/index.m3u8"),
        ("15", "Bendung Bengalon", "Bengalon", "https://s.example/b/index.m3u8"),
    ]


def test_edit_and_delete_links_are_no_player_pages() -> None:
    """A row whose eye link is a video page keeps it: its edit links are no second page."""
    rows = _row(1, "Jembatan Pinang", "Sangatta Utara", "https://s.example/a/index.m3u8", 12)
    rows += _row(
        2, "Pintu Air", "Sangatta Utara", "https://www.youtube.com/watch?v=Kx7pQm2RtV4", 16
    )
    rows += _row(
        3, "Posko Banjir", "Muara Wahau", "https://s.example:1984/stream.html?src=posko", 19
    )
    rows += _row(4, "Sungai Hilir", "Sangatta Selatan", "", 21)
    found = {c.raw_name: c for c in cameras(_table(_HEAD, rows))}
    assert set(found) == {"Jembatan Pinang", "Pintu Air", "Posko Banjir"}
    assert found["Pintu Air"].stream_url == "https://www.youtube.com/watch?v=Kx7pQm2RtV4"
    assert found["Pintu Air"].id == "16"
    assert found["Posko Banjir"].stream_url == "https://s.example:1984/stream.html?src=posko"


def test_numbered_camera_label_leaves_the_place_naming() -> None:
    """A Kamera column of "CCTV 01" codes names nothing: Lokasi names the camera."""
    rows = _row(1, "CCTV 01", "Simpang Tiga", "https://s.example/a/index.m3u8", 3)
    rows += _row(2, "Cam-2", "Bundaran Kabo", "https://s.example/b/index.m3u8", 4)
    found = cameras(_table(_HEAD, rows))
    assert [(c.raw_name, c.area) for c in found] == [
        ("Simpang Tiga", None),
        ("Bundaran Kabo", None),
    ]


def test_address_in_place_column_is_no_area() -> None:
    """A Lokasi written as a street address places the camera in no area."""
    rows = _row(
        1, "Gerbang Pelabuhan", "Jl. Pelabuhan No. 2, Sangatta", "https://s.example/a.m3u8", 7
    )
    rows += _row(2, "Dermaga", "Kenyamukan", "https://s.example/b.m3u8", 9)
    found = cameras(_table(_HEAD, rows))
    assert [(c.raw_name, c.area) for c in found] == [
        ("Gerbang Pelabuhan", None),
        ("Dermaga", "Kenyamukan"),
    ]


def test_name_or_area_column_keeps_its_reading() -> None:
    """Beside a name column or an area column the Kamera column names nothing."""
    head = "<th>No</th><th>Nama</th><th>Kamera</th><th>Lokasi</th><th>Aksi</th>"
    rows = (
        "<tr><td>1</td><td>Simpang Lima</td><td>PTZ Hikvision</td><td>Bengalon</td>"
        "<td><a href='https://s.example/a.m3u8'>Lihat</a></td></tr>"
    )
    found = cameras(_table(head, rows))
    assert [(c.raw_name, c.area) for c in found] == [("Simpang Lima", None)]
    head = "<th>No</th><th>Kecamatan</th><th>Lokasi</th><th>Kamera</th>"
    rows = (
        "<tr><td>1</td><td>Sangatta Utara</td><td>Bundaran Kabo</td>"
        "<td><a href='https://s.example/a.m3u8'>Lihat CCTV</a></td></tr>"
    )
    found = cameras(_table(head, rows))
    assert [(c.raw_name, c.area) for c in found] == [("Bundaran Kabo", "Sangatta Utara")]


def test_action_links_joined_to_a_record_word() -> None:
    """``edit_cctv/31`` and ``hapus_cctv/31`` name record 31; other paths name none."""
    assert action_link_id("https://a.example/admin/cctv_admin/edit_cctv/31") == "31"
    assert action_link_id("https://a.example/administrator/hapus_cctv/12?x=1") == "12"
    assert action_link_id("https://a.example/cctv/edit/14") == "14"
    assert action_link_id("https://a.example/cctv/edited/14") is None
    assert action_link_id("https://a.example/cctv/editorial_board_members_list_x/14") is None
    assert change_link("https://a.example/administrator/ubah_cctv/12")
    assert change_link("https://a.example/cctv/12/edit")
    assert not change_link("https://a.example/cctv/view/12")
    assert not change_link("https://a.example/player/cctv-12")


_KIND_HEAD = "<th>No</th><th>Lokasi</th><th>Kamera</th><th>Stream</th>"


def _kind_row(number: int, place: str, kind: str) -> str:
    media = f"<a href='https://cctv.example.go.id/hls/cam{number}.m3u8'>Play</a>"
    return f"<tr><td>{number}</td><td>{place}</td><td>{kind}</td><td>{media}</td></tr>"


def test_camera_column_of_kinds_or_models_names_nothing() -> None:
    """A Kamera column of PTZ, Dome or a maker's model leaves Lokasi naming, in no area."""
    places = ["Simpang Empat Sangatta", "Bundaran Patung Singa"]
    for kinds in (
        ["PTZ", "Dome"],
        ["Hikvision PTZ", "Dahua Bullet"],
        ["DS-2CD2143G0-I", "DS-2DE4425IW"],
        ["Speed", "Speed"],
    ):
        rows = "".join(
            _kind_row(n, p, k) for n, (p, k) in enumerate(zip(places, kinds, strict=True), 1)
        )
        found = cameras(_table(_KIND_HEAD, rows))
        assert [(c.raw_name, c.area) for c in found] == [(p, None) for p in places], kinds


def test_camera_labels_with_a_code_still_name_their_cameras() -> None:
    """A Kamera label such as "KM12 Jembatan Pinang" names its camera, Lokasi is its area."""
    rows = _kind_row(1, "Sangatta Utara", "KM12 Jembatan Pinang")
    rows += _kind_row(2, "Sangatta Selatan", "Simpang Tiga Kabo")
    found = cameras(_table(_KIND_HEAD, rows))
    assert [(c.raw_name, c.area) for c in found] == [
        ("KM12 Jembatan Pinang", "Sangatta Utara"),
        ("Simpang Tiga Kabo", "Sangatta Selatan"),
    ]


def test_area_link_joined_to_another_word_gives_no_row_id() -> None:
    """An area cell's ``/wilayah/lihat_kecamatan/4`` link names the kecamatan, not the row."""
    head = "<th>Lokasi</th><th>Kecamatan</th><th>Stream</th>"
    rows = "".join(
        f"<tr><td>{place}</td><td><a href='/wilayah/lihat_kecamatan/{number}'>Sangatta Utara"
        f"</a></td><td><a href='https://cctv.example.go.id/hls/cam{key}.m3u8'>Play</a></td></tr>"
        for key, (place, number) in enumerate(
            [("Simpang Empat", 4), ("Bundaran", 4), ("Pasar", 5)], 1
        )
    )
    found = cameras(_table(head, rows))
    assert [(c.raw_name, c.area) for c in found] == [
        ("Simpang Empat", "Sangatta Utara"),
        ("Bundaran", "Sangatta Utara"),
        ("Pasar", "Sangatta Utara"),
    ]
    assert all(c.id.startswith("k-") for c in found), [c.id for c in found]
    assert action_link_id("https://a.example/wilayah/lihat_kecamatan/4") is None
    assert not change_link("https://a.example/wilayah/hapus_kecamatan/4")
    assert action_link_id("https://a.example/admin/lihat_kamera/4") == "4"


def test_place_led_by_an_administrative_word_is_an_area() -> None:
    """A Lokasi of a kecamatan and its regency is an area; a street, number or comma not."""
    assert not street_line("Kecamatan Bengalon, Kutai Timur")
    assert not street_line("Kel. Swarga Bara, Sangatta Utara")
    assert street_line("Jl. Pelabuhan No. 2, Sangatta")
    assert street_line("Barabai, Kalimantan Selatan")
    assert street_line("Blok 4 Taman")
    rows = _row(
        1, "Gerbang", "Kecamatan Sangatta Utara, Kutai Timur", "https://s.example/a.m3u8", 7
    )
    rows += _row(2, "Dermaga", "Sangatta Selatan, Kutim", "https://s.example/b.m3u8", 9)
    found = cameras(_table(_HEAD, rows))
    assert [(c.raw_name, c.area) for c in found] == [
        ("Gerbang", "Kecamatan Sangatta Utara, Kutai Timur"),
        ("Dermaga", None),
    ]
