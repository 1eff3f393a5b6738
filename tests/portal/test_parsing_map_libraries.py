"""Markers of map libraries read by structure: Yandex, Bing, Naver, Kakao, 2GIS and others."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import mapjs, parse_body

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _popup(name: str) -> str:
    return f"'<b>{name}</b><a href=\"{HLS.format(name.lower())}\">Live</a>'"


def _one(script: str) -> Camera:
    cameras = _cams(script)
    assert len(cameras) == 1, cameras
    return cameras[0]


@pytest.mark.parametrize(
    ("script", "where"),
    [
        # Yandex: a positional [lat, lng] pair and balloon properties.
        (
            f"new ymaps.Placemark([0.52, 117.55], {{hintContent: 'Kabo', balloonContent: {_popup('Kabo')}}});",
            (0.52, 117.55),
        ),
        # The same pair written longitude first is read by value.
        (
            f"new ymaps.Placemark([117.55, 0.52], {{balloonContent: {_popup('Kabo')}}});",
            (0.52, 117.55),
        ),
        # Bing: a Location constructor, latitude first.
        (
            f"var p = new Microsoft.Maps.Pushpin(new Microsoft.Maps.Location(0.52, 117.55), {{title: 'Kabo'}}); p.metadata = {{description: {_popup('Kabo')}}};",
            (0.52, 117.55),
        ),
        # Naver and Kakao: position option given by a LatLng constructor.
        (
            f"var m = new naver.maps.Marker({{position: new naver.maps.LatLng(0.52, 117.55), title: 'Kabo', content: {_popup('Kabo')}}});",
            (0.52, 117.55),
        ),
        # 2GIS and Azure: [lng, lat] coordinates, markup in the options.
        (
            f"new mapgl.HtmlMarker(map, {{coordinates: [117.55, 0.52], html: {_popup('Kabo')}}});",
            (0.52, 117.55),
        ),
        (
            f"new atlas.HtmlMarker({{position: [117.55, 0.52], htmlContent: {_popup('Kabo')}}});",
            (0.52, 117.55),
        ),
        # Amap and Baidu: LngLat / Point constructors, longitude first.
        (
            f"new AMap.Marker({{position: new AMap.LngLat(117.55, 0.52), content: {_popup('Kabo')}}});",
            (0.52, 117.55),
        ),
        (
            f"var pt = new BMap.Point(117.55, 0.52); var mk = new BMap.Marker(pt, {{title: 'Kabo'}}); mk.html = {_popup('Kabo')};",
            (0.52, 117.55),
        ),
        # TomTom: position and popup chained to the marker.
        (
            f"new tt.Marker().setLngLat([117.55, 0.52]).setPopup(new tt.Popup().setHTML({_popup('Kabo')})).addTo(map);",
            (0.52, 117.55),
        ),
    ],
)
def test_markers_of_other_libraries_give_one_camera_each(
    script: str, where: tuple[float, float]
) -> None:
    """A marker constructor with a position and popup markup is a camera, in each library's order."""
    camera = _one(script)
    assert camera.raw_name == "Kabo"
    assert (camera.latitude, camera.longitude) == where
    assert camera.stream_url == HLS.format("kabo")


def test_concatenated_and_joined_popups_are_read() -> None:
    """Popup markup joined with ``+`` or from an array ``.join('')`` gives its media."""
    script = (
        "var isi = ['<div><h3>Sangkima</h3>', '<img src=\"/snap/sangkima.jpg\">', "
        f"'<a href=\"{HLS.format('sangkima')}\">x</a></div>'].join('');"
        "var pos = new naver.maps.LatLng(0.46, 117.54);"
        "var mk = new naver.maps.Marker({position: pos, map: map});"
        "var other = new naver.maps.Marker({position: new naver.maps.LatLng(0.47, 117.56)});"
        "var win = new naver.maps.InfoWindow({content: isi});"
        "naver.maps.Event.addListener(mk, 'click', function () { win.open(map, mk); });"
    )
    camera = _one(script)
    assert camera.raw_name == "Sangkima"
    assert (camera.latitude, camera.longitude) == (0.46, 117.54)
    assert camera.snapshot_url == "https://peta.kutim.example/snap/sangkima.jpg"
    assert camera.stream_url == HLS.format("sangkima")


def test_a_position_variable_set_twice_gives_no_position() -> None:
    """Nothing is evaluated: a variable holding two positions places no marker."""
    script = (
        "var pos = new google.maps.LatLng(0.46, 117.54); pos = new google.maps.LatLng(0.6, 117.7);"
        f"var m = new ymaps.Placemark(pos, {{balloonContent: {_popup('Kabo')}}});"
    )
    camera = _one(script)
    assert camera.latitude is None and camera.longitude is None


