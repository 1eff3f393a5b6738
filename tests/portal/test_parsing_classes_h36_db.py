"""Google Maps markers and the info window opened on them, read after holdout 36.

A page repeating one block per camera (a PHP or CodeIgniter view) often builds the
camera's ``InfoWindow`` before its marker, keeps the place in a ``{lat, lng}`` variable
and ties the two in a listener: ``var pos1 = {lat: -6.30, lng: 105.83}; var
contentString1 = '<h3>…</h3>' + '<img src=…>'; var infowindow1 = new
google.maps.InfoWindow({content: contentString1}); var marker1 = new
google.maps.Marker({position: pos1, title}); marker1.addListener('click', () =>
infowindow1.open(map, marker1))``. The window opened on a marker (``open(map, marker)``,
``open({anchor: marker, map})``) is its popup wherever it is written, not the window
written after the marker (the next camera's); a marker's ``position`` naming a variable
set once to a ``{lat, lng}`` literal is that place; a string variable joined from
literals with ``+`` is the whole markup.

Not read so: a shared window filled per click by ``setContent`` (content by position, as
before), a window opened on no marker variable, a position variable set to two places
or to an object of non-literal values, a string variable joined with an expression
(its first literal only, as before).

A MapLibre or Mapbox marker is clicked through its page element: a listener hung on
``marker.getElement()`` (``m1.getElement().addEventListener('click', () =>
bukaKamera('KM 10', 'https://…m3u8'))``), or on the element the marker is built on
(``const el = document.createElement('div'); el.addEventListener('click', …); new
maplibregl.Marker({element: el})``, ``new mapboxgl.Marker(el)``), is the marker's click
handler, whose literal media addresses are the camera's. Not read so: a listener that
hands over no media (``map.flyTo``), an element's listener written before an earlier
marker (a reused variable name), a Leaflet or Google marker's position variable.

A page may wrap each camera record in an object of its own class and build the still in
a method named for a picture's address: ``Camera.prototype.getImageUrl = function() {
let baseUrl = '//host/CameraImages'; let cameraNumber = this.number; return
`${baseUrl}/loc${cameraNumber}.jpg`; }`` with ``function Camera(data) { this.number =
data.Number; }``, or an ES2015 class method joining ``'…/' + this.code + '.jpg'``. Each
placed record without media holding the field gets the filled address as its still; the
field is its id when the record names none. Not read so: a method whose name says no
picture (``getPageUrl``), an address that is no still (a web page), a class the script
never instantiates, a returned expression with an unknown part (a page constant, a
field the constructor does not copy), a record with media of its own or not placed.

An entry of a list whose one address is a web page naming no player (a GIS layer's
information point linking a museum's site, a resort feed's ticket office) is no camera
when at least two of the list's entries, more than such pages, give real media. Not
read so: a page naming a player (``/live/…``), a media file route the kind reader does
not know (``…/s.mp4``), a list of pages only, or as many pages as pictures.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.fieldtemplates import fill_method_templates
from custom_components.kutim_cctv.portal.parsing.mapjs import (
    _position_vars,
    _string_vars,
    marker_items,
)
from custom_components.kutim_cctv.portal.parsing.methodtemplates import method_templates
from custom_components.kutim_cctv.portal.parsing.pageonly import without_page_entries

BASE = "https://cctv.kutim.example/peta"


def page(script: str) -> str:
    """Wrap a script in a map page."""
    return f'<html><body><div id="map"></div><script>{script}</script></body></html>'


def parse(script: str) -> tuple[Camera, ...]:
    """Parse a map page the way an Automatic portal is read."""
    return parse_body(page(script), profile=Profile.AUTO, base_url=BASE).cameras


def parse_any(script: str) -> tuple[Camera, ...]:
    """Parse a map page; a page giving no camera list gives none."""
    try:
        return parse(script)
    except PortalFormatError:
        return ()


def block(number: int, name: str, lat: float, lng: float, *, anchor: bool = False) -> str:
    """Return one camera's block: window first, then its marker, then the listener."""
    opening = (
        f"infowindow{number}.open({{anchor: marker{number}, map}});"
        if anchor
        else f"infowindow{number}.open(map, marker{number});"
    )
    return f"""
      var pos{number} = {{lat: {lat}, lng: {lng}}};
      var contentString{number} = '<h3>{name}</h3>' +
          '<img src="https://cctv.kutim.example/snap/{number}.jpg" width="320">' +
          '<a href="https://cctv.kutim.example/hls/{number}/index.m3u8">Live</a>';
      var infowindow{number} = new google.maps.InfoWindow({{content: contentString{number}}});
      var marker{number} = new google.maps.Marker({{position: pos{number}, map: map, title: '{name}'}});
      marker{number}.addListener('click', function() {{ {opening} }});
    """


