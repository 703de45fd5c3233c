"""Score briefx against gold JSON Lines (the project's gold format), like ``spacy evaluate``.

Gold: one case a line, ``{"id", "text", "reference_date"?, "entities"?, "figures"?,
"dates"?}``; a section is scored only for the cases whose line has its key. Scoring follows
the project's reference scorer exactly (the numbers are equal, rounded to 4 places alike):

- spans match on exact (start, end); precision, recall and F1 are over distinct spans;
- ``norm_acc``: of the gold spans found, the share with a right prediction at that span:
  figures kind + value (relative tolerance 1e-6) + unit (case-insensitive; "count" and
  "number" are one kind; a gold plain number's unit is not asked for, a gold count's is);
  dates the value string; entities the type (gold "GPE|LOC" takes either) and, where the
  gold gives one, the canonical name;
- ``by_type``: gold count, recall and norm_acc per entity type / figure kind ("count" is
  counted as "number") / "date";
- entities also get ``type_acc`` and ``name_acc`` apart;
- ``overlap_recall``: the share of gold items that any overlapping prediction touches, and
  ``value_recall`` (valR): the share that an overlapping prediction gets right in value
  (as above); they forgive span conventions, not wrong values.

``run_eval`` runs briefx on each case's text with the case's reference date and scores it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefx.errors import Errors, InputError
from briefx.records import Brief
from briefx.sources import Source

if TYPE_CHECKING:
    from rich.console import Group

SECTIONS = ("entities", "figures", "dates", "statements")
DIGITS = 4  # the rounding of every reported share


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Recall and normalisation accuracy of one entity type or figure kind."""

    gold: int  # gold items of the type (every item, a repeated span too)
    recall: float
    norm_acc: float  # 0.0 when none was found


@dataclass(frozen=True, slots=True)
class SectionScore:
    """The scores of one section (entities, figures or dates)."""

    cases: int  # cases whose gold has the section
    gold: int  # distinct gold spans
    pred: int  # distinct predicted spans
    span_tp: int  # gold spans predicted exactly
    precision: float
    recall: float
    f1: float
    norm_acc: float
    norm_ok: int
    overlap_recall: float
    value_recall: float
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    type_acc: float | None = None  # entities only
    name_acc: float | None = None  # entities only
    attribution: Attribution | None = None  # statements only

    def to_dict(self) -> dict[str, Any]:
        """Return the scores as plain data (the reference scorer's layout)."""
        out = asdict(self)
        if self.type_acc is None:
            del out["type_acc"], out["name_acc"]
        if self.attribution is None:
            del out["attribution"]
        else:
            del out["norm_ok"]
        return out


@dataclass(frozen=True, slots=True)
class Attribution:
    """Figure attribution: (speaker, figure span) pairs of the statements, gold vs predicted."""

    gold: int
    pred: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores per section, over ``cases`` gold cases."""

    sections: dict[str, SectionScore]
    cases: int
    missing_ids: int  # gold cases without a prediction


def _round(x: float) -> float:
    return round(x, DIGITS)


def same_value(a: object, b: object) -> bool:
    """Compare figure values as numbers (relative tolerance 1e-6), anything else with ==."""
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return a == b
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-12)


def _kind(kind: object) -> object:
    return "number" if kind == "count" else kind


def _unit(unit: object) -> str:
    return str(unit or "").strip().casefold()


def _types(gold: Mapping[str, Any]) -> set[str]:
    return set((gold.get("type") or "").split("|"))


def same_norm(section: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Return True when ``pred`` normalises the gold item's span right (see module doc)."""
    if section == "figures":
        kind = _kind(gold.get("kind"))
        if kind != _kind(pred.get("kind")) or not same_value(gold.get("value"), pred.get("value")):
            return False
        if kind == "number" and not gold.get("unit"):
            return True  # a plain number in the gold: a predicted count's noun is extra
        return _unit(gold.get("unit")) == _unit(pred.get("unit"))
    if section == "dates":
        return gold.get("value") == pred.get("value")
    return pred.get("type") in _types(gold) and (
        not gold.get("name") or gold.get("name") == pred.get("name")
    )


def _bucket(section: str, item: Mapping[str, Any]) -> str:
    if section == "entities":
        return str(item.get("type") or "?")
    if section == "figures":
        return str(_kind(item.get("kind")) or "?")
    return "date"


