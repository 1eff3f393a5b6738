"""Fault switches of the fake portal: what each one breaks, and where."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class Faults:
    """Mutable fault switches; all off by default except ``malformed_item``."""

    # Where they apply: "list routes" are the F1 to F5 list documents; "API routes" are the
    # list routes plus the start call.
    #   status, retry_after, require_referer, require_cookie: API routes.
    #   delay: list routes and snapshots.
    #   redirect_loop, redirect_to, php_warning, bom, html_error_200, oversize_bytes: list routes.
    #   truncate, garbage, trickle: list routes and snapshots.
    #   wrong_content_type: every route.
    #   start_status: the start call. segment_404, segment_body (bytes served instead):
    #   media segments. token_ttl: HLS routes, and the stream URLs of the F2, F3 and F4 lists.
    #   malformed_item, omit_meta: the F1 list. duplicate_ids: every list format.

    status: int | None = None
    retry_after: int | str | None = None
    delay: float = 0.0
    truncate: bool = False
    garbage: bool = False
    php_warning: bool = False
    bom: bool = False
    wrong_content_type: bool = False
    oversize_bytes: int | None = None
    trickle: float | None = None
    html_error_200: bool = False
    require_referer: str | None = None
    require_cookie: bool = False
    start_status: int | None = None
    segment_404: bool = False
    segment_body: bytes | None = None
    token_ttl: float | None = None
    redirect_loop: bool = False
    redirect_to: str | None = None
    malformed_item: bool = True
    duplicate_ids: bool = False
    omit_meta: bool = False

    def reset(self) -> None:
        """Switch every fault back to its default."""
        defaults = Faults()
        for item in fields(self):
            setattr(self, item.name, getattr(defaults, item.name))