def test_google_marker_position_from_a_variable() -> None:
    """A Google marker placed at a LatLng variable set once gets that position."""
    script = (
        "var here = new google.maps.LatLng(0.531702, 117.557219);"
        f"var m = new google.maps.Marker({{position: here, title: 'Kabo'}});"
        f"var w = new google.maps.InfoWindow({{content: {_popup('Kabo')}}});"
    )
    camera = _one(script)
    assert (camera.latitude, camera.longitude) == (0.531702, 117.557219)


def test_markers_without_media_are_no_cameras() -> None:
    """Office markers with only an icon and a label give no camera (nor icon stills)."""
    script = (
        "new mapgl.Marker(map, {coordinates: [117.5, 0.5], icon: '/img/kantor.png', label: {text: 'Kantor'}});"
        "new naver.maps.Marker({position: new naver.maps.LatLng(0.5, 117.5), icon: {url: '/img/ic.png'}});"
    )
    with pytest.raises(PortalFormatError, match="map marker"):
        _cams(script)


def test_a_still_shown_by_every_marker_is_no_still() -> None:
    """The same picture on markers of different cameras is decoration; each keeps its stream."""
    markers = "".join(
        f"new ymaps.Placemark([0.5{i}, 117.5{i}], {{hintContent: 'Kamera {i}', balloonContent: "
        f'\'<img src="/theme/cctv.png"><a href="{HLS.format(i)}">x</a>\'}});'
        for i in range(3)
    )
    cameras = _cams(markers)
    assert [c.stream_url for c in cameras] == [HLS.format(i) for i in range(3)]
    assert all(c.snapshot_url is None for c in cameras)


def test_a_camera_shown_twice_keeps_its_still() -> None:
    """Two markers of one camera (same stream) share its still rightly."""
    popup = f'\'<b>Kabo</b><img src="/snap/kabo.jpg"><a href="{HLS.format("kabo")}">x</a>\''
    script = (
        f"new ymaps.Placemark([0.52, 117.55], {{balloonContent: {popup}}});"
        f"new ymaps.Placemark([0.52, 117.55], {{balloonContent: {popup}}});"
    )
    cameras = _cams(script)
    assert {c.snapshot_url for c in cameras} == {"https://peta.kutim.example/snap/kabo.jpg"}


def test_shared_stills_in_a_data_list_are_dropped_too() -> None:
    """A JSON-like list whose every camera names the same placeholder picture has no stills."""
    rows = ",".join(
        f"{{nama: 'Kamera {i}', lat: 0.5{i}, lng: 117.5{i}, stream: '{HLS.format(i)}', "
        "image: 'https://peta.kutim.example/assets/no-preview.jpg'}"
        for i in range(3)
    )
    cameras = _cams(f"var cctv = [{rows}];")
    assert len(cameras) == 3
    assert all(c.snapshot_url is None and c.stream_url for c in cameras)


@pytest.mark.parametrize(
    "script",
    [
        "new ymaps.Placemark(" * 20_000,
        "var p = new ymaps.Placemark([0.5, 117.5]);" + "p.metadata = 'x' + " * 20_000,
        "var a = ['<b>x</b>'" + ", '<i>y</i>'" * 50_000 + "].join('');",
        "new mapgl.HtmlMarker(map, {coordinates: [117.5, 0.5], html: '" + "<b>" * 200_000 + "'});",
    ],
    ids=["unclosed-markers", "endless-concatenation", "huge-joined-array", "huge-popup"],
)
def test_hostile_marker_scripts_end_bounded(script: str) -> None:
    """Unclosed, huge or endless marker scripts end with a clear error or a small result."""
    error = ""
    cameras: tuple[Camera, ...] = ()
    try:
        cameras = _cams(script)
    except PortalFormatError as err:
        error = str(err)
    assert not error or "No camera list" in error
    assert len(cameras) <= 1


def test_many_library_markers_are_capped() -> None:
    """No more markers than the camera cap are read from one script."""
    one = f"new ymaps.Placemark([0.5, 117.5], {{balloonContent: {_popup('Kabo')}}});"
    assert len(mapjs.marker_items(one * 2500, BASE)) == 2000


