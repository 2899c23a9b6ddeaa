"""Supervision Desk: an offline companion for reflective supervision."""

__version__ = "0.1.0"
