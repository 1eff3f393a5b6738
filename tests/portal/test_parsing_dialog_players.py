"""Players in the dialogs a row's or card's button opens, and map markers placing by name."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.dialogplayers import dialog_players, dialog_target
from custom_components.kutim_cctv.portal.parsing.titledmarkers import place_by_marker_titles

BASE = "https://cctv.kutimkab.example/cctv"
HLS = "https://stream.kutimkab.example/hls"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def dialog(dialog_id: str, player: str, *, cls: str = "modal fade") -> str:
    return (
        f'<div class="{cls}" id="{dialog_id}" tabindex="-1"><div class="modal-dialog">'
        f'<div class="modal-body">{player}</div></div></div>'
    )


def video(src: str) -> str:
    return f'<video controls><source src="{src}" type="application/x-mpegURL"></video>'


def frame(src: str) -> str:
    return f'<iframe src="{src}" frameborder="0" allowfullscreen></iframe>'


def table(rows: list[tuple[str, str, str]], *, between: bool = True, script: str = "") -> str:
    """Rows of (dialog id, name, player markup); dialogs between the rows or after."""
    body, after = [], []
    for dialog_id, name, player in rows:
        body.append(
            f"<tr><td>{name}</td><td>"
            f'<a class="btn" data-toggle="modal" data-target="#{dialog_id}">Show</a></td></tr>'
        )
        (body if between else after).append(dialog(dialog_id, player))
    return (
        "<html><head><title>CCTV</title></head><body><table>"
        f"<tr><th>Location</th><th>Preview</th></tr>{''.join(body)}</table>"
        f"{''.join(after)}<script>{script}</script></body></html>"
    )


ROWS = [
    ("myModal9", "Simpang Tiga", video(f"{HLS}/simpang-tiga/index.m3u8")),
    ("myModal8", "Bundaran Pelangi", video(f"{HLS}/bundaran/index.m3u8")),
]


@pytest.mark.parametrize("between", [True, False])
def test_a_rows_button_gives_the_player_of_the_dialog_it_opens(between: bool) -> None:
    cameras = parse(table(ROWS, between=between))
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        ("9", "Simpang Tiga", f"{HLS}/simpang-tiga/index.m3u8"),
        ("8", "Bundaran Pelangi", f"{HLS}/bundaran/index.m3u8"),
    ]


def test_bootstrap5_and_materialize_openers_on_cards() -> None:
    cards = (
        '<div class="card"><h4>Pantai Kenyamukan</h4>'
        '<button data-bs-toggle="modal" data-bs-target="#video-14">Tonton</button></div>'
        '<div class="card"><h4>Air Terjun Bidadari</h4>'
        '<a class="modal-trigger" href="#video-15">Tonton</a></div>'
    )
    html = (
        f"<html><body>{cards}"
        f"{dialog('video-14', frame('https://www.youtube.com/embed/Zq7mWc4Rb9K'))}"
        f"{dialog('video-15', frame('https://www.youtube.com/embed/Hp2xDy6Nf5T'))}"
        "</body></html>"
    )
    cameras = parse(html)
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        ("14", "Pantai Kenyamukan", "https://www.youtube.com/embed/Zq7mWc4Rb9K"),
        ("15", "Air Terjun Bidadari", "https://www.youtube.com/embed/Hp2xDy6Nf5T"),
    ]


def test_the_dialogs_player_replaces_the_openers_data_src() -> None:
    html = table(ROWS).replace(
        'data-target="#myModal9"',
        'data-src="https://www.youtube.com/watch?v=k7Qm2TzP4sA" data-target="#myModal9"',
    )
    cameras = parse(html)
    assert cameras[0].stream_url == f"{HLS}/simpang-tiga/index.m3u8"
    assert all("youtube" not in (c.stream_url or "") for c in cameras)


def test_a_dialog_several_buttons_open_is_no_rows_player() -> None:
    """A shared dialog a script fills: its player is read where it stands, as before."""
    found = dialog_players(
        '<a data-toggle="modal" data-target="#viewer">A</a>'
        '<a data-toggle="modal" data-target="#viewer">B</a>'
        + dialog("viewer", video(f"{HLS}/a/index.m3u8"))
    )
    assert found == {}


def test_dialogs_without_one_player_are_not_read() -> None:
    form = '<form method="post"><input name="name" value="Apron"><button>Update</button></form>'
    two = video(f"{HLS}/a/index.m3u8") + video(f"{HLS}/b/index.m3u8")
    html = (
        '<a data-toggle="modal" data-target="#editModal7">Edit</a>'
        '<a data-toggle="modal" data-target="#both">Both</a>'
        '<a data-toggle="modal" data-target="#blank">Blank</a>'
        f"{dialog('editModal7', form)}{dialog('both', two)}"
        f"{dialog('blank', '<iframe id=video></iframe>')}"
    )
    assert dialog_players(html) == {}


def test_tabs_collapses_and_dropdowns_are_no_dialog_openers() -> None:
    assert dialog_target({"data-toggle": "tab", "href": "#cam1"}) is None
    assert dialog_target({"data-bs-toggle": "collapse", "data-bs-target": "#c"}) is None
    assert dialog_target({"href": "#cam1"}) is None  # a plain page anchor
    assert dialog_target({"data-target": "translation-dropdown-4"}) is None  # no selector
    assert dialog_target({"data-bs-toggle": "modal", "data-bs-target": "#m 1"}) is None
    assert dialog_target({"data-toggle": "modal", "href": "#live3"}) == "live3"
    # A tab pane holding a player is no dialog: nothing is read from it here.
    html = '<a data-toggle="tab" href="#cam1">Cam 1</a><div class="tab-pane" id="cam1">'
    assert dialog_players(html + video(f"{HLS}/a/index.m3u8") + "</div>") == {}


@pytest.mark.parametrize(
    "src",
    [
        "http://192.168.20.31:8080/hls/gudang/index.m3u8",
        "http://127.0.0.1/live.m3u8",
        "http://169.254.169.254/latest/meta-data",
        "https://admin:rahasia@stream.kutimkab.example/hls/a/index.m3u8",
        "rtmp://stream.kutimkab.example/live/a",
    ],
)
def test_a_dialogs_player_on_a_lan_or_with_credentials_is_read_nowhere(src: str) -> None:
    rows = [*ROWS, ("myModal11", "Gudang Kargo", video(src))]
    cameras = parse(table(rows))
    assert [c.name for c in cameras] == ["Simpang Tiga", "Bundaran Pelangi"]
    for camera in cameras:
        assert src not in {camera.stream_url, camera.snapshot_url, camera.mjpeg_url}


def test_a_buttons_target_or_toggle_is_never_a_name() -> None:
    html = (
        "<html><body>"
        '<div data-src="https://stream.kutimkab.example/hls/x/index.m3u8" data-toggle="modal"'
        ' data-target="#myModal4"></div>'
        '<div data-stream="https://stream.kutimkab.example/hls/y/index.m3u8"'
        ' data-bs-target="#sheet"></div></body></html>'
    )
    names = [c.name for c in parse(html)]
    assert names and not any(n.startswith("#") or n == "modal" for n in names)


MARKERS = """
var map = new GMaps({div: '#map', lat: 0.5101, lng: 117.5389, zoom: 14});
map.addMarker({lat: 0.5023300, lng: 117.5231000, title: 'Simpang Tiga',
    click: function (e) { alert('This is ' + 'Simpang Tiga'); }});
