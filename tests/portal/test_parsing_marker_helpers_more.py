"""Marker helpers naming and placing their camera by their parameters.

A page function placing one marker per call (``function tambahMarker(latlng, alamat,
judul, url) {L.marker(latlng)…}``) is named by the argument passed as its name
parameter (``judul``, ``nama``, ``nama_cctv``, ``title``, ``name``, ``label``,
``lokasi``), even after another plain text argument. Its position is a ``[lat, lng]``
array passed as a position parameter (``latlng``, ``koordinat``, ``pos``, ``position``,
``coords``), a literal ``L.latLng``/``google.maps.LatLng``, or two numbers passed as
``lat`` and ``lng``. An event name, a selector, a number or a URL under a name parameter
names nothing; arrays of three numbers, pairs under other parameters and pairs out of
range are no position; functions placing no marker stay unread.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://s.kutim.example/hls/{}/index.m3u8"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='peta'></div><script>{script}</script></body></html>"


def _helper(params: str) -> str:
    return (
        f"function tambahMarker({params}) {{"
        " L.marker([0, 0]).addTo(peta).bindPopup('<video src=\"' + url + '\"></video>'); }\n"
    )


def test_the_name_parameter_names_the_camera_after_an_address() -> None:
    page = _page(
        _helper("latlng, alamat, judul, url")
        + f"tambahMarker([0.51, 117.51], 'Jl. Yos Sudarso, depan pasar', 'Simpang Tiga',"
        f" '{HLS.format('a')}');\n"
        + f"tambahMarker([0.52, 117.52], 'Jl. Poros Bengalon', 'Pelabuhan', '{HLS.format('b')}');\n"
    )
    found = [(c.name, c.latitude, c.longitude, c.area) for c in cameras(page)]
    assert found == [("Simpang Tiga", 0.51, 117.51, None), ("Pelabuhan", 0.52, 117.52, None)]


@pytest.mark.parametrize(
    "param", ["judul", "nama", "nama_cctv", "title", "name", "label", "lokasi", "camName"]
)
def test_each_name_parameter_spelling_names_the_camera(param: str) -> None:
    page = _page(
        _helper(f"pos, keterangan, {param}, url")
        + f"tambahMarker([0.51, 117.51], 'Arah ke bandara', 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.latitude) == ("Simpang Tiga", 0.51)


@pytest.mark.parametrize("value", ["'click'", "'#peta'", "'.kamera-list'", "42", "'1234'", "'A'"])
def test_a_name_parameter_receiving_no_name_names_nothing(value: str) -> None:
    page = _page(
        _helper("judul, keterangan, url")
        + f"tambahMarker({value}, 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert camera.name == "Simpang Tiga"


def test_a_url_under_the_name_parameter_names_nothing_but_stays_media() -> None:
    page = _page(
        "function tambahMarker(lat, lng, nama, keterangan) { L.marker([lat, lng]).addTo(peta); }\n"
        f"tambahMarker(0.51, 117.51, '{HLS.format('a')}', 'Simpang Tiga');\n"
    )
    (camera,) = cameras(page)
    assert camera.name == "Simpang Tiga"
    assert camera.stream_url == HLS.format("a")


def test_a_place_line_under_the_name_parameter_stays_the_area() -> None:
    page = _page(
        _helper("latlng, judul, nama, url")
        + f"tambahMarker([0.51, 117.51], 'Kec. Sangatta Utara', 'Simpang Tiga',"
        f" '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.area) == ("Simpang Tiga", "Sangatta Utara")


@pytest.mark.parametrize(
    ("params", "position"),
    [
        ("latlng, judul, url", "[0.51, 117.51]"),
        ("koordinat, judul, url", "[0.51, 117.51]"),
        ("pos, judul, url", "[ 0.51 , 117.51 ]"),
        ("position, judul, url", "[0.51, 117.51]"),
        ("coords, judul, url", "[0.51, 117.51]"),
        ("p, judul, url", "L.latLng(0.51, 117.51)"),
        ("p, judul, url", "new L.LatLng(0.51, 117.51)"),
        ("p, judul, url", "L.latLng([0.51, 117.51])"),
        ("p, judul, url", "new google.maps.LatLng(0.51, 117.51)"),
    ],
)
def test_a_position_argument_places_the_camera(params: str, position: str) -> None:
    page = _page(
        _helper(params) + f"tambahMarker({position}, 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.latitude, camera.longitude) == ("Simpang Tiga", 0.51, 117.51)


def test_a_map_argument_before_a_latlng_is_read() -> None:
    page = _page(
        "function addCam(map, position, description, name, snapshot) {"
        " L.marker(position).addTo(map); }\n"
        "addCam(map, L.latLng(-1.26, 116.83), 'View to the airport', 'Simpang Rapak',"
        " 'https://s.kutim.example/snap/rapak.jpg');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.latitude, camera.longitude) == ("Simpang Rapak", -1.26, 116.83)


def test_numbers_passed_as_lat_and_lng_place_the_camera() -> None:
    page = _page(
        "function addMarker(map, urutan, lat, lng, keterangan, nama_cctv, hls) {"
        " new google.maps.Marker({position: {lat: lat, lng: lng}, map: map}); }\n"
        f"addMarker(map, 7, 0.51, 117.51, 'Depan kantor', 'Simpang Tiga', '{HLS.format('a')}');\n"
        f"addMarker(map, 8, '0.52', '117.52', 'Dermaga', 'Pelabuhan', '{HLS.format('b')}');\n"
    )
    found = [(c.name, c.latitude, c.longitude) for c in cameras(page)]
    assert found == [("Simpang Tiga", 0.51, 117.51), ("Pelabuhan", 0.52, 117.52)]


@pytest.mark.parametrize(
    ("params", "position"),
    [
        ("pos, judul, url", "[0.51, 117.51, 12]"),  # more than two numbers
        ("zoom, judul, url", "[12, 18]"),  # zoom levels, not a position parameter
        ("latlng, judul, url", "[117.51, 0.51]"),  # out of range
        ("latlng, judul, url", "[-95.5, 200.1]"),
        ("p, judul, url", "L.latLng(117.51, 0.51)"),
    ],
)
def test_other_arrays_and_pairs_out_of_range_are_no_position(params: str, position: str) -> None:
    page = _page(
        _helper(params) + f"tambahMarker({position}, 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert camera.name == "Simpang Tiga"
    assert (camera.latitude, camera.longitude) == (None, None)


def test_lat_and_lng_out_of_range_are_no_position() -> None:
    page = _page(
        "function tambah(lat, lng, nama, url) { L.marker([lat, lng]).addTo(peta); }\n"
        f"tambah(117.51, 0.51, 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert (camera.latitude, camera.longitude) == (None, None)


def test_a_function_placing_no_marker_stays_unread() -> None:
    page = _page(
        _helper("latlng, alamat, judul, url")
        + f"tambahMarker([0.51, 117.51], 'Jl. Yos Sudarso', 'Simpang Tiga', '{HLS.format('a')}');\n"
        "function bukaKamera(latlng, judul, gambar) {"
        " document.getElementById('judul').textContent = judul;"
        " document.getElementById('foto').setAttribute('data-x', gambar); }\n"
        "bukaKamera([0.53, 117.53], 'Taman Kota', 'https://s.kutim.example/snap/taman.jpg');\n"
    )
    assert [c.name for c in cameras(page)] == ["Simpang Tiga"]


def test_parameters_are_looked_up_among_the_first_definitions_only() -> None:
    # A helper defined after 2,000 other functions keeps the first plain text as its name.
    others = "".join(f"function f{n}(a) {{ return a; }}\n" for n in range(2000))
    page = _page(
        others
        + _helper("latlng, alamat, judul, url")
        + f"tambahMarker([0.51, 117.51], 'Jl. Yos Sudarso', 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert camera.name == "Jl. Yos Sudarso"
    assert camera.latitude is None


def test_many_helper_calls_with_nested_positions_stay_bounded() -> None:
    # 2,000 calls handing a LatLng, long texts and a stream to a helper, and 2,000 calls of
    # unclosed nested parentheses before a URL: each call is looked at once, in bounds.
    long_text = "Arah " * 200
    calls = "".join(
        f"addCam(map, L.latLng(0.5, 117.{n}), '{HLS.format(n)}', '{long_text}', 'Kamera {n}');\n"
        for n in range(2000)
    )
    hostile = "".join(f"g{n}((((((( '{HLS.format(n)}'\n" for n in range(2000))
    page = _page(
        "function addCam(map, position, url, description, name) {"
        " L.marker(position).addTo(map); }\n" + calls + hostile
    )
    found = cameras(page)
    assert len(found) == 2000
    assert found[0].name == "Kamera 0"
    assert found[-1].latitude == 0.5


@pytest.mark.parametrize(
    "position",
    [
        "new mapboxgl.LngLat(117.51, 0.51)",
        "ol.proj.fromLonLat([117.51, 0.51])",
        "new maplibregl.LngLat(117.51, 0.51)",
    ],
)
def test_a_longitude_first_constructor_argument_is_read_in_its_order(position: str) -> None:
    page = _page(
        _helper("p, judul, url")
        + f"tambahMarker({position}, 'Simpang Tiga', '{HLS.format('a')}');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.latitude, camera.longitude) == ("Simpang Tiga", 0.51, 117.51)
