"""Tests for the fake portal."""