def test_window_built_before_its_marker_is_that_markers() -> None:
    script = (
        "function initMap() { var map = new google.maps.Map(el, {zoom: 10});"
        + block(1, "Simpang Tiga", -0.5021, 117.1536)
        + block(2, "Jembatan Pesut", -0.5102, 117.1412)
        + block(3, "Bundaran Sangatta", 0.5088, 117.5312)
        + "}"
    )
    cameras = parse(script)
    assert [c.raw_name for c in cameras] == ["Simpang Tiga", "Jembatan Pesut", "Bundaran Sangatta"]
    for number, camera in enumerate(cameras, 1):
        assert camera.snapshot_url == f"https://cctv.kutim.example/snap/{number}.jpg"
        assert camera.stream_url == f"https://cctv.kutim.example/hls/{number}/index.m3u8"
    assert (cameras[0].latitude, cameras[0].longitude) == (-0.5021, 117.1536)
    assert (cameras[2].latitude, cameras[2].longitude) == (0.5088, 117.5312)


def test_window_opened_with_anchor_option() -> None:
    script = block(1, "Simpang Tiga", -0.5021, 117.1536, anchor=True) + block(
        2, "Jembatan Pesut", -0.5102, 117.1412, anchor=True
    )
    cameras = parse(script)
    assert [(c.raw_name, c.snapshot_url) for c in cameras] == [
        ("Simpang Tiga", "https://cctv.kutim.example/snap/1.jpg"),
        ("Jembatan Pesut", "https://cctv.kutim.example/snap/2.jpg"),
    ]


def test_windows_and_listeners_written_apart_from_markers() -> None:
    script = """
      var a = {lat: -0.51, lng: 117.15}; var b = {lng: 117.16, lat: -0.52};
      var wa = new google.maps.InfoWindow({content: '<h4>Pasar Induk</h4>' +
        '<img src="/snap/pasar.jpg">'});
      var wb = new google.maps.InfoWindow({content: '<h4>Terminal</h4><img src="/snap/terminal.jpg">'});
      var ma = new google.maps.Marker({position: a, map: map, title: 'Pasar Induk'});
      var mb = new google.maps.Marker({position: b, map: map, title: 'Terminal'});
      google.maps.event.addListener(ma, 'click', function() { wa.open(map, ma); });
      google.maps.event.addListener(mb, 'click', function() { wb.open(map, mb); });
    """
    cameras = parse(script)
    assert [(c.raw_name, c.snapshot_url, c.latitude, c.longitude) for c in cameras] == [
        ("Pasar Induk", "https://cctv.kutim.example/snap/pasar.jpg", -0.51, 117.15),
        ("Terminal", "https://cctv.kutim.example/snap/terminal.jpg", -0.52, 117.16),
    ]


def test_repeated_variable_names_tie_each_block() -> None:
    script = "".join(
        f"""
        var infowindow = new google.maps.InfoWindow({{content: '<h4>Cam {n}</h4><img src="/s/{n}.jpg">'}});
        var marker = new google.maps.Marker({{position: {{lat: -0.5{n}, lng: 117.1{n}}}, title: 'Cam {n}'}});
        marker.addListener('click', function() {{ infowindow.open(map, marker); }});
        """
        for n in range(1, 4)
    )
    cameras = parse(script)
    assert [c.snapshot_url for c in cameras] == [
        f"https://cctv.kutim.example/s/{n}.jpg" for n in range(1, 4)
    ]


def test_shared_window_filled_per_click_is_read_by_position() -> None:
    script = """
      var info = new google.maps.InfoWindow({content: 'Memuat…'});
      var m1 = new google.maps.Marker({position: {lat: -0.51, lng: 117.15}, title: 'Satu'});
      m1.addListener('click', function() {
        info.setContent('<img src="/s/satu.jpg">'); info.open(map, m1); });
      var m2 = new google.maps.Marker({position: {lat: -0.52, lng: 117.16}, title: 'Dua'});
      m2.addListener('click', function() {
        info.setContent('<img src="/s/dua.jpg">'); info.open(map, m2); });
    """
    cameras = parse(script)
    assert [(c.raw_name, c.snapshot_url) for c in cameras] == [
        ("Satu", "https://cctv.kutim.example/s/satu.jpg"),
        ("Dua", "https://cctv.kutim.example/s/dua.jpg"),
    ]


