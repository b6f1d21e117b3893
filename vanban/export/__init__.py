"""Exports of extracted data to other tools' formats (iCalendar, spaCy DocBin)."""
