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


# How many words open a task: the gold keeps the first 8-15 words of an item, extract the whole item.
FIRST_WORDS = 6
# Two openings are the same task at this similarity (OCR slips, a dropped word).
OPENING_RATIO = 0.8


def task_opening(text: str | None) -> str:
    """The first words of a task, normalised: "Giao Sở Y tế chủ trì, phối hợp ..." -> "sở y tế chủ trì phối"."""
    return " ".join(norm_text(text).split()[:FIRST_WORDS])


def _opening_score(gold_text: str, pred_text: str) -> float:
    """How well a predicted task's start matches a gold opening; a prediction that carries its heading
    before the item ("2. UBND cấp huyện: Tổ chức ...") matches when the opening follows within 30 words."""
    want = task_opening(gold_text)
    if not want:
        return 0.0
    ratio = difflib.SequenceMatcher(None, want, task_opening(pred_text)).ratio()
    if ratio < OPENING_RATIO and f" {want} " in " " + " ".join(norm_text(pred_text).split()[:30]) + " ":
        return OPENING_RATIO
    return ratio


def match_tasks(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one to one: best opening first, then same path, then order.

    A gold task without "text" (the older golds of corpus/gold-real) matches by its path only."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            same_path = norm_path(g.get("path", "")) == norm_path(p.get("path", ""))
            ratio = _opening_score(g["text"], p.get("text", "")) if g.get("text") else float(same_path)
            if ratio >= OPENING_RATIO:
                pairs.append((-ratio, not same_path, abs(i / max(len(gold), 1) - j / max(len(pred), 1)), i, j))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for *_rank, i, j in sorted(pairs):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            matched.append((i, j))
    return sorted(matched)


def _names(bodies: list[Any] | None) -> list[str]:
    return [x if isinstance(x, str) else (x.get("name") or x.get("text") or "") for x in bodies or []]


def same_bodies(wanted: list[str], found: list[str]) -> bool:
    """Exactly the gold's bodies: as many, and each gold body has a predicted one at similarity >= 0.85."""
    return len(wanted) == len(found) and all(
        any(similar(norm_text(x), norm_text(y), 0.85) for y in found) for x in wanted
    )


def same_deadline(wanted: dict[str, Any], found: dict[str, Any] | None) -> bool:
    """The gold's ISO date, or, when the gold has none ("thường xuyên"), the same words."""
    if not found:
        return False
    if wanted.get("date"):
        return (found.get("date") or "")[:10] == wanted["date"]
    a, b = norm_text(wanted.get("text")), norm_text(found.get("text"))
    return bool(a and b) and (a == b or a in b or b in a)


def score_tasks(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Count]:
    """found: tasks matched by their first words; paths: printed paths as a set; bodies: matched tasks
    with exactly the gold's lead bodies; deadline: matched gold tasks with a deadline that agree."""
    g_tasks, p_tasks = gold.get("tasks") or [], pred.get("tasks") or []
    g_paths = {norm_path(t["path"]) for t in g_tasks}
    p_paths = {norm_path(t.get("path", "")) for t in p_tasks}
    pairs = match_tasks(g_tasks, p_tasks)
    exact = sum(same_bodies(g_tasks[i].get("responsible", []), _names(p_tasks[j].get("responsible"))) for i, j in pairs)
    due = [(i, j) for i, j in pairs if g_tasks[i].get("deadline")]
    right = sum(same_deadline(g_tasks[i]["deadline"], p_tasks[j].get("deadline")) for i, j in due)
    return {
        "found": Count(len(pairs), len(p_tasks), len(g_tasks)),
        "paths": Count(len(g_paths & p_paths), len(p_paths), len(g_paths)),
        "bodies": Count(exact, len(pairs), len(pairs)),
        "deadline": Count(right, len(due), len(due)),
    }


def score_document(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Count]:
    """Citations, laws and tasks; a gold without "tasks" (a normative text) has zero gold tasks."""
    counts = score_citations(gold, pred)
    counts["laws"] = score_laws(gold, pred)
    counts.update(score_tasks(gold, pred))
    return counts


def document_type(gold: dict[str, Any]) -> str:
    """The gold's document type without a gloss: "Công văn (đôn đốc)" -> "Công văn"."""
    kind = str((gold.get("document") or {}).get("type") or "?")
    return re.sub(r"\s*\(.*$", "", kind).strip() or "?"


def resolve_source(gold_file: Path, source: str) -> Path | None:
    """A gold "source" against the gold file's folder, its parents, then ../shared beside the repo and cwd."""
    places = [gold_file.parent, *gold_file.parent.parents]
    places += [Path(__file__).resolve().parents[2] / ".." / "shared", Path.cwd() / ".." / "shared"]
    for place in places:
        candidate = place / source
        if candidate.is_file():
            return candidate
    return None


# Fields that are shares of the matched tasks rather than a precision and a recall.
SHARES = ("bodies", "deadline")
TASK_FIELDS = ("found", "paths", "bodies", "deadline")


def _row(name: str, field: str, count: Count) -> str:
    if field in SHARES:
        share = count.tp / count.gold if count.gold else 1.0
        return f"{name:36} {field:9} share={share:.3f}  ({count.tp} of {count.gold} matched tasks)"
    p, r, f = count.prf()
    return f"{name:36} {field:9} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={count.tp} pred={count.pred} gold={count.gold})"


def _summary(counts: dict[str, Count]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field, count in counts.items():
        if field in SHARES:
            out[field] = {"share": count.tp / count.gold if count.gold else 1.0, "of": count.gold}
        else:
            out[field] = dict(zip(("p", "r", "f1"), count.prf(), strict=True))
    return out


def _type_table(by_type: dict[str, tuple[int, dict[str, Count]]]) -> list[str]:
    """One line per document type and one for all: gold and predicted tasks, found F1, paths F1, shares."""
    lines = [f"{'TYPE':20} {'docs':>4} {'gold':>5} {'pred':>5} {'found F1':>9} {'paths F1':>9} "
             f"{'bodies':>14} {'deadline':>14}"]
    total: dict[str, Count] = {}
    docs = 0
    for kind, (n, counts) in sorted(by_type.items()) + [("ALL", (0, total))]:
        if kind != "ALL":
            docs += n
            for field in TASK_FIELDS:
                total.setdefault(field, Count()).add(counts[field])
        found, paths, bodies, due = (counts.get(f, Count()) for f in TASK_FIELDS)
        share = [f"{c.tp / c.gold:.3f} ({c.tp}/{c.gold})" if c.gold else "-" for c in (bodies, due)]
        lines.append(f"{kind:20} {n or docs:4d} {found.gold:5d} {found.pred:5d} {found.prf()[2]:9.3f} "
                     f"{paths.prf()[2]:9.3f} {share[0]:>14} {share[1]:>14}")
    return lines


def predict(gold_file: Path, gold: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """``vanban extract`` of the gold's source as a dict, or None / {} and the reason."""
    from parsers import extract
    from vanban.errors import VanbanError

    source = resolve_source(gold_file, gold.get("source", ""))
    if source is None:
        return None, f"source not found: {gold.get('source')!r}"
    try:
        return extract(source).to_dict(), ""
    except VanbanError as exc:
        return {}, f"extract failed ({exc}): scored as empty"
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the evaluation
        return {}, f"extract crashed ({type(exc).__name__}: {exc}): scored as empty"


def evaluate_file(
    gold_file: Path, keep: Path | None = None, reuse: Path | None = None
) -> tuple[dict[str, Count] | None, str]:
    """Scores of one gold file, or None and the reason it could not be scored. ``keep``: a folder
    where the prediction is written as JSON (same file name); ``reuse``: a folder of such predictions
    to score instead of running extract."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    kept = reuse / gold_file.name if reuse is not None else None
    if kept is not None and kept.is_file():
        pred, problem = json.loads(kept.read_text(encoding="utf-8")), ""
    else:
        pred, problem = predict(gold_file, gold)
    if pred is None:
        return None, problem
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / gold_file.name).write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    return score_document(gold, pred), problem


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip gold files matching GLOB (repeatable).")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write each prediction as JSON into this folder (for reading the misses).")
@click.option("--reuse", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Score the predictions a --keep run wrote into this folder instead of running extract.")
def command(gold_dir: str, as_json: bool, exclude: tuple[str, ...], keep: Path | None, reuse: Path | None) -> None:
    """Run extract on the source of each gold JSON in GOLD_DIR; print scores per file, per document type and overall.

    \b
    Citations (number, type, date, relation) and named laws: P, R, F1.
    Tasks: found = matched by their first words, F1; paths = printed paths, F1; bodies = share of
    found tasks with exactly the gold's lead bodies; deadline = share of found gold tasks with a
    deadline whose date (or, when the gold has no date, wording) agrees. A gold without "tasks" (a
    normative text) has zero tasks, so any predicted task counts against precision.

    \b
    Example:
      vanban eval corpus/gold-real
      vanban eval corpus/gold-real --exclude 'hanoi-*' --json
    """
    overall: dict[str, Count] = {}
    by_type: dict[str, tuple[int, dict[str, Count]]] = {}
    report: dict[str, Any] = {}
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        if any(gold_file.match(pattern) for pattern in exclude):
            continue
        counts, problem = evaluate_file(gold_file, keep, reuse)
        if problem:
            click.echo(f"{gold_file.name}: {problem}", err=True)
        if counts is None:
            continue
        kind = document_type(json.loads(gold_file.read_text(encoding="utf-8")))
        report[gold_file.name] = {"type": kind, **_summary(counts)}
        docs, of_type = by_type.get(kind, (0, {}))
        for field, count in counts.items():
            overall.setdefault(field, Count()).add(count)
            of_type.setdefault(field, Count()).add(count)
            if not as_json:
                click.echo(_row(gold_file.name, field, count))
        by_type[kind] = (docs + 1, of_type)
    report["by_type"] = {kind: {"docs": n, **_summary(c)} for kind, (n, c) in by_type.items()}
    report["overall"] = _summary(overall)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for field, count in overall.items():
        click.echo(_row("OVERALL", field, count))
    for line in _type_table(by_type):
        click.echo(line)
