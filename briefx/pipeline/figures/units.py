"""Currencies and units carried to bare amounts, and the scale and unit a glued letter means: a
bare number after an amount and a word of change or comparison is in its currency or unit
("rose to 585 million stg from 452 million"; ``models/figure_words.jsonl`` kind
``compare_word``), also in its minor unit ("55 cents a share, up from 50"), past a percentage
between them or a restatement in brackets; "12.5m users" is million, not metres (but "the 400m
hurdles": kind ``race_event``); "£3m, with revenue of 12.4m" is money; "weighs 3 pounds" is a
mass (kind ``weight_word``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.normalize.numbers import as_json_number
from briefx.normalize.scan import Found
from briefx.pipeline._util import longest_first, sentences, text_of
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.words import SENTENCE_BREAK, noun_follows
from briefx.resources import figure_words

# Words of weight: "pounds" they govern is a mass ("weighs 3 pounds", "3 pounds heavier").
WEIGHT_WORDS = figure_words("weight_word")
RACE_EVENTS = figure_words("race_event")


def million_before_plural(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """ "12.5m monthly users", "2m people": a number glued to "m" before a plural noun."""
    text = text_of(doc)
    if not (text[f.end - 1 : f.end] == "m" and text[f.end - 2 : f.end - 1].isdigit()):
        return False
    tok = fig.token_after(doc, f.end)
    # adjectives and singular nouns of a compound before the plural head: "12.5m monthly
    # users", "5.2m fibre lines" (a measure in metres takes no plural noun after it)
    for _ in range(3):
        if tok is None or tok.i + 1 >= len(doc):
            break
        if tok.lower_ in RACE_EVENTS:
            return False  # "the 3000m steeplechase final": a distance in metres
        if not (tok.pos_ == "ADJ" or tok.tag_ == "NN"):
            break
        tok = doc[tok.i + 1]
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.lower_ not in RACE_EVENTS  # "the 400m hurdles": a distance in metres
    )


def weight(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """ "weighs 3 pounds", "a parcel weighing 12 pounds": "pounds" that a word of weight
    governs is a mass, not sterling (a "£" is always money)."""
    span = text_of(doc)[f.start : f.end]
    if "£" in span or not span.lower().rstrip("s").endswith("pound"):
        return False
    after = fig.token_after(doc, f.end)
    if not f.scaled and after is not None and after.lower_ == "of" and after.i + 1 < len(doc):
        nxt = doc[after.i + 1]
        if nxt.pos_ == "NOUN" or (nxt.pos_ == "ADJ" and nxt.i + 1 < len(doc)):
            return True  # "two pounds of sugar": a measure of a substance
    tok = fig.token_before(doc, f.hedge_start if f.hedge_start is not None else f.start)
    for _ in range(3):
        if tok is None:
            return False
        if tok.lemma_.lower() in WEIGHT_WORDS or tok.lower_ in WEIGHT_WORDS:
            return True
        if tok.pos_ in ("VERB", "NOUN") and tok.lower_ not in ("at", "of"):
            return False
        tok = doc[tok.i - 1] if tok.i > 0 else None
    return after is not None and after.lower_ in WEIGHT_WORDS


# The words between two amounts of one change or comparison: "rose to 585 million stg from 452
# million", "fell 90 yen to 6,210", "46.2p against 37.9p"; or the "/" of a bid/ask quote.
# ", down from 2.2 million": the level a change is measured from, after a comma.
CHANGE_GAP = re.compile(
    r"(?:,[ \t]+(?:up|down))?[ \t]+(?:from|to|against|versus|vs\.?|compared with)[ \t]+|/"
)

CARRIED_KINDS = ("money", "quantity")
# A few words of one clause, then a word that compares a figure with the one before it, with no
# figure, clause break or digit but a year's between: "¥412 billion in the six months to September from 389
# billion", "NOK 5.3 billion, against 4.1 billion", "a loss of 250 billion won in the quarter
# from a profit of 112 billion" (the words of comparison are models/figure_words.jsonl's
# kind compare_word).
COMPARE_WORDS = figure_words("compare_word")
COMPARED_GAP = re.compile(
    r"(?:[^.;:!?\d\n$€£¥%]|(?<!\d)(?:1[89]|2[01])\d\d(?!\d)){0,60}?(?<![\w-])(?:"
    + "|".join(longest_first(re.escape(w).replace(r"\ ", r"[ \t]+") for w in COMPARE_WORDS))
    + r")[ \t]+(?:(?:a|an)[ \t]+(?:[a-z]+[ \t]+){0,2}of[ \t]+|the[ \t]+(?:[a-z]+[ \t]+)?)?"
)  # "from a high of", "double the current 75,000", "from the previous 4,000"


def carry_unit(
    doc: Doc,
    facts: list[FigureFact],
    starts: list[int],
    scores: set[int],
    elided: set[int] | frozenset[int] = frozenset(),
) -> list[FigureFact]:
    """A bare number right after an amount of money or a measure and a word of change or
    comparison, with no noun of its own, is in the same currency or unit ("rose to 585 million
    stg from 452 million" -> 452000000 GBP, "fell 90 yen to 6,210", "stocks rose 2,450 tonnes to
    845,625" -> 845625 t; the second end of a range "$5 to 10" too). So is the number an
    expectation is compared with ("profit fell to 412 mln euros, missing the 455 mln analysts
    had forecast")."""
    if not any(f.kind in CARRIED_KINDS for f in facts):
        return facts
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]
    out: list[FigureFact] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev is not None and len(out) > 1 and _restated(text, out[-2], prev):
            # "rose to €1.36 billion ($1.47 billion) from 1.12 billion": the amount in
            # brackets restates the one before it, whose currency the bare amount takes
            prev = replace(out[-2], end=text.index(")", prev.end) + 1)
        if (
            prev is not None
            and prev.kind in CARRIED_KINDS
            and f.kind == "number"
            and f.group == prev.group  # both alone, or the two ends of one range
            and f.start not in scores
            and bisect_right(sent_starts, prev.start) == bisect_right(sent_starts, f.start)
            and (
                f.start in elided
                or (
                    (
                        CHANGE_GAP.fullmatch(text, prev.end, f.start) is not None
                        or (prev.kind == "money" and _scaled_amount(text, prev, f))
                        or _compared_amount(text, prev, f)
                    )
                    and not noun_follows(doc, f.end, starts)
                )
            )
        ):
            minor = _minor_unit(text, prev) if prev.kind == "money" else None
            if minor is not None and not _has_scale(text[f.start : f.end]):
                # "55 cents a share, up from 50": the bare amount is in cents too
                f = replace(f, value=as_json_number(Decimal(str(f.value)) * minor))
            f = replace(f, kind=prev.kind, unit=prev.unit)
        elif prev is not None and prev.kind == "percent" and f.kind == "number":
            base = _base_past_percent(text, out, f, sent_starts)
            if base is not None and f.start not in scores and not noun_follows(doc, f.end, starts):
                f = replace(f, kind=base.kind, unit=base.unit)
        out.append(f)
    return out


FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _minor_unit(text: str, money: FigureFact) -> Decimal | None:
    """The factor of an amount written in a currency's minor unit ("55 cents", "18.4p" -> 0.01):
    its value over the number written; None for an amount in the currency itself."""
    span = text[money.start : money.end]
    m = FIRST_NUMBER.search(span)
    if m is None or _has_scale(span):
        return None
    written = Decimal(m.group().replace(",", ""))
    if written == 0:
        return None
    factor = Decimal(str(money.value)) / written
    return factor if factor in (Decimal("0.01"), Decimal("0.001")) else None


def _base_past_percent(
    text: str, out: list[FigureFact], f: FigureFact, sent_starts: list[int]
) -> FigureFact | None:
    """The amount or measure a bare amount is compared with past the percentages between them,
    in one sentence: "$4.4 billion in May, down 3% from 4.5 billion", "R$110 billion, or 1.1% of
    GDP, from 96 billion" (both scaled or both not, as ``_compared_amount`` asks)."""
    sent = bisect_right(sent_starts, f.start)
    k = len(out) - 1
    while k >= 0 and out[k].kind == "percent" and bisect_right(sent_starts, out[k].start) == sent:
        k -= 1
    if k < 0 or k == len(out) - 1 or bisect_right(sent_starts, out[k].start) != sent:
        return None
    base = out[k]
    if (
        base.kind not in CARRIED_KINDS
        or base.group is not None
        or f.group is not None
        or (isinstance(f.value, int) and 1800 <= f.value <= 2199)
        or _has_scale(text[base.start : base.end]) != _has_scale(text[f.start : f.end])
        or COMPARED_GAP.fullmatch(text, out[-1].end, f.start) is None
    ):
        return None
    return base


# "€1.36 billion ($1.47 billion)": an amount restated in brackets in another currency or unit
RESTATED_GAP = re.compile(r"[ \t]*\([ \t]*")
RESTATED_END = re.compile(r"[ \t]*\)")


def _restated(text: str, first: FigureFact, second: FigureFact) -> bool:
    """``second`` is ``first`` again in brackets, in the same kind and another unit."""
    return (
        first.kind == second.kind
        and first.kind in CARRIED_KINDS
        and first.unit != second.unit
        and first.group is None
        and second.group is None
        and RESTATED_GAP.fullmatch(text, first.end, second.start) is not None
        and RESTATED_END.match(text, second.end) is not None
    )


def _compared_amount(text: str, prev: FigureFact, f: FigureFact) -> bool:
    """A bare amount a word of comparison sets against the amount or measure before it in the
    same clause is in its currency or unit, also a few words on: "rose to ¥412 billion in the
    half from 389 billion", "NOK 5.3 billion, against 4.1 billion a year ago" (no year: "from
    2019" is a date)."""
    if f.group is not None or prev.group is not None:
        return False
    if isinstance(f.value, int) and 1800 <= f.value <= 2199:
        return False
    if _has_scale(text[prev.start : prev.end]) != _has_scale(text[f.start : f.end]):
        return False  # "$3 billion, against a target of 2.8": which scale is not plain
    return COMPARED_GAP.fullmatch(text, prev.end, f.start) is not None


SCALE_INSIDE = re.compile(
    r"(?<![A-Za-z])(?:thousand|million|billion|trillion|lakh|crore|mln|bln|trn|bn|tn|mn)\b",
    re.IGNORECASE,
)


def _has_scale(span: str) -> bool:
    """The span names a scale ("41 million tonnes", "90 billion won", "£2bn")."""
    return SCALE_INSIDE.search(span) is not None


# A scale word ends the span: "11.1 lakh crore", "1.2 billion", "450 mln", "3bn".
SCALE_END = re.compile(
    r"(?:\d|\b(?:thousand|million|billion|trillion|lakh|crore|mln|bln|trn|bn|tn))$",
    re.IGNORECASE,
)
SCALED_GAP = re.compile(
    r"(?:[ \t]+(?:in|of|for)[ \t]+[a-z]+)?,?[ \t]+(?:and|with|plus|including|of which|on)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}"
)

GLUED_SCALE = re.compile(r"\d(?:m|bn|mn)$")


def million_after_money(text: str, f: Found, prev: Found | None) -> bool:
    """A glued "m" after money written with a glued scale in the same sentence is million."""
    return (
        prev is not None
        and prev.kind == "money"
        and GLUED_SCALE.search(text, prev.start, prev.end) is not None
        and GLUED_SCALE.search(text, f.start, f.end) is not None
        and SENTENCE_BREAK.search(text, prev.end, f.start) is None
        and MEASURE_AFTER.match(text, f.end) is None
    )


# "a 12m-long boat", "12m high": a length after all
MEASURE_AFTER = re.compile(r"[-–]|[ \t]+(?:long|tall|high|deep|wide|away|above|below)\b")


def _scaled_amount(text: str, prev: FigureFact, f: FigureFact) -> bool:
    """A bare amount with a scale word a few words after money in one clause is money too:
    "43.1 trillion rupees, with 11.1 lakh crore for capital spending", "$4 billion in loans and
    1.5 billion in grants", "profit of ¥80 billion, on revenue of 1.2 trillion" (not a plain
    number: "$5 million and 40 staff" has its noun)."""
    span = text[f.start : f.end]
    return (
        SCALE_END.search(span) is not None
        and not span[-1:].isdigit()
        and SCALED_GAP.fullmatch(text, prev.end, f.start) is not None
    )
