"""Camera pages handing each camera's picture to ``addToPreview(id, folder, token, file)``."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.previewcalls import preview_call_items

BASE = "https://www.lalin.kutimkab.example/twni/cameras"
FOLDER = r"https:\/\/cctv.lalin.kutimkab.example\/images"


def call(
    camera_id: str, token: str, file_name: str, folder: str = FOLDER, q: str = "&quot;"
) -> str:
    return f"addToPreview({camera_id}, {q}{folder}{q}, {q}{token}{q}, {q}{file_name}{q})"


def row(camera_id: str, name: str, **kwargs: str) -> str:
    return (
        f'<li class="camera-item"><a href="/twni/cameras/static?id={camera_id}">{name}</a>'
        f'<button onclick="{call(camera_id, "1796590211", f"PTZ_{camera_id}.jpg", **kwargs)}">'
        "Pratinjau</button></li>"
    )


def page(*rows: str) -> str:
    return (
        "<html><head><title>Kamera</title></head><body>"
        '<nav><a href="/twni/">Beranda</a><a href="/twni/map">Peta</a></nav>'
        f"<ul>{''.join(rows)}</ul></body></html>"
    )


def parse(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_each_linked_preview_call_is_a_camera() -> None:
    cameras = parse(page(row("218", "Simpang Tiga"), row("9", "Jembatan Kenyamukan &amp; Dermaga")))
    assert [(c.id, c.name, c.stream_url, c.snapshot_url) for c in cameras] == [
        (
            "218",
            "Simpang Tiga",
            "https://www.lalin.kutimkab.example/twni/cameras/static?id=218",
            "https://cctv.lalin.kutimkab.example/images/PTZ_218.jpg?cache=1796590211",
        ),
        (
            "9",
            "Jembatan Kenyamukan & Dermaga",
            "https://www.lalin.kutimkab.example/twni/cameras/static?id=9",
            "https://cctv.lalin.kutimkab.example/images/PTZ_9.jpg?cache=1796590211",
        ),
    ]
    assert all(c.area is None and c.latitude is None for c in cameras)


@pytest.mark.parametrize("quote", ["&quot;", "&#39;", "&#34;", "'"])
def test_quotes_written_or_as_entities(quote: str) -> None:
    text = page(row("3", "Simpang Wahau", q=quote), row("14", "Pasar Wahau", q=quote))
    assert [c.id for c in parse(text)] == ["3", "14"]


def test_a_call_without_its_own_link_is_no_camera() -> None:
    items = preview_call_items(
        '<li><span>Simpang Kaubun</span><button onclick="'
        + call("5", "1", "PTZ_5.jpg")
        + '">+</button></li><li><a href="/twni/cameras/static?id=6">Other</a><button onclick="'
        + call("7", "1", "PTZ_7.jpg")
        + '">+</button></li>',
        BASE,
    )
    assert items == []


def test_lan_folders_and_logins_are_never_read_from_a_public_page() -> None:
    items = preview_call_items(
        page(
            row("1", "Depo", folder=r"http:\/\/192.168.10.4\/images"),
            row("2", "Lokal", folder=r"http:\/\/localhost\/images"),
            row("3", "Meta", folder=r"http:\/\/169.254.169.254\/images"),
            row(
                "4", "Login", folder=r"https:\/\/admin:rahasia@cctv.lalin.kutimkab.example\/images"
            ),
            row("5", "Simpang Lima"),
        ),
        BASE,
    )
    assert [item["name"] for item in items] == ["Simpang Lima"]


@pytest.mark.parametrize(
    "handler",
    [
        "addToPreview(this, 'agenda')",
        "addToPreview(name)",
        "addToPreview(5, &quot;https:\\/\\/h.example\\/docs&quot;, &quot;1&quot;, &quot;brosur.pdf&quot;)",
        "addToPreview(5, &quot;rtmp:\\/\\/h.example\\/live&quot;, &quot;1&quot;, &quot;a.jpg&quot;)",
        "addToPreview(5, &quot;\\/images&quot;, &quot;1&quot;, &quot;a.jpg&quot;)",
        "editor.addToPreview(5, &quot;https:\\/\\/h.example\\/i&quot;, &quot;1&quot;, &quot;a.jpg&quot;)",
    ],
)
def test_other_preview_helpers_are_no_cameras(handler: str) -> None:
    text = f'<li><a href="/twni/cameras/static?id=5">Kalender</a><button onclick="{handler}">+</button></li>'
    assert preview_call_items(text, BASE) == []


def test_a_news_page_without_preview_calls_is_still_no_camera_list() -> None:
    with pytest.raises(PortalFormatError):
        parse(
            "<html><body><h1>Berita</h1><ul>"
            '<li><a href="/berita?id=1">Jalan ditutup</a></li>'
            '<li><a href="/berita?id=2">Banjir surut</a></li></ul></body></html>'
        )


def test_calls_are_capped_and_each_camera_read_once() -> None:
    rows = [row(str(n), f"Kamera {n}") for n in range(2500)]
    items = preview_call_items(page(*rows), BASE)
    assert len(items) == 2000
    twice = preview_call_items(page(row("8", "Kamera"), row("8", "Kamera")), BASE)
    assert len(twice) == 1


def _shop_row(n: int, price: str = "$19.99") -> str:
    return (
        f'<div class="product"><a href="/product?id={n}">Red Shoe {n}</a> {price}'
        f"<button onclick=\"addToPreview({n}, 'https://cdn.shop.example/products', "
        f"'1700000000', 'shoe{n}.jpg')\">Quick view</button></div>"
    )


def test_a_shop_page_handing_product_pictures_is_no_camera_list() -> None:
    text = "<html><body><h1>Shop</h1>" + "".join(_shop_row(n) for n in (1, 2, 3, 4))
    text += "</body></html>"
    assert preview_call_items(text, "https://shop.example/catalog") == []
    with pytest.raises(PortalFormatError):
        parse(text, "https://shop.example/catalog")


def test_priced_items_on_a_camera_titled_page_are_no_cameras() -> None:
    text = (
        "<html><head><title>Toko Kamera CCTV</title></head><body>"
        + "".join(_shop_row(n, "Harga Rp 450.000 Beli") for n in (1, 2))
        + "</body></html>"
    )
    assert preview_call_items(text, "https://shop.example/catalog") == []


def test_camera_evidence_in_the_links_or_folder_is_enough() -> None:
    text = "<html><body><ul>" + row("5", "Simpang Lima") + "</ul></body></html>"
    assert [item["name"] for item in preview_call_items(text, BASE)] == ["Simpang Lima"]


def test_links_are_scanned_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from custom_components.kutim_cctv.portal.parsing import previewcalls

    scans: list[int] = []
    original = previewcalls._page_links

    def counted(text: str) -> list[previewcalls._Link]:
        scans.append(len(text))
        return original(text)

    monkeypatch.setattr(previewcalls, "_page_links", counted)
    items = preview_call_items(page(*(row(str(n), f"Kamera {n}") for n in range(300))), BASE)
    assert len(items) == 300
    assert len(scans) == 1


def test_unclosed_link_tags_before_each_call_read_no_camera() -> None:
    junk = ('<a href="x" href="y" href="z" ' * 12 * 5)[:1900]
    calls = "".join(junk + f'<button onclick="{call(str(n), "1", "c.jpg")}">' for n in range(200))
    text = f"<html><head><title>Kamera</title></head><body>{calls}</body></html>"
    assert preview_call_items(text, BASE) == []
    # a real link after the junk still names its camera
    text = text.replace("</body>", junk + row("9001", "Simpang Akhir") + "</body>")
    assert [item["id"] for item in preview_call_items(text, BASE)] == ["9001"]
