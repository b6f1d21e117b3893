"""The one exception root of vanban, and the errors users see.

Every error carries a message that says what went wrong and, where it can, what to do.
The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback.
"""

from __future__ import annotations


class VanbanError(Exception):
    """Root of every error vanban raises on purpose."""

    exit_code = 1


class UnreadableFileError(VanbanError):
    """A file cannot be read into a document: corrupt, encrypted, empty, too large, not supported.

    ``reason`` is a short machine-friendly word (``encrypted``, ``corrupt``, ``empty``,
    ``too-large``, ``timeout``, ``unsupported``, ``not-found``, ``no-text``) used in ingest summaries.
    """

    exit_code = 2

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        message = f"{self.path}: {reason}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class StoreError(VanbanError):
    """The store cannot be opened, migrated, written or queried (a missing store, a full disk, a node down)."""

    exit_code = 3


class RejectedError(StoreError):
    """The store refused one document (Elasticsearch's bulk rejection); ``detail`` gives its reason."""

    def __init__(self, message: str, detail: str) -> None:
        self.detail = detail
        super().__init__(message)


class ConfigError(VanbanError):
    """A setting, option or environment variable is wrong; the message names the valid choices."""
