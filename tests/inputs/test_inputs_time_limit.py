"""The per-file time limit must never leave logging's lock held (it deadlocked a later web test)."""

from __future__ import annotations

import logging
import threading

import pytest

from parsers.readers.limits import time_limit
from vanban.errors import UnreadableFileError


def _busy_logging(logger: logging.Logger) -> None:
    while True:
        logger.setLevel(logging.INFO)  # clears the level cache, so every call below takes the lock
        logger.debug("pdfminer-like chatter")


def _lock_is_free() -> bool:
    got: list[bool] = []
    worker = threading.Thread(target=lambda: got.append(logging.getLogger("probe").isEnabledFor(10) in (True, False)))
    worker.start()
    worker.join(timeout=5)
    return got == [True]


@pytest.mark.parametrize("round_", range(20))
def test_timeout_inside_logging_releases_the_lock(round_: int) -> None:
    logger = logging.getLogger(f"vanban.test.{round_}")
    with pytest.raises(UnreadableFileError, match="timeout"), time_limit(0.01 + round_ * 0.003, "busy.pdf"):
        _busy_logging(logger)
    assert _lock_is_free()
