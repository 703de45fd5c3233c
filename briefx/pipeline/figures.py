"""``briefx_figures``: money, percentages, counts, quantities, numbers and ordinals.

Candidates are spaCy's MONEY/PERCENT/CARDINAL/QUANTITY/ORDINAL spans that no date claims;
each is split into hedge + number + unit by ``briefx.normalize.figures``. Counts take the
lemma of the noun after the number (from the tagger); percentages take the basis named by a
following "of ..." phrase, carried to a later bare percentage in the next sentence.
Sets ``doc._.briefx_figures`` (a list of ``FigureFact``).
"""

from __future__ import annotations

from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.facts import FigureFact
from briefx.normalize.figures import (
    parse_money,
    parse_ordinal_text,
    parse_percent,
    split_hedge,
)
from briefx.normalize.numbers import as_json_number, parse_number
from briefx.normalize.units import parse_quantity
from briefx.pipeline._util import overlaps

LABELS = {
    "MONEY": "money",
    "PERCENT": "percent",
    "CARDINAL": "number",
    "QUANTITY": "quantity",
    "ORDINAL": "ordinal",
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their"}
# A preposition that a verb of change governs is not part of the figure ("dip below 3%",
# "rise above 5%"); after other verbs it is a hedge ("received over $126 billion").
GOVERNED = {"below", "above", "under", "over", "to"}
CHANGE_VERBS = {
    "dip",
    "fall",
    "drop",
    "rise",
    "increase",
    "decrease",
    "climb",
    "grow",
    "decline",
    "reduce",
    "cut",
    "raise",
    "sink",
    "slip",
    "slide",
    "jump",
    "soar",
    "plunge",
    "go",
    "come",
    "stay",
    "remain",
    "keep",
    "hold",
    "lower",
    "push",
    "bring",
    "set",
}
MAX_HEDGE_TOKENS = 4
BASIS_DETERMINERS = {"the", "their", "its", "his", "her", "our", "your", "a", "an", "total", "all"}
NOUNISH = {"NOUN", "PROPN", "ADJ"}


class FiguresComponent:
    """Find and normalise figures."""

    def __call__(self, doc: Doc) -> Doc:
        taken = [(d.start, d.end) for d in (doc._.briefx_dates or [])]
        facts: list[FigureFact] = []
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            if kind is None or overlaps(ent.start_char, ent.end_char, taken):
                continue
            fact = self._figure(doc, ent, kind)
            if fact is not None:
                facts.append(fact)
        doc._.briefx_figures = self._carry_basis(doc, facts)
        return doc

    def _figure(self, doc: Doc, ent: Span, kind: str) -> FigureFact | None:
        # Leading determiners are never part of a figure.
        while len(ent) > 1 and ent[0].lower_ in DETERMINERS:
            ent = ent[1:]
        ent = self._with_hedge(doc, ent)
        text = ent.text
        hedge = split_hedge(text)
        if hedge.length and ent[0].lower_ in GOVERNED and ent.start > 0:
            prev = doc[ent.start - 1]
            if prev.lemma_.lower() in CHANGE_VERBS or prev.lower_ == "to":
                ent = doc.char_span(
                    ent.start_char + hedge.length, ent.end_char, alignment_mode="expand"
                )
                if ent is None:
                    return None
                text, hedge = ent.text, split_hedge("")
        body = text[hedge.length :]
        start, end = ent.start_char, ent.end_char
        unit: str | None = None
        value: Decimal | None
        if kind == "money":
            money = parse_money(body)
            if money is None:
                return None
            value, unit = money
        elif kind == "percent":
            pct = parse_percent(body)
            if pct is None:
                return None
            value, unit = pct
        elif kind == "ordinal":
            n = parse_ordinal_text(body)
            if n is None:
                return None
            value = Decimal(n)
        elif kind == "quantity":
            q = parse_quantity(body)
            if q is None:
                return None
            value, unit = q
        else:
            value = parse_number(body)
            if value is None:
                return None
            noun = self._counted_noun(doc, ent)
            if noun:
                kind, unit = "count", noun
        return FigureFact(
            start,
            end,
            kind,
            as_json_number(value),
            unit,
            approximate=hedge.approximate,
            comparator=hedge.comparator,
            basis=self._basis(doc, ent) if kind == "percent" else None,
        )

    @staticmethod
    def _with_hedge(doc: Doc, ent: Span) -> Span:
        """Extend a span left over a hedge the NER left out ("over" + "$126 billion")."""
        for n in range(MAX_HEDGE_TOKENS, 0, -1):
            if ent.start - n < 0:
                continue
            left = doc[ent.start - n : ent.start]
            if any(t.is_space for t in left):
                continue
            hedge = split_hedge(left.text + " " + ent.text)
            if hedge.length == len(left.text) + 1:
                return doc[ent.start - n : ent.end]
        return ent

    @staticmethod
    def _counted_noun(doc: Doc, ent: Span) -> str | None:
        """Return the lemma of the noun a number counts ("50 countries" -> "country")."""
        noun = None
        for token in doc[ent.end : ent.end + 4]:
            if token.pos_ == "NOUN":
                noun = token
            elif token.pos_ == "ADJ" and noun is None:
                continue
            else:
                break
        return noun.lemma_.lower() if noun is not None else None

    @staticmethod
    def _basis(doc: Doc, ent: Span) -> str | None:
        """Return what a percentage is a share of: "2% of their GDP" -> "GDP"."""
        i = ent.end
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        i += 1
        while i < len(doc) and doc[i].lower_ in BASIS_DETERMINERS:
            i += 1
        j = i
        while j < len(doc) and doc[j].pos_ in NOUNISH and not doc[j].is_space:
            j += 1
        return doc[i:j].text if j > i else None

    @staticmethod
    def _carry_basis(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
        """Give a bare percentage the basis of one in the same or the previous sentence."""
        out: list[FigureFact] = []
        last: tuple[int, str] | None = None  # (sentence start token, basis)
        sent_index = {s.start_char: n for n, s in enumerate(doc.sents)}
        for f in facts:
            if f.kind == "percent":
                sent = doc.char_span(f.start, f.end, alignment_mode="expand")
                n = sent_index.get(sent.sent.start_char, 0) if sent is not None else 0
                if f.basis:
                    last = (n, f.basis)
                elif last and n - last[0] <= 1 and f.unit == "%":
                    f = FigureFact(
                        f.start,
                        f.end,
                        f.kind,
                        f.value,
                        f.unit,
                        f.approximate,
                        f.comparator,
                        last[1],
                        f.group,
                    )
            out.append(f)
        return out


@Language.factory(
    "briefx_figures",
    assigns=["doc._.briefx_figures"],
    requires=["doc.ents", "token.pos", "token.lemma", "doc._.briefx_dates"],
    default_config={},
)
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    """Create the figures component.

    RETURNS (FiguresComponent): sets doc._.briefx_figures.
    """
    return FiguresComponent()
