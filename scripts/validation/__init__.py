"""Offline validation of the integration and the repository, as hassfest and HACS would.

Hassfest is not part of the Home Assistant wheel, so its checks for a custom integration
are written here, one module per artefact: ``manifest``, ``translations``, ``icons``,
``services``, ``quality_scale`` (with ``rules``) and ``hacs``. Home Assistant's own helpers
(loader manifest type, YAML loader, config validation, selectors) are used wherever the
installed package has them. Run it with ``scripts/validate``.
"""

from __future__ import annotations

from .cli import Validator, main, validate
from .common import Problem

__all__ = ["Problem", "Validator", "main", "validate"]
