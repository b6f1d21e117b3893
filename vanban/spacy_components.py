"""vanban's extractors as spaCy pipeline components, on a blank Vietnamese pipeline without pyvi.

    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.Tokenizer.v1"}}})
    nlp.add_pipe("vanban_citations")
    nlp.add_pipe("vanban_tasks")
    doc = nlp(text)
    [(s.text, s.label_, s._.number, s._.relation) for s in doc.spans["citations"]]

- ``vanban.Tokenizer.v1``: spaCy's rule-based tokenizer (``spacy.Tokenizer.v1``, no word segmenter)
  with a ``token_match`` that keeps document numbers whole ("178/2024/NĐ-CP", "28-CT/TU", the
  citation extractor's ``NUMBER_RE``). ``spacy.Tokenizer.v1`` works too; numbers are then split.
- ``vanban_citations`` sets ``doc.spans["citations"]``: label = document type ("Nghị định"), with
  ``span._.number`` (normalised), ``key``, ``relation``, ``date``.
- ``vanban_tasks`` sets ``doc.spans["tasks"]`` (label "TASK"; ``path``, ``responsible``,
  ``coordinating``), ``["bodies"]`` (label = role, "chủ trì" or "phối hợp"; ``body`` canonical name,
  ``role``, ``path``) and ``["deadlines"]`` (label "DEADLINE"; ``date``, ``recurrence``, ``path``).

The text goes through the same stages as a .txt file given to ``vanban extract`` (lines, layout,
header, structure, citations, tasks), once per Doc, shared by both components. The layout joins
wrapped lines and drops page numbers, so each span found in the laid-out text is located again in
the Doc's text (same characters, whitespace free). A body is a span where its name (or its
abbreviation's expansion) is written inside its task; canonical names not written as such
("Ủy ban nhân dân các xã, phường" -> "UBND cấp xã") have no span of their own.
Registered with entry points (``pyproject.toml``), so ``nlp.add_pipe("vanban_citations")`` works
after ``pip install vanban`` without importing this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from parsers.citations.patterns import NUMBER_RE
from parsers.text import base_letters

SPAN_ATTRS = ("number", "key", "relation", "date", "role", "body", "path", "recurrence", "responsible",
              "coordinating")
_CACHE = "vanban_extraction"
# "UBND" in a canonical name may be written out in the text.
EXPANSIONS = (("UBND", ("Ủy ban nhân dân", "Uỷ ban nhân dân")), ("HĐND", ("Hội đồng nhân dân",)))

for _name in SPAN_ATTRS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@registry.tokenizers("vanban.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Any]:
    """spaCy's rule-based tokenizer for the language, keeping document numbers as one token."""

    def make(nlp: Language) -> Any:
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        tokenizer.token_match = _number_match
        return tokenizer

    return make


def _number_match(text: str) -> re.Match[str] | None:
    return NUMBER_RE.fullmatch(text)


