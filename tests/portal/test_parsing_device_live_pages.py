"""A camera's own live-view web page (Hikvision ``preview.asp``, Axis ``view.shtml``) in a table."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.embeds import device_live_page, player_link

BASE = "https://sk.kutim.example/station/video.jsp"
HIK = "http://cam2.kutim.example/doc/page/preview.asp"
AXIS = "http://cam3.kutim.example/view/view.shtml"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def handler_table(address: str) -> str:
    """A station table whose address column hands each address to one player function."""
    rows = [
        ("K-01", "Dam Kiri", "https://sk.kutim.example/live/k01/index.m3u8"),
        ("K-02", "Pelimpah", address),
        ("K-03", "Intake", "https://sk.kutim.example/live/k03.flv"),
    ]
    body = "".join(
        f'<tr><td>{code}</td><td>{name}</td><td><a href="#" onclick="show(\'{url}\')">'
        f"{url}</a></td></tr>"
        for code, name, url in rows
    )
    return (
        "<html><body><table><thead><tr><th>Kode</th><th>Nama Kamera</th><th>Alamat Video</th>"
        f"</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def link_table(address: str) -> str:
    """A camera table linking each camera's live address."""
    rows = [
        ("Gerbang", "https://cctv.kutim.example/hls/gerbang/index.m3u8"),
        ("Parkir", address),
        ("Kantin", "https://cctv.kutim.example/mjpg/kantin/video.mjpg"),
    ]
    body = "".join(
        f'<tr><td>{name}</td><td><a href="{url}" target="_blank">Live</a></td></tr>'
        for name, url in rows
    )
    return (
        "<html><body><table><thead><tr><th>Nama Kamera</th><th>Link Live</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )


def test_the_helper_knows_the_firmware_live_pages() -> None:
    for url in (
        HIK,
        "https://cam.kutim.example:8443/doc/page/preview.asp",
        AXIS,
        "http://cam.kutim.example/view/viewer_index.shtml?id=4",
        "http://cam.kutim.example/view/index.shtml",
        "http://cam.kutim.example/view/indexFrame.shtml",
    ):
        assert device_live_page(url), url
        assert player_link(url), url


def test_the_helper_refuses_other_firmware_pages_and_logins() -> None:
    for url in (
        "http://cam.kutim.example/doc/page/login.asp",
        "http://cam.kutim.example/doc/page/playback.asp",
        "http://cam.kutim.example/doc/page/config.asp",
        "http://cam.kutim.example/view/admin/index.shtml",
        "http://cam.kutim.example/site/doc/page/preview.asp.bak",
        "http://admin:12345@cam.kutim.example/doc/page/preview.asp",
        "rtsp://cam.kutim.example/doc/page/preview.asp",
        "/doc/page/preview.asp",
    ):
        assert not device_live_page(url), url


def test_a_handler_handing_a_live_view_page_gives_the_row_its_stream() -> None:
    found = {c.id: c for c in cameras(handler_table(HIK))}
    assert set(found) == {"K-01", "K-02", "K-03"}
    assert found["K-02"].name == "Pelimpah"
    assert found["K-02"].stream_url == HIK
    assert found["K-01"].stream_url == "https://sk.kutim.example/live/k01/index.m3u8"


def test_a_handler_handing_another_firmware_page_gives_no_camera() -> None:
    for page in ("login", "playback", "config"):
        url = f"http://cam2.kutim.example/doc/page/{page}.asp"
        found = {c.id: c for c in cameras(handler_table(url))}
        assert set(found) == {"K-01", "K-03"}, page


def test_a_lan_live_view_page_on_a_public_page_is_never_taken() -> None:
    found = {c.id for c in cameras(handler_table("http://192.168.10.64/doc/page/preview.asp"))}
    assert found == {"K-01", "K-03"}
    names = {c.name for c in cameras(link_table("http://10.8.1.111/doc/page/preview.asp"))}
    assert names == {"Gerbang", "Kantin"}


def test_a_lan_live_view_page_on_a_lan_page_is_that_camera() -> None:
    lan = "http://192.168.10.64/doc/page/preview.asp"
    found = {c.id: c for c in cameras(handler_table(lan), "http://192.168.10.5/video.jsp")}
    assert found["K-02"].stream_url == lan


def test_a_linked_live_view_page_is_the_row_stream() -> None:
    for url in (AXIS, HIK):
        found = {c.name: c for c in cameras(link_table(url))}
        assert found["Parkir"].stream_url == url
        assert found["Kantin"].mjpeg_url == "https://cctv.kutim.example/mjpg/kantin/video.mjpg"


def test_a_linked_admin_page_is_no_camera() -> None:
    names = {
        c.name for c in cameras(link_table("http://cam3.kutim.example/view/admin/index.shtml"))
    }
    assert names == {"Gerbang", "Kantin"}
