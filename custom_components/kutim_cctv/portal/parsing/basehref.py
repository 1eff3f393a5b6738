"""The document base a page declares with ``<base href>``.

A page may name the address its relative links resolve against (``<base
href="https://site.example/">`` in a CodeIgniter or Joomla template, a CDN folder): a
browser resolves every relative address of the document, in its markup and in its
scripts, against that base instead of the page's own address. Only the first real
``<base>`` start tag with an ``href`` in the page's head counts, as the HTML parser reads
it (the first 256 KiB, before ``<body>``): one in a comment, in a script or style, in
a ``<template>`` or ``<noscript>`` is no element. An empty or unusable one leaves the
page's address, and so does a base on a LAN, loopback or local-name host named by a page
on a public host: such a page never makes its relative addresses point into the local
network.
"""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
import re

from ..fieldurls import resolve_url, url_host
from ..normalise import Context
from ..policy import is_public_host

__all__ = ["document_base"]

_MAX_HEAD = 262_144
_CHUNK = 8192
_BASE_WORD = re.compile(r"<base\b", re.IGNORECASE)
# Elements whose content is no part of the document (inert templates, what a browser
# running scripts never shows) or is text (a title, a text area).
_INERT = frozenset({"template", "noscript", "title", "textarea"})


class _BaseFinder(HTMLParser):
    """Read a page's head up to its first ``<base href>`` start tag or its body."""

    def __init__(self) -> None:
        """Start reading from the page's first character."""
        super().__init__(convert_charrefs=True)
        self.href: str | None = None
        self.done = False
        self._inert = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Take the first ``<base>`` with an ``href``; stop at the body."""
        if self.done:
            return
        if tag == "body":
            self.done = True
        elif tag in _INERT:
            self._inert += 1
        elif tag == "base" and not self._inert:
            href = next((value for name, value in attrs if name == "href"), None)
            if href is not None:
                self.href = href
                self.done = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Read a self-closed tag (``<base href="…"/>``) as a start tag without content."""
        if tag not in _INERT:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        """Leave an inert element."""
        if tag in _INERT and self._inert:
            self._inert -= 1


def _declared_base(text: str) -> str | None:
    """Return the ``href`` of the page's first real ``<base>`` start tag in its head."""
    if _BASE_WORD.search(text, 0, _MAX_HEAD) is None:
        return None
    finder = _BaseFinder()
    for start in range(0, min(len(text), _MAX_HEAD), _CHUNK):
        finder.feed(text[start : min(start + _CHUNK, _MAX_HEAD)])
        if finder.done:
            break
    return finder.href


def document_base(text: str, ctx: Context) -> Context:
    """Return the context with the page's declared base as its base address."""
    found = _declared_base(text)
    raw = found.strip() if found is not None else ""
    if not raw or not ctx.base_url:
        return ctx
    base = resolve_url(raw, ctx.base_url)
    if base is None or not base.lower().startswith(("http://", "https://")):
        return ctx
    if is_public_host(url_host(ctx.base_url)) and not is_public_host(url_host(base)):
        return ctx
    return ctx if base == ctx.base_url else replace(ctx, base_url=base)