def score_section(
    section: str, gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]
) -> SectionScore:
    """Score one section of predictions (gold-format items, by case id) against the gold."""
    cases = n_gold = n_pred = tp = norm_ok = type_ok = name_ok = touched = valued = 0
    buckets: dict[str, list[int]] = {}  # type -> [gold items, found, normalised right]
    for cid, case in gold.items():
        if section not in case:
            continue
        cases += 1
        at: dict[tuple[Any, Any], list[Mapping[str, Any]]] = defaultdict(list)
        items = (pred.get(cid) or {}).get(section) or []
        for item in items:
            at[(item.get("start"), item.get("end"))].append(item)
        unseen = {(g["start"], g["end"]) for g in case[section]}
        n_gold += len(unseen)
        n_pred += len(at)
        for g in case[section]:
            counts = buckets.setdefault(_bucket(section, g), [0, 0, 0])
            counts[0] += 1
            near = [
                c for c in items if c.get("start", 0) < g["end"] and c.get("end", 0) > g["start"]
            ]
            touched += bool(near)
            valued += any(same_norm(section, g, c) for c in near)
            span = (g["start"], g["end"])
            if span not in at or span not in unseen:
                continue  # not predicted, or a repeated gold span (counted once)
            unseen.discard(span)
            candidates = at[span]
            ok = any(same_norm(section, g, c) for c in candidates)
            tp += 1
            norm_ok += ok
            counts[1] += 1
            counts[2] += ok
            if section == "entities":
                type_ok += any(c.get("type") in _types(g) for c in candidates)
                name_ok += not g.get("name") or any(c.get("name") == g["name"] for c in candidates)
    precision, recall, f1 = _prf(tp, n_gold, n_pred)
    by_type = {
        k: TypeScore(
            gold=g,
            recall=_round(found / g) if g else 1.0,
            norm_acc=_round(right / found) if found else 0.0,
        )
        for k, (g, found, right) in sorted(buckets.items())
    }
    entities = section == "entities"
    return SectionScore(
        cases=cases,
        gold=n_gold,
        pred=n_pred,
        span_tp=tp,
        precision=precision,
        recall=recall,
        f1=f1,
        norm_acc=_round(norm_ok / tp) if tp else (1.0 if n_gold == 0 else 0.0),
        norm_ok=norm_ok,
        overlap_recall=_round(touched / n_gold) if n_gold else 1.0,
        value_recall=_round(valued / n_gold) if n_gold else 1.0,
        by_type=by_type,
        type_acc=(_round(type_ok / tp) if tp else 0.0) if entities else None,
        name_acc=(_round(name_ok / tp) if tp else 0.0) if entities else None,
    )


def _prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return _round(precision), _round(recall), _round(f1)


def score_statements(
    gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]
) -> SectionScore:
    """Score statements: a gold statement is found by a predicted one with the same speaker
    name and an overlapping content span (each prediction used once); statements without a
    named speaker are not scored. Figure attribution scores the (case, speaker, figure span)
    pairs. Predictions give figures as ``figure_spans`` ([start, end] pairs).
    """
    cases = tp = n_gold = n_pred = 0
    pairs_gold: set[tuple[Any, ...]] = set()
    pairs_pred: set[tuple[Any, ...]] = set()
    for cid, case in gold.items():
        if "statements" not in case:
            continue
        cases += 1
        golds = [x for x in case["statements"] if x.get("speaker")]
        preds = [y for y in (pred.get(cid) or {}).get("statements") or [] if y.get("speaker")]
        n_gold += len(golds)
        n_pred += len(preds)
        used: set[int] = set()
        for x in golds:
            for i, y in enumerate(preds):
                overlaps = y.get("start", 0) < x["end"] and y.get("end", 0) > x["start"]
                if i not in used and y["speaker"] == x["speaker"] and overlaps:
                    used.add(i)
                    tp += 1
                    break
        pairs_gold |= {(cid, x["speaker"], tuple(f)) for x in golds for f in x.get("figures") or []}
        for y in preds:
            spans = y["figure_spans"] if "figure_spans" in y else y.get("figures") or []
            pairs_pred |= {
                (cid, y["speaker"], tuple(f)) for f in spans if isinstance(f, list | tuple)
            }
    precision, recall, f1 = _prf(tp, n_gold, n_pred)
    right = len(pairs_gold & pairs_pred)
    return SectionScore(
        cases=cases, gold=n_gold, pred=n_pred, span_tp=tp, precision=precision, recall=recall,
        f1=f1, norm_acc=1.0, norm_ok=tp, overlap_recall=recall, value_recall=recall,
        attribution=Attribution(len(pairs_gold), len(pairs_pred),
                                *_prf(right, len(pairs_gold), len(pairs_pred))),
    )  # fmt: skip


