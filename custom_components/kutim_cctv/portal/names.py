"""Turn the upper-case, abbreviated camera names of the portals into display names."""

from __future__ import annotations

import re

# Abbreviations written on Kutai Timur camera names and what a reader expects instead.
_EXPANSIONS: dict[str, str] = {
    "SIMP": "Simpang",
    "SMPG": "Simpang",
    "JL": "Jl.",
    "JLN": "Jl.",
    "KEC": "Kec.",
    "KEL": "Kel.",
    "KAB": "Kab.",
    "DS": "Desa",
    "SGT": "Sangatta",
    "GG": "Gg.",
}

# Acronyms that stay upper case.
_ACRONYMS = frozenset(
    {
        "ATCS",
        "ATM",
        "BPBD",
        "BPJS",
        "BRI",
        "BNI",
        "CV",
        "DPRD",
        "KM",
        "KPU",
        "MTQ",
        "PDAM",
        "PLN",
        "PT",
        "PTZ",
        "RS",
        "RSUD",
        "RT",
        "RW",
        "SD",
        "SMA",
        "SMK",
        "SMP",
        "SPBU",
        "TK",
        "TNI",
        "UPT",
    }
)

_CCTV = "CCTV"
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_TOKEN = re.compile(r"([^A-Za-z0-9]*)([A-Za-z]+)(\.?)([^A-Za-z0-9]*)")
_GLUED_ABBREVIATION = re.compile(
    r"\b(" + "|".join(sorted(_EXPANSIONS, key=len, reverse=True)) + r")\.(?=[A-Za-z0-9])"
)
_PUNCTUATION_ONLY = re.compile(r"[^A-Za-z0-9]+")


def _case_word(match: re.Match[str]) -> str:
    """Return one word of an upper-case name in display case."""
    word = match.group(0)
    if word in _ACRONYMS or _ROMAN.fullmatch(word):
        return word
    return word.capitalize()


def _pretty_token(token: str) -> str:
    """Return one whitespace-separated token of an upper-case name in display form."""
    match = _TOKEN.fullmatch(token)
    if match is not None:
        lead, word, _dot, trail = match.groups()
        expansion = _EXPANSIONS.get(word)
        if expansion is not None:
            return f"{lead}{expansion}{trail}"
    return _WORD.sub(_case_word, token)


def _is_cctv_word(token: str) -> bool:
    """Return True when a token is only the word CCTV, maybe with punctuation."""
    return token.strip(".,:;-|\u2013\u2014()[]#") == _CCTV


def prettify_name(raw: str) -> str:
    """Return a readable display name for a raw, often upper-case portal name."""
    collapsed = " ".join(raw.split())
    if not collapsed:
        return raw
    if collapsed != collapsed.upper():
        return collapsed
    tokens = _GLUED_ABBREVIATION.sub(r"\1. ", collapsed).split()
    while tokens and (_is_cctv_word(tokens[0]) or _PUNCTUATION_ONLY.fullmatch(tokens[0])):
        tokens.pop(0)
    while tokens and (_is_cctv_word(tokens[-1]) or _PUNCTUATION_ONLY.fullmatch(tokens[-1])):
        tokens.pop()
    if not tokens:
        return collapsed
    return " ".join(_pretty_token(token) for token in tokens)
