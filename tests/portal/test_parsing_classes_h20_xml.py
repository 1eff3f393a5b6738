"""XML exports read after holdout 20: WordPress WXR posts, GeoServer WFS 2.0 areas."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kutim.example/export.xml"

WXR_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" '
    'xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Kutim</title>'
    "<wp:wxr_version>1.2</wp:wxr_version>"
)


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def meta(key: str, value: str) -> str:
    return (
        f"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key>"
        f"<wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>"
    )


def post(post_id: int, title: str, kind: str, *metas: str, extra: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>https://kutim.example/cctv/{post_id}/</link>"
        f"<wp:post_id>{post_id}</wp:post_id><wp:post_type>{kind}</wp:post_type>"
        f"<category domain='kecamatan'>Bengalon</category>{extra}{''.join(metas)}</item>"
    )


def test_wxr_postmeta_pairs_are_fields_and_attachments_no_cameras() -> None:
    body = (
        WXR_HEAD
        + post(
            11,
            "Simpang Bengalon",
            "cctv",
            meta("_edit_last", "1"),
            meta("hls", "https://cctv.kutim.example/hls/11.m3u8"),
            meta("_hls", "field_abc"),
            meta("lat", "0.61"),
            meta("lng", "117.63"),
        )
        + post(
            12,
            "foto-simpang",
            "attachment",
            meta("_wp_attached_file", "2025/05/foto.jpg"),
            extra="<wp:attachment_url>https://kutim.example/up/foto.jpg</wp:attachment_url>",
        )
        + post(13, "Pelabuhan", "cctv", meta("hls", ""))
        + "</channel></rss>"
    )
    (camera,) = cameras(body)
    assert (camera.id, camera.name, camera.area) == ("11", "Simpang Bengalon", "Bengalon")
    assert camera.stream_url == "https://cctv.kutim.example/hls/11.m3u8"
    assert (camera.latitude, camera.longitude) == (0.61, 117.63)


def test_wxr_export_of_one_post_reads_that_post() -> None:
    body = (
        WXR_HEAD
        + post(21, "Simpang Tiga", "cctv", meta("snapshot", "https://cctv.kutim.example/s/21.jpg"))
        + "</channel></rss>"
    )
    (camera,) = cameras(body)
    assert (camera.id, camera.name) == ("21", "Simpang Tiga")
    assert camera.snapshot_url == "https://cctv.kutim.example/s/21.jpg"


def test_wxr_post_permalink_is_no_camera_media() -> None:
    body = WXR_HEAD + post(31, "Tanpa Media", "cctv") + "</channel></rss>"
    with pytest.raises(PortalFormatError):
        cameras(body)


def test_plain_rss_items_keep_their_links() -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kamera</title>'
        "<item><title>Simpang</title><link>https://cctv.kutim.example/hls/1.m3u8</link></item>"
        "<item><title>Pasar</title><link>https://cctv.kutim.example/hls/2.m3u8</link></item>"
        "</channel></rss>"
    )
    assert [c.stream_url for c in cameras(body)] == [
        "https://cctv.kutim.example/hls/1.m3u8",
        "https://cctv.kutim.example/hls/2.m3u8",
    ]


def test_wfs2_kab_kota_attribute_is_the_area() -> None:
    body = (
        '<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:d="https://d.example">'
        '<wfs:member><d:cctv gml:id="cctv.1"><d:kode>K1</d:kode><d:nama>Simpang</d:nama>'
        "<d:kab_kota>Kutai Timur</d:kab_kota><d:kecamatan>Bengalon</d:kecamatan>"
        "<d:hls>https://cctv.kutim.example/hls/k1.m3u8</d:hls><d:geom>"
        '<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>0.61 117.63</gml:pos>'
        "</gml:Point></d:geom></d:cctv></wfs:member>"
        '<wfs:member><d:cctv gml:id="cctv.2"><d:kode>K2</d:kode><d:nama>Pasar</d:nama>'
        "<d:kab_kota>Bontang</d:kab_kota>"
        "<d:hls>https://cctv.kutim.example/hls/k2.m3u8</d:hls></d:cctv></wfs:member>"
        "</wfs:FeatureCollection>"
    )
    first, second = cameras(body, "https://geo.kutim.example/wfs")
    # The finer kecamatan wins over the regency; the regency alone is the area.
    assert (first.id, first.area, first.latitude, first.longitude) == (
        "K1",
        "Bengalon",
        0.61,
        117.63,
    )
    assert (second.id, second.area) == ("K2", "Bontang")
