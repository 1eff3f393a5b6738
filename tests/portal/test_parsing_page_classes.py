"""Page shape classes learnt from holdout batch 9: card stills, popup players, layers, ids."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _card(name: str, picture: str, link: str, label: str) -> str:
    return (
        f'<div class="thumbnail"><img src="{picture}" alt="{name}">'
        f'<div class="caption"><h3>{name}</h3>'
        f'<p><a class="btn" href="{link}">{label}</a></p></div></div>'
    )


@pytest.mark.parametrize("label", ["Foto", "Snapshot", "Gambar", "Still", "Unduh"])
@pytest.mark.parametrize(
    ("picture", "still"),
    [
        (
            "http://cam1.kutim.example/axis-cgi/mjpg/video.cgi?fps=5",
            "http://cam1.kutim.example/axis-cgi/jpg/image.cgi",
        ),
        ("http://cam1.kutim.example/mjpg/video.mjpg", "http://cam1.kutim.example/snapshot.cgi"),
        ("/cam/1/video_feed", "/cam/1/snap.jpg"),
    ],
)
def test_still_linked_beside_an_mjpeg_picture(label: str, picture: str, still: str) -> None:
    """A card's link to a still image is that card's still, whatever the button says."""
    other = _card(
        "Tugu Aburan",
        "http://cam2.kutim.example/axis-cgi/mjpg/video.cgi",
        "http://cam2.kutim.example/axis-cgi/jpg/image.cgi",
        label,
    )
    page = f'<div class="row">{_card("Dermaga Kenyamukan", picture, still, label)}{other}</div>'
    found = cameras(page)
    assert [c.raw_name for c in found] == ["Dermaga Kenyamukan", "Tugu Aburan"]
    first = found[0]
    assert first.mjpeg_url is not None and first.mjpeg_url.endswith(picture.lstrip("/"))
    assert first.snapshot_url is not None and first.snapshot_url.endswith(still.lstrip("/"))
    assert found[1].snapshot_url == "http://cam2.kutim.example/axis-cgi/jpg/image.cgi"


def test_still_link_alone_is_no_camera() -> None:
    """A link to a still with no picture or stream beside it never becomes a camera."""
    page = (
        '<div class="card"><h3>Dermaga</h3><a href="https://cam.kutim.example/image.cgi">Foto</a>'
        '</div><div class="card"><h3>Tugu</h3>'
        '<video src="https://cam.kutim.example/hls/tugu.m3u8"></video></div>'
    )
    found = cameras(page)
    assert [c.raw_name for c in found] == ["Tugu"]
    assert found[0].snapshot_url is None


def test_linked_thumbnail_stays_the_still_of_its_card() -> None:
    """A thumbnail that links its full-size picture is one still, paired with the stream.

    The larger linked picture is that still (as a lightbox gallery shows it).
    """
    page = (
        '<div class="card"><h3>Simpang Kabo</h3>'
        '<a href="https://cam.kutim.example/full/kabo.jpg">'
        '<img class="thumb" src="https://cam.kutim.example/thumb/kabo.jpg" alt="Simpang Kabo"></a>'
        '<a href="https://cam.kutim.example/hls/kabo.m3u8">Live</a></div>'
        '<div class="card"><h3>Terminal</h3>'
        '<img class="thumb" src="https://cam.kutim.example/thumb/terminal.jpg" alt="Terminal">'
        '<a href="https://cam.kutim.example/hls/terminal.m3u8">Live</a></div>'
    )
    found = cameras(page)
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        (
            "Simpang Kabo",
            "https://cam.kutim.example/hls/kabo.m3u8",
            "https://cam.kutim.example/full/kabo.jpg",
        ),
        (
            "Terminal",
            "https://cam.kutim.example/hls/terminal.m3u8",
            "https://cam.kutim.example/thumb/terminal.jpg",
        ),
    ]


_POPUPS = [
    # Escaped for a double-quoted JS string (Blade's json-encoded popup HTML).
    (
        '"<h6>{name}<\\/h6><button onclick=\\"bukaCctv(\'{url}\')\\">Lihat<\\/button>"',
        lambda url: url.replace("/", "\\/"),
    ),
    # A single-quoted JS string with escaped single quotes.
    ("'<b>{name}</b><button onclick=\"play(\\'{url}\\')\">Putar</button>'", lambda url: url),
    # A data-* attribute read by a delegated click handler.
    ('\'<b>{name}</b><a href="#" data-stream="{url}">Live</a>\'', lambda url: url),
    ('`<b>{name}</b><a href="#" class="x" data-hls-src="{url}">Live</a>`', lambda url: url),
    # HTML-escaped quotes inside the handler.
    (
        "'<b>{name}</b><span onclick=\"openStream(&quot;{url}&quot;, 1)\">Live</span>'",
        lambda url: url,
    ),
]


@pytest.mark.parametrize(("template", "escape"), _POPUPS)
def test_stream_handed_to_a_player_in_popup_markup(template: str, escape: object) -> None:
    """A stream a popup hands to a player (handler call, data-* attribute) is the marker's."""
    assert callable(escape)
    rows = []
    for index, (name, lat) in enumerate((("Simpang Tiga", 0.49734), ("Bundaran Kabo", 0.52881))):
        url = f"https://atcs.kutim.example/hls/cam{index}/index.m3u8"
        popup = template.format(name=name, url=escape(url))
        rows.append(f"L.marker([{lat}, 117.5{index}]).addTo(map).bindPopup({popup});")
    page = "<div id='map'></div><script>var map = L.map('map');\n" + "\n".join(rows) + "</script>"
    found = cameras(page)
    assert [(c.raw_name, c.stream_url, c.latitude) for c in found] == [
        ("Simpang Tiga", "https://atcs.kutim.example/hls/cam0/index.m3u8", 0.49734),
        ("Bundaran Kabo", "https://atcs.kutim.example/hls/cam1/index.m3u8", 0.52881),
    ]


