"""Record fields read after holdout 19: areas, datastore ids, online flags, empty media."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import organisation_text, template_gap
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value (or a text body) as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Areas -------------------------------------------------------------------------------


def test_district_beside_a_loose_area_column_wins() -> None:
    body = [
        {"id": 1, "name": "Gelora", "area": "Kota Timur", "district": "Tanah Baru", "hls": HLS},
        {"id": 2, "name": "Pasar", "area": "Kota Barat", "hls": HLS.format(2)},
    ]
    assert [c.area for c in cameras(body)] == ["Tanah Baru", "Kota Barat"]


def test_an_office_named_in_a_place_relation_is_no_area() -> None:
    office = {"id": 1, "name": "Dinas Pekerjaan Umum", "description": "jalan protokol"}
    place = {"id": 3, "name": "Kampung Tematik", "description": "program kampung"}
    body = {
        "data": [
            {"id": 1, "name": "Tugu", "location": office, "stream_url": HLS.format(1)},
            {"id": 2, "name": "Gapura", "location": place, "stream_url": HLS.format(2)},
        ]
    }
    assert [c.area for c in cameras(body)] == [None, "Kampung Tematik"]


def test_organisation_text() -> None:
    assert organisation_text("Dinas Perhubungan")
    assert organisation_text("BPBD Kutai Timur")
    assert not organisation_text("Sangatta Utara")
    assert not organisation_text("Balai Desa")  # a place, not an office


def test_compound_area_field_names() -> None:
    body = [
        {"id": 1, "namn": "Topp", "skidomrade": "Åre By", "livestream": HLS.format(1)},
        {"id": 2, "title": "Mole", "havneomrade": "Indre havn", "livestream": HLS.format(2)},
        {"id": 3, "title": "Gipfel", "skigebiet": "Obergurgl", "livestream": HLS.format(3)},
    ]
    assert [c.area for c in cameras(body)] == ["Åre By", "Indre havn", "Obergurgl"]


def test_suburb_and_locality_are_areas() -> None:
    body = [
        {"id": 1, "name": "Esplanade", "suburb": "Surfers Paradise", "image": "/s/1.jpg"},
        {"id": 2, "name": "Merge", "locality": "Loganholme", "image": "/s/2.jpg"},
    ]
    assert [c.area for c in cameras(body)] == ["Surfers Paradise", "Loganholme"]


def test_streaming_application_column_groups_the_cameras() -> None:
    wowza = "https://mam.example:1935/{}/{}.stream/playlist.m3u8"
    body = [
        {"id": 1, "name": "Nol", "location": "cctv-kota", "url": wowza.format("cctv-kota", "a")},
        {"id": 2, "name": "Pantai", "location": "cctv-bantul", "url": wowza.format("cctv-x", "b")},
    ]
    # The second row's application is not its stream's: no area.
    assert [c.area for c in cameras(body)] == ["cctv-kota", None]


def test_default_application_is_no_group() -> None:
    body = [{"id": 1, "name": "Nol", "app": "live", "url": "https://m.example/live/a/index.m3u8"}]
    assert cameras(body)[0].area is None


# --- Ids ---------------------------------------------------------------------------------


def test_datastore_row_numbers_yield_to_the_camera_id_column() -> None:
    records = [
        {"_id": n, "camera_id": f"GC-BC-0{n}", "name": f"Beach {n}", "image_url": f"/s/{n}.jpg"}
        for n in (3, 4, 7)
    ]
    body = {"success": True, "result": {"records": records}}
    assert [c.id for c in cameras(body)] == ["GC-BC-03", "GC-BC-04", "GC-BC-07"]


def test_record_id_beside_a_camera_id_stays() -> None:
    rows = [
        {"id": n, "camera_id": f"CAM-{n}", "name": f"Simpang {n}", "hls": HLS.format(n)}
        for n in (1, 2)
    ]
    assert [c.id for c in cameras(rows)] == ["1", "2"]


# --- Online states -----------------------------------------------------------------------


def test_online_flag_beats_a_record_status() -> None:
    body = [
        {"id": 1, "name": "A", "status": "active", "is_online": 0, "hls": HLS.format(1)},
        {"id": 2, "name": "B", "status": "active", "online": True, "hls": HLS.format(2)},
        {"id": 3, "name": "C", "status": "Offline", "hls": HLS.format(3)},
    ]
    assert [c.online for c in cameras(body)] == [False, True, False]


def test_connection_column_is_a_state() -> None:
    body = [
        {"id": 1, "name": "A", "connection": "Disconnected", "hls": HLS.format(1)},
        {"id": 2, "name": "B", "connection": "1", "hls": HLS.format(2)},
        {"id": 3, "name": "C", "connection": "tcp", "hls": HLS.format(3)},
    ]
    assert [c.online for c in cameras(body)] == [False, True, None]


# --- Media -------------------------------------------------------------------------------


def test_template_gap() -> None:
    assert template_gap("https://streaming.kota.examplenull")
    assert template_gap("https://cctv.example/hls/undefined/index.m3u8")
    assert template_gap("https://cctv.example/live/null.m3u8")
    assert not template_gap("https://cctv.example/live/nullah-bridge/index.m3u8")
    assert not template_gap("https://annull.example/live/a.m3u8")


def test_template_null_address_is_no_media() -> None:
    body = [
        {"id": 1, "name": "A", "liveViewUrl": "https://streaming.kota.example/live/a.m3u8"},
        {"id": 2, "name": "B", "liveViewUrl": "https://streaming.kota.examplenull"},
    ]
    assert [c.id for c in cameras(body)] == ["1"]


def test_own_site_page_of_an_entry_with_empty_media_is_no_camera() -> None:
    base = "https://www.resort.example/api/webcams.json"
    page = "https://www.resort.example/de/webcams/{}"
    body = {
        "data": [
            {"id": 1, "title": "Gipfel", "url": page.format("gipfel"), "bild": "/b/1.jpg"},
            {
                "id": 2,
                "title": "Bald",
                "url": page.format("bald"),
                "bild": None,
                "livestream": None,
            },
            {"id": 3, "title": "Relativ", "url": "/cams/relativ", "live": {"href": ""}},
        ]
    }
    found = cameras(body, base)
    assert [c.id for c in found] == ["1"]
    assert found[0].stream_url is None


def test_embed_page_with_empty_media_fields_stays_the_stream() -> None:
    base = "https://www.resort.example/api/webcams.json"
    embed = "https://player.camstream.example/embed/bjornen"
    own_player = "https://www.resort.example/embed/talstation"
    body = [
        {"id": 1, "title": "Björnen", "url": embed, "bild": None, "livestream": None},
        {"id": 2, "title": "Tal", "url": own_player, "bild": None, "livestream": ""},
    ]
    assert [(c.id, c.stream_url) for c in cameras(body, base)] == [("1", embed), ("2", own_player)]


def test_own_site_page_without_media_fields_still_stands_in() -> None:
    # Nothing says the entry's media are unset: its page is all the portal offers.
    base = "https://www.resort.example/api/webcams.json"
    page = "https://www.resort.example/webcams/{}"
    body = [
        {"id": 1, "title": "Gipfel", "url": page.format("gipfel")},
        # An unset picture (a post's ``feature_image``) says nothing about a live view.
        {"id": 2, "title": "Tal", "url": page.format("tal"), "feature_image": None},
    ]
    found = cameras(body, base)
    assert [c.stream_url for c in found] == [page.format("gipfel"), page.format("tal")]


def test_decoration_word_inside_a_place_name_is_no_decoration() -> None:
    live = "https://streaming.kota.example/live/"
    body = [
        {"id": 1, "name": "Tlogosari", "liveViewUrl": f"{live}Hn4_TlogosariKulon07.m3u8"},
        {"id": 2, "name": "Kantor", "liveViewUrl": f"{live}a.m3u8", "pic": "/img/sitelogo.png"},
    ]
    found = cameras(body)
    assert [c.id for c in found] == ["1", "2"]
    assert found[1].snapshot_url is None  # the site's logo is no still
