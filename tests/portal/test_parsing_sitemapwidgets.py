"""openHAB sitemap answers: Video, Image and Webview widgets are cameras, items are not."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.sitemapwidgets import sitemap_widgets

HOST = "https://smarthome.kaubun.example"
BASE = f"{HOST}/rest/sitemaps/kantor"
PROXY = f"{HOST}/proxy?sitemap=kantor.sitemap&widgetId="


def widget(widget_id: str, kind: str, label: str, **fields: Any) -> dict[str, Any]:
    return {
        "widgetId": widget_id,
        "type": kind,
        "visibility": True,
        "label": label,
        "mappings": [],
        **fields,
        "widgets": fields.pop("widgets", []),
    }


def frame(widget_id: str, label: str, *children: dict[str, Any]) -> dict[str, Any]:
    return widget(widget_id, "Frame", label, icon="frame", widgets=list(children))


def sitemap(*widgets: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": "kantor",
        "label": "Kantor Camat Kaubun",
        "link": BASE,
        "homepage": {
            "id": "kantor",
            "title": "Kantor Camat Kaubun",
            "link": f"{BASE}/kantor",
            "leaf": False,
            "timeout": False,
            "widgets": list(widgets),
        },
    }


def item(name: str, state: str) -> dict[str, Any]:
    return {"link": f"{HOST}/rest/items/{name}", "state": state, "type": "Switch", "name": name}


def parse(answer: object, base: str = BASE) -> tuple[Camera, ...]:
    text = answer if isinstance(answer, str) else json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def by_id(cameras: tuple[Camera, ...]) -> dict[str, Camera]:
    return {camera.id: camera for camera in cameras}


def test_video_encodings_images_and_webviews_in_frames() -> None:
    cameras = by_id(
        parse(
            sitemap(
                frame(
                    "00",
                    "Kantor Camat Kaubun",
                    widget(
                        "0000",
                        "Video",
                        "Gerbang Depan",
                        icon="video",
                        url="https://cctv.kaubun.example/hls/gerbang/index.m3u8",
                        encoding="hls",
                    ),
                    widget(
                        "0001", "Video", "Lobi", icon="video", url=f"{PROXY}0001", encoding="mjpeg"
                    ),
                    widget("0002", "Video", "Loket", icon="video", url=f"{PROXY}0002"),
                    widget(
                        "0003",
                        "Image",
                        "Parkir Samping",
                        icon="camera",
                        url=f"{PROXY}0003&t=1796548812411",
                        refresh=10000,
                    ),
                    widget(
                        "0004", "Switch", "Lampu Halaman", icon="light", item=item("Lampu", "OFF")
                    ),
                ),
                frame(
                    "01",
                    "Pasar Kaubun",
                    widget(
                        "0100",
                        "Webview",
                        "Los Ikan",
                        icon="camera",
                        url="https://go2rtc.kaubun.example/stream.html?src=los_ikan&mode=mse",
                        height=8,
                    ),
                    widget(
                        "0101",
                        "Image",
                        "CCTV Pintu Masuk [online]",
                        icon="image",
                        url=f"{PROXY}0101",
                    ),
                ),
            )
        )
    )
    assert set(cameras) == {"0000", "0001", "0002", "0003", "0100", "0101"}
    assert cameras["0000"].stream_url == "https://cctv.kaubun.example/hls/gerbang/index.m3u8"
    assert cameras["0001"].mjpeg_url == f"{PROXY}0001"
    assert cameras["0001"].stream_url is None
    # A Video with no encoding is played through the server's MJPEG proxy.
    assert cameras["0002"].mjpeg_url == f"{PROXY}0002"
    assert cameras["0003"].snapshot_url == f"{PROXY}0003&t=1796548812411"
    assert cameras["0100"].stream_url == (
        "https://go2rtc.kaubun.example/stream.html?src=los_ikan&mode=mse"
    )
    # A label saying CCTV makes an image a camera; its [state] part is no name.
    assert cameras["0101"].name == "CCTV Pintu Masuk"
    assert cameras["0101"].snapshot_url == f"{PROXY}0101"
    assert {camera.area for camera in cameras.values()} == {"Kantor Camat Kaubun", "Pasar Kaubun"}
    assert cameras["0100"].area == "Pasar Kaubun"


@pytest.mark.parametrize("encoding", [None, "mjpeg"])
@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=abc123",
        "https://www.youtube.com/embed/abc123",
        "https://player.vimeo.com/video/76979871",
    ],
)
def test_video_widget_on_a_video_site_is_its_page_never_mjpeg(
    url: str, encoding: str | None
) -> None:
    fields = {"encoding": encoding} if encoding else {}
    answer = sitemap(frame("00", "Taman", widget("01", "Video", "Cam 1", url=url, **fields)))
    cameras = parse(answer)
    assert all(camera.mjpeg_url is None for camera in cameras)
    assert [(camera.id, camera.stream_url) for camera in cameras] == [("01", url)]


def test_items_charts_maps_and_pictures_are_no_cameras() -> None:
    answer = sitemap(
        frame(
            "00",
            "Rumah",
            widget("0000", "Switch", "Lampu", icon="light", item=item("Lampu", "ON")),
            widget("0001", "Text", "Suhu [31.4 °C]", icon="temperature", item=item("Suhu", "31")),
            widget("0002", "Setpoint", "Pompa", minValue=0, maxValue=100, item=item("Pompa", "4")),
            widget("0003", "Chart", "Daya", icon="chart", refresh=10000, period="D"),
            widget("0004", "Mapview", "Lokasi", icon="mapview", height=0),
            widget("0005", "Image", "", icon="image", url=f"{PROXY}0005"),
            widget("0006", "Image", "Radar Hujan", icon="rain", url=f"{PROXY}0006", refresh=6000),
            widget("0007", "Image", "Grafik Air", icon="chart", url=f"{PROXY}0007", refresh=6000),
            widget("0008", "Webview", "Denah", icon="map", url="https://peta.kaubun.example/embed"),
            widget("0009", "Webview", "Berita", icon="text", url="https://berita.example/hari-ini"),
            widget(
                "0010",
                "Text",
                "Lantai 2",
                url=f"{HOST}/rest/items/Lantai2",
                linkedPage={"id": "0010", "title": "Lantai 2", "link": f"{BASE}/0010"},
            ),
        )
    )
    assert sitemap_widgets(answer, BASE) == []
    assert parse(answer) == ()


def test_linked_pages_are_read_with_their_own_frames() -> None:
    corridor = widget("00010000", "Video", "Koridor", url=f"{PROXY}00010000", encoding="mjpeg")
    answer = sitemap(
        frame(
            "00",
            "Ruang Kendali",
            widget(
                "0001",
                "Text",
                "Lantai 2",
                linkedPage={
                    "id": "0001",
                    "title": "Lantai 2",
                    "leaf": False,
                    "widgets": [frame("000100", "Gedung B", corridor)],
                },
            ),
        )
    )
    (camera,) = parse(answer)
    assert camera.id == "00010000"
    assert camera.area == "Gedung B"
    assert camera.mjpeg_url == f"{PROXY}00010000"


def test_lan_video_from_a_public_sitemap_is_refused_but_kept_on_the_lan() -> None:
    lan = widget("0000", "Video", "Gudang", url="http://192.168.10.64:8888/g.m3u8", encoding="hls")
    public = widget("0001", "Video", "Gerbang", url=f"{PROXY}0001", encoding="mjpeg")
    assert [camera.id for camera in parse(sitemap(frame("00", "Sekolah", lan, public)))] == ["0001"]
    local = parse(sitemap(frame("00", "Sekolah", lan)), base="http://192.168.10.2:8080/rest")
    assert [camera.stream_url for camera in local] == ["http://192.168.10.64:8888/g.m3u8"]


def test_credentials_in_a_video_address_are_not_copied() -> None:
    video = widget(
        "0000",
        "Video",
        "Gerbang",
        url="https://admin:rahasia@cam.kaubun.example/hls/a.m3u8",
        encoding="hls",
    )
    (camera,) = parse(sitemap(frame("00", "Kaubun", video)))
    assert camera.stream_url == "https://cam.kaubun.example/hls/a.m3u8"


def test_openhab1_xml_page() -> None:
    host = "http://rumahpintar.desa.example:8080"
    text = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<page><id>desa</id><title>Desa</title><link>{host}/rest/sitemaps/desa/desa</link>"
        "<leaf>false</leaf><widget><widgetId>desa_0</widgetId><type>Frame</type>"
        "<label>Bengalon</label><widget><widgetId>desa_0_0</widgetId><type>Image</type>"
        "<label>Jembatan</label><icon>camera</icon>"
        f"<url>{host}/proxy?sitemap=desa.sitemap&amp;widgetId=desa_0_0&amp;t=17</url>"
        "<refresh>20000</refresh></widget><widget><widgetId>desa_0_1</widgetId>"
        "<type>Text</type><label>Tinggi Air [182 cm]</label><item><type>NumberItem</type>"
        f"<name>TMA</name><state>182</state><link>{host}/rest/items/TMA</link></item>"
        "</widget></widget></page>"
    )
    (camera,) = parse(text, base=f"{host}/rest/sitemaps/desa/desa")
    assert (camera.id, camera.name, camera.area) == ("desa_0_0", "Jembatan", "Bengalon")
    assert camera.snapshot_url == f"{host}/proxy?sitemap=desa.sitemap&widgetId=desa_0_0&t=17"


def test_openhab1_json_lists_of_one_are_objects() -> None:
    answer = {
        "id": "desa",
        "title": "Desa",
        "leaf": "false",
        "widget": {
            "widgetId": "desa_0",
            "type": "Frame",
            "label": "Teluk Pandan",
            "widget": {
                "widgetId": "desa_0_0",
                "type": "Video",
                "label": "Dermaga",
                "url": f"{PROXY}desa_0_0",
                "encoding": "mjpeg",
            },
        },
    }
    (camera,) = parse(answer)
    assert (camera.id, camera.area, camera.mjpeg_url) == (
        "desa_0_0",
        "Teluk Pandan",
        f"{PROXY}desa_0_0",
    )


@pytest.mark.parametrize(
    "answer",
    [
        # A Home Assistant style dashboard: views and cards, no widget ids.
        {
            "title": "Rumah",
            "views": [{"title": "CCTV", "cards": [{"type": "picture-entity", "entity": "c"}]}],
        },
        # A menu whose entries have a type and a link but no widget id.
        {"widgets": [{"type": "link", "label": "CCTV", "url": "https://x.example/cctv"}]},
        # Only some entries look like sitemap widgets.
        {
            "widgets": [
                {"widgetId": "0", "type": "Video", "url": "https://x.example/a.m3u8"},
                {"type": "Video", "url": "https://x.example/b.m3u8"},
            ]
        },
        # The list of sitemaps (GET /rest/sitemaps): names and links, no widgets.
        {"name": "kantor", "homepage": {"link": f"{BASE}/kantor", "leaf": False}},
        [{"widgetId": "0", "type": "Video", "url": "https://x.example/a.m3u8"}],
    ],
)
def test_other_shapes_are_not_sitemaps(answer: Any) -> None:
    assert sitemap_widgets(answer, BASE) is None


def test_walk_is_bounded() -> None:
    deep: dict[str, Any] = widget("x", "Video", "Bawah", url=f"{PROXY}x", encoding="mjpeg")
    for level in range(200):
        deep = frame(f"f{level}", "Lapis", deep)
    assert sitemap_widgets(sitemap(deep), BASE) == []
    many = [
        widget(str(n), "Video", f"Kamera {n}", url=f"{PROXY}{n}", encoding="mjpeg")
        for n in range(6000)
    ]
    found = sitemap_widgets(sitemap(frame("00", "Banyak", *many)), BASE)
    assert found is not None
    assert 0 < len(found) < 6000


def test_walk_stack_keeps_no_more_widgets_than_it_may_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from custom_components.kutim_cctv.portal.parsing import sitemapwidgets

    monkeypatch.setattr(sitemapwidgets, "_MAX_WIDGETS", 6)
    cams = [
        widget(str(n), "Video", f"Kamera {n}", url=f"{PROXY}{n}", encoding="mjpeg")
        for n in range(50)
    ]
    page = sitemap(frame("00", "Banyak", *cams), frame("01", "Lain", *cams))
    found = sitemap_widgets(page, BASE)
    assert found is not None
    # The two frames and the first four cameras of the first: six widgets in all.
    assert [record["id"] for record in found if isinstance(record, dict)] == [
        "0",
        "1",
        "2",
        "3",
    ]
