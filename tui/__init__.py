"""Presser: a terminal reader for press-conference transcripts."""

__version__ = "0.1.0"
