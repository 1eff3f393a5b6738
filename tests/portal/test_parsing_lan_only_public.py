"""A camera whose only media is on a LAN is not listed from a public answer's few.

Every reader (a JSON list, a playlist, a page's table) is judged the same way; lists
mostly on the LAN, pages writing their cameras' LAN addresses and answers from the local
network keep such cameras.
"""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.lanoutliers import without_unpublished_lan

PUBLIC = "https://cctv.kutimkab.example/api/kamera"
LOCAL = "http://192.168.1.2:8080/api/kamera"


def names(text: str, base_url: str = PUBLIC) -> list[str]:
    result = parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)
    return [camera.raw_name or "" for camera in result.cameras]


def json_list(urls: dict[str, str]) -> str:
    records: list[dict[str, Any]] = [
        {"id": str(index), "nama": name, "stream_url": url}
        for index, (name, url) in enumerate(urls.items())
    ]
    return json.dumps({"data": records})


PUBLISHED = {
    "Simpang Tiga": "https://hls.kutimkab.example/live/simpang3/index.m3u8",
    "Bundaran Pelangi": "https://hls.kutimkab.example/live/pelangi/index.m3u8",
    "Jembatan Pinang": "https://hls.kutimkab.example/live/pinang/index.m3u8",
}


def test_a_json_list_drops_its_one_lan_only_camera_of_four() -> None:
    text = json_list({**PUBLISHED, "Posko BPBD": "rtsp://10.20.0.15:554/stream"})
    assert names(text) == ["Simpang Tiga", "Bundaran Pelangi", "Jembatan Pinang"]


def test_each_kind_of_lan_host_is_left_out() -> None:
    for url in (
        "http://192.168.8.21/mjpg/video.mjpg",
        "http://172.20.1.4/live/index.m3u8",
        "http://127.0.0.1:8080/live/index.m3u8",
        "http://169.254.10.2/snap.jpg",
        "http://kamera-gudang/live/index.m3u8",  # a single-label name
        "http://cam6.local/live/index.m3u8",
    ):
        assert "Gudang" not in names(json_list({**PUBLISHED, "Gudang": url})), url


def test_a_playlist_entry_on_a_lan_host_is_left_out() -> None:
    lines = ["#EXTM3U"]
    for name, url in {**PUBLISHED, "Dermaga": "http://10.20.1.15:8080/hls/dermaga.m3u8"}.items():
        lines += [f'#EXTINF:-1 tvg-id="{name.lower()}",{name}', url]
    text = "\n".join(lines) + "\n"
    assert names(text, "https://live.kutimkab.example/kutim.m3u") == list(PUBLISHED)


def test_a_table_row_on_a_lan_host_is_left_out() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td><a href='{url}'>{url}</a></td></tr>"
        for name, url in {**PUBLISHED, "Parkir": "http://192.168.8.21/mjpg/video.mjpg"}.items()
    )
    text = f"<html><body><table><tr><th>Nama</th><th>Link</th></tr>{rows}</table></body></html>"
    assert names(text, "https://livecam.kutimkab.example/") == list(PUBLISHED)


def test_a_list_mostly_on_the_lan_keeps_its_cameras() -> None:
    text = json_list(
        {
            "Teras": "rtsp://192.168.1.64:554/Streaming/Channels/101",
            "Garasi": "rtsp://192.168.1.65:554/Streaming/Channels/101",
            "Jalan Depan": "https://hls.kutimkab.example/live/depan/index.m3u8",
        }
    )
    assert names(text) == ["Teras", "Garasi", "Jalan Depan"]


def test_half_on_the_lan_is_not_a_minority() -> None:
    text = json_list(
        {
            "Teras": "rtsp://192.168.1.64:554/stream",
            "Jalan Depan": "https://hls.kutimkab.example/live/depan/index.m3u8",
        }
    )
    assert names(text) == ["Teras", "Jalan Depan"]


def test_an_answer_from_the_local_network_keeps_its_lan_cameras() -> None:
    text = json_list({**PUBLISHED, "Posko BPBD": "rtsp://10.20.0.15:554/stream"})
    assert "Posko BPBD" in names(text, LOCAL)


def test_a_page_writing_its_cameras_lan_addresses_keeps_them() -> None:
    cards = "".join(
        f"<div class='card'><h4>{name} | 192.168.10.{20 + index}</h4>"
        f"<iframe src='{url}'></iframe></div>"
        for index, (name, url) in enumerate(
            {
                **PUBLISHED,
                "Ruang Utama": "http://192.168.10.23/ISAPI/Streaming/channels/102/httpPreview",
            }.items()
        )
    )
    text = f"<html><body>{cards}</body></html>"
    assert "Ruang Utama" in names(text, "http://jadwal.masjid-kutim.example/live")


def test_lan_addresses_inside_urls_are_not_written_addresses() -> None:
    cameras = tuple(
        Camera(id=str(index), raw_name=name, name=name, stream_url=url)
        for index, (name, url) in enumerate(
            {**PUBLISHED, "Posko": "rtsp://10.20.0.15:554/stream"}.items()
        )
    )
    text = "rtsp://10.20.0.15:554/stream http://10.20.0.16/x admin@10.20.0.17 10.20.0.18:554"
    kept = without_unpublished_lan(cameras, PUBLIC, text)
    assert [camera.name for camera in kept] == list(PUBLISHED)
    written = "Posko 10.20.0.15, Simpang 10.20.0.16, Pelangi 10.20.0.17."
    assert without_unpublished_lan(cameras, PUBLIC, written) == cameras


