"""Readers after holdout 27: shared picture labels, place lines, German and shifted tables.

* an alt text or a caption that every picture of a page carries alike ("Gambar Level
  Air", "Foto Pantauan") is the template's label for the picture, never a camera's name:
  each card's own title names it (three pictures or more);
* a card's text split by line breaks whose line labels a place (``<b>Kecamatan:</b>
  Kaliwates<br>…``) gives the card's area, as a badge of its own would; a link repeating
  the picture's address ("Open image") is the same piece of the card;
* German table headers: ``Landkreis``/``Kreis`` the area, ``Bezeichnung`` the name,
  ``Standort`` the place, ``Zustand`` the state; an address or locality column
  (``Alamat``, ``Address``, ``Ort``) names a camera no other column names, else is its
  area when no column gives one;
* a header whose "No" column has no cell in the rows (a template without its counter),
  or rows numbered under no header of their own, are lined up with their columns;
* a picture's ``src`` that is its lazy ``data-src`` with a query of its own
  (``current.jpg?w=1280``) is the still shown; any other ``src`` beside a ``data-src`` is
  the lazy loader's placeholder;
* player frames read among a page's other cards have their cards' badges read beside
  the other cards' badges: frames sharing one badge ("Centrum") take it when the still
  cards show others;
* a player attached to the nth element of a collection a script looks up by class
  (``var tiles = document.querySelectorAll('#cams .player')``, ``getElementsByClassName``;
  ``parent: tiles[0]``, ``videojs(tiles[0], …)``) takes that element's tile title and its
  one badge (a town or village field too); ``new window.Clappr.Player`` is Clappr.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field

BASE = "https://cctv.kutim.example/"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _cards(*cards: tuple[str, str, str]) -> str:
    """A card grid: each card a title, a picture with the given alt and a text block."""
    parts = [
        f'<div class="col"><div class="card"><div class="card-body">'
        f'<h5 class="card-title">{title}</h5><p class="card-text">{text}</p>'
        f'<img src="/snap/{number}.jpg" alt="{alt}"></div></div></div>'
        for number, (title, alt, text) in enumerate(cards, start=1)
    ]
    return f'<html><body><div class="row">{"".join(parts)}</div></body></html>'


def _table(header: str, *rows: str) -> str:
    return f"<html><body><table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table></body></html>"


# --- labels every picture shares ---------------------------------------------------


def test_an_alt_text_every_picture_shares_names_no_camera() -> None:
    page = _cards(
        ("Pintu Air Jompo", "Gambar Level Air", ""),
        ("Bendung Semangir", "Gambar Level Air", ""),
        ("Dam Talangsari", "Gambar Level Air", ""),
    )
    assert [c.name for c in cameras(page)] == [
        "Pintu Air Jompo",
        "Bendung Semangir",
        "Dam Talangsari",
    ]


def test_a_caption_every_card_repeats_names_no_camera() -> None:
    card = (
        '<article class="kamera"><h3>{0}</h3><figure><img src="/s/{1}.jpg" alt="">'
        "<figcaption>Tangkapan layar</figcaption></figure></article>"
    )
    page = "".join(card.format(name, n) for n, name in enumerate(("Curug", "Parkir", "Gerbang")))
    assert [c.name for c in cameras(f"<html><body>{page}</body></html>")] == [
        "Curug",
        "Parkir",
        "Gerbang",
    ]


def test_alt_texts_that_differ_still_name_their_pictures() -> None:
    page = (
        "<html><body>"
        + "".join(
            f'<div class="cam"><img src="/s/{n}.jpg" alt="{alt}"></div>'
            for n, alt in enumerate(("Simpang Lima", "Pasar Induk", "Tugu Adipura"))
        )
        + "</body></html>"
    )
    assert [c.name for c in cameras(page)] == ["Simpang Lima", "Pasar Induk", "Tugu Adipura"]


def test_two_pictures_sharing_an_alt_keep_it() -> None:
    # Two pictures are too few to call their common text a template's label.
    page = _cards(("", "Simpang Lima", ""), ("", "Simpang Lima", ""))
    page = page.replace('<h5 class="card-title"></h5>', "")
    assert [c.name for c in cameras(page)] == ["Simpang Lima", "Simpang Lima"]


# --- labelled place lines ----------------------------------------------------------


def test_a_labelled_place_line_before_a_break_is_the_area() -> None:
    line = "<strong>Kecamatan:</strong> {0}<br><strong>Level Air:</strong> 1.42 meter"
    page = _cards(
        ("Pintu Air Jompo", "", line.format("Kaliwates")),
        ("Bendung Semangir", "", line.format("Sumbersari")),
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Pintu Air Jompo", "Kaliwates"),
        ("Bendung Semangir", "Sumbersari"),
    ]


def test_a_labelled_place_line_after_a_break_is_the_area() -> None:
    line = "Diperbarui: 07:55<br><b>Kecamatan :</b> {0}"
    page = _cards(
        ("Pintu Air Jompo", "Jompo", line.format("Kaliwates")),
        ("Bendung Semangir", "Semangir", line.format("Sumbersari")),
    )
    assert [c.area for c in cameras(page)] == ["Kaliwates", "Sumbersari"]


def test_a_line_labelled_with_another_word_is_no_area() -> None:
    line = "<b>Level Air:</b> {0}<br><b>Diperbarui:</b> 07:55"
    page = _cards(
        ("Pintu Air Jompo", "Jompo", line.format("Siaga Satu")),
        ("Bendung Semangir", "Semangir", line.format("Normal Saja")),
    )
    assert [c.area for c in cameras(page)] == [None, None]


def test_a_link_repeating_the_pictures_address_is_the_same_piece() -> None:
    card = (
        '<div class="card"><h5 class="card-title">{0}</h5>'
        '<p class="card-text"><b>Kecamatan:</b> {1}<br>Tinggi: 1 m</p>'
        '<img src="/s/{2}.jpg" alt="{0}"><a href="/s/{2}.jpg">Open image</a></div>'
    )
    page = card.format("Jompo", "Kaliwates", 1) + card.format("Semangir", "Sumbersari", 2)
    found = cameras(f"<html><body>{page}</body></html>")
    assert [(c.name, c.area) for c in found] == [
        ("Jompo", "Kaliwates"),
        ("Semangir", "Sumbersari"),
    ]


# --- German table headers ----------------------------------------------------------


def test_german_headers_name_their_fields() -> None:
    assert header_field("Landkreis") == "area"
    assert header_field("Kreis") == "area"
    assert header_field("Bezeichnung") == "name"
    assert header_field("Standort") == "place"
    assert header_field("Zustand") == "status"
    assert header_field("Ort") == "where"


def test_german_header_words_inside_other_words_name_nothing() -> None:
    assert header_field("Kreisverkehr") is None
    assert header_field("Ortszeit") is None
    assert header_field("Blickrichtung") is None


def test_a_german_webcam_table_is_read() -> None:
    row = '<tr><td>{0}</td><td>{1}</td><td><img src="/b/{2}.jpg" alt=""></td><td>{3}</td></tr>'
    page = _table(
        "<th>Standort</th><th>Landkreis</th><th>Aktuelles Bild</th><th>Zustand</th>",
        row.format("Kassel – Herkules", "Kassel (Stadt)", 1, "in Betrieb"),
        row.format("Wasserkuppe", "Fulda", 2, "außer Betrieb"),
        row.format("Edersee", "Waldeck-Frankenberg", 3, "gestört"),
    )
    assert [(c.name, c.area, c.online) for c in cameras(page)] == [
        ("Kassel – Herkules", "Kassel (Stadt)", True),
        ("Wasserkuppe", "Fulda", False),
        ("Edersee", "Waldeck-Frankenberg", False),
    ]


def test_a_locality_names_the_camera_only_when_nothing_else_does() -> None:
    row = '<tr><td>{0}</td><td>{1}</td><td><img src="/b/{2}.jpg" alt=""></td></tr>'
    named = _table(
        "<th>Kamera</th><th>Ort</th><th>Bild</th>",
        row.format("Marktplatz", "Nidda", 1),
        row.format("Ankerturm", "Lauterbach", 2),
    )
    assert [(c.name, c.area) for c in cameras(named)] == [
        ("Marktplatz", "Nidda"),
        ("Ankerturm", "Lauterbach"),
    ]
    alone = _table(
        "<th>Ort</th><th>Kreis</th><th>Bild</th>",
        row.format("Nidda", "Wetteraukreis", 1),
        row.format("Lauterbach", "Vogelsbergkreis", 2),
    )
    assert [(c.name, c.area) for c in cameras(alone)] == [
        ("Nidda", "Wetteraukreis"),
        ("Lauterbach", "Vogelsbergkreis"),
    ]


def test_an_address_beside_an_area_column_is_no_area() -> None:
    row = '<tr><td>{0}</td><td>{1}</td><td>{2}</td><td><a href="/hls/{3}.m3u8">Lihat</a></td></tr>'
    page = _table(
        "<th>Nama</th><th>Alamat</th><th>Kecamatan</th><th>Aksi</th>",
        row.format("Simpang Lima", "Jl. Yos Sudarso", "Sangatta Utara", 1),
        row.format("Pasar Induk", "Jl. Pendidikan", "Sangatta Selatan", 2),
    )
    assert [c.area for c in cameras(page)] == ["Sangatta Utara", "Sangatta Selatan"]


# --- shifted header cells ----------------------------------------------------------


def test_a_no_header_without_counter_cells_is_dropped() -> None:
    row = '<tr><td>{0}</td><td>{1}</td><td><a href="/hls/{2}.m3u8">Lihat</a></td></tr>'
    page = _table(
        "<th>no</th><th>Nama</th><th>Alamat</th><th>Action</th>",
        row.format("Gerbang Depan", "Gedung Utama", 1),
        row.format("Kantin", "Gedung C", 2),
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Gerbang Depan", "Gedung Utama"),
        ("Kantin", "Gedung C"),
    ]


def test_a_counter_under_no_header_is_skipped() -> None:
    row = '<tr><td>{0}.</td><td>{1}</td><td>{2}</td><td><a href="/hls/{0}.m3u8">Putar</a></td></tr>'
    page = _table(
        "<th>Nama</th><th>Kecamatan</th><th>Video</th>",
        row.format(1, "Simpang Lima", "Tembalang"),
        row.format(2, "Pasar Johar", "Semarang Tengah"),
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Simpang Lima", "Tembalang"),
        ("Pasar Johar", "Semarang Tengah"),
    ]


def test_rows_as_wide_as_the_header_are_not_shifted() -> None:
    row = '<tr><td>{0}</td><td>{1}</td><td>{2}</td><td><a href="/hls/{0}.m3u8">Lihat</a></td></tr>'
    page = _table(
        "<th>No</th><th>Nama</th><th>Kecamatan</th><th>Aksi</th>",
        row.format(1, "Simpang Lima", "Tembalang"),
        row.format(2, "Pasar Johar", "Semarang Tengah"),
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Simpang Lima", "Tembalang"),
        ("Pasar Johar", "Semarang Tengah"),
    ]


def test_a_short_row_under_a_header_without_a_number_column_is_not_shifted() -> None:
    # The header's first column is no counter: a row one cell short only lacks its last.
    row = '<tr><td>{0}</td><td><a href="/hls/{1}.m3u8">Lihat</a></td></tr>'
    page = _table(
        "<th>Nama</th><th>Video</th><th>Keterangan</th>",
        row.format("Simpang Lima", 1),
        row.format("Pasar Johar", 2),
    )
    assert [c.name for c in cameras(page)] == ["Simpang Lima", "Pasar Johar"]


# --- a picture's shown address beside its lazy one ---------------------------------


def _pictures(*attributes: str) -> str:
    parts = [
        f'<div class="wp-caption"><img {attrs} alt="Kamera {n}" class="image_autorefresh">'
        f'<p class="wp-caption-text">Kamera {n}</p></div>'
        for n, attrs in enumerate(attributes, start=1)
    ]
    return f"<html><body>{''.join(parts)}</body></html>"


def test_a_src_asking_a_size_of_the_lazy_address_is_the_still() -> None:
    page = _pictures(
        'src="https://cam.example/a/current.jpg?w=1280" data-src="https://cam.example/a/current.jpg"',
        'src="https://cam.example/b/current.jpg?w=1280" data-src="https://cam.example/b/current.jpg"',
    )
    assert [c.snapshot_url for c in cameras(page)] == [
        "https://cam.example/a/current.jpg?w=1280",
        "https://cam.example/b/current.jpg?w=1280",
    ]


def test_a_placeholder_src_yields_to_the_lazy_address() -> None:
    page = _pictures(
        'src="/img/blank.gif" data-src="https://cam.example/a/current.jpg"',
        'src="https://cam.example/b/small.jpg" data-src="https://cam.example/b/current.jpg"',
        'src="https://cam.example/c/current.jpg?w=1" data-src="https://cam.example/c/current.jpg?v=2"',
    )
    assert [c.snapshot_url for c in cameras(page)] == [
        "https://cam.example/a/current.jpg",
        "https://cam.example/b/current.jpg",
        "https://cam.example/c/current.jpg?v=2",
    ]


# --- badges of frame cards among still cards ---------------------------------------


def _mixed_cards(*cards: tuple[str, str, str]) -> str:
    parts = []
    for kind, title, badge in cards:
        slug = title.lower().replace(" ", "-")
        media = (
            f'<iframe src="https://www.youtube.com/embed/{slug}" title="{title}"></iframe>'
            if kind == "frame"
            else f'<img src="/cams/{slug}.jpg" alt="{title}">'
        )
        parts.append(
            f'<div class="card">{media}<div class="card-body"><h5 class="card-title">{title}</h5>'
            f'<span class="badge">{badge}</span></div></div>'
        )
    return f"<html><body>{''.join(parts)}</body></html>"


def test_frame_cards_sharing_one_badge_take_it_beside_still_cards() -> None:
    page = _mixed_cards(
        ("frame", "Dam Square", "Centrum"),
        ("frame", "Centraal", "Centrum"),
        ("still", "NDSM", "Noord"),
        ("still", "Zuidas", "Zuid"),
    )
    assert {(c.name, c.area) for c in cameras(page)} == {
        ("Dam Square", "Centrum"),
        ("Centraal", "Centrum"),
        ("NDSM", "Noord"),
        ("Zuidas", "Zuid"),
    }


def test_one_badge_on_every_card_is_no_area() -> None:
    page = _mixed_cards(
        ("frame", "Dam Square", "Live"),
        ("frame", "Centraal", "Webcam Amsterdam"),
        ("still", "NDSM", "Webcam Amsterdam"),
        ("still", "Zuidas", "Webcam Amsterdam"),
    )
    assert {c.area for c in cameras(page)} == {None}


# --- players attached to the elements of a collection ------------------------------


def _tiles(script: str, *tiles: tuple[str, str], scope: str = "cams") -> str:
    parts = "".join(
        f'<div class="tile"><div class="player"></div><div class="meta"><h3>{title}</h3>'
        f'<p class="town">{town}</p></div></div>'
        for title, town in tiles
    )
    return (
        f'<html><body><h1>Live cameras</h1><div class="player"></div><div id="{scope}">{parts}</div>'
        f"<script>{script}</script></body></html>"
    )


_CLAPPR = (
    "var tiles = document.querySelectorAll('#cams .player');\n"
    "new window.Clappr.Player({source: 'https://cam.example/a.m3u8', parent: tiles[0]});\n"
    "new Clappr.Player({source: 'https://cam.example/b.m3u8', parent: tiles[1]});\n"
)


def test_a_player_on_the_nth_element_of_a_collection_takes_its_tiles_title() -> None:
    page = _tiles(_CLAPPR, ("Whitianga Wharf", "Whitianga"), ("Hahei Beach", "Hahei"))
    assert [(c.name, c.area, c.stream_url) for c in cameras(page)] == [
        ("Whitianga Wharf", "Whitianga", "https://cam.example/a.m3u8"),
        ("Hahei Beach", "Hahei", "https://cam.example/b.m3u8"),
    ]


def test_a_class_collection_counts_its_elements_in_page_order() -> None:
    script = (
        "const el = document.getElementsByClassName('player');\n"
        "videojs(el[2], {sources: [{src: 'https://cam.example/c.m3u8'}]});\n"
        "videojs(el[1], {sources: [{src: 'https://cam.example/b.m3u8'}]});\n"
    )
    # The page's first .player sits outside the tiles: el[1] and el[2] are the tiles'.
    page = _tiles(script, ("Whitianga Wharf", "Whitianga"), ("Hahei Beach", "Hahei"))
    assert {(c.name, c.stream_url) for c in cameras(page)} == {
        ("Hahei Beach", "https://cam.example/c.m3u8"),
        ("Whitianga Wharf", "https://cam.example/b.m3u8"),
    }


def test_an_index_past_the_collection_or_an_unknown_scope_names_nothing() -> None:
    script = (
        "var tiles = document.querySelectorAll('#elsewhere .player');\n"
        "new Clappr.Player({source: 'https://cam.example/a.m3u8', parent: tiles[0]});\n"
        "var more = document.querySelectorAll('.player');\n"
        "new Clappr.Player({source: 'https://cam.example/b.m3u8', parent: more[9]});\n"
    )
    page = _tiles(script, ("Whitianga Wharf", "Whitianga"), ("Hahei Beach", "Hahei"))
    # Neither player is attached to a tile: no tile's badge places them.
    assert {c.area for c in cameras(page)} == {None}


def test_a_complex_selector_is_no_collection() -> None:
    script = (
        "var tiles = document.querySelectorAll('#cams > div:nth-child(2) .player');\n"
        "new Clappr.Player({source: 'https://cam.example/a.m3u8', parent: tiles[0]});\n"
    )
    page = _tiles(script, ("Whitianga Wharf", "Whitianga"), ("Hahei Beach", "Hahei"))
    assert {c.area for c in cameras(page)} == {None}


def test_many_collections_and_indexed_players_stay_bounded() -> None:
    lists = "".join(f"var t{n} = document.querySelectorAll('.player{n}');\n" for n in range(5000))
    calls = "".join(
        f"new Clappr.Player({{source: 'https://cam.example/{n}.m3u8', parent: t{n % 30}[{n}],"
        f" x: [{'t1[1], ' * 50}]}});\n"
        for n in range(300)
    )
    tiles = "".join(
        f'<div class="player{n % 30} a b c d e f g h i j">x</div>' for n in range(20000)
    )
    page = f"<html><body><h1>Kamera</h1>{tiles}<script>{lists}{calls}</script></body></html>"
    found = cameras(page)
    assert 0 < len(found) <= 300
