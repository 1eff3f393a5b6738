"""Bounds and negative cases of the readers added for place lists in page data and helpers.

- A region's place list (``spots``, ``resorts``) places the cameras each place holds, in
  a page's data as in a JSON answer, now also under lists of objects (``data: [{region:
  {spots: […]}}]``). The places of all lists of one answer are read up to a shared
  count: a page of dozens of place lists holding a million empty places reads a few
  thousand of them, not all (``scripts/bench_hostile.py`` case); a place with cameras
  before that count still gives them its name as their area.
- A popup template building each record's picture from its fields (``<img
  src="/snapshot/{kode}.jpg">``) fills only records placed on the map (coordinates or a
  geometry): a page's users rendered with an avatar template (``/avatar/{{id}}.jpg``) or
  its articles with a thumbnail template literal list no camera, as the same records
  giving their pictures in a field do not.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import items as items_module, parse_body

BASE = "https://surf.example.com/"


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _state_page(state: str) -> str:
    return f'<html><body><script type="application/json" id="state">{state}</script></body></html>'


def _empty_place_lists(regions: int, places: int) -> str:
    region = '{"region":{"spots":[' + ",".join(["{}"] * places) + "]}}"
    return '{"data":[' + ",".join([region] * regions) + "]}"


def test_place_lists_read_a_bounded_number_of_places(monkeypatch: pytest.MonkeyPatch) -> None:
    read = [0]
    own = items_module._place_name

    def counted(place: dict[str, object]) -> str | None:
        read[0] += 1
        return own(place)  # type: ignore[arg-type]

    monkeypatch.setattr(items_module, "_place_name", counted)
    with pytest.raises(PortalFormatError):
        _cameras(_state_page(_empty_place_lists(64, 1000)))
    # Two readings of the page's data at most (as a JSON answer and as page data).
    assert 0 < read[0] <= 2 * 5000


def test_a_place_before_many_empty_places_still_places_its_cameras() -> None:
    camera = {"id": "u1", "title": "Uluwatu Overview", "streamUrl": f"{BASE}hls/u1.m3u8"}
    first = {"region": {"spots": [{"name": "Uluwatu", "cameras": [camera]}]}}
    empty = json.loads(_empty_place_lists(20, 1000))["data"]
    state = json.dumps({"data": [first, *empty]})
    found = _cameras(_state_page(state))
    assert [(c.name, c.area, c.stream_url) for c in found] == [
        ("Uluwatu Overview", "Uluwatu", f"{BASE}hls/u1.m3u8")
    ]


def test_many_place_lists_of_empty_places_stay_bounded() -> None:
    # About 3 MB: 64 regions of 15,000 empty places each, in a page and as an answer.
    state = _empty_place_lists(64, 15_000)
    for text in (_state_page(state), state):
        with pytest.raises(PortalFormatError):
            _cameras(text)


_USERS = (
    '[{"id": 101, "name": "Budi Santoso", "email": "budi@desa.example.id", "role": "admin"},'
    ' {"id": 102, "name": "Siti Aminah", "email": "siti@desa.example.id", "role": "editor"}]'
)


def test_an_avatar_template_over_a_list_of_users_lists_no_camera() -> None:
    page = (
        '<html><body><ul id="users"></ul><script>\n'
        f"var users = {_USERS};\n"
        'var row = \'<li><img src="/uploads/avatar/{{id}}.jpg" class="avatar"> {{name}}</li>\';\n'
        "users.forEach(function (u) { $('#users').append(Mustache.render(row, u)); });\n"
        "</script></body></html>"
    )
    with pytest.raises(PortalFormatError):
        _cameras(page)


def test_a_thumbnail_template_literal_over_articles_lists_no_camera() -> None:
    page = (
        '<html><body><div id="news"></div><script>\n'
        'var posts = [{"id": 7, "slug": "rapat-koordinasi", "title": "Rapat Koordinasi"},'
        ' {"id": 8, "slug": "lomba-desa", "title": "Lomba Desa 2026"}];\n'
        "posts.forEach(function (p) { document.getElementById('news').innerHTML +="
        ' `<a href="/berita/${p.slug}"><img src="/storage/berita/${p.id}.jpg"></a>'
        "<h3>${p.title}</h3>`; });\n"
        "</script></body></html>"
    )
    with pytest.raises(PortalFormatError):
        _cameras(page)


def test_a_popup_template_over_placed_records_still_gives_their_pictures() -> None:
    page = (
        '<html><body><div id="peta"></div><script>\n'
        'var kameras = [{"kode": "a1", "nama": "Simpang Tiga", "lat": -0.5, "lng": 117.1},'
        ' {"kode": "a2", "nama": "Pasar Pagi", "lat": -0.6, "lng": 117.2}];\n'
        "var tpl = '<h4>{nama}</h4><img src=\"/snapshot/{kode}.jpg\">';\n"
        "kameras.forEach(function (k) {"
        " L.marker([k.lat, k.lng]).bindPopup(L.Util.template(tpl, k)).addTo(peta); });\n"
        "</script></body></html>"
    )
    found = _cameras(page)
    assert [(c.name, c.snapshot_url, c.latitude) for c in found] == [
        ("Simpang Tiga", f"{BASE}snapshot/a1.jpg", -0.5),
        ("Pasar Pagi", f"{BASE}snapshot/a2.jpg", -0.6),
    ]