def test_window_opened_on_no_marker_gives_nothing() -> None:
    script = """
      var legend = new google.maps.InfoWindow({content: '<img src="/s/legend.jpg">'});
      legend.open(map);
      var m1 = new google.maps.Marker({position: {lat: -0.51, lng: 117.15}, title: 'Satu'});
    """
    assert all(c.snapshot_url is None for c in parse_any(script))


def test_position_variable_rules() -> None:
    positions = _position_vars(
        """
        var pos1 = {lat: -6.3057, lng: 105.8315};
        var pos2 = { "lng": 105.8253, "lat": -6.3769 };
        var twice = {lat: 1.5, lng: 2.5}; twice = {lat: 3.5, lng: 4.5};
        var loop = {lat: 1.5, lng: 2.5}; loop = {lat: row.lat, lng: row.lng};
        var style = {color: 'red', weight: 2};
        """
    )
    assert positions["pos1"] == (-6.3057, 105.8315)
    assert positions["pos2"] == (-6.3769, 105.8253)
    assert positions.get("twice") is None
    assert positions.get("loop") is None
    assert positions.get("style") is None


def test_position_variable_set_twice_places_no_marker() -> None:
    script = """
      var pos = {lat: -0.51, lng: 117.15};
      pos = {lat: -0.61, lng: 117.25};
      var m1 = new google.maps.Marker({position: pos, title: 'Satu'});
      var w1 = new google.maps.InfoWindow({content: '<img src="/s/satu.jpg">'});
      m1.addListener('click', function() { w1.open(map, m1); });
    """
    items = marker_items(script, BASE)
    assert items == [{"name": "Satu", "snapshot": "https://cctv.kutim.example/s/satu.jpg"}]


def test_string_variable_joined_from_literals() -> None:
    found = _string_vars(
        """
        var joined = '<h3>A</h3>' +
            '<img src="/a.jpg">';
        var mixed = '<h3>B</h3>' + nama + '<img src="/b.jpg">';
        var tail = '<h3>C</h3>' + '<img src="/c.jpg">' + nama;
        """
    )
    assert found["joined"] == '<h3>A</h3><img src="/a.jpg">'
    assert found["mixed"] == "<h3>B</h3>"
    assert found["tail"] == "<h3>C</h3>"


def test_many_windows_opens_and_position_objects_stay_bounded() -> None:
    # Thousands of windows, opens, position objects left open and long joins: every scan
    # is counted and the joins stop at their piece count.
    unclosed = "".join(f"var u{n} = {{ lat" + " " * 290 + "\n" for n in range(3000))
    joins = "".join(f"var s{n} = " + " + ".join(["'<b>x</b>'"] * 200) + ";\n" for n in range(300))
    blocks = "".join(block(n, f"Cam {n}", -0.5, 117.1) for n in range(2500))
    opens = "".join(f"infowindow{n % 50}.open(map, marker{n % 50});\n" for n in range(5000))
    script = unclosed + joins + blocks + opens
    items = marker_items(script, BASE)
    assert 0 < len(items) <= 2000
    # Past 64 pieces a join is not whole: its first literal, as any unfinished join.
    assert _string_vars(joins)["s1"] == "<b>x</b>"


def gl_block(number: int, *, element: str = "option", listener: bool = True) -> str:
    """Return one MapLibre marker built on a page element with a click listener."""
    made = {"option": f"{{element: el{number}}}", "positional": f"el{number}"}[element]
    hung = (
        f"el{number}.addEventListener('click', () => "
        f"putar('Cam {number}', 'https://cctv.kutim.example/hls/{number}.m3u8'));"
        if listener
        else ""
    )
    return f"""
      const el{number} = document.createElement('div');
      {hung}
      new maplibregl.Marker({made}).setLngLat([117.1{number}, -0.5{number}])
        .setPopup(new maplibregl.Popup().setHTML('<h4>Cam {number}</h4>')).addTo(map);
    """


