"""YAML bodies and start pages' configurations (Dashy conf.yml, Homer config.yml)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.startpages import (
    start_page_cameras,
    start_page_kind,
)
from custom_components.kutim_cctv.portal.parsing.yamldoc import (
    MAX_DEPTH,
    MAX_YAML_CHARS,
    looks_like_yaml,
    yaml_document,
)

DASHY = "https://dasbor.desa-kaliorang.kutimkab.example/conf.yml"
HOMER = "https://home.kantor-kaliorang.kutimkab.example/assets/config.yml"
CCTV = "https://cctv.desa-kaliorang.kutimkab.example"


def parse(text: str, base_url: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def by_name(cameras: list[Camera]) -> dict[str, Camera]:
    return {camera.name: camera for camera in cameras}


def dashy(*sections: str) -> str:
    return (
        "pageInfo:\n  title: Desa Kaliorang\n  navLinks:\n"
        f"  - title: Kamera Cadangan\n    path: {CCTV}/hls/cadangan/index.m3u8\n"
        "appConfig:\n  theme: nord\nsections:\n" + "".join(sections)
    )


def section(name: str, widgets: str = "", items: str = "") -> str:
    text = f"- name: {name}\n  icon: fas fa-video\n"
    if widgets:
        text += "  widgets:\n" + widgets
    if items:
        text += "  items:\n" + items
    return text


def widget(kind: str, label: str, **options: str) -> str:
    text = f"  - type: {kind}\n    label: {label}\n    options:\n"
    return text + "".join(f"      {key}: {value}\n" for key, value in options.items())


def dashy_item(title: str, url: str) -> str:
    return f"  - title: {title}\n    icon: fas fa-link\n    url: {url}\n"


def homer(*groups: str, links: str = "") -> str:
    text = 'title: "Kantor Desa"\nsubtitle: "Dasbor"\nheader: true\n'
    if links:
        text += "links:\n" + links
    return text + "services:\n" + "".join(groups)


def group(name: str | None, *items: str) -> str:
    head = f'  - name: "{name}"\n    icon: "fas fa-video"\n' if name else "  -\n"
    return head + "    items:\n" + "".join(items)


def homer_item(name: str, url: str, logo: str = "assets/tools/app.png", tag: str = "") -> str:
    text = f'      - name: "{name}"\n        logo: "{logo}"\n        url: "{url}"\n'
    return text + (f'        tag: "{tag}"\n' if tag else "")


# --- the YAML reader's bounds ------------------------------------------------------


def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(8):
        this, last = chr(98 + index), chr(97 + index)
        lines.append(f"{this}: &{this} [" + ",".join([f"*{last}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_document_is_refused_before_it_expands() -> None:
    document = yaml_document(billion_laughs())
    assert document is not None
    assert document.data is None
    assert document.refused is not None
    assert "anchors or aliases" in document.refused
    with pytest.raises(PortalFormatError, match="YAML document but was not read: it uses anchors"):
        parse(billion_laughs(), DASHY)


def test_a_merge_key_alias_is_refused_even_in_a_start_page() -> None:
    text = (
        dashy(
            section("Kamera", widget("image", "Balai Desa", imagePath=f"{CCTV}/snap/balai.jpg"))
        ).replace("appConfig:\n", "appConfig: &app\n")
        + "extra:\n  <<: *app\n"
    )
    document = yaml_document(text)
    assert document is not None
    assert document.refused is not None
    assert document.data is None


def test_an_anchor_alone_is_refused() -> None:
    document = yaml_document("base: &base\n  url: https://x.example/a.jpg\nname: x\n")
    assert document is not None
    assert document.refused is not None


def test_a_document_nesting_too_deep_is_refused() -> None:
    text = "root:\n" + "".join("  " * depth + "- \n" for depth in range(1, MAX_DEPTH + 5))
    text += "  " * (MAX_DEPTH + 5) + "- x\n"
    document = yaml_document(text)
    assert document is not None
    assert document.refused == f"it nests deeper than {MAX_DEPTH} levels"


def test_a_document_over_the_size_cap_is_refused_unparsed() -> None:
    text = "items:\n" + "- name: kamera\n" * (MAX_YAML_CHARS // 15 + 10)
    assert len(text) > MAX_YAML_CHARS
    document = yaml_document(text)
    assert document is not None
    assert document.refused is not None
    assert "larger than" in document.refused


def test_more_than_one_document_is_refused() -> None:
    document = yaml_document("a: 1\n---\nb: 2\n")
    assert document is not None
    assert document.refused == "it holds more than one document"


def test_typed_values_become_json_values_and_python_tags_never_load() -> None:
    document = yaml_document(
        "when: 2026-01-02\nblob: !!binary aGVsbG8=\nnan: .nan\n2: two\nfalse: no\nok: x\n"
    )
    assert document is not None
    assert document.refused is None
    assert document.data == {
        "when": "2026-01-02",
        "blob": None,
        "nan": None,
        "2": "two",
        "false": False,
        "ok": "x",
    }
    unsafe = yaml_document("cmd: !!python/object/apply:os.system ['true']\n")
    assert unsafe is not None
    assert unsafe.data is None
    assert unsafe.refused == "it is not valid YAML"


@pytest.mark.parametrize(
    "text",
    [
        '{"cameras": []}',
        "[1, 2]",
        "<?xml version='1.0'?><list/>",
        "<!doctype html><title>Kamera</title>",
        "name,url\nGerbang,https://x.example/a.m3u8\n",
        "Selamat datang di portal CCTV Kutai Timur.\n",
        "",
        "# only a comment\n",
    ],
)
def test_other_bodies_do_not_look_like_yaml(text: str) -> None:
    assert not looks_like_yaml(text)


@pytest.mark.parametrize(
    "text",
    [
        "# comment\n---\nsections:\n- name: x\n",
        "%YAML 1.2\n---\n- name: x\n",
        '"title": x\n',
        "\ufeffpageInfo:\n  title: x\n",
    ],
)
def test_block_documents_look_like_yaml(text: str) -> None:
    assert looks_like_yaml(text)


def test_a_yaml_data_file_is_read_as_a_json_list() -> None:
    text = (
        "# _data/cctv.yml\n- kecamatan: Kaliorang\n  kamera:\n"
        "    - id: klr-1\n      nama: Dermaga Kaliorang\n"
        f"      hls: {CCTV}/hls/dermaga/index.m3u8\n"
    )
    (camera,) = parse(text, "https://kominfo.kutimkab.example/_data/cctv.yml")
    assert camera.id == "klr-1"
    assert camera.name == "Dermaga Kaliorang"
    assert camera.area == "Kaliorang"
    assert camera.stream_url == f"{CCTV}/hls/dermaga/index.m3u8"


def test_server_sent_events_are_not_read_as_yaml() -> None:
    news = "".join(
        f'data: {{"id": {n}, "title": "Berita {n}", "image": "/img/{n}.jpg"}}\n\n' for n in range(3)
    )
    with pytest.raises(PortalFormatError, match="event stream"):
        parse(news, "https://berita.kutimkab.example/api/stream")


def test_a_yaml_document_without_cameras_says_what_it_was() -> None:
    text = "title: Catatan\nentries:\n  - name: Rapat\n    date: 2026-01-02\n"
    with pytest.raises(PortalFormatError, match="is a YAML document, but no camera list"):
        parse(text, "https://kominfo.kutimkab.example/notes.yml")


# --- Dashy --------------------------------------------------------------------------


def test_dashy_image_and_iframe_widgets_showing_cameras_are_cameras() -> None:
    text = dashy(
        section(
            "Kamera Desa",
            widget("image", "Balai Desa", imagePath=f"{CCTV}/cgi-bin/snapshot.cgi?channel=1")
            + widget("iframe", "Garasi", url=f"{CCTV}/api/go2rtc/webrtc.html?src=garasi")
            + widget("iframe", "Simpang", url="https://www.youtube.com/embed/kT7pLg2sQ0w")
            + widget("image", "Dermaga", imagePath=f"{CCTV}/mjpg/video.mjpg"),
        ),
        section("Sungai", widget("image", "Jembatan", imagePath=f"{CCTV}/snap/jembatan.jpg")),
    )
    cameras = by_name(parse(text, DASHY))
    assert set(cameras) == {"Balai Desa", "Garasi", "Simpang", "Dermaga", "Jembatan"}
    assert cameras["Balai Desa"].snapshot_url == f"{CCTV}/cgi-bin/snapshot.cgi?channel=1"
    assert cameras["Balai Desa"].area == "Kamera Desa"
    assert cameras["Garasi"].stream_url == f"{CCTV}/api/go2rtc/webrtc.html?src=garasi"
    assert cameras["Simpang"].stream_url == "https://www.youtube.com/embed/kT7pLg2sQ0w"
    assert cameras["Dermaga"].mjpeg_url == f"{CCTV}/mjpg/video.mjpg"
    assert cameras["Jembatan"].area == "Sungai"
    assert all(camera.latitude is None for camera in cameras.values())


def test_dashy_charts_maps_dashboards_clocks_lan_pictures_and_app_links_are_not_cameras() -> None:
    text = dashy(
        section(
            "Kamera Lingkungan",
            widget("image", "Radar Cuaca Kaltim", imagePath=f"{CCTV}/radar/latest.png")
            + widget("image", "Grafik Curah Hujan", imagePath=f"{CCTV}/grafik/hujan.png")
            + widget("image", "Dapur", imagePath="http://192.168.1.40/snap.jpg")
            + widget("image", "Kantor", imagePath="http://localhost/snap.jpg")
            + widget("iframe", "Peta Banjir", url="https://peta.kutimkab.example/embed?l=1")
            + widget("iframe", "Suhu", url="https://grafana.kutimkab.example/d/abc/suhu?kiosk")
            + widget("clock", "Jam", timeZone="Asia/Makassar")
            + widget("rss-feed", "Berita", rssUrl="https://berita.kutimkab.example/feed"),
            items=dashy_item("Frigate", "https://nvr.desa-kaliorang.kutimkab.example")
            + dashy_item("Pi-hole", "http://192.168.1.2/admin"),
        ),
        section(
            "Foto",
            widget("image", "Pemandangan", imagePath="https://foto.kutimkab.example/bukit.jpg"),
        ),
    )
    with pytest.raises(PortalFormatError, match="Dashy start page configuration"):
        parse(text, DASHY)


def test_a_dashy_item_linking_to_a_stream_is_a_camera_but_nav_links_are_not() -> None:
    text = dashy(
        section(
            "Layanan",
            items=dashy_item("Gerbang", f"{CCTV}/hls/gerbang/index.m3u8")
            + dashy_item("Jellyfin", "https://media.desa-kaliorang.kutimkab.example"),
        )
    )
    (camera,) = parse(text, DASHY)
    assert camera.name == "Gerbang"
    assert camera.area == "Layanan"
    assert camera.stream_url == f"{CCTV}/hls/gerbang/index.m3u8"


def test_credentials_in_a_widget_address_are_never_kept() -> None:
    text = dashy(
        section(
            "Kamera",
            widget("image", "Teras", imagePath=f"https://admin:rahasia@{CCTV[8:]}/snap/teras.jpg"),
        )
    )
    try:
        cameras = parse(text, DASHY)
    except PortalFormatError:
        cameras = []
    for camera in cameras:
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            assert url is None or "rahasia" not in url


def test_a_dashy_configuration_served_as_json_is_read_the_same_way() -> None:
    data = {
        "pageInfo": {"title": "Desa"},
        "sections": [
            {
                "name": "Kamera",
                "widgets": [
                    {"type": "image", "label": "Balai", "options": {"imagePath": f"{CCTV}/a.jpg"}}
                ],
            }
        ],
    }
    (camera,) = parse(json.dumps(data), DASHY.replace(".yml", ".json"))
    assert camera.snapshot_url == f"{CCTV}/a.jpg"
    assert start_page_kind(data) == "Dashy"


def test_sections_without_page_info_are_no_dashy_configuration() -> None:
    data = {"sections": [{"name": "Kamera", "items": []}]}
    assert start_page_kind(data) is None
    assert start_page_cameras(data, DASHY) is None


# --- Homer --------------------------------------------------------------------------


def test_homer_items_whose_address_is_camera_media_are_cameras() -> None:
    text = homer(
        group(
            "CCTV Kantor",
            homer_item("Gerbang", f"{CCTV}/api/stream.m3u8?src=gerbang"),
            homer_item("Pelayanan", f"{CCTV}/api/frame.jpeg?src=pelayanan"),
            homer_item("Pasar", f"{CCTV}/stream.html?src=pasar"),
        ),
        group(None, homer_item("Muara", "/cam2/snap.jpg", logo="assets/tools/webcam.png")),
    )
    cameras = by_name(parse(text, HOMER))
    assert set(cameras) == {"Gerbang", "Pelayanan", "Pasar", "Muara"}
    assert cameras["Gerbang"].stream_url == f"{CCTV}/api/stream.m3u8?src=gerbang"
    assert cameras["Pelayanan"].snapshot_url == f"{CCTV}/api/frame.jpeg?src=pelayanan"
    assert cameras["Pasar"].stream_url == f"{CCTV}/stream.html?src=pasar"
    assert cameras["Pasar"].area == "CCTV Kantor"
    assert cameras["Muara"].area is None
    assert cameras["Muara"].snapshot_url == (
        "https://home.kantor-kaliorang.kutimkab.example/cam2/snap.jpg"
    )


def test_homer_logos_apps_pictures_lan_addresses_and_navbar_links_are_not_cameras() -> None:
    text = homer(
        group(
            "Layanan",
            homer_item("Jellyfin", "https://media.kutimkab.example", logo=f"{CCTV}/logo.png"),
            homer_item("Album", "https://galeri.kutimkab.example/album/posyandu.jpg", tag="foto"),
            homer_item("Proxmox", "https://192.168.10.2:8006"),
            homer_item("Router", "http://127.0.0.1:8080"),
            homer_item("Ruang Server", "rtsp://172.16.4.20:554/stream1", tag="cctv"),
            homer_item("Parkir", "http://192.168.10.23/snap.jpg", tag="cctv"),
        ),
        links=f'  - name: "Kamera Cadangan"\n    url: "{CCTV}/hls/cadangan/index.m3u8"\n',
    )
    with pytest.raises(PortalFormatError, match="Homer start page configuration"):
        parse(text, HOMER)


def test_services_without_a_homer_page_are_no_homer_configuration() -> None:
    data = {"services": [{"name": "Kamera", "items": [{"name": "a", "url": f"{CCTV}/a.m3u8"}]}]}
    assert start_page_kind(data) is None
    assert start_page_cameras(data, HOMER) is None


def test_a_huge_start_page_stops_being_read_at_the_cap() -> None:
    groups = "".join(
        group(f"CCTV {index}", homer_item(f"Kamera {index}", f"{CCTV}/hls/{index}/index.m3u8"))
        for index in range(4500)
    )
    text = homer(groups)
    assert len(text) < MAX_YAML_CHARS
    cameras = parse(text, HOMER)
    assert len(cameras) == 200  # the first 200 groups, one camera each
    assert cameras[0].name == "Kamera 0"
    assert cameras[-1].name == "Kamera 199"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("url: !secret simpang_rtsp\nname: Gerbang\n", {"url": None, "name": "Gerbang"}),
        ("cams: !include cameras.yaml\nok: 1\n", {"cams": None, "ok": 1}),
        (
            "a: !include_dir_list cams\nb: !env_var CAM_URL http://x.example/a\n",
            {"a": None, "b": None},
        ),
        ("x: !input cam\ny: !secret\n", {"x": None, "y": None}),
        ("m: !custom {a: 1}\nl: !seq [1, 2]\n", {"m": None, "l": None}),
    ],
)
def test_local_tags_are_read_as_nothing_and_the_document_stays_read(
    text: str, expected: dict[str, object]
) -> None:
    document = yaml_document(text)
    assert document is not None
    assert document.refused is None
    assert document.data == expected


def test_python_tags_stay_refused_beside_local_tags() -> None:
    document = yaml_document("a: !secret x\ncmd: !!python/name:os.system\n")
    assert document is not None
    assert document.data is None
    assert document.refused == "it is not valid YAML"


def test_a_home_assistant_configuration_with_secrets_and_includes_is_read() -> None:
    text = (
        "homeassistant:\n  latitude: !secret home_lat\n"
        "camera:\n"
        "  - platform: generic\n    name: Simpang Tiga\n"
        f"    still_image_url: {CCTV}/snap/simpang-tiga.jpg\n"
        "    stream_source: !secret simpang_rtsp\n"
        "  - platform: generic\n    name: Bundaran Pelangi\n"
        f"    still_image_url: {CCTV}/snap/bundaran.jpg\n"
        f"    stream_source: {CCTV}/hls/bundaran/index.m3u8\n"
        "automation: !include automations.yaml\n"
    )
    cameras = parse(text, "https://rumah.kaliorang.kutimkab.example/configuration.yaml")
    assert [(c.name, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("Simpang Tiga", None, f"{CCTV}/snap/simpang-tiga.jpg"),
        (
            "Bundaran Pelangi",
            f"{CCTV}/hls/bundaran/index.m3u8",
            f"{CCTV}/snap/bundaran.jpg",
        ),
    ]
    shown = repr(cameras)
    assert "simpang_rtsp" not in shown
    assert "home_lat" not in shown
    assert "automations.yaml" not in shown
