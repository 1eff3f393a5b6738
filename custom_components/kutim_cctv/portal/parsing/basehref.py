"""The document base a page declares with ``<base href>``.

A page may name the address its relative links resolve against (``<base
href="https://site.example/">`` in a CodeIgniter or Joomla template, a CDN folder): a
browser resolves every relative address of the document, in its markup and in its
scripts, against that base instead of the page's own address. Only the first ``<base>``
element with an ``href``, written in the page's head (the first 16,000 characters,
before ``<body``), counts; an empty or unusable one leaves the page's address, and so
does a base on a LAN, loopback or local-name host named by a page on a public host:
such a page never makes its relative addresses point into the local network.
"""

from __future__ import annotations

from dataclasses import replace
import re

from ..fieldurls import on_public_host, resolve_url
from ..normalise import Context
from ..values import unescape_attribute

__all__ = ["document_base"]

_MAX_HEAD = 16_000
_BASE_TAG = re.compile(
    r"""<base\b[^<>]{0,500}?\bhref\s*=\s*(?:"([^"<>]{0,2048})"|'([^'<>]{0,2048})'|([^\s"'<>]{1,2048}))""",
    re.IGNORECASE,
)
_BODY = re.compile(r"<body\b", re.IGNORECASE)


def document_base(text: str, ctx: Context) -> Context:
    """Return the context with the page's declared base as its base address."""
    head = text[:_MAX_HEAD]
    if "<base" not in head.lower():
        return ctx
    body = _BODY.search(head)
    found = _BASE_TAG.search(head, 0, body.start() if body is not None else len(head))
    if found is None:
        return ctx
    raw = unescape_attribute(next(g for g in found.groups() if g is not None)).strip()
    if not raw or not ctx.base_url:
        return ctx
    base = resolve_url(raw, ctx.base_url)
    if base is None or not base.lower().startswith(("http://", "https://")):
        return ctx
    if on_public_host(ctx.base_url) and not on_public_host(base):
        return ctx
    return ctx if base == ctx.base_url else replace(ctx, base_url=base)