def test_marker_element_listener_gives_the_stream() -> None:
    script = gl_block(1) + gl_block(2, element="positional")
    cameras = parse(script)
    assert [(c.raw_name, c.stream_url, c.latitude) for c in cameras] == [
        ("Cam 1", "https://cctv.kutim.example/hls/1.m3u8", -0.51),
        ("Cam 2", "https://cctv.kutim.example/hls/2.m3u8", -0.52),
    ]


def test_get_element_listener_gives_the_stream() -> None:
    script = """
      var m1 = new maplibregl.Marker({color: '#d32f2f'}).setLngLat([105.7521, -5.8645]).addTo(map);
      m1.setPopup(new maplibregl.Popup().setHTML('<b>KM 10</b>'));
      m1.getElement().addEventListener('click', function () {
        bukaKamera('KM 10', 'https://cctv.kutim.example/hls/km10/index.m3u8'); });
      var m2 = new maplibregl.Marker({color: '#d32f2f'}).setLngLat([105.6533, -5.7004]).addTo(map);
      m2.setPopup(new maplibregl.Popup().setHTML('<b>KM 33</b>'));
      m2.getElement().addEventListener('click', function () {
        bukaKamera('KM 33', 'https://cctv.kutim.example/hls/km33/index.m3u8'); });
    """
    cameras = parse(script)
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        ("KM 10", "https://cctv.kutim.example/hls/km10/index.m3u8"),
        ("KM 33", "https://cctv.kutim.example/hls/km33/index.m3u8"),
    ]


def test_listener_without_media_and_reused_element_give_nothing() -> None:
    script = """
      var el = document.createElement('div');
      el.addEventListener('click', () => map.flyTo({center: [117.1, -0.5], zoom: 15}));
      new maplibregl.Marker({element: el}).setLngLat([117.1, -0.5])
        .setPopup(new maplibregl.Popup().setHTML('<h4>Kantor</h4>')).addTo(map);
    """
    assert parse_any(script) == ()
    reused = (
        gl_block(1)
        + """
      new maplibregl.Marker({element: el1}).setLngLat([117.3, -0.7])
        .setPopup(new maplibregl.Popup().setHTML('<h4>Lain</h4>')).addTo(map);
    """
    )
    items = marker_items(reused, BASE)
    assert [item.get("stream") for item in items] == [
        "https://cctv.kutim.example/hls/1.m3u8",
        None,
    ]


def test_leaflet_position_variable_is_no_element() -> None:
    script = """
      var pos = L.latLng(-0.5, 117.1);
      pos.on('click', function () { putar('https://cctv.kutim.example/hls/x.m3u8'); });
      L.marker(pos).bindPopup('<b>Satu</b>').addTo(map);
    """
    items = marker_items(script, BASE)
    assert items
    assert all(".m3u8" not in str(item) for item in items)


PROTOTYPE = """
function Camera(data) {
  this.number = data.Number;
  this.name = data.Name;
}
Camera.prototype.getImageUrl = function() {
  let baseUrl = '//img.kutim.example/CameraImages';
  let cameraNumber = this.number;
  return `${baseUrl}/loc${cameraNumber}.jpg`;
};
Camera.prototype.getPageUrl = function() {
  return `https://www.kutim.example/cam/${this.number}.html`;
};
"""

RECORDS = """
var cams = [
  {"Number": "4101", "Name": "Simpang Empat", "Latitude": "0.51", "Longitude": "117.52"},
  {"Number": "4102", "Name": "Pelabuhan", "Latitude": "0.52", "Longitude": "117.53"}
].map(function (d) { return new Camera(d); });
"""


def test_prototype_method_template_gives_each_record_its_still_and_id() -> None:
    assert method_templates(PROTOTYPE + RECORDS) == [
        "//img.kutim.example/CameraImages/loc{{Number}}.jpg"
    ]
    cameras = parse(PROTOTYPE + RECORDS)
    assert [(c.id, c.raw_name, c.snapshot_url) for c in cameras] == [
        ("4101", "Simpang Empat", "https://img.kutim.example/CameraImages/loc4101.jpg"),
        ("4102", "Pelabuhan", "https://img.kutim.example/CameraImages/loc4102.jpg"),
    ]


def test_class_method_join_template() -> None:
    script = """
      class Webcam {
        constructor(rec) { this.code = rec.kode; }
        getImageUrl() { return 'https://img.kutim.example/now/' + this.code + '.jpg'; }
      }
      const list = [1].map(r => new Webcam(r));
    """
    assert method_templates(script) == ["https://img.kutim.example/now/{{kode}}.jpg"]