def test_a_documentation_address_stands_in_for_a_public_one() -> None:
    text = json_list({**PUBLISHED, "Contoh": "http://192.0.2.10/live/index.m3u8"})
    assert "Contoh" in names(text)


def test_lan_ips_in_a_json_lists_fields_are_not_written_addresses() -> None:
    records: list[dict[str, Any]] = [
        {
            "id": f"c{index}",
            "nama": f"Simpang {index}",
            "hls": f"https://stream.kota.example/live/c{index}/index.m3u8",
            "encoder_ip": f"10.20.0.{index}",
        }
        for index in range(1, 10)
    ]
    records.append(
        {
            "id": "c10",
            "nama": "Simpang 10",
            "hls": "rtsp://10.20.0.10:554/ch1",
            "encoder_ip": "10.20.0.10",
        }
    )
    expected = [f"Simpang {index}" for index in range(1, 10)]
    assert names(json.dumps({"data": records}), "https://cctv.kota.example/api/cameras") == expected
    for record in records:
        record["keterangan"] = f"Server lokal {record.pop('encoder_ip')}"
    assert names(json.dumps({"data": records}), "https://cctv.kota.example/api/cameras") == expected


def test_a_lan_only_camera_left_out_is_counted_and_said() -> None:
    text = json_list({**PUBLISHED, "Posko BPBD": "rtsp://10.20.0.15:554/stream"})
    result = parse_body(text, profile=Profile.AUTO, base_url=PUBLIC, prettify=False)
    assert result.skipped == 1
    said = (
        "1 camera(s) had media URLs pointing only at local or reserved addresses in a "
        "public portal's answer; they were left out"
    )
    assert [w for w in result.warnings if "local or reserved" in w] == [said]
    # Nothing left out: nothing said.
    kept = parse_body(json_list(PUBLISHED), profile=Profile.AUTO, base_url=PUBLIC, prettify=False)
    assert kept.skipped == 0
    assert not [w for w in kept.warnings if "local or reserved" in w]


def _snapshot_list(address: str) -> str:
    return json.dumps([{"name": f"Simpang {n}", "snapshot": address.format(n=n)} for n in range(3)])


def test_link_local_and_metadata_addresses_never_make_a_lan_list() -> None:
    for address in (
        "http://169.254.169.254/latest/snap{n}.jpg",
        "http://admin:x?y@169.254.169.254/latest/snap{n}.jpg",
        "http://169.254.10.{n}/snap.jpg",
        "http://metadata.google.internal/snap{n}.jpg",
        "http://[fd00:ec2::254]/snap{n}.jpg",
        "http://169-254-169-254.sslip.io/snap{n}.jpg",
    ):
        result = parse_body(
            _snapshot_list(address), profile=Profile.AUTO, base_url=PUBLIC, prettify=False
        )
        assert result.cameras == (), address
        assert result.skipped == 3, address
    # Beside a public still the metadata address is dropped, the camera kept.
    records = [
        {
            "name": "Simpang Tiga",
            "snapshot": "https://cctv.kutimkab.example/snap/1.jpg",
            "stream": "http://169.254.169.254/latest/live.m3u8",
        }
    ]
    result = parse_body(json.dumps(records), profile=Profile.AUTO, base_url=PUBLIC, prettify=False)
    assert [(c.snapshot_url, c.stream_url) for c in result.cameras] == [
        ("https://cctv.kutimkab.example/snap/1.jpg", None)
    ]


def test_a_lan_list_keeps_its_cameras_beside_a_metadata_one() -> None:
    # Two cameras on a recorder's LAN and one on a metadata host: the LAN two stay (the
    # list is mostly on the LAN), the metadata one never counts toward it nor stays.
    records = [
        {"name": "Gudang", "snapshot": "http://192.168.1.64/snap.jpg"},
        {"name": "Gerbang", "snapshot": "http://192.168.1.65/snap.jpg"},
        {"name": "Meta", "snapshot": "http://169.254.169.254/latest/snap.jpg"},
    ]
    assert names(json.dumps(records)) == ["Gudang", "Gerbang"]
    # One LAN camera beside two on metadata hosts and two public ones: the LAN one is the
    # public answer's few and goes too.
    records = [
        {"name": "Simpang Tiga", "snapshot": "https://cctv.kutimkab.example/snap/1.jpg"},
        {"name": "Gudang", "snapshot": "http://192.168.1.64/snap.jpg"},
        {"name": "Meta 1", "snapshot": "http://169.254.169.254/latest/snap1.jpg"},
        {"name": "Meta 2", "snapshot": "http://169.254.169.254/latest/snap2.jpg"},
        {"name": "Pelangi", "snapshot": "https://cctv.kutimkab.example/snap/2.jpg"},
    ]
    assert names(json.dumps(records)) == ["Simpang Tiga", "Pelangi"]
