"""Camera pages read after holdout 29: "other cameras" lists and camelCase captions.

A camera detail card shows its camera (a heading, a "Distrito:" line, the player) and a
list of the other cameras headed "Otras cámaras" / "Kamera lainnya" / "Weitere Webcams":
that heading names the list, never a camera, and a thumbnail's alt text saying only
"miniatura" or "Vorschaubild" names none either; each thumbnail is named by its own
caption (``<p class="nombre">``, ``<span class="nom">``, ``<a class="webcam-titel">``),
and the card's own place line, written directly in it, is the shown camera's area.

A webcam index names each place in a camelCase caption class (``camTitle``,
``itemTitle``, ``camName``); a ``subTitle`` names nothing.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import generic_label

BASE = "https://cams.kutim.example/camaras/detalle/3"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _thumb(number: int, name: str, place: str | None = None, alt: str = "miniatura") -> str:
    line = f'<p class="distrito">Distrito: {place}</p>' if place else ""
    return (
        f'<li data-id="{number}"><a href="/camaras/detalle/{number}">'
        f'<img src="/snapshots/cam{number}.jpg" alt="{alt}"></a>'
        f'<p class="nombre">{name}</p>{line}</li>'
    )


def _detail(heading: str, thumbs: str, own_place: str = "Distrito: Cercado") -> str:
    return (
        '<div id="detalle" data-id="3"><h2>Plaza de Armas</h2>'
        f'<p class="distrito">{own_place}</p><div id="stream"></div>'
        "<script>jwplayer('stream').setup({file: 'https://cams.kutim.example/live/3.m3u8'});"
        f"</script><h3>{heading}</h3><ul>{thumbs}</ul></div>"
    )


def test_other_cameras_heading_names_no_thumbnail() -> None:
    thumbs = _thumb(1, "Puente Bolognesi", "Cercado") + _thumb(6, "Mirador", "Yanahuara")
    found = cameras(_detail("Otras cámaras", thumbs))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("3", "Plaza de Armas", "Cercado"),
        ("1", "Puente Bolognesi", "Cercado"),
        ("6", "Mirador", "Yanahuara"),
    ]


def test_other_cameras_headings_in_other_languages_are_generic() -> None:
    for heading in ("Otras cámaras", "Kamera lainnya", "Weitere Webcams", "Autres caméras"):
        assert generic_label(heading), heading
    for word in ("Vorschaubild", "miniatura", "Vignette", "thumbnail"):
        assert generic_label(word), word


def test_a_place_or_camera_name_with_such_words_stays_a_name() -> None:
    # Only labels made of these words are generic; a name holding one is still a name.
    for name in ("Mirador Otras Aguas", "Kampung Lainnya Baru", "Weitere Sicht Brücke"):
        assert not generic_label(name), name


def test_thumbnail_word_alt_yields_to_the_card_caption() -> None:
    text = (
        "<ul>"
        '<li><a href="/w/a"><img src="https://cams.kutim.example/t/a.jpg" alt="Vorschaubild">'
        '</a><a href="/w/a" class="webcam-titel">Ahornbahn</a></li>'
        '<li><a href="/w/b"><img src="https://cams.kutim.example/t/b.jpg" alt="Vorschaubild">'
        '</a><a href="/w/b" class="webcam-titel">Horberg</a></li>'
        "</ul>"
    )
    assert [c.name for c in cameras(text)] == ["Ahornbahn", "Horberg"]


def test_thumbnail_without_place_line_never_takes_the_shown_cameras_area() -> None:
    thumbs = _thumb(1, "Puente Bolognesi") + _thumb(6, "Mirador")
    found = cameras(_detail("Otras cámaras", thumbs))
    assert [(c.name, c.area) for c in found] == [
        ("Plaza de Armas", "Cercado"),
        ("Puente Bolognesi", None),
        ("Mirador", None),
    ]


def test_two_own_place_lines_give_no_area() -> None:
    # Two lines written directly in the card: neither is the shown camera's alone.
    thumbs = _thumb(1, "Puente Bolognesi", "Cercado") + _thumb(6, "Mirador", "Yanahuara")
    text = _detail("Otras cámaras", thumbs, own_place="Distrito: Cercado</p><p>Distrito: Sachaca")
    assert cameras(text)[0].area is None


def test_camel_case_caption_names_each_photo() -> None:
    text = (
        '<div id="panel">'
        '<div class="camItem"><a href="/live/a.html"><img src="/photo/a.jpg" alt=""></a>'
        '<div class="camTitle">湯畑</div></div>'
        '<div class="camItem"><a href="/live/b.html"><img src="/photo/b.jpg" alt=""></a>'
        '<div class="camTitle">西の河原公園</div></div>'
        '<div class="camItem"><iframe src="https://cams.kutim.example/live/c.html"></iframe>'
        '<div class="camTitle">湯釜展望台</div></div>'
        "</div>"
    )
    found = cameras(text)
    assert [c.name for c in found] == ["湯畑", "西の河原公園", "湯釜展望台"]
    assert found[2].snapshot_url is None
    assert found[2].stream_url == "https://cams.kutim.example/live/c.html"


def test_camel_case_name_class_is_read_but_subtitle_is_not() -> None:
    text = (
        "<ul>"
        '<li class="item"><img src="/still/a.jpg" alt="">'
        '<span class="subTitle">Updated hourly</span></li>'
        '<li class="item"><img src="/still/b.jpg" alt="">'
        '<span class="subTitle">Updated hourly</span></li>'
        "</ul>"
    )
    assert all(c.name != "Updated hourly" for c in cameras(text))
    text = text.replace("subTitle", "camName")
    assert [c.name for c in cameras(text)] == ["Updated hourly", "Updated hourly"]