map.addMarker({lat: 0.5201100, lng: 117.5346200, title: 'Bundaran Pelangi'});
map.addMarker({lat: 0.5301100, lng: 117.5446200, title: 'Kantor Diskominfo'});
"""


def test_media_less_markers_place_the_camera_their_title_names() -> None:
    cameras = parse(table(ROWS, script=MARKERS))
    assert [(c.name, c.latitude, c.longitude) for c in cameras] == [
        ("Simpang Tiga", 0.50233, 117.5231),
        ("Bundaran Pelangi", 0.52011, 117.53462),
    ]


def test_google_and_leaflet_titled_markers() -> None:
    script = (
        "new google.maps.Marker({position: new google.maps.LatLng(0.50233, 117.5231),"
        " map: map, title: 'Simpang Tiga'});"
        "L.marker([0.52011, 117.53462], {title: 'Bundaran Pelangi'}).addTo(peta);"
    )
    cameras = parse(table(ROWS, script=script))
    assert [(c.latitude, c.longitude) for c in cameras] == [
        (0.50233, 117.5231),
        (0.52011, 117.53462),
    ]


def test_marker_titles_never_place_shared_names_or_differently_written_ones() -> None:
    rows = [*ROWS, ("myModal7", "Simpang Tiga", video(f"{HLS}/simpang-tiga-2/index.m3u8"))]
    script = (
        MARKERS
        + "map.addMarker({lat: 0.61, lng: 117.61, title: 'Bundaran Pelangi'});"
        + "map.addMarker({lat: 0.62, lng: 117.62, title: 'bundaran pelangi'});"
    )
    cameras = parse(table(rows, script=script))
    # Two cameras named Simpang Tiga; two markers titled Bundaran Pelangi: none placed.
    assert all(c.latitude is None and c.longitude is None for c in cameras)


def test_a_marker_with_media_or_a_camera_with_a_place_is_not_reread() -> None:
    script = (
        "map.addMarker({lat: 0.50233, lng: 117.5231, title: 'Simpang Tiga',"
        " infoWindow: {content: '<img src=\"https://cctv.kutimkab.example/s.jpg\">'}});"
        "map.addMarker({lat: 95.1, lng: 117.5, title: 'Bundaran Pelangi'});"
    )
    cameras = parse(table(ROWS, script=script))
    by_name = {c.name: c for c in cameras}
    assert by_name["Bundaran Pelangi"].latitude is None  # no place on the earth
    # A marker with a picture in its popup is a camera of its own, not a place for another.
    assert by_name["Simpang Tiga"].latitude is None


def test_markers_alone_still_make_no_camera() -> None:
    html = f"<html><body><div id=map></div><script>{MARKERS}</script></body></html>"
    with pytest.raises(PortalFormatError):
        parse(html)


def test_many_dialogs_and_openers_stay_bounded() -> None:
    """Thousands of openers and nested dialogs: read once, bounded, nothing crashes."""
    openers = "".join(f'<a data-toggle="modal" data-target="#m{i}">Show</a>' for i in range(3_000))
    dialogs = '<div class="modal" id="m1">' * 20_000
    nested = dialog_players(openers + dialogs + video(f"{HLS}/a/index.m3u8"))
    assert list(nested) == ["m1"]  # the one dialog opened once, holding one player
    assert nested["m1"][1] == "1"
    found = dialog_players(openers + "".join(dialog(f"m{i}", "") for i in range(3_000)))
    assert found == {}


def test_a_script_full_of_marker_calls_stays_bounded() -> None:
    calls = "map.addMarker({lat: 1.5, lng: 117.5, title: 'Simpang Tiga', a: " + "{" * 1_500
    script = (calls + "\n") * 2_000
    camera = Camera(id="9", raw_name="Simpang Tiga", name="Simpang Tiga")
    # Every call titles the same name: a shared title places no one.
    assert place_by_marker_titles([script] * 3, [camera]) == [camera]
    one = "map.addMarker({lat: 0.5, lng: 117.5, title: 'Simpang Tiga'});"
    placed = place_by_marker_titles([one + script.replace("Simpang Tiga", "x")], [camera])
    assert (placed[0].latitude, placed[0].longitude) == (0.5, 117.5)