def score_predictions(
    gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]
) -> EvalReport:
    """Score predictions in the gold's own format (flat entity mentions), keyed by case id."""
    return EvalReport(
        sections={
            s: score_statements(gold, pred) if s == "statements" else score_section(s, gold, pred)
            for s in SECTIONS
        },
        cases=len(gold),
        missing_ids=sum(1 for cid in gold if cid not in pred),
    )


def flat_mentions(brief: Brief) -> Iterator[dict[str, Any]]:
    """Yield one gold-format item per entity mention (the gold lists mentions, not entities)."""
    for entity in brief.entities:
        for m in entity.mentions:
            yield {**m.model_dump(mode="json"), "type": entity.type, "name": entity.name}


def flat_statements(brief: Brief) -> Iterator[dict[str, Any]]:
    """Yield the statements in the gold format: the speaker by name (``speaker_name``, else
    its entity's name) and the figures as ``figure_spans`` ([start, end] pairs)."""
    names = {e.id: e.name for e in brief.entities}
    spans = {f.id: [f.start, f.end] for f in brief.figures}
    for st in brief.statements:
        speaker = st.speaker_name or (names.get(st.speaker) if st.speaker else None)
        yield {
            **st.model_dump(mode="json"),
            "speaker": speaker,
            "figure_spans": [spans[i] for i in st.figures if i in spans],
        }


def brief_prediction(brief: Brief) -> dict[str, Any]:
    """Return a Brief's entities, figures, dates and statements in the gold format."""
    return {
        "entities": list(flat_mentions(brief)),
        "figures": [f.model_dump(mode="json") for f in brief.figures],
        "dates": [d.model_dump(mode="json") for d in brief.dates],
        "statements": list(flat_statements(brief)),
    }


def _case_id(brief: Brief) -> str:
    return brief.source.id if brief.source.id is not None else brief.source.path


