"""``vanban eval GOLD_DIR``: run extract on each gold file's source and score it field by field.

The matching rules are those of ../shared/tools/score.py, written again here: numbers compared
after look-alike, space and "NĐCP" normalisation (one entry per number, the first mention);
types, relations and bodies compared as normalised text; laws matched exactly or at a
similarity >= 0.9; task paths compared without spaces, brackets and doubled dots.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

LOOKALIKE = str.maketrans({"С": "C", "Ð": "Đ", "‐": "-", "‑": "-", "–": "-", "—": "-", "Т": "T", "Н": "H",
                           "О": "O", "В": "B"})
ABBR = [("ubnd", "ủy ban nhân dân"), ("hđnd", "hội đồng nhân dân"), ("mttq", "mặt trận tổ quốc"),
        ("bch", "ban chấp hành"), ("btv", "ban thường vụ"), ("đbqh", "đại biểu quốc hội"),
        ("vpcp", "văn phòng chính phủ")]
TONE = [("uỷ", "ủy"), ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("uý", "úy"),
        ("uỳ", "ùy"), ("uỹ", "ũy"), ("uỵ", "ụy"), ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"),
        ("oẹ", "ọe")]
CITATION_FIELDS = ("number", "type", "date", "relation")


def norm_number(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "").translate(LOOKALIKE)
    return re.sub(r"\s+", "", text).upper().replace("NĐCP", "NĐ-CP")


def norm_text(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "").lower().translate(LOOKALIKE)
    for old, new in TONE:
        text = text.replace(old, new)
    for short, full in ABBR:
        text = re.sub(rf"\b{short}\b", full, text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^(các|đề nghị|giao)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def norm_path(path: object) -> str:
    text = unicodedata.normalize("NFC", str(path)).lower().replace(" ", "")
    text = re.sub(r"[)\]]", "", text)
    return re.sub(r"\.+", ".", text).strip(".")


def similar(a: str, b: str, ratio: float) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= ratio


@dataclass
class Count:
    """True positives, predictions and gold items of one field; adds up over documents."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Count) -> None:
        self.tp, self.pred, self.gold = self.tp + other.tp, self.pred + other.pred, self.gold + other.gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_citations(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Count]:
    """number: set of numbers; type/date/relation: a value is right when its number matched and it agrees."""
    g = {norm_number(c["number"]): c for c in gold.get("citations", [])}
    p: dict[str, dict[str, Any]] = {}
    for cite in pred.get("citations") or []:
        p.setdefault(norm_number(cite.get("number")), cite)
    both = set(g) & set(p)
    counts = {"number": Count(len(both), len(p), len(g))}
    for name in ("type", "date", "relation"):
        same = _same_date if name == "date" else _same_text
        tp = sum(1 for k in both if g[k].get(name) and same(g[k][name], p[k].get(name)))
        counts[name] = Count(tp, sum(1 for c in p.values() if c.get(name)), sum(1 for c in g.values() if c.get(name)))
    return counts


def _same_text(a: Any, b: Any) -> bool:
    return norm_text(a) == norm_text(b)


def _same_date(a: Any, b: Any) -> bool:
    return (b or "")[:10] == a


def score_laws(gold: dict[str, Any], pred: dict[str, Any]) -> Count:
    g = {norm_text(x) for x in gold.get("named_laws", [])}
    p = {norm_text(x if isinstance(x, str) else x.get("name", "")) for x in pred.get("named_laws") or []}
    return Count(sum(1 for x in g if any(similar(x, y, 0.9) for y in p)), len(p), len(g))


def score_tasks(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Count]:
    g = {norm_path(t["path"]): t for t in gold.get("tasks", [])}
    p = {norm_path(t.get("path", "")): t for t in pred.get("tasks") or []}
    both = set(g) & set(p)
    bodies = Count()
    for key in both:
        wanted = g[key].get("responsible", [])
        found = [x if isinstance(x, str) else (x.get("name") or x.get("text") or "")
                 for x in p[key].get("responsible") or []]
        hit = sum(1 for x in wanted if any(similar(norm_text(x), norm_text(y), 0.85) for y in found))
        bodies.add(Count(hit, len(found), len(wanted)))
    return {"tasks": Count(len(both), len(p), len(g)), "bodies": bodies}


def score_document(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Count]:
    counts = score_citations(gold, pred)
    counts["laws"] = score_laws(gold, pred)
    if gold.get("tasks"):
        counts.update(score_tasks(gold, pred))
    return counts


def resolve_source(gold_file: Path, source: str) -> Path | None:
    """A gold "source" against the gold file's folder, its parents, then ../shared beside the repo and cwd."""
    places = [gold_file.parent, *gold_file.parent.parents]
    places += [Path(__file__).resolve().parents[2] / ".." / "shared", Path.cwd() / ".." / "shared"]
    for place in places:
        candidate = place / source
        if candidate.is_file():
            return candidate
    return None


def _row(name: str, field: str, count: Count) -> str:
    p, r, f = count.prf()
    return f"{name:36} {field:9} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={count.tp} pred={count.pred} gold={count.gold})"


def evaluate_file(gold_file: Path) -> tuple[dict[str, Count] | None, str]:
    """Scores of one gold file, or None and the reason it could not be scored."""
    from parsers import extract
    from vanban.errors import VanbanError

    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    source = resolve_source(gold_file, gold.get("source", ""))
    if source is None:
        return None, f"source not found: {gold.get('source')!r}"
    try:
        pred = extract(source).to_dict()
    except VanbanError as exc:
        return score_document(gold, {}), f"extract failed ({exc}): scored as empty"
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the evaluation
        return score_document(gold, {}), f"extract crashed ({type(exc).__name__}: {exc}): scored as empty"
    return score_document(gold, pred), ""


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip gold files matching GLOB (repeatable).")
def command(gold_dir: str, as_json: bool, exclude: tuple[str, ...]) -> None:
    """Run extract on the source of each gold JSON in GOLD_DIR; print P, R, F1 per field, per file and overall.

    \b
    Example:
      vanban eval corpus/gold-real
      vanban eval corpus/gold-real --exclude 'hanoi-*' --json
    """
    overall: dict[str, Count] = {}
    report: dict[str, Any] = {}
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        if any(gold_file.match(pattern) for pattern in exclude):
            continue
        counts, problem = evaluate_file(gold_file)
        if problem:
            click.echo(f"{gold_file.name}: {problem}", err=True)
        if counts is None:
            continue
        report[gold_file.name] = {k: dict(zip(("p", "r", "f1"), c.prf(), strict=True)) for k, c in counts.items()}
        for field, count in counts.items():
            overall.setdefault(field, Count()).add(count)
            if not as_json:
                click.echo(_row(gold_file.name, field, count))
    report["overall"] = {k: dict(zip(("p", "r", "f1"), c.prf(), strict=True)) for k, c in overall.items()}
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for field, count in overall.items():
        click.echo(_row("OVERALL", field, count))
