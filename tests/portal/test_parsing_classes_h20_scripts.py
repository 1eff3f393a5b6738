"""Shapes read after holdout 20: table widgets, Vue state, map SDK markers, XML exports."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_image_url, is_mjpeg_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://dishub.kutim.example/cctv"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def page(script: str) -> str:
    return f"<html><body><div id='w'></div><script>{script}</script></body></html>"


# --- Grid.js rows of html() cells --------------------------------------------------------


GRID = """
new gridjs.Grid({
  columns: ['Kode', 'Lokasi', 'Kecamatan', {name: 'Foto'}, {name: 'Live'}],
  data: [
    ['K-1', 'Simpang Patung', 'Sangatta Utara',
      gridjs.html('<img src="/foto/k1.jpg">'),
      gridjs.html('<a href="https://cctv.kutim.example/hls/k1.m3u8">Putar</a>')],
    ['K-2', 'Pelabuhan', 'Sangatta Selatan', html("<img src='/foto/k2.jpg'>"), '-']
  ]
}).render(document.getElementById('w'));
"""


def test_gridjs_rows_are_read_under_their_columns_with_html_cells() -> None:
    found = cameras(page(GRID))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("K-1", "Simpang Patung", "Sangatta Utara"),
        ("K-2", "Pelabuhan", "Sangatta Selatan"),
    ]
    assert found[0].stream_url == "https://cctv.kutim.example/hls/k1.m3u8"
    assert found[0].snapshot_url == "https://dishub.kutim.example/foto/k1.jpg"
    assert found[1].stream_url is None
    assert found[1].snapshot_url == "https://dishub.kutim.example/foto/k2.jpg"


def test_a_call_other_than_a_markup_helper_is_no_cell() -> None:
    script = GRID.replace("gridjs.html(", "gridjs.render(").replace('html("', 'render("')
    with pytest.raises(PortalFormatError):
        cameras(page(script))


def test_a_picture_under_an_mjpeg_folder_is_a_still() -> None:
    assert not is_mjpeg_url("https://cam.kutim.example/mjpeg/k9/snap.jpg")
    assert is_image_url("https://cam.kutim.example/mjpeg/k9/snap.jpg")
    assert is_mjpeg_url("https://cam.kutim.example/mjpeg/k9/stream")
    assert is_mjpeg_url("https://cam.kutim.example/mjpeg/k9/video.mjpg")


# --- Vue component state ----------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["data() { return ", "data: function () { return ", "data: () => ("],
)
def test_vue_data_option_literal_is_read(opening: str) -> None:
    closing = ")" if opening.endswith("(") else "}"
    script = (
        "Vue.createApp({ " + opening + "{ pilih: null, kecamatan: [ { nama: 'Bengalon', "
        "cctv: [ { kode: 'B-1', label: 'Poros KM 12', posisi: [0.61, 117.63], "
        "hls: 'https://cctv.kutim.example/hls/b1.m3u8' } ] } ] } " + closing + ", "
        "mounted() { this.peta = L.map('peta'); } }).mount('#app');"
    )
    (camera,) = cameras(page(script))
    assert (camera.id, camera.name, camera.area) == ("B-1", "Poros KM 12", "Bengalon")
    assert (camera.latitude, camera.longitude) == (0.61, 117.63)
    assert camera.stream_url == "https://cctv.kutim.example/hls/b1.m3u8"


def test_a_method_returning_an_object_is_no_vue_state() -> None:
    script = (
        "Vue.createApp({ methods: { opsi() { return { kamera: [ { nama: 'A', "
        "hls: 'https://cctv.kutim.example/hls/a.m3u8' } ] } } } }).mount('#app');"
    )
    with pytest.raises(PortalFormatError):
        cameras(page(script))


# --- Map SDK markers: 2GIS loops, Vietmap GL popups ---------------------------------------


def test_rayon_field_of_a_marker_loop_is_the_area() -> None:
    script = (
        "var cams = [{id: 'c1', title: 'Площадь', raion: 'Центральный', coords: [55.03, 82.92], "
        "hls: 'https://cams.nsk.example/hls/c1/index.m3u8'}];"
        "DG.then(function () { var map = DG.map('map', {center: [55.03, 82.92]});"
        "cams.forEach(function (c) { DG.marker(c.coords).addTo(map).bindPopup(c.title); }); });"
    )
    (camera,) = cameras(page(script))
    assert (camera.id, camera.area) == ("c1", "Центральный")


VIETMAP = """
var map = new vietmapgl.Map({container: 'map', center: [108.22, 16.06], zoom: 13});
new vietmapgl.Marker({ color: '#e53935' })
    .setLngLat([108.2275, 16.0612])
    .setPopup(new vietmapgl.Popup({ offset: 25 }).setHTML(
        '<div><h4>Cầu Rồng</h4><p>Khu vực: Sơn Trà</p>' +
        '<img src="https://cam.danang.example/snap/cr.jpg"></div>'))
    .addTo(map);
new vietmapgl.Marker()
    .setLngLat([108.1722, 16.0603])
    .setPopup(new vietmapgl.Popup().setHTML(
        '<div><h4>Ngã ba Huế</h4><p>Ghi chú: Đang bảo trì</p>' +
        '<a href="https://cam.danang.example/live/nbh/index.m3u8">Xem</a></div>'))
    .addTo(map);
"""


def test_vietmap_popup_pieces_and_labelled_area_are_read() -> None:
    first, second = cameras(page(VIETMAP))
    assert (first.name, first.area) == ("Cầu Rồng", "Sơn Trà")
    assert (first.latitude, first.longitude) == (16.0612, 108.2275)
    assert first.snapshot_url == "https://cam.danang.example/snap/cr.jpg"
    # A labelled line that names no place ("Ghi chú", a note) gives no area.
    assert (second.name, second.area) == ("Ngã ba Huế", None)
    assert second.stream_url == "https://cam.danang.example/live/nbh/index.m3u8"


def test_popup_area_reads_only_area_labels() -> None:
    from custom_components.kutim_cctv.portal.parsing.mapjs import popup_area

    assert popup_area("<b>Kecamatan:</b> Bengalon<br>Status: aktif") == "Bengalon"
    assert popup_area("<p>Quận: Bình Thạnh</p>") == "Bình Thạnh"
    assert popup_area("<p>Alamat: Jl. Yos Sudarso</p><p>Status: online</p>") is None
    assert popup_area("<p>Wilayah: https://x.example/a.jpg</p>") is None
    assert popup_area("<p>" + "a: b<br>" * 5000 + "</p>") is None
