"""Camera record ids written in player names, joined action routes and resource forms."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import action_link_id, change_link

BASE = "https://cctv.kutimkab.example/cctv"
HLS = "https://live.kutimkab.example/hls/{}/index.m3u8"
NAMES = ("Simpang Tiga", "Bundaran Pelangi", "Teluk Lingga", "Pasar Induk")


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def video_wall(ids: list[str], hosts: list[str] | None = None) -> str:
    cards = "".join(
        f'<div class="col cctv"><div class="card"><h5>{name}</h5>'
        f'<video id="{element_id}" class="video-js" controls>'
        f'<source src="{url}" type="application/x-mpegURL"></video></div></div>'
        for element_id, name, url in zip(
            ids, NAMES, hosts or [HLS.format(n) for n in range(len(ids))], strict=False
        )
    )
    return f'<html><body><div class="row">{cards}</div></body></html>'


def test_record_number_after_camera_and_player_words_is_the_id() -> None:
    cameras = parse(video_wall(["cctv-video-3", "cctv-video-4", "cctv-video-9"]))
    assert [camera.id for camera in cameras] == ["3", "4", "9"]
    assert [camera.name for camera in cameras] == list(NAMES[:3])


def test_underscored_player_words_read_alike() -> None:
    cameras = parse(video_wall(["cam_player_12", "cam_player_15", "cam_player_21"]))
    assert [camera.id for camera in cameras] == ["12", "15", "21"]


def test_loop_counter_after_camera_word_gives_no_id() -> None:
    cameras = parse(video_wall(["cctv-video-1", "cctv-video-2", "cctv-video-3"]))
    assert len(cameras) == 3
    assert all(camera.id.startswith("k-") for camera in cameras)


def test_players_of_two_words_give_no_id() -> None:
    cameras = parse(video_wall(["cctv-video-3", "cctv-player-7", "cctv-video-12"]))
    assert len(cameras) == 3
    assert all(camera.id.startswith("k-") for camera in cameras)


def test_other_namespace_before_player_word_gives_no_id() -> None:
    cameras = parse(video_wall(["main-video-3", "main-video-7", "main-video-12"]))
    assert all(camera.id.startswith("k-") for camera in cameras)


def test_lan_player_is_left_out_even_when_numbered() -> None:
    hosts = [HLS.format("a"), "http://192.168.1.64:8080/hls/b/index.m3u8", HLS.format("c")]
    cameras = parse(video_wall(["cctv-video-3", "cctv-video-7", "cctv-video-12"], hosts))
    assert [camera.id for camera in cameras] == ["3", "12"]
    assert all("192.168" not in (camera.stream_url or "") for camera in cameras)


@pytest.mark.parametrize(
    ("href", "record"),
    [
        ("https://x.example/panel/cctv/hapusCCTV/41", "41"),
        ("https://x.example/deletecctv/5", "5"),
        ("/updatecamera/7?tab=1", "7"),
        ("/detailkameras/8", "8"),
        ("/ubah_cctv/12", "12"),
        ("/cctv/edit/14", "14"),
    ],
)
def test_joined_action_routes_name_the_record(href: str, record: str) -> None:
    assert action_link_id(href) == record


@pytest.mark.parametrize(
    "href",
    [
        "/lihatkecamatan/4",
        "/editcampaign/4",
        "/hapuskategori/3",
        "/publikcctv/5",
        "/deletecctv/abc",
        "/cctvdelete/5",
    ],
)
def test_other_joined_routes_name_no_camera_record(href: str) -> None:
    assert action_link_id(href) is None


def test_joined_delete_route_is_a_change_link() -> None:
    assert change_link("/deletecctv/5")
    assert change_link("/panel/cctv/hapusCCTV/41")
    assert not change_link("/detailCCTV/41")


def joined_table(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<tr><td>{name}</td><td><img src='{url}' width='300'></td>"
        f"<td><a href='https://x.example/deletecctv/{number}'>Delete</a>"
        f"<a href='https://x.example/publikcctv/{number}'>Set Publik</a></td></tr>"
        for number, name, url in rows
    )
    return (
        "<html><body><table><thead><tr><th>Nama</th><th>Preview</th><th>Aksi</th></tr>"
        f"</thead><tbody>{body}</tbody></table></body></html>"
    )


def test_table_rows_take_the_joined_delete_route_record() -> None:
    cameras = parse(
        joined_table(
            [
                ("5", "Perempatan Kabo", "http://kabo.atcs.example:8000/mjpg/video.mjpg"),
                ("8", "Perempatan Pendidikan", "http://pendidikan.atcs.example/jpg/image.jpg"),
                ("9", "Gudang", "http://192.168.1.20/mjpg/video.mjpg"),
            ]
        )
    )
    assert [(camera.id, camera.name) for camera in cameras] == [
        ("5", "Perempatan Kabo"),
        ("8", "Perempatan Pendidikan"),
    ]
    assert cameras[0].mjpeg_url == "http://kabo.atcs.example:8000/mjpg/video.mjpg"
    assert cameras[1].snapshot_url == "http://pendidikan.atcs.example/jpg/image.jpg"


def embed_card(form: str, name: str, video: str) -> str:
    return (
        f'<div class="cam-card">{form}<h4>{name}</h4><div class="ratio">'
        f'<iframe src="https://www.youtube.com/embed/{video}?autoplay=1" allowfullscreen>'
        "</iframe></div></div>"
    )


def resource_form(action: str, method: str = "POST", spoofed: str = "DELETE") -> str:
    return (
        f'<form action="{action}" method="{method}"><input type="hidden" name="_token" '
        f'value="tok"><input type="hidden" name="_method" value="{spoofed}">'
        "<button>Hapus</button></form>"
    )


def embed_page(*cards: str) -> str:
    return f'<html><body><main class="grid">{"".join(cards)}</main></body></html>'


def test_delete_form_of_each_card_names_its_camera() -> None:
    cameras = parse(
        embed_page(
            embed_card(resource_form("https://x.example/cctv/14"), "Pit Barat", "Tm8qXz2LpR4"),
            embed_card(resource_form("/cctv/13/"), "Hauling KM 8", "Hr5wKp9NcQ2"),
            embed_card(resource_form("/cameras/9", spoofed="PUT"), "Dermaga", "Cz3vLm7RtY1"),
        )
    )
    assert [(camera.id, camera.name) for camera in cameras] == [
        ("14", "Pit Barat"),
        ("13", "Hauling KM 8"),
        ("9", "Dermaga"),
    ]


@pytest.mark.parametrize(
    "form",
    [
        resource_form("/cctv/14", method="GET"),
        resource_form("/cctv/14", spoofed="POST"),
        resource_form("/profile/14"),
        resource_form("/cctv/search"),
        resource_form("/cctv/14/edit"),
        (
            '<form action="/cctv/14" method="POST"><input type="hidden" name="_token" '
            'value="1"><button>Simpan</button></form>'
        ),
    ],
)
def test_other_forms_name_no_camera(form: str) -> None:
    cameras = parse(
        embed_page(
            embed_card(form, "Pit Barat", "Tm8qXz2LpR4"),
            embed_card("", "Hauling KM 8", "Hr5wKp9NcQ2"),
        )
    )
    assert len(cameras) == 2
    assert all(camera.id.startswith("k-") for camera in cameras)


def test_one_record_on_every_card_is_no_cameras_id() -> None:
    form = resource_form("/cctv/7")
    cameras = parse(
        embed_page(
            embed_card(form, "Pit Barat", "Tm8qXz2LpR4"),
            embed_card(form, "Hauling KM 8", "Hr5wKp9NcQ2"),
        )
    )
    assert len(cameras) == 2
    assert all(camera.id.startswith("k-") for camera in cameras)
