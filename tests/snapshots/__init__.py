"""Snapshot tests: diagnostics, registries and states as Home Assistant core writes them."""
