"""Run the validator: ``python -m scripts.validation [--root PATH]``."""

import sys

from .cli import main

sys.exit(main())