def test_popup_handed_stream_never_keeps_a_login() -> None:
    """A login written into a handed address is dropped like any other."""
    popup = "'<b>Kabo</b><button onclick=\"play(\\'https://u:RahasiaKutim1@a.kutim.example/k.m3u8\\')\">x</button>'"
    page = f"<script>L.marker([0.5, 117.5]).addTo(map).bindPopup({popup});</script>"
    found = cameras(page)
    assert found[0].stream_url == "https://a.kutim.example/k.m3u8"
    assert "RahasiaKutim1" not in repr(found)


def test_huge_popup_handlers_stay_bounded() -> None:
    """Thousands of handed addresses in one popup are read up to a bound, never all."""
    handlers = "".join(
        f'<i onclick="f(\'https://a.kutim.example/{i}.txt\')" data-x="/x{i}"></i>'
        for i in range(5000)
    )
    popup = f"'<b>Kabo</b>{handlers}<a data-hls=\"https://a.kutim.example/k.m3u8\">x</a>'"
    page = f"<script>L.marker([0.5, 117.5]).addTo(map).bindPopup({popup});</script>"
    # The handed addresses read are bounded: one past the bound is not reached, and the
    # marker ends in a clear error that says what was found.
    with pytest.raises(PortalFormatError, match="1 map marker"):
        cameras(page)


_LAYERS = """
map.addLayer({id: 'clusters', type: 'circle', source: 'cctv', filter: ['has', 'point_count'],
    paint: {'circle-color': '#0d6efd'}});
map.addLayer({id: 'count', type: 'symbol', source: 'cctv', layout: {'text-field': '{n}'}});
map.addLayer({id: 'points', type: 'circle', source: {type: 'geojson', data: 'x.json'},
    paint: {'circle-radius': 6}});
"""


@pytest.mark.parametrize("cluster", ["true", "false"])
def test_style_layers_are_never_cameras(cluster: str) -> None:
    """addLayer style layers that name a source add no camera beside the source's own."""
    source = (
        "map.addSource('cctv', {type: 'geojson', cluster: " + cluster + ", data: "
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "id": 11, "geometry": {"type": "Point", "coordinates": [117.55, 0.51]},'
        ' "properties": {"nama": "Masjid Agung", "hls": "https://c.kutim.example/a.m3u8"}},'
        '{"type": "Feature", "id": 12, "geometry": {"type": "Point", "coordinates": [117.54, 0.50]},'
        ' "properties": {"nama": "Jembatan", "hls": "https://c.kutim.example/b.m3u8"}}]}});'
    )
    found = cameras(f"<script>map.on('load', () => {{ {source} {_LAYERS} }});</script>")
    assert [(c.id, c.raw_name) for c in found] == [("11", "Masjid Agung"), ("12", "Jembatan")]