def evaluate(gold: Iterable[Mapping[str, Any]], briefs: Iterable[Brief]) -> EvalReport:
    """Score briefs against gold cases.

    gold (Iterable[dict]): gold cases, each with an "id".
    briefs (Iterable[Brief]): briefx's output; a brief belongs to the case whose id is its
        ``source.id`` (else its ``source.path``). A case without a brief scores as empty.
    RETURNS (EvalReport): per-section scores.
    """
    cases = {str(c["id"]): c for c in gold}
    pred = {_case_id(b): brief_prediction(b) for b in briefs}
    return score_predictions(cases, pred)


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) of a JSONL file; InputError (E004/E007/E008) on trouble."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(Errors.E004.format(path=path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E007.format(path=path, reason=exc.reason)) from exc
    except OSError as exc:
        raise InputError(Errors.E008.format(path=path, reason=exc.strerror or exc)) from exc
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"line {n}: not JSON ({exc.msg})"
            raise InputError(Errors.E007.format(path=path, reason=reason)) from exc
        if not isinstance(obj, dict):
            raise InputError(Errors.E007.format(path=path, reason=f"line {n}: not an object"))
        yield n, obj


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; raise InputError (E004/E007/E008) naming the file and line."""
    cases = []
    for n, case in _json_lines(path):
        if "id" not in case or not isinstance(case.get("text"), str):
            reason = f'line {n}: a gold case needs an "id" and a "text" string'
            raise InputError(Errors.E007.format(path=path, reason=reason))
        cases.append(case)
    return cases


def extract_cases(
    cases: Iterable[Mapping[str, Any]], *, model: str | None = None, date_order: str = "MDY"
) -> Iterator[Brief]:
    """Run briefx on each case's text with the case's "reference_date" (none: the text's own).

    Cases are grouped by reference date, one ``extract_many`` call per date; each Source has
    the case id as its path and id.
    """
    from briefx.api import extract_many

    groups: dict[str | None, list[Source]] = defaultdict(list)
    for case in cases:
        cid = str(case["id"])
        groups[case.get("reference_date")].append(Source(cid, case["text"], id=cid))
    for date, sources in sorted(groups.items(), key=lambda kv: kv[0] or ""):
        try:
            ref = dt.date.fromisoformat(date) if date else None
        except ValueError as exc:
            raise InputError(Errors.E009.format(value=date)) from exc
        yield from extract_many(sources, reference_date=ref, model=model, date_order=date_order)


def run_eval(
    gold_path: Path,
    *,
    model: str | None = None,
    date_order: str = "MDY",
    pred_path: Path | None = None,
) -> EvalReport:
    """Read a gold JSONL file, run briefx on its cases (or read ``pred_path``) and score.

    gold_path (Path): the gold file.
    model (str | None): the spaCy pipeline (None: the default).
    date_order (str): reading of slashed numeric dates, "MDY", "DMY" or "YMD".
    pred_path (Path | None): predictions to score instead of running briefx
        (``read_predictions``).
    RETURNS (EvalReport): per-section scores.
    """
    cases = read_gold(Path(gold_path))
    if pred_path is not None:
        return score_predictions({str(c["id"]): c for c in cases}, read_predictions(pred_path))
    return evaluate(cases, extract_cases(cases, model=model, date_order=date_order))


def read_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """Read predictions to score, by case id: briefx's JSON Lines output (one Brief a line,
    its ``source.id`` or else ``source.path`` the case id) or gold-format lines with an "id".
    """
    preds: dict[str, dict[str, Any]] = {}
    for n, case in _json_lines(path):
        if "schema_version" in case:
            try:
                brief = Brief.model_validate(case)
            except ValueError as exc:
                reason = f"line {n}: not a briefx record ({exc})".splitlines()[0]
                raise InputError(Errors.E007.format(path=path, reason=reason)) from exc
            preds[_case_id(brief)] = brief_prediction(brief)
        elif "id" in case:
            preds[str(case["id"])] = case
        else:
            reason = f'line {n}: a prediction needs an "id" or to be a briefx record'
            raise InputError(Errors.E007.format(path=path, reason=reason))
    return preds


def _scored(report: EvalReport) -> dict[str, SectionScore]:
    return {k: s for k, s in report.sections.items() if s.cases}


def report_dict(report: EvalReport) -> dict[str, Any]:
    """Return the report as plain data; sections no case annotates are left out."""
    return {
        "cases": report.cases,
        "missing_ids": report.missing_ids,
        "sections": {k: s.to_dict() for k, s in _scored(report).items()},
    }


def report_json(report: EvalReport) -> str:
    """Return the report as one line of JSON (``briefx eval --format json``)."""
    return json.dumps(report_dict(report), ensure_ascii=False, separators=(",", ":"))


def report_table(report: EvalReport) -> Group:
    """Build the terminal report: a summary table, then a table per section by type."""
    from rich.console import Group
    from rich.table import Table

    scored = _scored(report)
    summary = Table(title="Scores", title_justify="left", show_edge=False)
    for name in (
        "section",
        "cases",
        "gold",
        "pred",
        "P",
        "R",
        "F1",
        "norm",
        "valR",
        "type",
        "name",
    ):
        summary.add_column(name, justify="left" if name == "section" else "right")
    for sec, s in scored.items():
        extra = [f"{s.type_acc:.3f}", f"{s.name_acc:.3f}"] if s.type_acc is not None else ["", ""]
        summary.add_row(
            sec, str(s.cases), str(s.gold), str(s.pred),
            f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.norm_acc:.3f}",
            f"{s.value_recall:.3f}", *extra,
        )  # fmt: skip
    parts: list[Any] = [summary]
    for sec, s in scored.items():
        if s.attribution is not None:
            a = s.attribution
            parts.append(
                f"{sec}: figure attribution gold {a.gold} pred {a.pred} "
                f"P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f}"
            )
    for sec, s in scored.items():
        if not s.by_type:
            continue
        t = Table(title=f"{sec.capitalize()} by type", title_justify="left", show_edge=False)
        t.add_column("type")
        for name in ("gold", "R", "norm"):
            t.add_column(name, justify="right")
        for k, v in s.by_type.items():
            t.add_row(k, str(v.gold), f"{v.recall:.3f}", f"{v.norm_acc:.3f}")
        parts.append(t)
    if report.missing_ids:
        parts.append(f"({report.missing_ids} gold ids have no prediction)")
    return Group(*parts)