def test_folium_popups_set_in_their_own_statement() -> None:
    """Folium's hashed popup variables get their jQuery-wrapped markup via setContent."""
    script = "".join(
        f"var marker_{i} = L.marker([0.5{i}, 117.5{i}], {{}}).addTo(map_x);"
        f"var popup_{i} = L.popup({{'maxWidth': 300}});"
        f'var html_{i} = $(`<div id="html_{i}"><h4>Kamera {i}</h4>'
        f'<a href="{HLS.format(i)}">x</a></div>`)[0];'
        f"popup_{i}.setContent(html_{i});"
        f"marker_{i}.bindPopup(popup_{i});"
        for i in range(2)
    )
    cameras = _cams(script)
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        (f"Kamera {i}", HLS.format(i)) for i in range(2)
    ]


def test_a_window_given_two_contents_is_no_popup_variable() -> None:
    """A shared popup whose content changes is not taken as any one marker's popup."""
    variables = mapjs._contents_set(
        "info.setContent('<b>A</b>'); info.setContent('<b>B</b>'); one.setContent('<b>C</b>');",
        {},
    )
    assert variables == {"one": "<b>C</b>"}


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ("new kakao.maps.LatLng(0.52, 117.55)", (0.52, 117.55)),
        ("new Microsoft.Maps.Location(0.52, 117.55)", (0.52, 117.55)),
        ("new AMap.LngLat(117.55, 0.52)", (0.52, 117.55)),
        ("here", (0.52, 117.55)),
    ],
)
def test_data_lists_read_library_positions(value: str, where: tuple[float, float]) -> None:
    """Data arrays place cameras by any library's position constructor or a variable set once."""
    script = (
        "var here = new naver.maps.LatLng(0.52, 117.55);"
        f"var cams = [{{title: 'Kabo', latlng: {value}, stream: '{HLS.format('kabo')}'}},"
        f"{{title: 'Maloy', latlng: new kakao.maps.LatLng(0.6, 117.7), stream: '{HLS.format('maloy')}'}}];"
    )
    camera = _cams(script)[0]
    assert (camera.latitude, camera.longitude) == where


def test_a_data_position_variable_set_twice_is_no_position() -> None:
    """A position variable assigned two positions gives no position in data either."""
    script = (
        "var here = new naver.maps.LatLng(0.52, 117.55); here = new naver.maps.LatLng(0.6, 117.7);"
        f"var cams = [{{title: 'Kabo', latlng: here, stream: '{HLS.format('kabo')}'}},"
        f"{{title: 'Maloy', latlng: here, stream: '{HLS.format('maloy')}'}}];"
    )
    assert all(c.latitude is None for c in _cams(script))


def test_popup_markup_heading_names_a_data_item() -> None:
    """An item named only by its info window markup takes the heading's text."""
    script = (
        "var positions = ["
        f"{{content: '<div><h4>Simpang Tiga</h4><video src=\"{HLS.format('tiga')}\"></video></div>',"
        " latlng: new kakao.maps.LatLng(0.5, 117.5)},"
        f"{{content: '<div><strong>Live</strong><video src=\"{HLS.format('kabo')}\"></video></div>',"
        " latlng: new kakao.maps.LatLng(0.6, 117.6)}];"
    )
    cameras = _cams(script)
    assert cameras[0].raw_name == "Simpang Tiga"
    assert cameras[1].raw_name != "Live"


@pytest.mark.parametrize(
    "builder",
    [
        "L.popup()",
        "new L.Popup({maxWidth: 300})",
        "L . popup ( )",
        "new mapboxgl.Popup({offset: 25})",
        "new maplibregl.Popup()",
        "new tt.Popup()",
    ],
)
def test_popup_objects_assigned_to_variables(builder: str) -> None:
    """A popup object in a variable holds its literal content, whichever library made it."""
    script = f"var popupKabo = {builder}.setContent('<b>Kabo</b>');"
    assert mapjs._popup_objects(script, {}) == {"popupKabo": "<b>Kabo</b>"}


def test_popup_calls_that_make_no_object_in_a_variable_are_not_popup_variables() -> None:
    """Binding or opening a popup, and a popup made without a variable, set no variable."""
    script = (
        "m.bindPopup('<b>A</b>'); m.openPopup(); L.popup().setContent('<b>B</b>').openOn(map);"
        "var x = createPopup('<b>C</b>'); var y = popup('<b>D</b>');"
    )
    assert mapjs._popup_objects(script, {}) == {}


def test_many_popup_calls_stay_bounded() -> None:
    """Thousands of popup calls are looked at up to a bound; one set early is still read."""
    early = "var pertama = L.popup().setContent('<b>Pertama</b>');"
    noise = "L.popup().setContent('<b>x</b>').openOn(map);" * 20_000
    late = "var terakhir = L.popup().setContent('<b>Terakhir</b>');"
    found = mapjs._popup_objects(early + noise + late, {})
    assert found == {"pertama": "<b>Pertama</b>"}
