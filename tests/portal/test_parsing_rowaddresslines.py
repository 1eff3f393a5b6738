"""Admin tables: the address line under a camera's name, the position on its Edit button."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.names import without_written_address
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.dataposition import data_position

BASE = "https://cctv.desa.example/admin/kamera"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def row(number: int, name: str, url: str, buttons: str) -> str:
    return (
        f"<tr><td>{number}</td><td><div>{name}</div><div class='font-monospace'>{url}</div></td>"
        f"<td>{buttons}</td></tr>"
    )


def edit(number: int, lat: str = "", lng: str = "") -> str:
    return f'<button class="edit-btn" data-id="{number}" data-lat="{lat}" data-lng="{lng}">Ubah</button>'


def table(rows: list[str]) -> str:
    return (
        "<html><body><table><thead><tr><th>ID</th><th>Kamera</th><th>Aksi</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )


def test_the_address_line_is_no_part_of_the_name() -> None:
    html = table(
        [
            row(1, "Balai Desa", "https://cam.desa.example/hls/balai/index.m3u8", edit(1)),
            row(
                2,
                "Dermaga Sungai",
                "rtsp://operator:Rahasia9@cam2.desa.example:554/live/main",
                edit(2),
            ),
            row(3, "Simpang Masjid", "https://cam.desa.example/hls/masjid/index.m3u8", edit(3)),
        ]
    )
    cameras = {camera.id: camera for camera in parse(html)}
    assert {key: camera.name for key, camera in cameras.items()} == {
        "1": "Balai Desa",
        "2": "Dermaga Sungai",
        "3": "Simpang Masjid",
    }
    assert cameras["2"].stream_url == "rtsp://cam2.desa.example:554/live/main"
    for camera in cameras.values():
        assert "://" not in camera.name
        assert "Rahasia9" not in camera.name
        assert "Rahasia9" not in (camera.stream_url or "")


def test_the_one_position_of_a_row_places_its_camera() -> None:
    html = table(
        [
            row(
                1,
                "Balai Desa",
                "https://cam.desa.example/hls/balai.m3u8",
                edit(1, "0.45812", "117.5592"),
            ),
            row(2, "Pasar", "https://cam.desa.example/hls/pasar.m3u8", edit(2)),
            row(
                3,
                "Gerbang",
                "https://cam.desa.example/hls/gerbang.m3u8",
                edit(3, "0.531", "117.59") + edit(3, "0.52", "117.58"),
            ),
            row(4, "Dermaga", "https://cam.desa.example/hls/dermaga.m3u8", edit(4, "abc", "117.5")),
        ]
    )
    cameras = {camera.id: camera for camera in parse(html)}
    assert (cameras["1"].latitude, cameras["1"].longitude) == (0.45812, 117.5592)
    assert cameras["2"].latitude is None  # empty attributes
    assert cameras["3"].latitude is None  # two different positions place nothing
    assert cameras["4"].latitude is None  # not a number


def test_a_lan_address_line_is_never_media() -> None:
    html = table(
        [
            row(1, "Balai Desa", "https://cam.desa.example/hls/balai.m3u8", edit(1)),
            row(2, "Gudang", "rtsp://admin:pw@192.168.1.66:554/live", edit(2, "0.4", "117.5")),
            row(3, "Pasar", "https://cam.desa.example/hls/pasar.m3u8", edit(3)),
        ]
    )
    cameras = parse(html)
    assert {camera.id for camera in cameras} == {"1", "3"}
    assert all("192.168" not in (camera.stream_url or "") for camera in cameras)


def test_without_written_address() -> None:
    assert without_written_address("Simpang Tiga rtsp://***@cam1.example:554/ch1") == "Simpang Tiga"
    assert without_written_address("Balai Desa - https://cam.example/a.m3u8") == "Balai Desa"
    # An address alone, or one inside the name, is left to the caller.
    assert without_written_address("https://cam.example/a.m3u8") == "https://cam.example/a.m3u8"
    assert without_written_address("123 http://x.example/a") == "123 http://x.example/a"
    assert without_written_address("Kamera http://a.example sisi timur") == (
        "Kamera http://a.example sisi timur"
    )
    assert without_written_address("Simpang Tiga") == "Simpang Tiga"


def test_data_position() -> None:
    assert data_position({"data-lat": "0.5", "data-lng": "117.5"}) == ("0.5", "117.5")
    assert data_position({"data-latlng": "0.5,117.5"}) == ("0.5", "117.5")
    assert data_position({"data-lat": "", "data-lng": "117.5"}) is None
    assert data_position({"data-lat": "x", "data-lng": "117.5"}) is None
    assert data_position({"data-id": "4"}) is None
