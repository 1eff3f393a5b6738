"""Map markers whose popup is one link named by its text.

The Leaflet quick-start idiom binds each marker a popup that is a single link and
nothing else (``'<a href="' + url + '" target="_blank">' + name + '</a>'``): the link
leads to the camera's stream or still and its text is the camera's name. The link may
sit inside one or two layout elements (``<div>``, ``<p>``). A label saying what to do
(``Lihat CCTV``, ``View webcam``), an address written as text, a state word or a number
names nothing, and a popup holding anything beside the link is read as before.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.mapjs import _popup_name, _sole_link_name

BASE = "https://dishub.kutim.example/cctv"
_MJPEG = "https://zm.dishub.kutim.example/cgi-bin/nph-zms?mode=jpeg&amp;monitor={n}"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(*popups: str) -> str:
    markers = "\n".join(
        f"L.marker([0.5{i}, 117.5{i}]).addTo(map).bindPopup('{popup}');"
        for i, popup in enumerate(popups)
    )
    return (
        "<html><body><div id='map'></div><script>"
        "var map = L.map('map');\n"
        f"{markers}</script></body></html>"
    )


def _link(n: int, text: str) -> str:
    return f'<a href="{_MJPEG.format(n=n)}" target="_blank">{text}</a>'


def test_sole_link_names_each_marker() -> None:
    found = cameras(_page(_link(3, "Simpang Tiga"), _link(4, "Polder Ilham &amp; Jl. Pendidikan")))
    assert [(c.name, c.latitude) for c in found] == [
        ("Simpang Tiga", 0.50),
        ("Polder Ilham & Jl. Pendidikan", 0.51),
    ]
    assert (
        found[0].mjpeg_url == "https://zm.dishub.kutim.example/cgi-bin/nph-zms?mode=jpeg&monitor=3"
    )


def test_sole_link_inside_layout_elements() -> None:
    assert _sole_link_name(f'<div class="popup"><p>{_link(1, " Jembatan Kabo ")}</p></div>') == (
        "Jembatan Kabo"
    )
    assert _popup_name(f"<span>{_link(1, 'Bundaran Pelangi')}</span>") == "Bundaran Pelangi"


def test_action_labels_name_nothing() -> None:
    for label in ("Lihat CCTV", "View webcam", "Klik di sini", "Live", "HD"):
        assert _sole_link_name(_link(1, label)) is None, label
    found = cameras(_page(_link(3, "Lihat CCTV"), _link(4, "Simpang Tiga")))
    assert [c.name for c in found][1] == "Simpang Tiga"
    assert not found[0].name.startswith("Lihat")


def test_addresses_states_and_numbers_name_nothing() -> None:
    assert _sole_link_name(_link(1, "https://zm.dishub.kutim.example/cgi-bin/nph-zms")) is None
    assert _sole_link_name(_link(1, "Online")) is None
    assert _sole_link_name(_link(1, "12345")) is None
    long_text = " ".join(["kata"] * 13)
    assert _sole_link_name(_link(1, long_text)) is None


def test_popup_with_more_than_the_link_is_read_as_before() -> None:
    # Text beside the link: the leading text names the marker, not the link.
    assert _sole_link_name(f"Kamera 3 {_link(1, 'Simpang Tiga')}") is None
    assert _popup_name(f"Kamera 3<br>{_link(1, 'Simpang Tiga')}") == "Kamera 3"
    # Two links, or a link holding a picture, are no sole named link.
    assert _sole_link_name(_link(1, "Simpang Tiga") + _link(2, "Pelabuhan")) is None
    assert _sole_link_name('<a href="/cam.jpg"><img src="/cam.jpg"></a>') is None
    # An anchor without an address is no link.
    assert _sole_link_name('<a name="top">Simpang Tiga</a>') is None


def test_lan_link_still_gives_no_camera() -> None:
    found = cameras(
        _page(
            '<a href="http://192.168.10.21/zm/cgi-bin/nph-zms?mode=jpeg" target="_blank">Pasar</a>',
            _link(4, "Simpang Tiga"),
            _link(5, "Jembatan Kabo"),
        )
    )
    assert [c.name for c in found] == ["Simpang Tiga", "Jembatan Kabo"]
