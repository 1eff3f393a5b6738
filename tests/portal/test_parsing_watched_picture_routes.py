"""Pictures a watcher script refreshes: a name in ``data-name``, a proxy's picture route."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _picture_route

BASE = "https://smart.kaubun.kutim.example/?automation/cameras"
HOST = "https://smart.kaubun.kutim.example"


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def watcher(entries: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<div><a href="/camera{n}Device/"><img src="/main/img/loading.png" '
        f'data-name="{name}" data-src="{route}" data-interval="3000"></a></div>'
        for n, (name, route) in enumerate(entries)
    )
    return f'<html><body><div class="service imageWatcher">{body}</div></body></html>'


def test_watched_pictures_are_cameras_named_by_data_name() -> None:
    found = parse(
        watcher([("Jalan Depan", "/cameraJalanImage"), ("Halaman Belakang", "/cameraHalamanImage")])
    )
    assert [(c.name, c.snapshot_url, c.stream_url) for c in found] == [
        ("Jalan Depan", f"{HOST}/cameraJalanImage", None),
        ("Halaman Belakang", f"{HOST}/cameraHalamanImage", None),
    ]


@pytest.mark.parametrize(
    "route",
    ["/cameraStrasseImage", "/camera_gudang_image", "/cam-gate-snapshot", "/kameraTerasPicture"],
)
def test_named_picture_routes(route: str) -> None:
    assert _picture_route(f"{HOST}{route}", watched=True)
    # Only on a picture a watcher script refreshes: elsewhere a photo's route.
    assert not _picture_route(f"{HOST}{route}")


@pytest.mark.parametrize(
    "route",
    [
        "/cameraStrasseDevice/",  # the camera's device page
        "/cameraStrasseImage.html",  # a page about it
        "/cameraStrasseImage?size=large",  # a query naming no camera
        "/cameraimage",  # no name: a camera word and a picture word only
        "/gallery/strasseImage",  # no camera word
        "/camera/" + "x" * 400 + "Image",  # past a route's length
    ],
)
def test_other_routes_are_no_named_picture_routes(route: str) -> None:
    assert not _picture_route(f"{HOST}{route}", watched=True)


@pytest.mark.parametrize("name", ["ikon-segarkan", "ICON", ""])
def test_a_data_name_written_as_a_key_names_nothing(name: str) -> None:
    found = parse(watcher([(name, "/cameraJalanImage"), (name, "/cameraHalamanImage")]))
    assert all(c.name != name or not name for c in found)
    assert all(c.name not in ("ikon-segarkan", "ICON") for c in found)


def test_a_lan_route_on_a_public_page_is_no_still() -> None:
    found = parse(
        watcher(
            [
                ("Jalan Depan", "http://192.168.1.20/cameraJalanImage"),
                ("Halaman", "/cameraHalamanImage"),
            ]
        )
    )
    assert [c.snapshot_url for c in found] == [f"{HOST}/cameraHalamanImage"]


def test_news_photos_on_named_routes_are_no_cameras() -> None:
    figures = "".join(
        f'<figure><img src="https://news.example.com/media/cctv-footage{i}-still">'
        f"<figcaption>Rekaman kejadian {i}</figcaption></figure>"
        for i in range(1, 4)
    )
    page = f"<html><body><article>{figures}</article></body></html>"
    with pytest.raises(PortalFormatError):
        parse_body(page, profile=Profile.AUTO, base_url="https://news.example.com/", prettify=False)


def test_shop_photos_on_named_routes_are_no_cameras() -> None:
    products = "".join(
        f'<div class="product"><img src="https://cdn.toko.example.com/camera_bullet{i}_image">'
        f"<h3>Bullet {i}MP</h3></div>"
        for i in range(1, 4)
    )
    page = f"<html><body>{products}</body></html>"
    with pytest.raises(PortalFormatError):
        parse_body(page, profile=Profile.AUTO, base_url="https://toko.example.com/", prettify=False)
