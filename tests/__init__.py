"""Tests of the Kutai Timur CCTV integration."""