def test_style_layers_in_variables_are_never_cameras() -> None:
    """Layer objects kept in a variable (a list or one layer) add no camera to the data."""
    page = (
        "<script>const layers = [{id: 'clusters', type: 'circle', source: 'cctv',"
        " paint: {'circle-color': '#f00'}}, {id: 'pts', type: 'symbol', source: 'cctv',"
        " filter: ['!', ['has', 'point_count']], layout: {}}];"
        "const pointLayer = {id: 'p', type: 'circle', source: {type: 'geojson'}, paint: {}};"
        "var cams = [{nama: 'Kabo', hls: 'https://a.kutim.example/k.m3u8'},"
        " {nama: 'Tugu', hls: 'https://a.kutim.example/t.m3u8'}];"
        "layers.forEach((l) => map.addLayer(l));</script>"
    )
    assert [c.raw_name for c in cameras(page)] == ["Kabo", "Tugu"]


def test_style_layers_alone_say_no_camera_was_found() -> None:
    """A page with style layers and no camera data ends in a clear error."""
    with pytest.raises(PortalFormatError):
        cameras(f"<html><body><script>{_LAYERS}</script></body></html>")


@pytest.mark.parametrize(
    ("attribute", "want"),
    [
        ('data-id="12"', "12"),
        ('data-cctv-id="kt-104"', "kt-104"),
        ('data-camera-id="CAM_7"', "CAM_7"),
        ('data-kode="BGL-07"', "BGL-07"),
        ('id="cctv-12"', "12"),
        ('id="kamera_A3"', "A3"),
    ],
)
@pytest.mark.parametrize("shape", ["table", "cards", "list"])
def test_ids_on_rows_and_cards(attribute: str, want: str, shape: str) -> None:
    """The id a row, card or list item carries is its camera's id."""
    url = "https://atcs.kutim.example/live/pasar.m3u8"
    if shape == "table":
        page = (
            "<table><thead><tr><th>No</th><th>Lokasi</th><th>Aksi</th></tr></thead>"
            f'<tbody><tr {attribute}><td>1</td><td>Pasar Induk</td><td><a href="{url}">Lihat</a>'
            '</td></tr><tr><td>2</td><td>Terminal</td><td><a href="https://atcs.kutim.example/'
            'live/t.m3u8">Lihat</a></td></tr></tbody></table>'
        )
    elif shape == "cards":
        page = (
            f'<div class="row"><div class="card" {attribute}><h5>Pasar Induk</h5>'
            f'<video src="{url}"></video></div><div class="card"><h5>Terminal</h5>'
            '<video src="https://atcs.kutim.example/live/t.m3u8"></video></div></div>'
        )
    else:
        page = (
            f'<ul><li {attribute}><span>Pasar Induk</span> <a href="{url}">Pasar Induk</a></li>'
            '<li><a href="https://atcs.kutim.example/live/t.m3u8">Terminal</a></li></ul>'
        )
    found = cameras(page)
    assert [c.raw_name for c in found] == ["Pasar Induk", "Terminal"]
    assert found[0].id == want
    assert found[1].id.startswith("k-")


@pytest.mark.parametrize(
    "attribute",
    [
        'data-id="a b c"',
        'data-id="' + "9" * 200 + '"',
        'id="cctv-grid"',
        'data-kode="<b>1</b>"',
    ],
)
def test_unusable_ids_are_ignored(attribute: str) -> None:
    """Spaced, overlong, wordy or markup ids give the derived id, never a broken one."""
    page = (
        f'<div class="row"><div class="card" {attribute}><h5>Pasar Induk</h5>'
        '<video src="https://atcs.kutim.example/live/p.m3u8"></video></div></div>'
    )
    found = cameras(page)
    assert found[0].id.startswith("k-")


def test_player_element_id_is_no_camera_id() -> None:
    """id="cctv-1" on a player element is the handle a script attaches to, not an id."""
    page = (
        '<div class="card"><video id="cctv-1" src="https://a.kutim.example/1.m3u8"></video>'
        "<h4>Simpang Polres</h4></div>"
        '<div class="card"><video id="cctv-2" src="https://a.kutim.example/2.m3u8"></video>'
        "<h4>Terminal</h4></div>"
    )
    assert all(c.id.startswith("k-") for c in cameras(page))


def test_one_card_id_is_never_shared_by_two_cameras() -> None:
    """A container id around several cameras names none of them."""
    page = (
        '<div class="grid" data-id="7"><div class="card"><h5>A</h5>'
        '<video src="https://a.kutim.example/a.m3u8"></video></div>'
        '<div class="card"><h5>B</h5><video src="https://a.kutim.example/b.m3u8"></video></div></div>'
    )
    assert all(c.id.startswith("k-") for c in cameras(page))