@Language.factory("vanban_citations")
def make_citations(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The citations component: ``doc.spans["citations"]``."""

    def citations_component(doc: Doc) -> Doc:
        record, locate = _extraction(doc)
        set_citation_spans(doc, record, locate)
        return doc

    return citations_component


@Language.factory("vanban_tasks")
def make_tasks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The tasks component: ``doc.spans["tasks"]``, ``["bodies"]``, ``["deadlines"]``."""

    def tasks_component(doc: Doc) -> Doc:
        record, locate = _extraction(doc)
        set_task_spans(doc, record, locate)
        return doc

    return tasks_component


class Locate(Protocol):
    def __call__(self, start: int, end: int, within: tuple[int, int] | None = None,
                 last: bool = False) -> tuple[int, int] | None: ...


def _extraction(doc: Doc) -> tuple[dict[str, Any], Locate]:
    """The extraction of the Doc's text (computed once per Doc) and a mapper of its offsets."""
    if _CACHE not in doc.user_data:
        record = extract_text(doc.text)
        doc.user_data[_CACHE] = record
    record = doc.user_data[_CACHE]
    return record, Aligner(str(record.get("text") or ""), doc.text).locate


def extract_text(text: str) -> dict[str, Any]:
    """``vanban extract`` of a text given as a string, as plain data (the JSON contract)."""
    from parsers.citations import extract_citations
    from parsers.layout import build_document
    from parsers.model import Extraction
    from parsers.readers import text_pages
    from parsers.tasks import extract_tasks

    pages = text_pages(text)
    document = build_document(pages, source="<spacy>", fmt="txt")
    citations, laws = extract_citations(document)
    tasks = extract_tasks(document, citations)
    return Extraction(document=document, citations=citations, named_laws=laws, tasks=tasks).to_dict()


class Aligner:
    """Offsets of the laid-out text located in the original text: the same letters in order, whitespace
    aside (wrapped lines joined, blank lines dropped), compared without diacritics (the layout writes
    "Uỷ" as "Ủy") and skipping footnote markers the layout took out ("... Đề án 06 tỉnh2.")."""

    def __init__(self, laid_out: str, original: str) -> None:
        self.laid_out, self.original = laid_out, original
        self.identity = laid_out == original
        self.folded = base_letters(original)
        self.cursor = 0

    def locate(self, start: int, end: int, within: tuple[int, int] | None = None,
               last: bool = False) -> tuple[int, int] | None:
        """Where ``laid_out[start:end]`` is in the original; with ``within``, its first (or ``last``)
        place inside those original offsets (a deadline inside its task's located span)."""
        if self.identity:
            return start, end
        letters = "".join(base_letters(self.laid_out[start:end]).split())
        if not letters:
            return None
        if within is not None:
            return self._inside(letters, within, last)
        found = self._search(letters)
        if found is None and len(letters) > 80:  # a footnote or page footer printed inside the span
            head, tail = self._search(letters[:40]), None
            if head is not None:
                tail = self._search(letters[-40:], head[0])
            found = (head[0], tail[1]) if head and tail else None
        if found:
            self.cursor = found[0]
        return found

    def _inside(self, letters: str, within: tuple[int, int], last: bool) -> tuple[int, int] | None:
        pattern = re.compile(r"[\s\d]*".join(re.escape(ch) for ch in letters))
        found = list(pattern.finditer(self.folded, within[0], within[1]))
        if not found:
            return None
        match = found[-1] if last else found[0]
        return match.start(), match.end()

    def _search(self, letters: str, floor: int | None = None) -> tuple[int, int] | None:
        for gap in (r"\s*", r"[\s\d]*"):
            pattern = re.compile(gap.join(re.escape(ch) for ch in letters))
            if floor is not None:
                found = pattern.search(self.folded, floor)
            else:
                found = pattern.search(self.folded, self.cursor) or pattern.search(self.folded)
            if found:
                return found.start(), found.end()
        return None


def _span(doc: Doc, located: tuple[int, int] | None, label: str) -> Span | None:
    if located is None:
        return None
    return doc.char_span(located[0], located[1], label=label, alignment_mode="expand")


def set_citation_spans(doc: Doc, record: dict[str, Any], locate: Locate) -> None:
    """``doc.spans["citations"]`` from a record's citations (offsets into the record's text)."""
    spans = []
    for citation in sorted(record.get("citations") or [], key=lambda c: c["span"][0]):
        span = _span(doc, locate(*citation["span"]), str(citation.get("type") or "Văn bản"))
        if span is None:
            continue
        span._.number, span._.key = citation.get("number"), citation.get("key")
        span._.relation, span._.date = citation.get("relation"), citation.get("date")
        spans.append(span)
    doc.spans["citations"] = spans


def set_task_spans(doc: Doc, record: dict[str, Any], locate: Locate) -> None:
    """``doc.spans["tasks"]``, ``["bodies"]`` and ``["deadlines"]`` from a record's tasks."""
    tasks, bodies, deadlines = [], [], []
    text = str(record.get("text") or "")
    for task in sorted(record.get("tasks") or [], key=lambda t: t["span"][0]):
        start, end = task["span"]
        located = locate(start, end)
        span = _span(doc, located, "TASK")
        if span is None or located is None:
            continue
        span._.path = task.get("path")
        span._.responsible, span._.coordinating = task.get("responsible"), task.get("coordinating")
        deadline = task.get("deadline") or {}
        span._.date, span._.recurrence = deadline.get("date"), deadline.get("recurrence")
        tasks.append(span)
        bodies += _body_spans(doc, task, text, locate, located)
        deadlines += _deadline_spans(doc, task, text, locate, located)
    doc.spans["tasks"] = tasks
    doc.spans["bodies"] = _no_overlap(bodies)
    doc.spans["deadlines"] = deadlines


def _body_spans(doc: Doc, task: dict[str, Any], text: str, locate: Locate, located: tuple[int, int]) -> list[Span]:
    start, end = task["span"]
    out = []
    for role, names in (("chủ trì", task.get("responsible") or []), ("phối hợp", task.get("coordinating") or [])):
        for name in names:
            # in the task itself, else where its heading or the addressees name it (the last mention before)
            inside = _find(text, start, end, _spellings(name))
            where = inside or _find(text, 0, start, _spellings(name), last=True)
            bounds = located if inside else (0, located[0])
            span = _span(doc, locate(*where, within=bounds, last=not inside), role) if where else None
            if span is not None:
                span._.body, span._.role, span._.path = name, role, task.get("path")
                out.append(span)
    return out


def _deadline_spans(doc: Doc, task: dict[str, Any], text: str, locate: Locate,
                    located: tuple[int, int]) -> list[Span]:
    deadline = task.get("deadline") or {}
    where = _find(text, task["span"][0], task["span"][1], [deadline["text"]]) if deadline.get("text") else None
    span = _span(doc, locate(*where, within=located), "DEADLINE") if where else None
    if span is None:
        return []
    span._.date, span._.recurrence, span._.path = deadline.get("date"), deadline.get("recurrence"), task.get("path")
    return [span]


def _spellings(name: str) -> list[str]:
    out = [name]
    for short, longs in EXPANSIONS:
        if short in name:
            out += [name.replace(short, long) for long in longs]
    return out


def _find(text: str, start: int, end: int, spellings: Iterable[str], last: bool = False) -> tuple[int, int] | None:
    """Where one of ``spellings`` is written (any case, any spacing) in ``text[start:end]`` (the first
    place, or the ``last``)."""
    for spelling in spellings:
        words = spelling.split()
        if not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
        found = list(pattern.finditer(text, start, end)) if last else [m for m in [pattern.search(text, start, end)] if m]
        if found:
            return found[-1].start(), found[-1].end()
    return None


def _no_overlap(spans: list[Span]) -> list[Span]:
    """One span per place (a heading's body leads several tasks), none overlapping."""
    from spacy.util import filter_spans

    return sorted(filter_spans(spans), key=lambda s: s.start)


def doc_from_record(nlp: Language, record: dict[str, Any]) -> Doc:
    """A Doc of a stored record's text with its citation, task, body and deadline spans (no re-extraction)."""
    doc = nlp.make_doc(str(record.get("text") or ""))

    def same(start: int, end: int, within: tuple[int, int] | None = None, last: bool = False) -> tuple[int, int]:
        return start, end

    set_citation_spans(doc, record, same)
    set_task_spans(doc, record, same)
    return doc


def blank_pipeline() -> Language:
    """``spacy.blank("vi")`` with the number-keeping tokenizer (no pyvi) and both components."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.Tokenizer.v1"}}})
    nlp.add_pipe("vanban_citations")
    nlp.add_pipe("vanban_tasks")
    return nlp
