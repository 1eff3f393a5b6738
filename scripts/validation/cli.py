"""Validate the integration and the repository offline, as hassfest and HACS would.

Usage: ``scripts/validate [--root PATH]``. Every problem is printed as
``file: key: message``; the exit status is 1 when there is at least one.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from .code import CodeIndex
from .common import ROOT, Problem
from .hacs import HacsChecks
from .icons import IconChecks
from .manifest import ManifestChecks
from .quality_scale import QualityScaleChecks
from .services import ServiceChecks
from .translations import TranslationChecks


class Validator(
    HacsChecks,
    ManifestChecks,
    TranslationChecks,
    IconChecks,
    ServiceChecks,
    QualityScaleChecks,
):
    """Run every check on a repository and collect the problems."""

    # -- entry point --------------------------------------------------------------------

    def run(self) -> list[Problem]:
        """Run all checks and return the problems, sorted."""
        package = self.check_repository()
        if package is not None:
            self.check_integration(package)
        return sorted(set(self.problems))

    # -- the integration ---------------------------------------------------------------

    def check_integration(self, package: Path) -> None:
        """Check the integration package."""
        code = CodeIndex(package, self.problems, self.rel)
        manifest = self.check_manifest(package, code)
        strings = self.check_strings(package)
        self.check_translation_files(package, strings)
        icons = self.check_icons(package, strings)
        services = self.check_services(package, code, strings, icons)
        self.check_code_translations(package, code, strings, icons)
        self.check_brand(package)
        self.check_quality_scale(
            package,
            code=code,
            manifest=manifest,
            strings=strings,
            icons=icons,
            services=services,
        )


def validate(root: Path) -> list[Problem]:
    """Validate the repository at root and return its problems."""
    return Validator(root.resolve()).run()


def main(argv: list[str] | None = None) -> int:
    """Run the validator from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to validate")
    args = parser.parse_args(argv)
    # Home Assistant's YAML loader also logs what it raises; the problem list says it once.
    logging.getLogger().addHandler(logging.NullHandler())
    validator = Validator(args.root.resolve())
    problems = validator.run()
    for problem in problems:
        print(problem)
    if problems:
        print(f"validate: {len(problems)} problem(s)")
        return 1
    print(f"validate: OK ({', '.join(validator.checked)})")
    return 0
