"""Parsers: files in, a faithful ``Document`` and its ``Extraction`` out.

Public verbs:
- ``parse_file(path)``: read a PDF, text, Word file into a ``Document``;
- ``extract(path)``: parse and extract citations, named laws and tasks (an ``Extraction``).
"""

from __future__ import annotations

from parsers.extract import extract, parse_file

__all__ = ["extract", "parse_file"]