def test_method_templates_that_give_nothing() -> None:
    # Never instantiated.
    assert method_templates(PROTOTYPE) == []
    # A picture-named method returning a web page, with a page constant, or with a field
    # the constructor does not copy.
    others = """
      function Cam(d) { this.id = d.id; }
      Cam.prototype.getImageUrl = function() { return '/cams/' + this.id + '.html'; };
      Cam.prototype.getPhotoUrl = function() { return BASE + '/p/' + this.id + '.jpg'; };
      Cam.prototype.getThumbnailUrl = function() { return '/t/' + this.secret + '.jpg'; };
      new Cam({});
    """
    assert method_templates(others) == []


def test_record_with_own_media_or_id_keeps_them() -> None:
    records: list[dict[str, object]] = [
        {"Number": "1", "kode": "K-1", "lat": 0.5, "lng": 117.5},
        {"Number": "2", "lat": 0.6, "lng": 117.6, "snapshot": "https://own.example/2.jpg"},
        {"Number": "3"},
    ]
    fill_method_templates(PROTOTYPE + RECORDS, [records])  # type: ignore[list-item]
    first, second, third = records
    assert first["snapshot"] == "//img.kutim.example/CameraImages/loc1.jpg"
    assert "id" not in first
    assert second["snapshot"] == "https://own.example/2.jpg"
    assert "snapshot" not in third  # not placed on a map


def test_many_methods_and_long_bodies_stay_bounded() -> None:
    long_body = "let x = 1;\n" * 2000
    script = "".join(
        f"function C{n}(d) {{ this.a = d.A; }}\n"
        f"C{n}.prototype.getImageUrl = function() {{ {long_body} "
        "return '/i/' + this.a + '.jpg'; };\n"
        f"new C{n}(1);\n"
        for n in range(300)
    )
    assert method_templates(script) == []
    short = "".join(
        f"function C{n}(d) {{ this.a = d.A{n}; }}\n"
        f"C{n}.prototype.getImageUrl = function() {{ return '/i/' + this.a + '.jpg'; }};\n"
        f"new C{n}(1);\n"
        for n in range(300)
    )
    assert len(method_templates(short)) == 8


def test_web_page_entries_beside_pictures_are_no_cameras() -> None:
    def cam(name: str, stream: str | None = None, snapshot: str | None = None) -> Camera:
        return Camera(id=name, raw_name=name, name=name, stream_url=stream, snapshot_url=snapshot)

    pictures = [cam(f"P{n}", snapshot=f"https://img.kutim.example/{n}.jpg") for n in range(3)]
    museum = cam("Museum", stream="https://museum.kutim.example/visit")
    page = cam("About", stream="https://www.kutim.example/about.html")
    assert without_page_entries([*pictures, museum, page]) == pictures
    # A page naming a player, a media file the kind reader does not know, pages alone,
    # or as many pages as pictures: kept.
    player = cam("Player", stream="https://www.kutim.example/live/simpang")
    route = cam("Route", stream="https://nvr.kutim.example/k/mp4/g/m/s.mp4")
    assert without_page_entries([*pictures, player, route]) == [*pictures, player, route]
    assert without_page_entries([museum, page]) == [museum, page]
    assert without_page_entries([pictures[0], museum]) == [pictures[0], museum]
    two = [*pictures[:2], museum, page]
    assert without_page_entries(two) == two


def test_geojson_information_point_with_a_page_is_no_camera() -> None:
    features = [
        {
            "type": "Feature",
            "id": f"layer.{n}",
            "geometry": {"type": "Point", "coordinates": [117.5 + n / 100, 0.5]},
            "properties": {"name": f"Cam {n}", "img": f"https://img.kutim.example/{n}.jpg"},
        }
        for n in range(3)
    ]
    features.append(
        {
            "type": "Feature",
            "id": "layer.9",
            "geometry": {"type": "Point", "coordinates": [117.6, 0.5]},
            "properties": {"name": "Museum", "img": "", "url": "https://museum.kutim.example/"},
        }
    )
    body = json.dumps({"type": "FeatureCollection", "features": features})
    cameras = parse_body(body, profile=Profile.AUTO, base_url=BASE).cameras
    assert [c.id for c in cameras] == ["layer.0", "layer.1", "layer.2"]
