"""``briefx_figures``: money, percentages, counts, quantities, numbers and ordinals.

Candidates come from ``briefx.normalize.scan`` (a small grammar over the text: numbers in
digits or words, currencies, scales, units, percent signs, hedges and ranges), so figures the
statistical NER misses ("EUR 20", "a dozen", "75ml") are still read. This component then uses
the Doc to drop what is not a figure: text the dates stage claimed, numbers inside names
("Phase 1", "Expedition 31") or NER TIME/DATE spans, idioms ("one of the"), "N in M"
proportions, "million-dollar" adjectives. Counts take the lemma of the noun after the number
(from the tagger); percentages take the basis named by a following "of ..." phrase, carried to
a later bare percentage in the same or the next sentence.
Sets ``doc._.briefx_figures`` (a list of ``FigureFact``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefx.facts import FigureFact
from briefx.kinds import is_comparator, is_figure_kind
from briefx.normalize.cues import cues, demonym_countries
from briefx.normalize.dates.lexicon import WEEKDAYS as DATE_WEEKDAYS
from briefx.normalize.figures import (
    country_code,
    currencies,
    local_currency,
    place_country,
)
from briefx.normalize.numbers import as_json_number, parse_number, parse_ordinal
from briefx.normalize.scan import Found, scan
from briefx.normalize.scores import score_starts
from briefx.pipeline._util import (
    CLOCK_WORDS_AFTER,
    ZONE_AFTER,
    Intervals,
    overlaps,
    readable_text,
    reference_date,
    sentences,
    text_of,
    wire_agency_countries,
)
from briefx.resources import (
    citation_words,
    figure_words,
    months,
    noun_compounds,
    noun_plurals,
    read_jsonl,
)

# Word lists by kind live in models/figure_words.jsonl (its header says what each kind does).
# A preposition that a verb of change governs is not part of the figure ("dip below 3%",
# "rise above 5%"); after other verbs it is a hedge ("received over $126 billion").
CHANGE_VERBS = figure_words("change_verb")
# Verbs that "up" completes as a direction: after them "up to 4.4%" is particle + preposition
# ("ticked up to 4.4%"); after other verbs "up to" is a hedge ("could cut up to 500 posts").
UP_VERBS = figure_words("up_verb")
# Prepositions of place or degree: after a noun they attach to it ("the third month above 5%",
# "a payload over 35 kilometres"), not hedge the number.
NOUN_PREPOSITIONS = {"above", "below", "over", "under"}
# Verbs of level: "Arrivals reached 1,200": the plural subject names what the number counts.
# Words of comparison before "the N": "than the 135,000 economists had expected".
COMPARISON_WORDS = {"than", "of", "with", "below", "above", "versus", "vs", "vs."}
# Nouns of change or number: their compound names what is counted ("job growth", "job
# losses", "passenger numbers", "the death toll", "sales volumes").
CHANGE_NOUNS = figure_words("change_noun")
LEVEL_VERBS = figure_words("level_verb")
# Words of weight: "pounds" they govern is a mass ("weighs 3 pounds", "3 pounds heavier").
WEIGHT_WORDS = figure_words("weight_word")
NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART", "PERSON", "GPE", "LOC"}
TIME_LABELS = {"TIME", "DATE"}
MONTHS = set(months())
WEEKDAYS = set(DATE_WEEKDAYS)  # "On Sunday 40 ships left": a weekday names no designation
CITATION_WORDS = citation_words()
DESIGNATION_BEFORE = {"no.", "no", "#", "§", "§§", "nos.", "number", "v."}
ONE_IDIOM_BEFORE = {"no", "the", "this", "that", "any", "each", "every", "which", "someone"}
BASIS_DETERMINERS = {"the", "their", "its", "his", "her", "our", "your", "a", "an", "total", "all"}
NOUNISH = {"NOUN", "PROPN", "ADJ"}
COUNT_SKIP_POS = {"ADJ", "PROPN", "NUM"}
COUNT_SKIP_WORDS = {"more", "additional", "other", "new", "extra", "further", "and", "or"}
SCALE_ADJ_NOUNS = ("-dollar", "-pound", "-euro", "-year", "-strong", "-person", "-member")
MAX_COUNT_LOOKAHEAD = 7
# letters and digits in one token: a model's designation ("H145", "A350", "E195"), never a noun
DESIGNATION_TOKEN = re.compile(r"[A-Za-z]+\d[\w-]*|\d+[A-Za-z]+\d*")
MULTIPLIERS = figure_words("multiplier")
SEAT_NOUNS = figure_words("seat_noun")
# nouns numbered by the numeral after them: "bus 38", "route 66", "gate 12"
NUMBERED_NOUNS = SEAT_NOUNS | figure_words("designation_noun")
RACE_EVENTS = figure_words("race_event")
# "rose to 412.5 points", "closed at 1,431.22 points": a decimal after these is a level
LEVEL_WORDS = {"to", "at", "from"}  # "1.2 times": a multiple, no count of times
# A dateline in capitals at a line start, with the province, state or country after it:
# "HALIFAX, Nova Scotia, December 3, 2026 —", "WELLINGTON, 4 May 2026 —".
DATELINE_PLACE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:/[A-Z][A-Z.'’ -]{1,40})?"
    r"(?:,[ \t]*([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}))?"
    r"(?=,| [–—-]{1,2} | \(| \d{4}-\d\d-\d\d[ \t]*$)"  # "STOCKHOLM 1996-07-10" on its own line
)
DATELINE_WITHIN = 1000  # characters from the top where a dateline may stand
# A dateline in Title Case at the very top, as government releases write it: "Ottawa, Ontario -",
# "Canberra, 4 May 2026 —" (a place, a region or date after a comma, then a dash).
TITLE_DATELINE = re.compile(
    r"\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
    r"(?:, [\w ,.]{4,30}?)? [–—-]{1,2} "
)
MAX_PLACE_NAMES = 40  # a text naming more places is no one country's
POSSESSIVE = re.compile(r"['’]s?$")
# A "$" or "dollar" that names no country ("US$", "C$", "U.S. dollars" do).
BARE_DOLLAR = re.compile(
    r"(?<![A-Za-z.])\$|(?<!U\.S\. )(?<!US )(?<!American )\b(?:dollars?|cents?)\b"
)
SCORE_NUMBER = re.compile(r"\d+")
THE_START = re.compile(r"^[Tt]he[ \t]+")
# a dollar marked with its country's letters ("A$", "C$", "NZ$", "S$", "HK$"), not "US$"
MARKED_DOLLAR = re.compile(r"(?<![A-Za-z])(?!US\$)[A-Z]{1,3}\$")
# four digits that read as hours and minutes ("0900", "2130"): a clock time before the words
# of ``CLOCK_WORDS_AFTER`` or ``ZONE_AFTER``
CLOCK_24 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# a Title Case currency name before a bare two- or four-digit year is a name: "Euro 96", "Euro
# 2004" (a tournament), not 96 euros; codes and symbols ("EUR 96", "€96") stay money
NAME_WITH_YEAR = re.compile(r"([A-Z][a-z]+) (?:\d{2}|1[89]\d\d|20\d\d)")
# a currency code glued to a small whole number, with no scale ("COP29"): a name before a noun
CODE_NAME = re.compile(r"[A-Z]{3}\d{1,3}")
ON_BOARD = re.compile(r"[ \t]+on[ \t]+board\b", re.IGNORECASE)
# the text writes the U.S. dollar as such: its bare "$" is then the local dollar ("US$500
# million ... $71.45", as own-figures-dev7 and dev8 read Hong Kong and Perth copy)
US_DOLLAR_MARK = re.compile(r"\bUS\$|\bU\.S\.\$|\bUSD\b|\b(?:U\.S\.|US|American) dollars?\b")
# a world price after an amount: "$84.10 a barrel", "$12.30 per million British thermal units"
TRADE_RATE = re.compile(
    r"[ \t]*(?:a|an|per|/)[ \t]*(?:troy[ \t]+)?(?:"
    + "|".join(sorted((re.escape(w) for w in figure_words("trade_unit")), key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
WEIGHT_RATE = re.compile(r"\b(?:tonne|ton)s?\b", re.IGNORECASE)  # also "metric ton"
CLAUSE_BREAKS = {"and", "but", "while", "whereas", "as", "although", "though"}
# a number that is no day of a month or year: digit groups or a decimal ("2,000", "2.5"), or
# a whole number past 31 that is no year ("500"); next to a month it is a count
NO_DAY_OR_YEAR = re.compile(
    r"\d{1,3}(?:,\d{3})+\b|\d+\.\d|(?:3[2-9]|[4-9]\d|[1-9]\d\d|[3-9]\d{3}|\d{5,})(?![\d.,])"
)
ODD_AFTER = re.compile(r"[-–]odd\b")  # "20-odd", "a 30-odd-year career" (the date's business)
CENTS = re.compile(r"\bcents?\b", re.IGNORECASE)
PERIOD_HYPHEN = re.compile(r"[-–](?:half|quarter)\b", re.IGNORECASE)
TIME_HYPHEN = re.compile(
    r"[-–](?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b", re.IGNORECASE
)


@cache
def _counted_nouns() -> dict[str, dict[str, str]]:
    return {r["word"]: r for r in read_jsonl("counted_nouns.jsonl")}


@cache
def _match_verbs() -> frozenset[str]:
    """Verbs of sports reports ("beat", "drew"; models/entity_forms.jsonl kind match_verb)."""
    return frozenset(
        r["word"] for r in read_jsonl("entity_forms.jsonl") if r["kind"] == "match_verb"
    )


class FiguresComponent:
    """Find and normalise figures (keeps no state: each call reads its Doc alone)."""

    def __call__(self, doc: Doc) -> Doc:
        """Set doc._.briefx_figures.

        doc (Doc): the Doc, after ner, tagger, lemmatizer, senter and briefx_dates.
        RETURNS (Doc): the same Doc.
        """
        fig = DocFigures(doc)
        # A date the dates stage could not read (value None) does not hide a figure.
        taken = Intervals(
            (d.start, d.end) for d in (doc._.briefx_dates or []) if d.value is not None
        )
        fig.taken = taken
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if not _headline(doc, e)]
        names = {
            "all": Intervals((s, e) for s, e, lab in ents if lab in NAME_LABELS),
            "not_person": Intervals(
                (s, e) for s, e, lab in ents if lab in NAME_LABELS and lab != "PERSON"
            ),
        }
        times = Intervals((s, e) for s, e, lab in ents if lab in TIME_LABELS)
        day = reference_date(doc)
        dateline = _dateline_country(text_of(doc))
        local = _local_currency(dateline, day) or _mentioned_currency(doc, day)
        fig.local = _us_dollar_text(text_of(doc), local, dateline)
        found = _country_currencies(doc, scan(readable_text(doc), fig.local), fig.local, day)
        fig.scores = score_starts(text_of(doc))
        fig.spans = Intervals((f.start, f.end) for f in found)
        dropped_groups: set[int] = set()
        dropped_first: dict[int, Found] = {}  # group -> its first end, where that was dropped
        kept: list[tuple[Found, FigureFact]] = []
        for n, f in enumerate(found):
            nxt = found[n + 1] if n + 1 < len(found) else None
            prev = found[n - 1] if n > 0 else None
            fact = _figure(fig, doc, f, prev, nxt, taken, names, times)
            if (
                fact is not None
                and prev is not None
                and f.group is not None
                and prev.group == f.group
                and f.group in dropped_groups
                and _cited(fig, doc, prev)
            ):
                fact = None  # "§§ 5121-5207": the second end of a cited range
            if fact is None:
                if f.group is not None:
                    dropped_groups.add(f.group)
                    if prev is None or prev.group != f.group:
                        dropped_first[f.group] = f
                continue
            kept.append((f, fact))
        facts: list[FigureFact] = []
        text = text_of(doc)
        for f, fact in kept:
            first = dropped_first.get(f.group) if f.group is not None else None
            if (
                first is not None
                and text[first.end : f.start] in ("-", "–")
                and not first.words
                and not overlaps(first.start, first.end, taken)
            ):
                continue  # "Boeing 737-800": the end of a model number whose start is a name
            if f.group is not None and f.group in dropped_groups:
                fact = replace(fact, group=None)
            prev_fact = facts[-1] if facts else None
            if (
                prev_fact is not None
                and fact.group is not None
                and prev_fact.group == fact.group
                and prev_fact.kind == "number"
                and fact.kind == "count"
                and not isinstance(prev_fact.value, float)
            ):  # "2 to 3 flights": the first end counts the same noun
                facts[-1] = replace(prev_fact, kind="count", unit=fact.unit)
            facts.append(fact)
        starts = fig.starts  # the token offsets every pass below bisects
        facts = _partitive_count(doc, facts, starts)
        facts = _column_count(doc, _header_count(doc, facts, starts))
        facts = _partitive_count(doc, _named_again(doc, facts, starts), starts)
        facts = _partitive_noun(fig, doc, facts)
        # a verb of harm names people before the last count's noun is carried ("The death toll
        # rose to 57, and 1,200 had been evacuated": 1,200 people)
        facts = _compared_count(doc, _cricket(doc, _harm_subject(doc, facts)), starts)
        facts = _list_head(doc, facts, starts)
        facts = _carry_count(doc, facts, starts, fig.elided)
        facts = _carry_unit(doc, _cents_currency(doc, facts), starts, fig.scores, fig.elided)
        facts = _carry_temperature(doc, _carry_list_unit(text_of(doc), facts, fig.scores))
        facts = _points_of_percent(text_of(doc), facts)
        facts = _fraction_points(text_of(doc), facts, taken)
        facts = _exchange_rates(doc, facts, fig.local)
        facts = _local_dollars(doc, _carry_basis(doc, facts), fig.local)
        doc._.briefx_figures = _marked_dollars(doc, facts)
        return doc


class DocFigures:
    """The figures of one Doc: the per-document indexes live here, one instance per call."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]  # token start offsets, for bisect
        self.running: dict[int, bool] = {}  # sentence start -> has lower-case running text
        self.spans = Intervals(())  # every scanned candidate (set by the component)
        self.taken = Intervals(())  # the dates (set by the component)
        self.elided: set[int] = set()  # starts of counts whose noun the text leaves out
        self.local: tuple[str, frozenset[str]] | None = None  # the dateline's currency
        self.scores: set[int] = set()  # starts of scores and table cells (normalize.scores)

    def token_after(self, doc: Doc, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1)
        while i < len(doc) and doc[i].is_space:
            i += 1
        return doc[i] if i < len(doc) and doc[i].idx >= char else None

    def token_before(self, doc: Doc, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1) - 1
        while i >= 0 and (doc[i].is_space or doc[i].idx + len(doc[i]) > char):
            i -= 1
        return doc[i] if i >= 0 else None


def _partitive_noun(fig: DocFigures, doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "1,430 of its workers", "Three of the victims", "40 of the wounded": a bare whole
    number before "of" + a determiner or a possessive + a plural noun counts that noun (as
    "40 of the 72 families" counts families, ``_partitive_count``)."""
    text = text_of(doc)
    out = []
    for f in facts:
        m = PARTITIVE_OF.match(text, f.end) if f.kind == "number" else None
        if m is not None and isinstance(f.value, int) and f.value > 0 and f.group is None:
            noun = _counted_noun(fig, doc, m.end() - 1)
            tok = fig.token_after(doc, m.end() - 1)
            people = tok is not None and _counted_nouns().get(tok.lower_, {}).get("role")
            if noun and (people == "person" or _plural_after(fig, doc, m.end() - 1)):
                f = replace(f, kind="count", unit=noun)
        out.append(f)
    return out


def _plural_after(fig: DocFigures, doc: Doc, end: int) -> bool:
    """A plural noun heads the phrase after ``end`` (modifiers before it skipped)."""
    tok = fig.token_after(doc, end)
    k = tok.i if tok is not None else len(doc)
    while k < len(doc) and doc[k].pos_ in ("ADJ", "ADV", "NOUN", "PROPN", "VERB"):
        if _plural_noun(doc[k]) or (k + 1 < len(doc) and doc[k + 1].pos_ != "NOUN"):
            return _plural_noun(doc[k])
        k += 1
    return False


def _figure(
    fig: DocFigures,
    doc: Doc,
    f: Found,
    prev: Found | None,
    nxt: Found | None,
    taken: Intervals,
    names: dict[str, Intervals],
    times: Intervals,
) -> FigureFact | None:
    text = text_of(doc)
    whole = text.strip() == text[f.start : f.end]  # the text is only this number ("1990")
    score = f.start in fig.scores
    if score and f.kind != "number":
        # "Deportivo Coruna 2 Real Betis 2": a score, not 2 Brazilian reais
        m = SCORE_NUMBER.match(text, f.start)
        if m is None:
            return None
        f = replace(f, end=m.end(), kind="number", unit=None, value=Decimal(m.group()))
    if overlaps(f.start, f.end, taken) and not (
        _year_inside_measure(f, taken) or whole or _marked_amount(text, f)
    ):
        return None
    if f.kind == "quantity" and f.unit == "m" and _million_before_plural(fig, doc, f):
        # "12.5m users": a glued "m" before a plural noun is million, not metres
        f = replace(f, kind="number", unit=None, value=f.value * 10**6, scaled=True)
    elif f.kind == "quantity" and f.unit == "m" and _million_after_money(text, f, prev):
        # "Profit was £3m, with revenue of 12.4m": million in the amount's currency
        assert prev is not None
        f = replace(f, kind="money", unit=prev.unit, value=f.value * 10**6, scaled=True)
    if f.kind == "money" and (_name_with_year(text[f.start : f.end]) or _code_name(fig, doc, f)):
        return None
    if _unit_of_a_price(text, f, nxt):
        return None  # "A litre of milk costs ₹750": the unit a price is quoted for
    if f.kind == "money" and f.unit == "GBP" and _weight(fig, doc, f):
        f = replace(f, kind="quantity", unit="lb")  # "weighs 3 pounds": a mass
    start = f.start
    comparator, approximate = f.comparator, f.approximate
    if f.hedge_start is not None:
        before = fig.token_before(doc, f.hedge_start)
        # A verb of change governs a preposition ("dip below 3%"), not an approximating
        # adverb, which stays in the span ("rose nearly 18%", "fell about 6%").
        hedge = text_of(doc)[f.hedge_start : f.start].strip().lower()
        governed = _governed(before, hedge, f.approximate)
        if governed or overlaps(f.hedge_start, f.start, taken):
            comparator, approximate = None, False
        else:
            start = f.hedge_start
    after = fig.token_after(doc, f.end)
    before = fig.token_before(doc, f.start)
    bare = f.kind in ("number", "ordinal")
    after_low = after.lower_ if after is not None else ""
    before_low = before.lower_ if before is not None else ""
    before_word = before_low.rstrip(".")  # "Oct." is one token
    if bare:
        # An ordinal is never part of a person's name: "Nineth Meeting" is no PERSON.
        within = names["not_person"] if f.kind == "ordinal" else names["all"]
        gapped = _gapped(text, f, prev)
        if (
            not score
            and overlaps(f.start, f.start + 1, within)
            and not _match_in_name(doc, f)
            and not _number_as_name(doc, f)
            and not _result_row(text, f.start)  # NER runs a results column into names
            and not gapped
        ):
            return None  # a name that holds the number ("Phase 1"), not one after it
        if (
            not whole
            and overlaps(f.start, f.end, times)
            and (after_low in MONTHS or before_word in MONTHS or _year_like(f))
            and not NO_DAY_OR_YEAR.match(text, f.start)
        ):
            return None
        if (after_low in MONTHS or before_word in MONTHS) and not NO_DAY_OR_YEAR.match(
            text, f.start
        ):
            return None  # a number inside a date the dates stage did not claim ("On 12
            # June 2,000 people marched": digit groups are no day or year)
        if _round_of(doc, f, before, after):
            return None  # "reached the last eight": a round of a competition, no count
        if _word_in_name(fig, doc, f, before, after):
            return None  # "the Six Nations", "the Three Lions": a capitalised name
        if after_low in ("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"):
            return None
        if CLOCK_24.fullmatch(text[f.start : f.end]) and (
            CLOCK_WORDS_AFTER.match(text, f.end) or ZONE_AFTER.match(text, f.end)
        ):
            return None  # "0900 local time", "at 2130 CET": a time of day, no count
        if not score and (_age(doc, f, before, after) or _age_band(doc, f)):
            return None  # "aged 31", "Jan Kowalski, 44, a miner": an age
        if _cited(fig, doc, f) or (
            after_low in CITATION_WORDS
            and (
                after_low != "u.s."  # "531 U.S. 98" is a citation, "3 U.S. ships" no
                or (after is not None and after.i + 1 < len(doc) and doc[after.i + 1].like_num)
            )
        ):
            return None
        if f.kind == "number" and text[f.end : f.end + 1].isalpha():
            return None  # "5G networks", "3D printers": a designation
        if (
            not score
            and not gapped
            and before_word not in MONTHS
            and before_word not in WEEKDAYS
            and _designation(fig, doc, f, before)
        ):
            return None  # (a month or weekday is no name: "In March 500 jobs were cut")
        if _numbered_noun(doc, f, before, fig.starts):
            return None  # "bus 38", "at gate 12": a designation in lower case
        if (
            after is not None
            and _counted_nouns().get(after.lemma_.lower(), {}).get("role") == "time"
            and f.kind == "number"
            and not (f.fraction and _article_ordinal(doc, f, after) is not None)
        ):
            return None  # a duration: "three years" is a date ("the one hundredth day" no)
        if TIME_HYPHEN.match(text, f.end):
            return None  # "a 72-hour ceasefire": under a day is no figure, over it a date
        if _proportion(text, f, nxt, taken) or _proportion(text, prev, f, taken):
            return None  # "one in three", "nearly 8 in 10"
        if f.scaled and text.startswith(SCALE_ADJ_NOUNS, f.end):
            return None  # "million-dollar homes"
    if (
        f.fraction
        and f.kind == "number"
        and f.words
        and after_low != "of"
        and (after is None or not overlaps(after.idx, after.idx + len(after), taken))
    ):
        ordinal = _article_ordinal(doc, f, after)
        if ordinal is not None:
            return ordinal  # "a third arrest": an ordinal, not a fraction
    words = text[f.start : f.end].split()
    if (f.fraction and f.kind == "number") and (
        after_low == "of"
        or (f.words and len(words) == 1 and words[0].isalpha())
        or (f.words and len(words) == 2 and words[0].lower() in ("a", "an") and before_low == "by")
    ):
        return None  # "a third of voters", "half", "rose by a quarter" (a change by a share)
    if (
        f.fraction
        and f.kind == "number"
        and f.words
        and not whole
        and abs(f.value) < 1
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    ):
        return None  # "of which a third has been funded", "two-thirds voted": a share
    if (
        f.kind == "quantity"
        and f.unit in ("°C", "°F")
        and text[f.end - 1 : f.end] in ("C", "F")
        and before is not None
        and before.lower_ in SEAT_NOUNS
    ):
        return None  # "Row 5C", "Gate 4F": a designation, no degrees
    unit = f.unit
    kind = f.kind
    if kind == "ordinal":
        if not _ordinal_ok(doc, f, before, after):
            return None
        if PERIOD_HYPHEN.match(text, f.end):
            return None  # "first-half profit": a period (the dates' business), no ordinal
        if (
            not f.words
            and _in_name(fig, doc, after)
            and (before is None or before.tag_ != "PRP$")  # "her 23rd Grand Slam title"
        ):
            return None  # "the 18th Airborne Corps", "the 116th Congress"
    elif kind == "number":
        word = text[f.start : f.end].lower()
        if word == "one" and (
            after_low in ("of", "another", "by") or before_low in ONE_IDIOM_BEFORE
        ):
            return None
        if word == "one" and _pronoun_one(doc, before, after):
            return None  # "one Swedish one", "a new one": "one" stands for a noun
        whole_number = f.value == f.value.to_integral_value()
        word_before = WORD_BEFORE.search(text, max(0, f.start - 24), f.start)
        if (
            not f.fraction
            and "tally" not in f.notes
            # "two magnitude-5.2 aftershocks": a magnitude's reading counts nothing
            and (word_before is None or word_before.group(1).lower() not in MAGNITUDE_WORDS)
            and not score  # "Sheffield Wednesday 2 Leeds 1": the 2 counts no Leeds
            and (
                whole_number
                # "Road deaths fell to 4.6 per 100,000 inhabitants": a rate's numerator
                or PER_NUMBER_AFTER.match(text, f.end) is not None
                or (
                    _plural_next(fig, doc, f.end)
                    and (before_low not in LEVEL_WORDS or not _points_after(text, f.end))
                )
            )
        ):
            # "fell 23.4 points", "2.5 children": a decimal counts the plural noun after it
            noun = _counted_noun(fig, doc, f.end, singular=f.value == 1)
            if _benchmark(fig, doc, f):
                noun = None  # "short of the 15 million target", "63 clear": the count before
                fig.elided.add(f.start)
            if noun == "" and not whole_number:
                noun = None  # "2.5 years": no duration of a decimal count
            if noun == "":
                return None  # a duration
            if noun is None:
                noun = _elided_noun(doc, f)
            elif _subject_of_expectation(doc, f):
                noun = None  # "fewer than the 135,000 economists had expected"
                fig.elided.add(f.start)
            if noun:
                kind, unit = "count", noun
    basis = _basis(fig, doc, f.end) if kind == "percent" else None
    end = f.end
    odd = ODD_AFTER.match(text, end) if kind in ("count", "number") else None
    if odd is not None:  # "20-odd vessels": the suffix hedges the number, inside the span
        end, approximate = odd.end(), True
    if not is_figure_kind(kind) or not (comparator is None or is_comparator(comparator)):
        raise ValueError(f"scan gave an unknown kind or comparator: {kind!r}, {comparator!r}")
    return FigureFact(
        start,
        end,
        kind,
        as_json_number(f.value),
        unit,
        approximate=approximate,
        comparator=comparator,
        basis=basis,
        group=f.group,
    )


def _match_in_name(doc: Doc, f: Found) -> bool:
    """A score that NER ran into a name, or typed as one, after a match verb: "CHELSEA BEAT
    ARSENAL 2-1", "Rangers beat Celtic 2-1" ("2-1" a PRODUCT). "Boeing 777-200" has no
    verb, so it stays a designation."""
    if "tally" not in f.notes:
        return False
    verbs = _match_verbs()
    for e in doc.ents:
        if e.start_char <= f.start < e.end_char:
            lo = max(e.sent.start if doc.has_annotation("SENT_START") else 0, e.start - 4)
            return any(t.lower_ in verbs for t in doc[lo : e.end] if t.idx < f.start)
    return False


def _code_name(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """ "the COP29 talks", "The COP30 summit": a currency code glued to a small whole number
    before a noun is a name, not 29 Colombian pesos ("paid ZAR450 per tonne" is money)."""
    if CODE_NAME.fullmatch(text_of(doc), f.start, f.end) is None:
        return False
    after = fig.token_after(doc, f.end)
    return after is not None and after.pos_ == "NOUN"


def _million_before_plural(fig: DocFigures, doc: Doc, f: Found) -> bool:
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


def _weight(fig: DocFigures, doc: Doc, f: Found) -> bool:
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


def _article_ordinal(doc: Doc, f: Found, after: Token | None) -> FigureFact | None:
    """ "a third arrest", "a fifth straight loss": "a" + an ordinal word before a noun
    (or an adjective and a noun) is the ordinal; "a third of", "a third" alone stay out."""
    words = text_of(doc)[f.start : f.end].split(maxsplit=1)
    if len(words) != 2 or after is None:
        return None
    head = words[0].lower()
    if head not in ("a", "an") and not (head == "one" and _after_the(doc, f.start)):
        return None  # "the one hundredth day": "one" + a scale ordinal after "the"
    value = parse_ordinal(words[1])  # "a third arrest", "a twenty-first term"
    if value is None:
        return None
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if not (
        after.pos_ == "NOUN" or (after.pos_ == "ADJ" and nxt is not None and nxt.pos_ == "NOUN")
    ):
        return None
    start = f.start if head == "one" else f.end - len(words[1])
    return FigureFact(start, f.end, "ordinal", value, None)


def _cited(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """A number after "No.", "§" or a citation word ("42 U.S.C. 5121", "§ 406")."""
    before = fig.token_before(doc, f.start)
    low = before.lower_ if before is not None else ""
    if low == "u.s.":  # "531 U.S. 98", not "the U.S. 5th Fleet"
        return before.i > 0 and doc[before.i - 1].like_num  # type: ignore[union-attr]
    if low == "." and before is not None and before.i > 0:  # "Signal No. 3": "No" "." apart
        return f"{doc[before.i - 1].lower_}." in DESIGNATION_BEFORE
    return low in DESIGNATION_BEFORE or low in CITATION_WORDS


def _in_name(fig: DocFigures, doc: Doc, after: Token | None) -> bool:
    """A digit ordinal before a capitalised name word in running (not Title Case) text."""
    if after is None or after.pos_ != "PROPN" or not after.text[:1].isupper():
        return False
    sent = after.sent if doc.has_annotation("SENT_START") else doc[:]
    # a Title Case headline line within the sentence ("Kenya Marks 60th Independence
    # Anniversary With Parade" above the body) is no running text: the line decides
    text = text_of(doc)
    lo = max(sent.start_char, text.rfind("\n", 0, after.idx) + 1)
    nl = text.find("\n", after.idx)
    hi = min(sent.end_char, nl if nl >= 0 else len(text))
    if lo not in fig.running:  # once per sentence line: linear on long texts
        line = doc.char_span(lo, hi, alignment_mode="expand") or sent
        fig.running[lo] = any(t.is_alpha and not t.is_stop and t.text[:1].islower() for t in line)
    return fig.running[lo]


def _word_in_name(
    fig: DocFigures, doc: Doc, f: Found, before: Token | None, after: Token | None
) -> bool:
    """A capitalised number word inside running text, before a capitalised name word:
    "won the Six Nations title" (not at a sentence or line start: "Seventeen Centers")."""
    text = text_of(doc)
    if not f.words or not text[f.start : f.start + 1].isupper() or before is None:
        return False
    if before.is_punct or before.is_space or "\n" in text[before.idx + len(before) : f.start]:
        return False
    if before.is_sent_start is True or f.hedge_start is not None:
        return False
    return _in_name(fig, doc, after)


def _designation(fig: DocFigures, doc: Doc, f: Found, before: Token | None) -> bool:
    """ "Phase 1", "Expedition 31": a digit number right after a capitalised name word."""
    if f.words or f.hedge_start is not None or before is None or "tally" in f.notes:
        return False  # "passed the House 218-214": a tally, not "Phase 1"
    if f.kind == "ordinal":
        return False  # a designation is cardinal: "Claims 24th Title" (a headline verb)
    if "," in text_of(doc)[f.start : f.end]:
        return False  # "Flooding Forces 3,000 Residents": a number in digit groups is an amount
    if _result_row(text_of(doc), f.start):
        return False  # "Labour 412" over "Conservative 121": a column of results
    if before.idx + len(before) != f.start - 1 or text_of(doc)[f.start - 1] != " ":
        return False  # a tab parts table cells: "South<TAB>988" is no "Phase 1"
    word = before.text
    letters = word.replace("&", "") if "&" in word[1:-1] else word  # "S&P 500"
    if not (letters.isalpha() and (word[:1].isupper() or not word[1:].islower())):
        # "Phase 1", and camel-case product names: "iPhone 15", "eVTOL 3"
        return False
    if word.lower() in ("than", "to", "and", "of", "by", "at", "some", "about", "over"):
        return False
    if (
        before.tag_ == "NNPS"
        and before.i > 0
        and doc[before.i - 1].lower_ == "the"
        and not _noun_follows(doc, f.end, fig.starts)
    ):
        return False  # "Labour holds 27 and the Conservatives 15": a plural name's count
    if _fronted_place(fig, doc, f, before):
        return False  # "In the European Parliament 412 lawmakers voted": a subject's count
    return before.pos_ in ("PROPN", "NOUN")


def _fronted_place(fig: DocFigures, doc: Doc, f: Found, before: Token) -> bool:
    """The name before the number closes a phrase of place that opens the sentence with
    "the" (a designation takes none: "In Phase 2 workers"), and a plural noun and a verb
    follow the number ("In the Senate 52 senators voted")."""
    sent_start = before.sent.start_char if doc.has_annotation("SENT_START") else 0
    if FRONTED_PLACE.fullmatch(text_of(doc), sent_start, before.idx + len(before)) is None:
        return False
    i = bisect_left(fig.starts, f.end)
    return (
        i + 1 < len(doc)
        and doc[i].is_lower
        and _plural_noun(doc[i], after_number=True)
        and doc[i + 1].tag_ in ("VBD", "VBP", "MD")
    )


def _ordinal_ok(doc: Doc, f: Found, before: Token | None, after: Token | None) -> bool:
    """An ordinal before its noun ("the third meeting") or of a placing or rank, where it
    stands for "Nth place" as OntoNotes tags it ("finished third", "came in second", "is
    fourth in the standings", "Ferrari second"). Not: a discourse adverb opening its clause
    ("First, we must", "First we must", "Second, the plan"), "first" meaning "for the first
    time" before a verb ("she first met him", "was first elected"), "at first"."""
    tok = doc.char_span(f.start, f.end, alignment_mode="expand")
    if tok is None:
        return False
    if text_of(doc).strip() == tok.text:
        return True  # the whole text is the ordinal ("first", as the peer suites write it)
    last = tok[-1]
    before_low = before.lower_ if before is not None else ""
    if last.lower_ == "second" and before_low in ("a", "per", "one"):
        # "a second" is a time unit, but "a second term" an ordinal before its noun
        return before_low == "a" and after is not None and after.pos_ == "NOUN"
    if (
        last.lower_ == "second"
        and before is not None
        and before.text in ("-", "–")
        and before.i > 0
        and doc[before.i - 1].like_num
    ):
        return False  # "a five-second penalty": a time unit after a number
    if after is not None and _counted_nouns().get(after.lower_, {}).get("under_day"):
        return False  # "in the 89th minute": a time under a day (ANNOTATION.md), no figure
    if after is not None and after.pos_ in NOUNISH:
        return True  # before its noun, or an adjective and its noun
    if _clause_opening(doc, tok[0], before) and (
        after is None or after.text in (",", ":", ";") or after.pos_ == "PRON"
    ):
        return False  # "First, we must ...", "Second: the plan"
    if before_low == "at" and last.lower_ == "first":
        return False  # "at first": at the start
    # "she first met him", "was first elected": for the first time ("the first was built",
    # after a determiner, is the first one); a digit ordinal is no adverb ("Marks 75th
    # Founding Anniversary": a verb form the tagger read in a headline)
    return not f.words or not (
        after is not None
        and after.pos_ in ("VERB", "AUX")
        and before_low not in ("the", "its", "their", "his", "her")
    )


def _plural_next(fig: DocFigures, doc: Doc, end: int) -> bool:
    """The word right after the number is a plural noun ("23.4 points", "1.5 tries")."""
    tok = fig.token_after(doc, end)
    return (
        tok is not None
        and tok.idx == end + 1
        and _plural_noun(tok, after_number=True)
        and tok.lower_ not in MULTIPLIERS
    )


def _counted_noun(fig: DocFigures, doc: Doc, end: int, singular: bool = False) -> str | None:
    """Return the lemma of the noun a number counts ("50 countries" -> "country").

    Adjectives, names and numbers between are skipped ("18 more 155 mm M777 towed
    howitzers" -> "howitzer"); the last noun of the first noun run is the head. ""
    means a time noun (the figure is a duration). A hyphenated noun right after the
    number is what it counts ("a 214-page report", "the six-team table").
    """
    tok = fig.token_after(doc, end)
    if tok is None or "\n" in text_of(doc)[end : tok.idx]:
        return None  # a line ends the phrase: "Votes cast: 3,712,408\nWomen elected: 52"
    if ON_BOARD.match(text_of(doc), end):
        return "person"  # "with 242 on board", as "242 aboard"
    table = _counted_nouns()
    if STRONG.match(text_of(doc), end):
        return _strong_noun(doc, tok.i + 2, table)
    i = tok.i
    hyphened = _hyphen_noun(doc, end, tok)
    if hyphened is not None:
        row = table.get(hyphened.lower_)
        if row is not None and row["role"] == "time":
            return ""
        return hyphened.lemma_.lower()
    noun: Token | None = None
    compound_end = -1  # the last token of a hyphenated modifier ("truck-climbing")
    for k in range(i, min(len(doc), i + MAX_COUNT_LOOKAHEAD)):
        t = doc[k]
        if t.is_space:
            break
        if k <= compound_end:
            continue
        if overlaps(t.idx, t.idx + len(t), fig.taken):
            break  # a date after the number: "9,500 last year"
        if noun is None and k > i and overlaps(t.idx, t.idx + len(t), fig.spans):
            continue  # another figure in between: "18 more 155 mm howitzers"
        if _hyphen_modifier(doc, k):
            compound_end = k + 2  # "two truck-climbing lanes": the noun comes after
            continue
        if (
            k == i
            and t.text in ("-", "–")
            and t.idx == end
            and k + 1 < len(doc)
            and doc[k + 1].lower_ in ("odd", "plus", "something")
        ):
            compound_end = k + 1  # "20-odd countries", "40-plus nations": about the number
            continue
        if (
            noun is None
            and k == i
            and t.lower_ in ("and", "or")
            and not (k + 1 < len(doc) and (doc[k + 1].like_num or doc[k + 1].lower_ in ("a", "an")))
        ):
            break  # "rose to 12,400 and attendance reached": a new clause, not "40 and 50 ships"
        if (
            noun is None
            and t.lower_ == "more"
            and k + 1 < len(doc)
            and doc[k + 1].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "ADV", "SPACE")
        ):
            return None  # "two more were found", "12 more on Saturday": the noun left out
        if (
            noun is None
            and t.lower_ in ("last", "next", "this")
            and k + 1 < len(doc)
            and (
                doc[k + 1].lower_ in ("time", "times")
                or table.get(doc[k + 1].lower_, {}).get("role") == "time"
            )
        ):
            break  # "compared with 250 last time", "300 this year": a time after the number
        if noun is None and k > i and DESIGNATION_TOKEN.fullmatch(t.text):
            continue  # "14 Airbus H145M helicopters": a model's designation, no noun
        if (t.pos_ == "NOUN" and t.text[:1].isalpha()) or (  # not "%", "|" (a table's rule)
            k == i and not singular and _plural_noun(t, after_number=True)
        ):
            noun = t
            continue
        if noun is not None:
            if k == noun.i + 1 and noun.tag_ == "NN" and _plural_noun(t, after_number=True):
                noun = t  # "18 school buses": the plural head the tagger took as a verb
                continue
            if (
                t.pos_ == "ADJ"
                and t.is_lower
                and noun.tag_ == "NN"
                and k + 1 < len(doc)
                and doc[k + 1].tag_ == "NNS"
            ):
                continue  # "four air defence systems": a noun the tagger read as an adjective
            if t.lower_ in ("and", "or") and noun.tag_ != "NNS" and _conjoined_plural(doc, k):
                noun = None  # "14 wind and solar farms": both nouns modify "farms"
                continue
            if not singular and noun.i == i and k == i + 1 and _shared_head(doc, noun, k):
                # "12,000 oak and 8,000 beech saplings": a singular noun after a number
                # above one, set beside a second number with a modifier and a plural
                # noun, modifies that plural as the second modifier does
                shared = _counted_noun(fig, doc, doc[k + 1].idx + len(doc[k + 1]))
                if shared:
                    return shared.split()[-1]  # "300 coal and 120 gas plants": "plant"
            break
        if (
            t.lower_ in COUNT_SKIP_WORDS
            or t.pos_ in COUNT_SKIP_POS
            or (  # "45 newly built homes": an adverb of the modifier after it
                t.pos_ == "ADV"
                and t.lower_.endswith("ly")
                and k + 1 < len(doc)
                and doc[k + 1].tag_ in ("JJ", "JJR", "JJS", "VBN")
            )
            or (t.text in ("-", "–") and not t.whitespace_ and k > i and not doc[k - 1].whitespace_)
            or (
                t.tag_ in ("VBN", "VBD")
                and (k > i or (k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN"))
            )  # "50 registered voters"
        ):
            if k == i and table.get(t.lower_, {}).get("role") == "person":
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
                    return "person"
            if (
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and k == i
                and t.text.endswith("s")
                and not _in_name(fig, doc, t)  # "18 Airbus A321 jets": a maker's name
            ):
                # Title Case headline: "50 Nations Pledge"
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is None or nxt.pos_ != "NOUN":
                    return _plural_lemma(t.lower_)
            continue
        if k == i and table.get(t.lower_, {}).get("role") == "person":
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN":
                continue  # "23 missing fishermen": an adjective of the noun after it
            return "person"
        break
    if noun is None:
        return _title_plural(doc, i)
    joined = _hyphened_plural(doc, noun)
    if joined is not None:
        return joined  # "two passers-by" -> "passer-by"
    lemma = noun.lemma_.lower()
    if noun.tag_ == "VBZ" and lemma == noun.lower_:  # a plural read as a verb, unlemmatised
        lemma = _singular(noun.lower_)
    row = table.get(noun.lower_) or table.get(lemma)
    if row is not None:
        if row["role"] == "time" and noun.i == i:
            return ""
        if row["role"] == "lemma":
            return row["lemma"]
        if noun.i == i and (
            row["role"] == "person"
            or (row["role"] == "verb_person" and noun.lower_ == row["word"] and noun.tag_ == "NN")
        ):
            return "person"  # "30 hurt": a participle of harm the tagger read as a noun
    # after a number above one the noun is plural, so "specimen" is no compound of "men"
    plural = not singular or noun.tag_ == "NNS"
    compound = _compound_lemma(noun.lower_, table) if plural else None
    if compound is None and lemma == noun.lower_:
        lemma = noun_plurals().get(lemma, lemma)  # the tagger left "geese" as it is
    return _fixed_compound(doc, noun, i, lemma, table) or compound or lemma


def _benchmark(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """A singular noun of a level right after a number above one ("the 15 million target",
    "the 1,000 mark"; models/counted_nouns.jsonl role benchmark): what the number counts is
    left out."""
    tok = fig.token_after(doc, f.end)
    if tok is None:
        return False
    role = _counted_nouns().get(tok.lower_, {}).get("role")
    if role == "margin":  # "63 clear of Norris", "four ahead": a lead in what was counted
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None  # not "three clear chances"
        return (
            f.value > 0
            and tok.idx == f.end + 1
            and (nxt is None or nxt.pos_ in ("ADP", "PUNCT", "CCONJ", "SPACE"))
        )
    return f.value > 1 and tok.tag_ == "NN" and role == "benchmark"


def _title_plural(doc: Doc, i: int) -> str | None:
    """ "Seventeen Disaster Recovery Centers are open": a capitalised plural noun run."""
    k = i
    while k < min(len(doc), i + 4) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == i or k >= len(doc) or doc[k].pos_ == "PROPN" or not _title_plural_word(doc[k - 1]):
        return None
    return _plural_lemma(doc[k - 1].lower_)


def _basis(fig: DocFigures, doc: Doc, end: int) -> str | None:
    """Return what a percentage is a share of: "2% of their GDP" -> "GDP"."""
    tok = fig.token_after(doc, end)
    if tok is None or tok.lower_ != "of":
        return None
    i = tok.i + 1
    while i < len(doc) and doc[i].lower_ in BASIS_DETERMINERS:
        i += 1
    j = i
    while j < len(doc) and doc[j].pos_ in NOUNISH and not doc[j].is_space:
        j += 1
    return doc[i:j].text if j > i else None


def _carry_basis(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """Give a bare percentage the basis of one in the same or the previous sentence."""
    out: list[FigureFact] = []
    last: tuple[int, str] | None = None  # (sentence number, basis)
    sent_starts = [s.start_char for s in sentences(doc)]
    for f in facts:
        if f.kind == "percent":
            n = bisect_right(sent_starts, f.start) - 1
            if f.basis:
                last = (n, f.basis)
            elif last and n - last[0] <= 1 and f.unit == "%":
                f = replace(f, basis=last[1])
        out.append(f)
    return out


MORE_AFTER = re.compile(
    r"[ \t]+more\b(?![ \t]+(?:than|of)\b)(?!-)"
    r"|[ \t]+fewer\b(?![ \t]+of\b)(?!-)"  # "2,400 fewer than in 2015": fewer of the last count
)


def _carry_count(
    doc: Doc,
    facts: list[FigureFact],
    starts: list[int],
    elided: set[int] | frozenset[int] = frozenset(),
) -> list[FigureFact]:
    """Give a bare whole number the noun of the count just before it in the same sentence,
    where the text leaves the noun out: "52,000 positions and construction 19,000",
    "23 people died and more than 1.4 million were affected"."""
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]
    out: list[FigureFact] = []
    for f in facts:
        prev = out[-1] if out else None
        reach = 0  # sentences back where the count may stand
        more = False
        if f.kind == "number" and MORE_AFTER.match(text, f.end):
            # "18 jets worth $2.7 billion, with options on 12 more": more of the last count,
            # also the end of a range ("between 40 and 50 ships ..., and up to 30 more")
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            more = True
        elif f.kind == "number" and _reported(doc, f, starts):
            # "Measles cases rose to 127,350. Romania reported 30,692": what the text counts
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            reach = 1
        elif f.kind == "number" and (group := OF_GROUP_AFTER.match(text, f.end)):
            named = _part_noun(doc, group.end(), starts)
            if named is not None and isinstance(f.value, int) and f.group is None:
                out.append(replace(f, kind="count", unit=named))
                continue  # "4,500 people, 1,100 of them children": the part names its noun
            # "1,240 cases in 14 countries, 310 of them in Sudan": a part is no larger than
            # its whole, so the group is the nearest count at least as large
            prev = next(
                (p for p in reversed(out) if p.kind == "count" and p.value >= f.value), prev
            )
        elif (
            f.kind == "number"
            and prev is not None
            and prev.kind == "count"
            and GAPPED_BEFORE.search(text, max(0, f.start - 60), f.start) is not None
            and _after_preposition(doc, prev, starts)
        ):
            # "Liverpool have 70 points from 29 games, Arsenal 61": a gapped clause repeats the
            # first clause's object, not a count in a phrase after a preposition
            sent = bisect_right(sent_starts, f.start)
            prev = next(
                (
                    p
                    for p in reversed(out)
                    if p.kind == "count"
                    and p.group is None
                    and bisect_right(sent_starts, p.start) == sent
                    and not _after_preposition(doc, p, starts)
                ),
                prev,
            )
        elif f.kind == "number" and _tally_object(doc, f, starts):
            # "The CDU won 42 of the 120 seats ... The Greens took eight": a tally verb's bare
            # object counts the noun of the count just before it, also one of the sentence
            # before where no figure stands between
            reach = 1
        elif f.kind == "number" and _opening_subject(doc, f, starts):
            # "Police arrested 45 people. 12 were later released": the subject of the next
            # sentence counts the noun the text left out, as ANNOTATION.md restores it
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            reach = 1
        if (
            prev is not None
            and f.kind == "number"
            and prev.kind == "count"
            and f.group is None
            and (prev.group is None or more)
            and isinstance(f.value, int)
            and f.value > 0
            and not (1000 <= f.value <= 2199 and "," not in text[f.start : f.end])
            and 0
            <= bisect_right(sent_starts, f.start) - bisect_right(sent_starts, prev.start)
            <= reach
            and (f.start in elided or not _noun_follows(doc, f.end, starts))
        ):
            f = replace(f, kind="count", unit=prev.unit)
        out.append(f)
    return out


LIST_GLUE = {",", "and", "or"}  # what parts the members of a list of counts
# words between a count and the list that breaks it down: "nine medals were one gold, ...",
# "16 medals, including eight gold", "26 medals: 16 gold, ..."
ELABORATION = {"were", "was", "are", "is", ":", "including", "includes", "included", "(", "—",
               "–", "-", ","}  # fmt: skip


def _list_member(doc: Doc, f: FigureFact, starts: list[int], last: bool = False) -> int | None:
    """The index of the token after the one word a listed count gives, where that word is a
    singular modifier of the noun left out ("seven gold, " "two silver and"): followed by a
    comma or "and" (or, ``last``, by no further noun: "... and five bronze.")."""
    if f.kind != "count" or f.group is not None:
        return None
    i = bisect_left(starts, f.end)
    if i >= len(doc):
        return None
    word = doc[i]
    glue = doc[i + 1] if i + 1 < len(doc) else None
    if (
        word.idx != f.end + 1
        or not word.is_alpha
        or not word.is_lower
        or word.tag_ not in ("NN", "JJ")
        or _plural_noun(word, after_number=True)
        or word.lower_ in _counted_nouns()
    ):
        return None
    if glue is not None and glue.lower_ in LIST_GLUE:
        return i + 1
    if last and (glue is None or glue.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
        return i + 1
    return None


def _list_head(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """Counts listed with a modifier each and one noun at the end share that noun ("seven gold,
    two silver and two bronze medals" -> medal, also the last: "bronze medal" is only what kind);
    a list with no noun of its own counts the noun of the count it breaks down ("nine medals
    were one gold, three silver and five bronze") or of a list of the same sentence before it
    ("... two bronze medals, and Jamaica took three gold and four silver"). A list member is a
    count whose number is followed by one singular word and a comma or "and"; a number above one
    before a singular word is what shows the noun left out ("seven gold"), so a list of plurals
    ("12 lions, 4 tigers and 2 bears") or of a noun after each number stays as it is."""
    sent_starts = [s.start_char for s in sentences(doc)]
    out = list(facts)
    shared: dict[int, tuple[int, str]] = {}  # fact index -> (sentence, the list's noun)

    def follows(after: int, k: int) -> bool:
        """The fact k stands right after the list's glue that ends at token ``after``."""
        while after < len(doc) and doc[after].lower_ in LIST_GLUE:
            after += 1
        return k < len(out) and after < len(doc) and doc[after].idx == out[k].start

    n = 0
    while n < len(out):
        run: list[int] = []
        k = n
        while k < len(out) and (after := _list_member(doc, out[k], starts)) is not None:
            run.append(k)
            k += 1
            if not follows(after, k):
                break
        if not run or k >= len(out) or not follows(_list_member(doc, out[k - 1], starts) or 0, k):
            run = []  # a list has two members or more and goes on to its last
        sent = bisect_right(sent_starts, out[run[0]].start) if run else -1
        head: str | None = None
        if run:
            i = bisect_left(starts, out[k].end)
            closing = out[k]
            if (
                closing.kind == "count"
                and closing.unit
                and i + 1 < len(doc)
                and doc[i].is_lower
                and doc[i].tag_ in ("NN", "JJ")
                and _plural_noun(doc[i + 1], after_number=True)
                and doc[i + 1].is_lower
            ):
                head = closing.unit.split()[-1]  # "... and two bronze medals"
                run.append(k)
            elif _list_member(doc, closing, starts, last=True) is not None:
                run.append(k)  # "... and five bronze.": the list gives no noun
        if run and not any(out[r].value > 1 for r in run):
            run = []
        if run and head is None:
            prev = run[0] - 1
            if prev >= 0 and out[prev].kind == "count" and out[prev].unit:
                same = bisect_right(sent_starts, out[prev].start) == sent
                p = bisect_left(starts, out[prev].end)
                gap = [t.lower_ for t in doc[p + 1 : bisect_left(starts, out[run[0]].start)]]
                if same and prev in shared and shared[prev][0] == sent:
                    head = shared[prev][1]  # a list of the same sentence before it
                elif (
                    same
                    and p < len(doc)
                    and _plural_noun(doc[p], after_number=True)
                    and 0 < len(gap) <= 2
                    and all(w in ELABORATION for w in gap)
                ):
                    head = str(out[prev].unit).split()[-1]  # "nine medals were one gold, ..."
        if run and head is not None:
            for r in run:
                out[r] = replace(out[r], kind="count", unit=head)
                shared[r] = (sent, head)
        n = max(k + 1 if run else k, n + 1)
    return out


REPORT_VERBS = figure_words("report_verb")
TALLY_VERBS = figure_words("tally_verb")
PER_BEFORE = re.compile(r"(?<![\w-])per[ \t]+$")
# the words between a rate's numerator and its denominator: "14.2 cases per", "62 per"
RATE_GAP = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+per[ \t]+")


def _compared_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """A bare number that a word of comparison sets against a count of the same clause counts
    that count's noun, as ANNOTATION.md restores a noun left out: "5.42 million people, up 2.1%
    from 5.31 million" (a change in percent between them is skipped), "Net migration fell to
    431,000 in the year from 906,000 people" (the noun named on the second). Against a rate
    it is the rate's numerator that is compared: "14.2 cases per 100,000 people, against 3.1"
    -> 3.1 cases, not people."""
    if not any(f.kind == "count" for f in facts):
        return facts
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]

    def sent(x: FigureFact) -> int:
        return bisect_right(sent_starts, x.start)

    def bare(x: FigureFact) -> bool:
        return (
            x.kind == "number"
            and x.group is None
            and x.value > 0
            and not (isinstance(x.value, int) and 1800 <= x.value <= 2199)
            and not _noun_follows(doc, x.end, starts)
        )

    out = list(facts)
    for n, f in enumerate(out):
        if not bare(f):
            continue
        if n and COMPARED_GAP.fullmatch(text, out[n - 1].end, f.start) is not None:
            k = n - 1
            while k >= 0 and out[k].kind == "percent" and sent(out[k]) == sent(f):
                k -= 1  # "up 2.1% from": the change stands between the level and its base
            if k < 0 or out[k].kind != "count" or out[k].group is not None:
                continue
            if sent(out[k]) != sent(f):
                continue
            base = out[k]
            if (
                k > 0
                and PER_BEFORE.search(text, 0, base.start) is not None
                and out[k - 1].kind == "count"
                and RATE_GAP.fullmatch(text, out[k - 1].end, base.start) is not None
            ):
                base = out[k - 1]  # the rate's numerator, not its denominator
            out[n] = replace(f, kind="count", unit=base.unit)
        elif (
            n + 1 < len(out)
            and out[n + 1].kind == "count"
            and out[n + 1].group is None
            and sent(out[n + 1]) == sent(f)
            and COMPARED_GAP.fullmatch(text, f.end, out[n + 1].start) is not None
        ):
            out[n] = replace(f, kind="count", unit=out[n + 1].unit)
    return out


def _reported(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The bare object of a verb of reporting a tally, before a comma or the sentence's end
    ("Romania reported 30,692, ...", "Kenya recorded 212.")."""
    i = bisect_left(starts, f.start)
    if i == 0 or i >= len(doc):
        return False
    verb = doc[i - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    k = bisect_left(starts, f.end)
    return k >= len(doc) or doc[k].text in (",", ".", ";")


def _after_preposition(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The word before the figure is a preposition ("from 29 games", "in 12 races")."""
    i = bisect_left(starts, f.start)
    return 0 < i <= len(doc) and doc[i - 1].pos_ == "ADP" and doc[i - 1].is_lower


def _tally_object(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The bare object of a verb of winning or holding a tally ("took eight and", "needs 61
    for a majority"; models/figure_words.jsonl kind tally_verb), before a comma, "and", "for"
    or the sentence's end."""
    i = bisect_left(starts, f.start)
    if i == 0 or i >= len(doc):
        return False
    verb = doc[i - 1]
    if not verb.tag_.startswith("VB") or (
        verb.lemma_.lower() not in TALLY_VERBS and verb.lower_ not in TALLY_VERBS
    ):
        return False
    k = bisect_left(starts, f.end)
    return k >= len(doc) or doc[k].text in (",", ".", ";") or doc[k].lower_ in ("and", "for")


OF_GROUP_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|whom|which|these|those)\b")


def _part_noun(doc: Doc, end: int, starts: list[int]) -> str | None:
    """The plural noun that closes "N of them ..." ("1,100 of them children", "12 of them
    foreign nationals", "400 of whom are engineers"): what the part counts, with its adjectives
    dropped; None where a phrase or a verb follows instead ("310 of them in Sudan", "two of them
    seriously")."""
    k = bisect_left(starts, end)
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].lower_ in ("are", "were"):
        k += 1  # "of whom are engineers"
    noun: Token | None = None
    while k < len(doc) and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_space:
        t = doc[k]
        if _plural_noun(t, after_number=True) and t.pos_ in ("NOUN", "ADJ", "VERB"):
            noun = t
        elif t.pos_ != "ADJ" or noun is not None:
            break
        k += 1
    if noun is None or (k < len(doc) and not (doc[k].is_punct or doc[k].pos_ == "CCONJ")):
        return None
    return _plural_lemma(noun.lower_) if noun.lemma_.lower() == noun.lower_ else noun.lemma_.lower()


def _opening_subject(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """A bare number that opens its sentence as the subject of a finite verb: "12 were later
    released", "Forty remain missing", "310 concerned noise" (an adverb may come between)."""
    if not _sentence_initial(text_of(doc), f.start):
        return False
    k = bisect_left(starts, f.end)
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.lemma_ == "be" and k + 1 < len(doc) and doc[k + 1].pos_ == "DET":
        return False  # "3 is the magic number": a number named, no count
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBP", "VBZ", "MD")


A_UNIT_START = re.compile(r"An? ", re.IGNORECASE)  # "A litre of milk costs ₹750"
# "a litre of diesel £1.45", "a kilo of rice costs 40 rupees": the unit's noun, then the price
UNIT_OF_NOUN = re.compile(r" of [a-z]+(?: (?:costs?|costing|is|was|now|at|sells? for))* ")
SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
# "rose 0.2 point to 4.1%": points before a change to or from a percentage
POINTS_TO_PERCENT = re.compile(
    r"([ \t]+points?)\b(?:[ \t]+\w+)?[ \t]+(?:to|from)[ \t]+", re.IGNORECASE
)


FRACTION_POINT = re.compile(
    r"\b(an?|one|two|three)[ -](half|quarters?|thirds?)[ -](?:percentage[ -])?points?\b"
    r"|\b(half) an? (?:percentage[ -])?point\b",  # "cut by half a point"
    re.IGNORECASE,
)


def _fraction_points(text: str, facts: list[FigureFact], taken: Intervals) -> list[FigureFact]:
    """A fraction word before "point" is a change in percentage points: "a quarter-point
    cut" -> "quarter-point", 0.25 pp; "a half-point hike" -> 0.5 pp; "three-quarter point"
    -> 0.75 pp; "by half a point" -> "half a point", 0.5 pp. The article stays out of the
    span, as it does before an ordinal."""
    if "point" not in text:
        return facts
    added: list[FigureFact] = []
    for m in FRACTION_POINT.finditer(text):
        value: Decimal | None
        if m.group(3) is not None:  # "half a point": the whole phrase, as "half a percent"
            if not _rate_sentence(text, m.start()):
                continue  # "scored half a point more": no percentage in sight
            value, start = Decimal("0.5"), m.start(3)
            count = frac = ""
        else:
            count, frac = m.group(1).lower(), m.group(2).lower()
        if count == "":
            pass
        elif count in ("a", "an", "one"):
            value = parse_number(f"a {frac.rstrip('s')}")
            start = m.start(2)
        else:
            value = parse_number(f"{count} {frac if frac.endswith('s') else frac + 's'}")
            start = m.start(1)
        if value is None or overlaps(start, m.end(), taken):
            continue
        if any(
            f.kind != "number" and overlaps(f.start, f.end, Intervals([(start, m.end())]))
            for f in facts
        ):
            continue
        added.append(FigureFact(start, m.end(), "percent", as_json_number(value), "pp"))
    if not added:
        return facts
    spans = Intervals((f.start, f.end) for f in added)
    kept = [f for f in facts if not overlaps(f.start, f.end, spans)]
    return sorted(kept + added, key=lambda f: f.start)


RATE_WORDS = re.compile(r"%|\bper ?cent\b|\bpercent\b|\brates?\b|\byields?\b", re.IGNORECASE)


def _rate_sentence(text: str, pos: int) -> bool:
    """The sentence around ``pos`` speaks of percentages or rates ("cut rates by half a point")."""
    window = max(0, pos - 400)  # a bounded look back: linear on long texts
    starts = [m.end() for m in SENTENCE_BREAK.finditer(text, window, pos)]
    start = starts[-1] if starts else window
    end_m = SENTENCE_BREAK.search(text, pos, pos + 400)
    end = end_m.start() if end_m else min(len(text), pos + 400)
    return RATE_WORDS.search(text, start, end) is not None


POINTS_AFTER = re.compile(r"[ \t]+points?\b", re.IGNORECASE)


def _points_after(text: str, end: int) -> bool:
    """ "to 412.5 points": index points after a level, which is no count of them."""
    return POINTS_AFTER.match(text, end) is not None


# "Germany sent 40 tanks and Poland 60.": a gapped clause, a name and a number after "and"
GAPPED_BEFORE = re.compile(
    r"(?:[,;]|\band|\bwhile|\bbut|\bwith)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2}[ \t]+$"
)
CLAUSE_END = re.compile(r"[.!?]\s|\n")  # a semicolon may part gapped clauses
NAME_BEFORE = re.compile(r"[A-Z][\w.'’&-]*[ \t]+$")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
GAPPED_AFTER = re.compile(r"[ \t]*(?:[.;,!?)]|$|\n|and\b|in\b|on\b|at\b|by\b)")


def _gapped(text: str, f: Found, prev: Found | None) -> bool:
    """A number that ends a gapped clause after a figure of the same sentence: "Germany sent 40
    tanks and Poland 60", "Labour won 17 seats and the Greens 9", not "Route 66" or "Phase 2"."""
    if prev is None or f.words or prev.kind != "number" or "," in text[f.start : f.end]:
        return False  # after "rose 2%", "and the S&P 500." is the index's name
    between = text[prev.end : f.start]
    if CLAUSE_END.search(between) or GAPPED_AFTER.match(text, f.end) is None:
        return False
    if NAME_BEFORE.search(text, max(0, prev.start - 40), prev.start) and not GAPPED_BEFORE.search(
        text, max(0, prev.start - 60), prev.start
    ):
        return False  # "backed Proposition 50 and Measure 110": designations, one after another
    m = GAPPED_BEFORE.search(text, max(prev.end, f.start - 60), f.start)
    if m is None:
        return False
    last = m.group().split()[-1]
    if "&" in last or (last.isupper() and not _gapped_pairs(text, prev, m.start())):
        return False  # "the FTSE 100", "the S&P 500": names
    # the first clause has words of its own ("sent 40 tanks"), not a list of names and numbers
    # ("Phase 2, Phase 3", "Leeds 2, Everton 1")
    lo = max(text.rfind(".", 0, prev.start), text.rfind("\n", 0, prev.start)) + 1
    return LOWER_WORD.search(text, lo, m.start()) is not None


FRONTED_PLACE = re.compile(
    r"(?:In|At|Across|Among|Inside|Within)[ \t]+the[ \t]+[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}"
)
GAPPED_PAIR = re.compile(r"(?:[,;]|\band)[ \t]+(?:the[ \t]+)?[A-Z][a-z][\w.'’&-]*[ \t]+\d")
NOUN_THEN_GLUE = re.compile(r"[ \t]+[a-z]+[,;][ \t]+(?!and\b)")  # "57 seats, the CDU 47"


def _gapped_pairs(text: str, prev: Found, at: int) -> bool:
    """An acronym's name before a number is a party's or a body's in a list of gapped clauses,
    not an index's ("the AfD 40, the BSW 14 and the SPD 10", "won 57 seats, the CDU 47"): the
    number before has its noun and a comma (not ", and the FTSE 100."), or the clause holds a
    pair of a name with lower-case letters and a number before."""
    lo = max(text.rfind(".", 0, prev.start), text.rfind("\n", 0, prev.start)) + 1
    return NOUN_THEN_GLUE.match(text, prev.end) is not None or bool(
        GAPPED_PAIR.search(text, lo, at)
    )


def _numbered_noun(doc: Doc, f: Found, before: Token | None, starts: list[int]) -> bool:
    """A bare digit number right after a lower-case noun that numbers one of a set ("bus 38",
    "flight 370", "at gate 12"), with no noun after it ("gate 12 metres" is a measure)."""
    if before is None or f.words or f.hedge_start is not None or f.kind != "number":
        return False
    span = text_of(doc)[f.start : f.end]
    if not span.isdigit() or before.idx + len(before) != f.start - 1:
        return False
    return (
        before.pos_ in ("NOUN", "PROPN")  # the tagger reads "tram 11" as a name
        and before.text.islower()
        and before.lower_ in NUMBERED_NOUNS
        and not _noun_follows(doc, f.end, starts)
    )


def _sentence_initial(text: str, start: int) -> bool:
    """Nothing but spaces between ``start`` and a sentence end or line start before it."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n"


def _clause_opening(doc: Doc, tok: Token, before: Token | None) -> bool:
    """``tok`` opens its sentence, line or clause (after a quote mark, colon or dash)."""
    if before is None or tok.is_sent_start or "\n" in text_of(doc)[before.idx : tok.idx]:
        return True
    return before.is_punct and before.text != ","


def _round_of(doc: Doc, f: Found, before: Token | None, after: Token | None) -> bool:
    """ "reached the last eight", "into the final four": "the last/final" + a whole number
    with no noun after it names a round of a competition ("the last 10 games" counts)."""
    if before is None or before.lower_ not in ("last", "final") or before.i == 0:
        return False
    if doc[before.i - 1].lower_ != "the" or f.hedge_start is not None:
        return False
    return after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ", "VERB", "AUX")


def _unit_of_a_price(text: str, f: Found, nxt: Found | None) -> bool:
    """One unit ("a litre", "A barrel") before the price of it in the same sentence: the
    unit the price is quoted for, no quantity of its own ("A pint now costs £4"); inside a
    sentence, "a unit of a noun" right before the price ("and a litre of diesel £1.45")."""
    return (
        f.kind == "quantity"
        and f.value == 1
        and A_UNIT_START.match(text, f.start) is not None
        and nxt is not None
        and nxt.kind == "money"
        and SENTENCE_BREAK.search(text, f.end, nxt.start) is None
        and (
            _sentence_initial(text, f.start)
            or UNIT_OF_NOUN.fullmatch(text, f.end, nxt.start) is not None
        )
    )


def _points_of_percent(text: str, facts: list[FigureFact]) -> list[FigureFact]:
    """A change in points right before a change to or from a percentage is in percentage
    points: "the jobless rate rose 0.2 point to 4.1%" -> "0.2 point", 0.2 pp; index points
    before a level stay a count ("fell 23.4 points to 3,845.6")."""
    out = list(facts)
    for n in range(len(out) - 1):
        f, nxt = out[n], out[n + 1]
        if f.kind not in ("number", "count") or (f.kind == "count" and f.unit != "point"):
            continue
        m = POINTS_TO_PERCENT.match(text, f.end)
        if m is None or m.end() != nxt.start or nxt.kind != "percent" or nxt.unit != "%":
            continue
        out[n] = replace(f, end=m.end(1), kind="percent", unit="pp")
    for n in range(1, len(out)):
        f, prev = out[n], out[n - 1]
        if f.kind not in ("number", "count") or (f.kind == "count" and f.unit != "point"):
            continue
        m = POINTS_AFTER_PERCENT.match(text, f.end)
        if (
            m is not None
            and prev.kind == "percent"
            and prev.unit == "%"
            and 0 < f.value < prev.value
            and POINTS_GAP.fullmatch(text, prev.end, f.start) is not None
        ):
            # "approval rose to 45%, up 3 points", "4.8%, an increase of 0.3 points": a change
            # of a percentage named after it is in percentage points too
            out[n] = replace(f, end=m.end(1), kind="percent", unit="pp")
    return out


POINTS_AFTER_PERCENT = re.compile(
    r"([ \t]+points?)\b(?![ \t]+(?:to|from)[ \t]+[\d$€£¥])", re.IGNORECASE
)
# between a percentage and a change in points of it, in one clause: ", up", ", an increase of",
# ", or", " -"
POINTS_GAP = re.compile(
    r"(?:[ \t]+(?:in|on|at)[ \t]+(?:[A-Z][a-z]+|\d{4}|[A-Z][a-z]+[ \t]+\d{4}))?[ \t]*[,(–—-]?[ \t]*"
    r"(?:(?:up|down|or|a|an)[ \t]+)?(?:(?:rise|fall|gain|drop|increase|decrease|decline|jump)"
    r"[ \t]+of[ \t]+)?(?:just|nearly|almost|about|some)?[ \t]*"
)


def _name_with_year(span: str) -> bool:
    """ "Euro 96": a currency's name (not a symbol: "Rs 20", "Ksh 50") in Title Case and a year."""
    m = NAME_WITH_YEAR.fullmatch(span)
    if m is None:
        return False
    cur = currencies()
    return m.group(1).lower() in cur.words and m.group(1) not in cur.symbol_set


def _age(doc: Doc, f: Found, before: Token | None, after: Token | None) -> bool:
    """An age: a whole number under 120 after a word of age ("aged 31"), or set off by commas
    right after a name or a noun ("Jan Kowalski, 44, a miner", "The driver, 23, was")."""
    if f.words or f.fraction or f.value != f.value.to_integral_value() or not 0 < f.value < 120:
        return False
    if before is None:
        return False
    if _counted_nouns().get(before.lower_, {}).get("role") == "age":
        return True
    if (
        f.hedge_start is not None
        and before.i > 0
        and _counted_nouns().get(doc[before.i - 1].lower_, {}).get("role") == "age"
    ):
        return True  # "aged under 5": the hedge is a preposition of the age
    if before.text != "," or after is None or after.text != "," or before.i == 0:
        return False
    head = doc[before.i - 1]
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return (
        head.pos_ in ("PROPN", "NOUN")
        and not head.like_num
        and (nxt is None or not nxt.like_num)  # "1, 2, 3": a list
    )


AGE_BAND_HEDGES = {"under", "over", "above", "below"}
AGE_GROUPS = figure_words("age_group")


def _age_band(doc: Doc, f: Found) -> bool:
    """ "children under five", "adults over 65": a whole number under 120 after a hedge that
    follows a noun of people by age (``figure_words.jsonl`` kind "age_group") is an age."""
    if f.fraction or f.value != f.value.to_integral_value() or not 0 < f.value < 120:
        return False
    text = text_of(doc)
    words = text[max(0, f.start - 30) : f.start].split()
    if len(words) < 2 or words[-1].lower() not in AGE_BAND_HEDGES:
        return False
    if words[-2].lower().strip(",;") not in AGE_GROUPS:
        return False
    # a plural noun after it is what the number counts ("children under 500 tents"); the
    # tagger may read a verb after an age as a singular noun ("Children under 12 travel free")
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    nxt = doc[span.end] if span is not None and span.end < len(doc) else None
    return nxt is None or nxt.tag_ not in ("NNS", "NNPS")


def _harm_subject(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Five died and 14 were wounded": a bare whole number that is the subject of a verb of
    death or of a passive verb of harm counts people (``counted_nouns.jsonl`` roles
    ``subject_person`` and ``verb_person``)."""
    table = _counted_nouns()
    out: list[FigureFact] = []
    for f in facts:
        if f.kind == "number" and isinstance(f.value, int) and f.value > 0:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            k = span.end if span is not None else len(doc)
            passive = False
            while k < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART"):
                passive = passive or doc[k].lemma_.lower() in ("be", "get")
                k += 1
            if (
                k < len(doc)
                and doc[k].pos_ == "VERB"
                and doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP")
            ):
                role = table.get(doc[k].lemma_.lower(), {}).get("role")
                if role == "subject_person" or (role == "verb_person" and passive):
                    f = replace(f, kind="count", unit="person")
        out.append(f)
    return out


RUNS_BEFORE = {"made", "make", "makes", "scored", "score", "scores", "scoring", "chasing", "chase",
               "posted", "post", "reached", "for", "hit", "hits"}  # fmt: skip
WICKETS_VERBS = {"take", "claim"}  # "took two for 19": two wickets for 19 runs
MAX_WICKETS = 10


def _wickets_after(doc: Doc, i: int) -> bool:
    """Token i is "for" between a score and a number of wickets: "96 for three"."""
    return (
        doc[i].lower_ == "for"
        and i > 0
        and doc[i - 1].like_num
        and i + 1 < len(doc)
        and doc[i + 1].like_num
        and (parse_number(doc[i + 1].text) or 99) <= MAX_WICKETS
    )


def _bowling_figures(doc: Doc, i: int) -> bool:
    """Token i is a verb of taking wickets before "N for M", N no more than ten ("took four for
    61"): bowling figures, in a text that is a cricket report."""
    return (
        doc[i].lemma_.lower() in WICKETS_VERBS
        and i + 3 < len(doc)
        and doc[i + 1].like_num
        and (parse_number(doc[i + 1].text) or 99) <= MAX_WICKETS
        and doc[i + 2].lower_ == "for"
        and doc[i + 3].like_num
        and not (i + 4 < len(doc) and doc[i + 4].pos_ == "NOUN")  # "four for 61 cents"
    )


def _cricket(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """In a cricket report (a ``cricket`` word of counted_nouns.jsonl in the sentence, or a score
    with its wickets, "96 for three"), a bare score counts runs: after "made", "scored", "all out
    for", a possessive ("Gill's 178"), or any verb or preposition ("added 45", "unbeaten on 48",
    "349 behind"); "312 for six" counts six wickets, and so does "took two for 19" (two wickets
    for 19 runs). A number with a noun of its own ("10 overs"), a partitive ("seven of their
    last eight Tests"), a range or tally, and an elided count after a name ("Bumrah took eight
    wickets and Siraj three") are left to the other rules."""
    table = _counted_nouns()
    out = list(facts)
    cricket: dict[int, bool] = {}  # sentence start -> a cricket sentence (once per sentence)
    bowled: set[int] = set()  # sentences with bowling figures ("took four for 61")
    if any(f.kind == "number" for f in facts) and any(
        table.get(t.lower_, {}).get("role") == "cricket" for t in doc
    ):
        report = False  # a cricket sentence came before: bowling figures alone make one too
        for s in sentences(doc):
            cricket[s.start] = any(
                table.get(t.lower_, {}).get("role") == "cricket" or _wickets_after(doc, t.i)
                for t in s
            ) or (report and any(_bowling_figures(doc, t.i) for t in s))
            report = report or cricket[s.start]
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or not 0 <= f.value < 1000:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        if sent.start not in cricket:
            cricket[sent.start] = any(
                table.get(t.lower_, {}).get("role") == "cricket" or _wickets_after(doc, t.i)
                for t in sent
            )
        if not cricket[sent.start]:
            continue
        before = doc[span.start - 1]
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and after.lower_ != "off":
            continue  # "10 overs", "six fours": a noun of its own
        figures_next = (  # "took two for 19": bowling figures, wickets for runs
            after is not None
            and after.lower_ == "for"
            and after.i + 1 < len(doc)
            and doc[after.i + 1].like_num
        )
        if before.lower_ == "for" and span.start > 1 and doc[span.start - 2].like_num:
            # "312 for six"; the runs of bowling figures: "took two for 19"
            bowling = span.start > 2 and doc[span.start - 3].lemma_.lower() in WICKETS_VERBS
            bowling = bowling or (
                sent.start in bowled and out[n - 1].unit == "wicket" and out[n - 1].end < f.start
            )
            unit = "wicket" if f.value <= MAX_WICKETS and not bowling else "run"
            out[n] = replace(f, kind="count", unit=unit)
        elif before.lower_ == "off" and f.group is None:
            out[n] = replace(f, kind="count", unit="ball")  # "reached 50 off 41": balls faced
        elif figures_next and before.lemma_.lower() in WICKETS_VERBS and f.value <= MAX_WICKETS:
            out[n] = replace(f, kind="count", unit="wicket")  # "took two for 19"
            bowled.add(sent.start)
        elif (
            figures_next
            and sent.start in bowled
            and f.value <= MAX_WICKETS
            and before.pos_ in ("PROPN", "CCONJ", "PUNCT")
        ):
            # "took four for 61 and Harlan three for 70": gapped bowling figures
            out[n] = replace(f, kind="count", unit="wicket")
        elif (
            before.lower_ in RUNS_BEFORE
            or (
                after is not None
                and after.lower_ in ("for", "not")
                and after.i + 1 < len(doc)
                and (doc[after.i + 1].like_num or doc[after.i + 1].lower_ == "out")
            )
            or (after is not None and after.lower_ == "to" and doc[after.i + 1 :][:1].text == "win")
            or (
                f.group is None
                and (before.pos_ in ("VERB", "ADP", "ADV") or before.lower_ in ("'s", "’s"))
                and (after is None or (after.lower_ != "of" and after.text not in ("-", "–")))
                and not MORE_AFTER.match(text_of(doc), f.end)
            )
        ):
            out[n] = replace(f, kind="count", unit="run")  # "made 153", "45 for two", "116 not out"
    return out


# "of the", also with a word that picks a part of a series: "seven of their last eight Tests"
# "40 of the 72 families", "3 of 20 schools" (the determiner may be left out)
PARTITIVE = re.compile(
    r" of (?:(?:the|those|these|its|their|his|her|our)(?: [A-Za-z][\w-]*['’]s)?"
    r"(?: (?:last|first|next|past|previous|remaining|other|top|final))? )?",
    re.IGNORECASE,
)
# "surveyed 1,200 farms; of these, 380 reported": the group named again by a pronoun
PARTITIVE_BACK = re.compile(
    r" [a-z][a-z -]{0,40}[;,] (?:and |but )?(?:of|among) (?:these|those|them),? ", re.IGNORECASE
)


# "of its workers", "of the district's schools", "of Acme's staff": a partitive before a noun
PARTITIVE_OF = re.compile(
    r" of (?:(?:the|those|these|its|their|his|her|our|your)(?: [A-Za-z][\w-]*['’]s)?"
    r"|[A-Z][\w.-]*['’]s) (?=[a-z])"
)


def _partitive_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "40 of the 72 families": a bare whole number before "of the" + a count counts the same
    noun (the text leaves it out); so does one after a fronted "Of the 40 passengers, 12"."""
    text = text_of(doc)
    out = list(facts)
    for n in range(len(out) - 1):
        f, nxt = out[n], out[n + 1]
        if (
            f.kind == "number"
            and nxt.kind == "count"
            and isinstance(f.value, int)
            and f.group is None
            and PARTITIVE.fullmatch(text, f.end, nxt.start) is not None
        ):
            out[n] = replace(f, kind="count", unit=nxt.unit)
        elif (
            f.kind == "count"
            and (nxt.kind == "number" or _verb_after(doc, nxt.end, starts))
            and isinstance(nxt.value, int)
            and nxt.group is None
            and (
                (
                    FRONTED_PARTITIVE.search(text, max(0, f.start - 12), f.start) is not None
                    and PARTITIVE_GAP.fullmatch(text, f.end, nxt.start) is not None
                )
                or PARTITIVE_BACK.fullmatch(text, f.end, nxt.start) is not None
            )
        ):
            out[n + 1] = replace(nxt, kind="count", unit=f.unit)  # "Of the 40 passengers, 12"
    return out


# "Seats won: SPD 57, CDU 47", "Injured: 212", "Homes destroyed: 1,340": a short header at a
# line start (a capitalised word and up to three lower-case ones) before a colon.
# a header may stand after a bullet, as key-figure lists write it ("• Employees: 12,400",
# "- Homes destroyed: 1,240"; the bullets of ANNOTATION.md and entities.forms.BULLETS)
# or before a spaced dash and a number ("Deaths — 57", "Homes damaged - 3,400")
# or with its count in brackets before the colon ("Arrested (3): <names>", "Wounded (5): ...")
HEADER_LINE = re.compile(
    r"^[ \t]*(?:[•*\-–—·▪◦‣]+[ \t]+)?([A-Z][A-Za-z]*(?:[ \t]+[a-z]+){0,3})"
    r"(?:[ \t]*:[ \t]*(?=\S)|[ \t]+[-–—][ \t]+(?=\d)|[ \t]*\((?=\d[\d,]*\)[ \t]*:))",
    re.MULTILINE,
)
HEADER_TAIL = {"VERB", "ADJ", "ADV", "PART"}  # "won", "cast", "open" (tagged as verbs), "so far"
# a prepositional phrase may close a header too: "Homes without power", "Released on bail"
HEADER_PHRASE_TAIL = {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"}


def _header_tail(tail: Span) -> bool:
    """Participles, adjectives and adverbs, then at most one prepositional phrase."""
    for n, t in enumerate(tail):
        if t.pos_ == "ADP":
            return all(u.pos_ in HEADER_PHRASE_TAIL for u in tail[n + 1 :])
        if t.pos_ not in HEADER_TAIL:
            return False
    return True


def _participle_header(doc: Doc, start: int, end: int) -> bool:
    """A header that is a past participle alone or before a prepositional phrase ("Charged",
    "Released on bail", "Deported"): it counts what the header beside it counts."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not _header_tail(span[1:]):
        return False
    head = span[0]
    # the tagger reads a capitalised participle alone as a name ("Questioned: 12")
    return head.tag_ in ("VBN", "VBD") or (
        head.tag_ == "NNP" and head.lower_.endswith("ed") and len(head) > 4
    )


def _header_noun(doc: Doc, start: int, end: int) -> str | None:
    """The counted noun a header names: its plural noun ("Seats won" -> "seat", "Women
    elected" -> "woman") or a word for people ("Injured", "Missing" -> "person"), followed only
    by participles or adjectives. None for anything else ("Turnout", "Note", "Source")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    table = _counted_nouns()
    for n, t in enumerate(span):
        low = t.lower_
        row = table.get(low, {})
        if n == 0 and row.get("role") == "person" and len(span) == 1:
            return "person"  # "Injured: 212", as "212 injured"
        if (
            t.tag_ in ("NNS", "NNPS")
            or (t.pos_ in ("NOUN", "PROPN") and _plural_noun(t))
            or _title_plural_word(t)  # "Homes destroyed", "Containers": a header's capital
        ):
            if not _header_tail(span[n + 1 :]):
                return None
            if row.get("role") == "lemma":
                return row["lemma"]
            return _plural_lemma(low) if t.pos_ == "PROPN" else t.lemma_.lower()
    return None


def _header_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """A bare whole number on a line that opens with a header naming a plural noun counts that
    noun: "Seats won: SPD 57, CDU 47" -> 57 seats, "Deaths: 19", "Injured: 212" (people)."""
    text = text_of(doc)
    if not any(f.kind == "number" for f in facts):
        return facts
    lines: list[tuple[int, int, str]] = []  # (from, to, noun): the line after its header
    # a header line: (its line start, its content start, its end, its noun or None for a
    # participle alone, which takes the noun of the header line next to it)
    found: list[tuple[int, int, int, str | None]] = []
    for m in HEADER_LINE.finditer(text):
        noun = _header_noun(doc, m.start(1), m.end(1))
        if noun or _participle_header(doc, m.start(1), m.end(1)):
            eol = text.find("\n", m.end())
            found.append((m.start(), m.end(), len(text) if eol < 0 else eol, noun))
    for _ in range(2):  # down the block, then up: "Arrested: 14", "Charged: 9", "Bailed: 5"
        for n, (lo, start, hi, noun) in enumerate(found):
            if noun is None:
                above = found[n - 1] if n > 0 and found[n - 1][2] + 1 == lo else None
                below = found[n + 1] if n + 1 < len(found) and hi + 1 == found[n + 1][0] else None
                noun = (above[3] if above else None) or (below[3] if below else None)
                found[n] = (lo, start, hi, noun)
    lines = [(start, hi, noun) for _, start, hi, noun in found if noun]
    if not lines:
        return facts
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or f.value < 0:
            continue
        for lo, hi, noun in lines:
            if lo <= f.start < hi and not _noun_follows(doc, f.end, starts):
                out[n] = replace(f, kind="count", unit=noun)
                break
    return out


CELL = re.compile(r"\S+(?: \S+)*")  # a table cell: words with single spaces between
CELL_GAP = re.compile(r"(?: {2,}|\t)")
PIPE_CELL = re.compile(r"[^|\s](?:[^|]*[^|\s])?")  # a cell between pipes: "North | 1,204 | 45"


# a line that is a name and a number only: "Labour 412", "• Lib Dem 72", "Kenya 3"
RESULT_ROW = re.compile(
    r"[ \t]*(?:[•*·▪-]+[ \t]+)?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}[ \t]+\d[\d,.]*"
)


def _result_row(text: str, pos: int) -> bool:
    """The number at ``pos`` ends a line that is a name and a number, and the line before or
    after it has the same shape: rows of a results list, not a designation ("Phase 1")."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi

    def row(a: int, b: int) -> bool:
        return RESULT_ROW.fullmatch(text, a, b) is not None

    if not row(lo, hi):
        return False
    before = text.rfind("\n", 0, lo - 1) + 1 if lo > 0 else -1
    after = text.find("\n", hi + 1) if hi < len(text) else -1
    return (before >= 0 and row(before, lo - 1)) or (
        hi < len(text) and row(hi + 1, len(text) if after < 0 else after)
    )


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The cells of the line text[lo:hi] where two spaces, a tab or pipes part them, else None."""
    line = text[lo:hi]
    if line.count("|") >= 2 or line.strip(" |").count(" | "):  # a table written with pipes
        return [(lo + m.start(), lo + m.end()) for m in PIPE_CELL.finditer(line)]
    if CELL_GAP.search(line.strip()) is None:
        return None
    return [(lo + m.start(), lo + m.end()) for m in CELL.finditer(line)]


def _row_label_noun(doc: Doc, text: str, cells: list[tuple[int, int]]) -> str | None:
    """The noun a row label counts in a table of a label and numbers: "Flights cancelled  430",
    "Injured  140". A team or place alone ("Rangers  30  19  58", "Tigers  9  6") labels a row
    of plain numbers: the label must have a lower-case word after its noun or be a word for
    people."""
    if len(cells) < 2:
        return None
    a, b = cells[0]
    label = text[a:b]
    if not label[:1].isupper() or any(c.isdigit() for c in label):
        return None
    if not all(text[c:d][:1].isdigit() or text[c:d][:1] in "+-–" for c, d in cells[1:]):
        return None
    span = doc.char_span(a, b, alignment_mode="expand")
    if (
        span is None
        or not (
            _counted_nouns().get(span[0].lower_, {}).get("role") == "person"  # "Injured"
            or any(t.text[:1].islower() for t in span[1:] if t.is_alpha)
        )
    ):
        return None
    return _header_noun(doc, a, b)


def _column_count(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """A bare number in a column under a header that names a plural noun counts that noun:
    "Province  Cases  Deaths" over "Equateur  1,204  45" -> 1,204 cases, 45 deaths. Cells are
    parted by two spaces or a tab; a data line with as many cells as its header is read, until
    a line of another shape."""
    text = text_of(doc)
    if "  " not in text and "\t" not in text and " | " not in text:
        return facts
    nouns: dict[tuple[int, int], str] = {}  # a data cell -> the noun its column counts
    header: list[str | None] | None = None
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        cells = _cells(text, lo, hi)
        if cells is None:
            header = None
            continue
        words = [text[a:b] for a, b in cells]
        if all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
            header = [_header_noun(doc, a, b) for a, b in cells]
            header = header if any(header) else None
            continue
        row_noun = _row_label_noun(doc, text, cells)
        if header is None or len(cells) != len(header):
            header = None
            for cell in cells[1:] if row_noun else ():
                nouns[cell] = row_noun  # type: ignore[assignment]
            continue
        for k, (cell, noun) in enumerate(zip(cells, header, strict=True)):
            if noun or (row_noun and k > 0):
                nouns[cell] = noun or row_noun  # type: ignore[assignment]
    if not nouns:
        return facts
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind == "number" and isinstance(f.value, int) and f.value >= 0:
            noun = nouns.get((f.start, f.end))
            if noun:
                out[n] = replace(f, kind="count", unit=noun)
    return out


AGAIN_BEFORE = re.compile(r"\b(?:the|these|those|all)[ \t]+$", re.IGNORECASE)


def _named_again(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "Arrested (4): ... Two of the four had convictions": a bare number after "the" with no
    noun after it names again the group an earlier count of the same value counts."""
    text = text_of(doc)
    out = list(facts)
    seen: dict[float, str] = {}  # value -> the noun of the last count of that value
    for n, f in enumerate(facts):
        if f.kind == "count" and f.unit:
            seen[f.value] = f.unit
        elif (
            f.kind == "number"
            and isinstance(f.value, int)
            and f.value in seen
            and f.group is None
            and AGAIN_BEFORE.search(text, max(0, f.start - 8), f.start) is not None
            and not _noun_follows(doc, f.end, starts)
        ):
            out[n] = replace(f, kind="count", unit=seen[f.value])
    return out


def _verb_after(doc: Doc, end: int, starts: list[int]) -> bool:
    """A verb in the past right after the number, which the noun search read as a participle
    before a noun ("27 needed hospital treatment": the number is the verb's subject)."""
    i = bisect_left(starts, end)
    # "nine were women": a copula's plural noun is what the number counts (kept as read)
    return i < len(doc) and doc[i].tag_ in ("VBD", "VBN") and doc[i].lemma_ != "be"


FRONTED_PARTITIVE = re.compile(r"\b(?:[Oo]f|[Aa]mong) (?:the|those|these|its|their) $")
PARTITIVE_GAP = re.compile(r" [a-z][a-z -]{0,40}, ")


def _cents_currency(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Shares rose 8 cents to A$4.12": an amount in cents alone takes the currency of the
    nearest amount with a currency in the same sentence ("cents" alone reads as USD).
    One pass and a bisect per amount in cents: linear-logarithmic in the figures."""
    text = text_of(doc)
    if not any(f.kind == "money" and f.unit == "USD" for f in facts):
        return facts
    sent_starts = [s.start_char for s in sentences(doc)]
    cents = [
        f.kind == "money"
        and f.unit == "USD"
        and "$" not in text[f.start : f.end]
        and CENTS.search(text, f.start, f.end) is not None
        for f in facts
    ]
    named: dict[int, tuple[list[int], list[str | None]]] = {}  # sentence -> (starts, units)
    for f, is_cents in zip(facts, cents, strict=True):
        if f.kind == "money" and not is_cents:
            starts, units = named.setdefault(bisect_right(sent_starts, f.start), ([], []))
            starts.append(f.start)
            units.append(f.unit)
    out = list(facts)
    for n, f in enumerate(facts):
        if not cents[n]:
            continue
        starts, units = named.get(bisect_right(sent_starts, f.start), ([], []))
        if not starts:
            continue
        k = bisect_left(starts, f.start)
        near = [x for x in (k - 1, k) if 0 <= x < len(starts)]
        best = min(near, key=lambda x: abs(starts[x] - f.start))
        out[n] = replace(f, unit=units[best])
    return out


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
    + "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"[ \t]+") for w in COMPARE_WORDS), key=len, reverse=True
        )
    )
    + r")[ \t]+(?:(?:a|an)[ \t]+(?:[a-z]+[ \t]+){0,2}of[ \t]+)?"
)


def _carry_unit(
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
                    and not _noun_follows(doc, f.end, starts)
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
            if base is not None and f.start not in scores and not _noun_follows(doc, f.end, starts):
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


MAGNITUDE_WORDS = figure_words("magnitude_word")
WORD_BEFORE = re.compile(r"(\w+)[ \t]*[-–]?[ \t]*$")
TEMPERATURE_WORDS = figure_words("temperature_word")
TEMPERATURE_UNITS = ("°C", "°F")
FAHRENHEIT_COUNTRIES = figure_words("fahrenheit_country")
DEGREE_NOUNS = ("degree", "°", "º")  # what a count of "degrees" or "45°" took as its noun
# "degrees" after a number, not of an angle or a bearing ("turned 180 degrees to the north")
DEGREES_AFTER = re.compile(
    r"(?:[ \t]+degrees?\b|[ \t]*[-–][ \t]*degree\b)(?![ \t]+(?:of|to|north|south|east|west)\b)"
    r"|[°º](?![A-Za-z\d]|[ \t][NSEW]\b)"  # "38.5°" alone, not "40°N" nor "46°C" (scan's)
)
# the words a temperature noun governs its number through: "a high of 38", "lows near minus 8",
# "temperatures reached 41", "the mercury could hit 40"
TEMPERATURE_GAP_POS = ("ADP", "VERB", "AUX", "ADV", "PART")


def _carry_temperature(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """In a text that writes a temperature with its unit ("46C", "88F"), a number with the unit
    left out is a temperature in that unit (the nearest one before it, else after it): one
    before "degrees" ("six degrees above normal", "minus 30 degrees", the span taking
    "degrees"), one a temperature noun governs ("a high of 38", models/figure_words.jsonl
    temperature_word), and "minus 8"."""
    temps = [f for f in facts if f.kind == "quantity" and f.unit in TEMPERATURE_UNITS]
    text = text_of(doc)
    if not temps:
        return _dateline_degrees(doc, text, facts)
    sent_starts = [s.start_char for s in sentences(doc)]
    near = {bisect_right(sent_starts, t.start) + d for t in temps for d in (0, 1)}
    # a range of bare numbers with "degrees" after its last end ("5-7 degrees above average"):
    # each end is a temperature difference, the span of the last taking "degrees"
    last_end = {f.group: f for f in facts if f.group is not None}
    degree_groups = {
        g
        for g, f in last_end.items()
        if all(x.kind in ("number", "count") for x in facts if x.group == g)
        and (f.kind == "number" or f.unit in DEGREE_NOUNS)
        and DEGREES_AFTER.match(text, f.end) is not None
    }
    out: list[FigureFact] = []
    for f in facts:
        bare = f.kind == "number" or (f.kind == "count" and f.unit in DEGREE_NOUNS)
        if bare and f.group is not None and f.group in degree_groups:
            m = DEGREES_AFTER.match(text, last_end[f.group].end)
            if bisect_right(sent_starts, f.start) in near and m is not None:
                before = [t for t in temps if t.end <= f.start]
                unit = (before[-1] if before else temps[0]).unit
                end = m.end() if last_end[f.group] is f else f.end
                f = replace(f, end=end, kind="quantity", unit=unit)
        elif bare and f.group is None:
            m = DEGREES_AFTER.match(text, f.end)
            # "degrees" and "minus" in or right after a sentence with a temperature
            close = bisect_right(sent_starts, f.start) in near
            if (m is not None and close) or (
                f.kind == "number"
                and (
                    (close and text[f.start : f.start + 6].lower() == "minus ")
                    or _temperature_of(doc, f)
                )
            ):
                before = [t for t in temps if t.end <= f.start]
                unit = (before[-1] if before else temps[0]).unit
                f = replace(f, end=m.end() if m else f.end, kind="quantity", unit=unit)
        out.append(f)
    return out


def _dateline_degrees(doc: Doc, text: str, facts: list[FigureFact]) -> list[FigureFact]:
    """With no temperature written with its unit, "N degrees" that a temperature noun governs
    ("Temperatures could hit 40 degrees") is in the scale of the dateline's country: Fahrenheit
    where weather reports use it (models/figure_words.jsonl fahrenheit_country), else Celsius;
    with no dateline, of the one country the text's places name ("Temperatures of 45 degrees
    were recorded in Delhi"); with none it is left alone."""
    country = None
    out: list[FigureFact] = []
    for f in facts:
        m = DEGREES_AFTER.match(text, f.end) if f.kind in ("number", "count") else None
        if (
            m is not None
            and f.group is None
            and (f.kind == "number" or f.unit in DEGREE_NOUNS)
            and _temperature_of(doc, f)
        ):
            mentioned = _mentioned_country(doc)
            country = country or _dateline_country(text) or (mentioned[0] if mentioned else "")
            if country:
                unit = "°F" if country in FAHRENHEIT_COUNTRIES else "°C"
                f = replace(f, end=m.end(), kind="quantity", unit=unit)
        out.append(f)
    return out


def _temperature_of(doc: Doc, f: FigureFact) -> bool:
    """A temperature noun governs the number: "a high of 38", "temperatures reached 41"."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    for _ in range(4):
        if k < 0:
            return False
        tok = doc[k]
        if tok.lower_ in TEMPERATURE_WORDS or tok.lemma_.lower() in TEMPERATURE_WORDS:
            return tok.pos_ in ("NOUN", "ADJ", "PROPN")  # "a high of", not "rose high to"
        if tok.pos_ not in TEMPERATURE_GAP_POS:
            return False
        k -= 1
    return False


# "5, 10 and 15 mg": the gaps of a list of amounts
LIST_COMMA = re.compile(r",[ \t]*")
LIST_LAST = re.compile(r",?[ \t]+(?:and|or)[ \t]+")
SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def _carry_list_unit(text: str, facts: list[FigureFact], scores: set[int]) -> list[FigureFact]:
    """The bare numbers of a list whose last item has a unit take that unit, as the first end of
    a range does ("doses of 5, 10 and 15 mg" -> 5 mg, 10 mg; "12, 14 and 16 children"). Not before a scaled
    last item ("5, 10 and 15 million tonnes" leaves the scale in doubt), nor in score lines."""
    out = list(facts)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if (
            last.kind not in ("quantity", "percent", "count")
            or last.group is not None
            or SCALE_WORD.search(text, last.start, last.end)
        ):
            continue
        j, gap, items = i - 1, LIST_LAST, []
        while j >= 0:
            f = out[j]
            same = f.kind == last.kind and f.unit == last.unit  # "14 and 16 children" is read
            if (
                (f.kind != "number" and not same)
                or f.group is not None
                or f.start in scores
                or not isinstance(f.value, (int, float))
                or gap.fullmatch(text, f.end, out[j + 1].start) is None
            ):
                break
            items.append(j)
            j, gap = j - 1, LIST_COMMA
        if len(items) >= 2:  # a list, not "magnitude 4.1 and 10 km" (a range is scan's)
            for j in items:
                out[j] = replace(out[j], kind=last.kind, unit=last.unit)
    return out


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


def _million_after_money(text: str, f: Found, prev: Found | None) -> bool:
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


# "to 5.62 per dollar", "at 83.4 to the dollar": a rate against a currency named after it
PER_CURRENCY = re.compile(r"[ \t]+(?:per|to the|against the)[ \t]+(?:U\.?S\.?[ \t]+)?([a-z]+)\b")


def _exchange_rates(
    doc: Doc, facts: list[FigureFact], local: tuple[str, frozenset[str]] | None
) -> list[FigureFact]:
    """A bare number before "per dollar" ("to the euro") is the price of that currency in the
    currency the sentence names before it ("the real", "Brazil's real"): "The real firmed to
    5.62 per dollar" -> 5.62 BRL; "the rupee closed at 83.42 to the dollar" -> INR."""
    text = text_of(doc)
    words = currencies().words
    out = list(facts)
    for n, f in enumerate(facts):
        m = PER_CURRENCY.match(text, f.end) if f.kind == "number" else None
        if m is None or m.group(1) not in words:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        lo = span.sent.start if doc.has_annotation("SENT_START") else 0
        for t in reversed(doc[lo : span.start]):
            if t.i < 1 or t.lower_ == m.group(1) or not t.is_alpha:
                continue
            code = _currency_named(doc, t, local)
            if code is not None:
                out[n] = replace(f, kind="money", unit=code)
                break
    return out


def _currency_named(doc: Doc, t: Token, local: tuple[str, frozenset[str]] | None) -> str | None:
    """The currency a noun phrase ending at token t names: "the real", "the Egyptian pound",
    "Kenya's shilling" (the country's currency, CLDR), "the shilling" in a Nairobi dateline."""
    low, before = t.lower_, doc[t.i - 1]
    words = currencies().words
    det = t.i > 1 and doc[t.i - 2].lower_ in ("the", "'s", "’s")
    if det and f"{before.lower_} {low}" in words:
        return words[f"{before.lower_} {low}"]  # "the Egyptian pound"
    if before.lower_ in ("'s", "’s") and t.i > 1:
        country = place_country(doc[t.i - 2].text)
        found = local_currency(country) if country is not None else None
        if found is not None and low in found[1]:
            return found[0]  # "Kenya's shilling"
    if before.lower_ not in ("the", "'s", "’s"):
        return None
    if local is not None and low in local[1]:
        return local[0]
    return words.get(low)


def _mentioned_currency(doc: Doc, day: dt.date | None = None) -> tuple[str, frozenset[str]] | None:
    """With no dateline: the currency of the one country the text's places name, where that is
    not the U.S. ("The Government of Canada is investing $12.5 million in Ontario" -> CAD);
    none where places of two countries are named ("a Toronto firm bought a U.S. lender"). A
    bare "$" is that country's dollar only where two of its places are named (the country and a
    province, two cities): a text that names the country once ("Chevron's Gorgon project in
    Australia has cost $54 billion") writes about it from elsewhere, in U.S. dollars."""
    found = _mentioned_country(doc)
    if found is None or found[0] == "US":
        return None
    local = local_currency(found[0], day)
    if local is None or found[1] > 1:
        return local
    return _without_bare_dollar(local)


def _country_currencies(
    doc: Doc, found: list[Found], local: tuple[str, frozenset[str]] | None, day: dt.date | None
) -> list[Found]:
    """A currency's word that other countries' currencies share ("pesos", "CFA francs",
    "crowns", "rupees") is the currency of the country named last before it in its sentence,
    by a place or a nationality, where the text's own currency does not name it: "its
    Mexican unit earned 2.4 billion pesos" -> MXN, "The Danish firm paid 12 million crowns" ->
    DKK (CLDR via babel; only the currency's words, never a symbol such as "$"). A country whose
    CLDR name is not the one the text writes ("Ivory Coast" for "Côte d’Ivoire") is not found."""
    if not any(f.kind != "money" or _home_word(readable_text(doc), f, local) for f in found):
        return found
    text = readable_text(doc)
    out = list(found)
    line = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    dateline_end = line.end() if line is not None else 0
    # the countries the text's places name, read once: ``Span.ents`` walks the whole Doc on
    # every call, which made this loop quadratic in the sentences (about 5% of a corpus run)
    named: list[tuple[int, int, str]] | None = None
    for sent in sentences(doc):
        lo, hi = sent.start_char, sent.end_char
        spots = [
            n
            for n, f in enumerate(out)
            if lo <= f.start and f.end <= hi and (f.kind != "money" or _home_word(text, f, local))
        ]
        if not spots:
            continue
        if named is None:
            named = [
                (e.start_char, e.end_char, c)
                for e in doc.ents
                if (c := _ent_country(e)) is not None
            ]
        places = [(at, c) for at, end, c in named if lo <= at and end <= hi]
        for n in spots:
            f = out[n]
            home = f.kind == "money"  # "272 rupees" read in the dateline's currency
            if not home and not _currency_word_after(text, f.end):
                continue  # (first: a country's currency costs a read of its CLDR locales)
            country = next((c for at, c in reversed(places) if at < f.start), None)
            if country is None or country == "US":
                continue
            theirs = local_currency(country, day)
            if theirs is None or (local is not None and theirs[0] == local[0]):
                continue
            words = frozenset(
                w for w in theirs[1] if len(w) > 2 and w == w.lower() and w[:1].isalpha()
            )
            if not words:
                continue
            if home:
                # "NEW DELHI - ... In Pakistan, petrol rose to 272 rupees": the word both
                # countries' currencies share is the one of the country the sentence is about,
                # where it names no place of the dateline's country
                assert local is not None
                last = text[f.start : f.end].rsplit(None, 1)[-1].lower()
                at = next(a for a, c in reversed(places) if a < f.start)
                if CLAUSE_BREAK.search(text, at, f.start) is not None:
                    continue  # "The Danish firm paid ..., and Equinor paid 40 million kroner"
                if last in words and not any(
                    (c2 := local_currency(c, day)) is not None and c2[0] == local[0]
                    for at, c in places
                    if at >= dateline_end
                ):
                    out[n] = replace(f, unit=theirs[0])
                continue
            for g in scan(text[lo:hi], (theirs[0], words)):
                if (
                    g.kind == "money"
                    and g.group is None
                    and g.start + lo == f.start
                    and g.end + lo > f.end
                ):
                    out[n] = replace(
                        g,
                        start=g.start + lo,
                        end=g.end + lo,
                        hedge_start=None if g.hedge_start is None else g.hedge_start + lo,
                    )
                    break
    return out


# a new clause between a country's name and an amount: the amount is not said of that country
CLAUSE_BREAK = re.compile(r"[,;][ \t]+(?:and|but|while|whereas)\b|;|\b(?:while|whereas)\b")


def _home_word(text: str, f: Found, local: tuple[str, frozenset[str]] | None) -> bool:
    """Money read in the dateline's currency by a word of its name after the number that other
    currencies share ("272 rupees", "4,500 pesos"), with no symbol or code of its own."""
    if f.kind != "money" or local is None or f.unit != local[0] or f.group is not None:
        return False
    span = text[f.start : f.end]
    last = span.rsplit(None, 1)[-1].lower() if " " in span else ""
    return last in _currency_name_words() and last in local[1] and span[:1].isdigit()


_WORDS_AFTER = re.compile(r"[^\S\n]*([A-Za-z]+)(?:[^\S\n]+([A-Za-z]+))?")


@cache
def _currency_name_words() -> frozenset[str]:
    """The head words of currency names, lower case ("pesos", "francs", "crowns")."""
    table = currencies()
    phrases = (*table.words, *table.generic)
    return frozenset(p.rsplit(" ", 1)[-1].lower() for p in phrases)


def _currency_word_after(text: str, end: int) -> bool:
    """One of the two words after ``end`` is a word of a currency's name ("2.4 billion pesos",
    "2,200 CFA francs")."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(
        w is not None and w.lower() in _currency_name_words() for w in m.groups()
    )


def _ent_country(ent: Span) -> str | None:
    """The country (ISO code) a place or nationality names ("Ivory Coast", "Mexican")."""
    if ent.label_ == "GPE":
        # NER's span may open with "the": "In the United States" is the U.S.
        return place_country(THE_START.sub("", POSSESSIVE.sub("", ent.text)))
    if ent.label_ == "NORP":
        name = demonym_countries().get(ent.text)
        return place_country(name) if name is not None else None
    if ent.label_ in ("PERSON", "ORG"):
        # "Nepal will pay 15,000 rupees": NER typed a country's own name as a person or body;
        # only a country's CLDR name, not a town's ("Victoria Kettley" stays a person)
        return country_code(POSSESSIVE.sub("", ent.text))
    return None


def _mentioned_country(doc: Doc) -> tuple[str, int] | None:
    """The one country (ISO code) that the text's places name, if they name one, and how many
    names of its places the text writes."""
    names = {POSSESSIVE.sub("", e.text) for e in doc.ents if e.label_ == "GPE" and len(e.text) < 40}
    if not names or len(names) > MAX_PLACE_NAMES:
        return None
    countries = {place_country(name) for name in names}
    country = countries.pop() if len(countries) == 1 else None
    return (country, len(names)) if country is not None else None


def _dateline_country(text: str) -> str | None:
    """The ISO country code of the text's dateline, if any."""
    m = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    return place_country(m.group(1), m.group(2)) if m is not None else None


def _local_currency(
    country: str | None, day: dt.date | None = None
) -> tuple[str, frozenset[str]] | None:
    """The currency (and its symbols) of the dateline's country on the text's date
    ("FRANKFURT" in 1995: marks), if any."""
    return local_currency(country, day) if country is not None and country != "US" else None


def _us_dollar_text(
    text: str, local: tuple[str, frozenset[str]] | None, dateline: str | None
) -> tuple[str, frozenset[str]] | None:
    """``local`` without its bare dollar ("$", "dollars") in agency copy filed outside the
    agency's home country ("SINGAPORE (Reuters) -", "TORONTO (AP) -"): international wire style
    writes "$" for U.S. dollars wherever it files and prefixes any other ("S$", "C$"). An
    agency at home keeps the local dollar ("SYDNEY (AAP) -": AUD), and so does a text without
    a credit: a Canadian release's "$" is CAD, and so is a bare "$" after "A$" (the team's
    reading in own-figures-dev7 and dev8)."""
    if local is None or "$" not in local[1]:
        return local
    homes = wire_agency_countries(text)
    if not homes or dateline in homes:
        return local
    return _without_bare_dollar(local)


def _without_bare_dollar(local: tuple[str, frozenset[str]]) -> tuple[str, frozenset[str]]:
    """``local`` without its bare dollar ("$", "dollar", "dollars"): "S$", "C$" still read."""
    code, symbols = local
    return code, frozenset(s for s in symbols if s not in ("$", "dollar", "dollars"))


def _local_dollars(
    doc: Doc, facts: list[FigureFact], local: tuple[str, frozenset[str]] | None
) -> list[FigureFact]:
    """A bare "$" (or "dollars", "cents") in a text from a dollar country other than the U.S.
    is that country's dollar (a dateline "HALIFAX, Nova Scotia" -> CAD), as ANNOTATION.md
    reads it, unless what it prices is priced in U.S. dollars the world over (``_world_priced``:
    "$84 a barrel", "the IMF will lend $400 million") and the text does not mark the U.S.
    dollar itself ("US$", "USD", "U.S. dollars": there a bare "$" is the local one)."""
    if local is None or "$" not in local[1] or not any(f.unit == "USD" for f in facts):
        return facts
    text = text_of(doc)
    code = local[0]
    marked = US_DOLLAR_MARK.search(text) is not None
    out = list(facts)
    for n in reversed(range(len(facts))):  # from the end: cents follow the amount after them
        f = facts[n]
        if (
            f.unit != "USD"
            or not BARE_DOLLAR.search(text, f.start, f.end)
            or "USD" in text[f.start : f.end]
        ):
            continue
        if _us_sentence(doc, f, local):
            continue  # "will build a $10 billion plant in Ohio" from Taipei
        if marked or not _world_priced(doc, out, n):
            out[n] = replace(f, unit=code)
    return out


CONTRAST = re.compile(r"\b(?:while|whereas|but)\b|;")  # a clause about something else
# the same amount in another dollar: "S$1.2 billion ($900 million)", "HK$9.8 billion, or $1.3"
RESTATED_AS = re.compile(r"[ \t]*(?:\(|,?[ \t]+or\b)")


def _marked_dollars(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """A bare "$" after an amount of the same sentence in a dollar marked with its country's
    letters is in that dollar, where no other dollar stands between and it restates nothing in
    brackets or after "or" and no clause of contrast parts them: "A$2 billion on housing and $300 million on
    roads" -> AUD, in a London text too ("S$1.2 billion ($900 million)" stays a conversion,
    "NZ$2 billion ..., while United will spend $5 billion" the dateline's reading)."""
    text = text_of(doc)
    if MARKED_DOLLAR.search(text) is None:
        return facts
    sent_starts = [s.start_char for s in sentences(doc)]
    out = list(facts)
    marked: tuple[int, str, int] | None = None  # (sentence, currency, end) of the last dollar
    for n, f in enumerate(out):
        if f.kind != "money" or "$" not in text[f.start : f.end]:
            continue
        sent = bisect_right(sent_starts, f.start)
        span = text[f.start : f.end]
        if MARKED_DOLLAR.search(span) is not None and f.unit not in (None, "USD"):
            marked = (sent, f.unit, f.end)
            continue
        bare = BARE_DOLLAR.search(span) is not None and "US$" not in span
        if (
            bare
            and marked is not None
            and marked[0] == sent
            and f.unit != marked[1]
            and RESTATED_AS.match(text, marked[2]) is None
            and CONTRAST.search(text, marked[2], f.start) is None
        ):
            out[n] = replace(f, unit=marked[1])
            continue
        marked = None  # another dollar between: "C$5 million and US$2 million ... $1 million"
    return out


def _us_sentence(doc: Doc, f: FigureFact, local: tuple[str, frozenset[str]]) -> bool:
    """The sentence of a bare "$" names the United States ("U.S.", a U.S. place)
    and, past the dateline, no place or people of the text's own dollar country: what it prices
    is in the U.S., in U.S. dollars ("TAIPEI - Foxconn will build a $10 billion plant in
    Ohio"; "TORONTO - The Ontario government will spend $5 million on a bridge to Michigan"
    and "OTTAWA - Canada will buy $2 billion of U.S. jets" stay CAD)."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    text = text_of(doc)
    dateline = DATELINE_PLACE.match(text) or TITLE_DATELINE.match(text)
    after = dateline.end() if dateline is not None and sent.start_char == 0 else sent.start_char
    us = False
    for e in sent.ents:
        if e.start_char >= after and e.label_ == "GPE" and _ent_country(e) == "US":
            us = True
    us = us or any(t.text in US_NAMES for t in sent if t.idx >= after)
    if not us:
        return False
    for t in sent:
        if t.idx < after or t.pos_ not in ("PROPN", "ADJ") or not t.text[:1].isupper():
            continue
        name = demonym_countries().get(t.text) or t.text
        country = place_country(name)
        if country is not None and country != "US":
            found = local_currency(country)
            if found is not None and found[0] == local[0]:
                return False  # "Ontario", "Canadian": the home country is named too
    return True


US_NAMES = frozenset({"U.S.", "U.S.A.", "USA"})  # a place, not "American buyers"


@cache
def _world_phrases() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The lenders (``world_lender``) and the goods of several words (``world_priced``) as
    whole words of a lower-case clause, compiled once."""

    def words(names: Iterable[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    goods = [g for g in figure_words("world_priced") if " " in g]
    lenders = re.compile(rf"\b(?:{words(figure_words('world_lender'))})\b")
    return lenders, re.compile(rf"\b(?:{words(goods)})\b") if goods else None


def _world_priced(doc: Doc, facts: list[FigureFact], n: int) -> bool:
    """Evidence that the bare-dollar amount ``facts[n]`` is in U.S. dollars in copy from another
    dollar country: a world price after it ("$84.10 a barrel", "$2,310 an ounce",
    ``trade_unit``; a price per tonne only with such a good in its clause, since "a carbon
    price of $95 a tonne" is the country's own); a good or lender in its clause before it that trades or lends in U.S.
    dollars ("Bitcoin jumped 6% to $101,200", "The World Bank approved a $500 million loan";
    ``world_priced``, ``world_lender``); brackets after an amount in another currency
    ("HK$35.7 billion ($4.6 billion)": the conversion); cents that a change moves to such an
    amount ("silver added 31 cents to $30.12")."""
    text = text_of(doc)
    f = facts[n]
    rate = TRADE_RATE.match(text, f.end)
    if rate is not None and not WEIGHT_RATE.search(rate.group()):
        return True  # a barrel, an ounce, a bushel: whatever the clause names
    nxt = facts[n + 1] if n + 1 < len(facts) else None
    if (
        nxt is not None
        and CENTS.search(text, f.start, f.end)
        and text[f.end : nxt.start] == " to "
        and nxt.unit == "USD"
    ):
        return True
    prev = facts[n - 1] if n > 0 else None
    if (
        prev is not None
        and prev.kind == "money"
        and prev.unit != "USD"
        and text[prev.end : f.start] == " ("
    ):
        return True
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    goods = figure_words("world_priced")
    lo = span.sent.start if doc.has_annotation("SENT_START") else 0
    clause: list[Token] = []
    for t in reversed(doc[lo : span.start]):
        if t.text in (",", ";", ":") or t.lower_ in CLAUSE_BREAKS:
            break  # "assumes oil at $74 a barrel and forecasts a deficit of $5.2 billion"
        clause.insert(0, t)
    words = " ".join(t.lower_ for t in clause)
    # by the words, not NER's types: a dateline runs into the name ("June 8 - The IMF" as DATE)
    lenders, phrases = _world_phrases()
    if lenders.search(words):
        return True
    return any(
        (t.lower_ in goods or t.lemma_.lower() in goods)
        and not (t.text[:1].isupper() and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
        for t in clause
    ) or (phrases is not None and phrases.search(words) is not None)
    # "Gold Fields", "Oil Search": a firm's name prices nothing


def _subject_of_expectation(doc: Doc, f: Found) -> bool:
    """ "fewer than the 135,000 economists had expected", "short of the 120,000 analysts had
    forecast": after a word of comparison and "the", the noun after the number is the subject
    of a reporting verb that has no object, so the number counts what it is compared with."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span.start < 2 or span.end + 1 >= len(doc):
        return False
    word = doc[span.start - 2]
    if doc[span.start - 1].lower_ != "the" or not (
        word.lower_ in COMPARISON_WORDS or word.tag_ in ("VBG", "VBD")  # "missing the", "beat the"
    ):
        return False
    k = span.end
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN") and doc[k + 1 : k + 2].text != "":
        if doc[k + 1].pos_ not in ("ADJ", "NOUN"):
            break
        k += 1
    if doc[k].tag_ != "NNS":
        return False
    k += 1
    while k < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART"):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in cues():
        return False
    return k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].is_space


def _elided_noun(doc: Doc, f: Found) -> str | None:
    """The noun of a count the text leaves out, read from the words before it (the pipeline
    has no parser): after a verb of harm it counts people ("floods kill 23"); after a verb of
    change or level, the plural noun before that verb is what is counted ("Arrivals fell to
    about 412,000", "Admissions reached 1,200")."""
    span = doc.char_span(
        f.hedge_start if f.hedge_start is not None else f.start, f.end, alignment_mode="expand"
    )
    if span is None or span.start == 0:
        return None
    table = _counted_nouns()
    if (
        span.start > 1
        and doc[span.start - 1].lower_ == "of"
        and table.get(doc[span.start - 2].lemma_.lower(), {}).get("role") == "group_person"
    ):
        return "person"  # "a crew of 14", "a workforce of 3,800"
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].tag_ == "VB"
        and doc[span.end + 1].lower_ != "win"  # "needed 94 to win": a target score
        and doc[span.start - 1].pos_ == "VERB"
    ):
        return "person"  # "forced 50,000 to evacuate": the people made to act
    k = span.start - 1
    if doc[k].lower_ in ("to", "at", "by") and k > 0:
        k -= 1
        if doc[k].pos_ != "VERB" and doc[k + 1].lower_ == "to":
            k = _change_verb_before(doc, k)  # "Arrivals rose 14% to 2.3 million"
    verb = doc[k]
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if (
        table.get(lemma, {}).get("role") == "verb_person"
        and k == span.start - 1
        and RANGE_ON.match(text_of(doc), f.end) is None  # "hired 200-250 engineers"
    ):
        return "person"
    if lemma not in CHANGE_VERBS and lemma not in LEVEL_VERBS:
        return None
    counted = _number_of(doc, k)
    if counted is not None:
        return counted  # "The number of people out of work fell by 310,000"
    k -= 1
    while k >= 0 and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].ent_type_ == "DATE"):
        k -= 1  # "The toll this year has reached 612"
    k = _head_before_phrase(doc, k)  # "Measles cases in Europe rose to 127,350"
    subj = doc[k] if k >= 0 else None
    if subj is not None and table.get(subj.lower_, {}).get("role") == "person":
        return "person"  # "the registered jobless fell by 12,000": people are counted
    if subj is None or subj.pos_ != "NOUN":
        return None
    if subj.lemma_.lower() in CHANGE_NOUNS and k > 0 and doc[k - 1].pos_ == "NOUN":
        return doc[k - 1].lemma_.lower()  # "job growth averaged 126,000": jobs are counted
    implied = table.get(subj.lemma_.lower(), {})
    if implied.get("role") == "implies":
        return implied["lemma"]  # "The toll had stood at 31": deaths
    if implied.get("role") == "group_person":
        return "person"  # "The crowd swelled to 45,000", "Mexico's population reached 130 million"
    if subj.tag_ != "NNS" or subj.lemma_.lower() in LEVEL_NOUNS:
        return None
    row = table.get(subj.lower_)
    return row["lemma"] if row is not None and row["role"] == "lemma" else subj.lemma_.lower()


PER_NUMBER_AFTER = re.compile(r"[ \t]+per[ \t]+\d")  # the denominator of a rate after a number
RANGE_ON = re.compile(r"[ \t]*(?:[-–]|to[ \t])[ \t]*\d")  # the first end of a range
PHRASE_WORDS = ("DET", "ADJ", "PROPN", "NOUN", "NUM")
# Subjects whose level is no count of them: "Prices rose 3% to 2,412".
LEVEL_NOUNS = figure_words("level_noun")
MAX_CHANGE_GAP = 8  # tokens between a verb of change and the "to" of its level
PERCENT_WORDS = {"%", "percent", "pct", "cent", "points", "point"}


def _change_verb_before(doc: Doc, k: int) -> int:
    """The verb of change or level whose change ends at token k, with the amount of the change
    and dates between ("rose 14% to", "fell 3.2 per cent in March to"): its index, else k. Stops
    at punctuation and at any other verb."""
    lo = doc[k].sent.start if doc.has_annotation("SENT_START") else 0
    for j in range(k, max(lo, k - MAX_CHANGE_GAP) - 1, -1):
        t = doc[j]
        if t.is_punct and t.text != "%":
            return k
        if t.pos_ in ("VERB", "AUX"):
            lemma = t.lemma_.lower()
            if lemma not in CHANGE_VERBS and t.lower_ not in CHANGE_VERBS:
                return k
            gap = doc[j + 1 : k + 1]
            digits = any(g.like_num and not g.is_alpha for g in gap)  # not "by a third"
            if digits and not any(g.lower_ in PERCENT_WORDS for g in gap):
                return k  # "rose 12,350 tonnes to 187,900": the level is in the change's unit
            return j
    return k


def _head_before_phrase(doc: Doc, k: int) -> int:
    """The token before a prepositional phrase that ends at token k, where it is a plural noun
    (the subject's head): "Arrivals at the airport", "cases in Europe", "Deaths on the roads"
    -> "Arrivals", "cases", "Deaths". Otherwise k itself ("of" keeps its noun: "sales of cars")."""
    if k < 0 or doc[k].pos_ not in ("PROPN", "NOUN"):
        return k
    j = k
    while j > 0 and doc[j].pos_ in PHRASE_WORDS and k - j < 4:
        j -= 1
    if doc[j].pos_ != "ADP" or doc[j].lower_ == "of":
        return k
    while j > 0 and doc[j].pos_ == "ADP":  # "people out of work"
        j -= 1
    # a singular head is the subject too ("Attendance at the games"): no plural is counted
    people = _counted_nouns().get(doc[j].lower_, {}).get("role") == "person"  # a headline's tags
    return j if doc[j].tag_ in ("NNS", "NN") or people else k


def _number_of(doc: Doc, verb: int) -> str | None:
    """ "The number of people out of work fell", "the number of flights cancelled reached": the
    plural noun after "number of" that opens the subject of the verb at token ``verb``."""
    sent_start = doc[verb].sent.start if doc.has_annotation("SENT_START") else 0
    for j in range(verb - 2, max(sent_start, verb - 10) - 1, -1):
        if doc[j].lower_ == "number" and doc[j + 1].lower_ == "of":
            k = j + 2
            while k < verb and doc[k].pos_ == "ADJ":
                k += 1
            if k >= verb or doc[k].tag_ != "NNS":
                return None
            if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in doc[k:verb]):
                return None
            row = _counted_nouns().get(doc[k].lower_)
            if row is not None and row["role"] == "person":
                return "person"
            return (
                row["lemma"]
                if row is not None and row["role"] == "lemma"
                else doc[k].lemma_.lower()
            )
    return None


HEADLINE_WORDS = 5  # a name the tagger spread over a whole line of this many words or more


def _headline(doc: Doc, ent: Span) -> bool:
    """A "name" that is a whole line of several words is a Title Case headline the tagger read
    as one name ("Kenya Marks 60th Independence Anniversary With Parade" as ORG): the numbers
    in it are no part of a name."""
    text = text_of(doc)
    lo = text.rfind("\n", 0, ent.start_char) + 1
    hi = text.find("\n", ent.end_char)
    line = text[lo : hi if hi >= 0 else len(text)]
    return (
        len(ent) >= HEADLINE_WORDS
        and line.strip() == ent.text
        and any(t.like_num or t.pos_ == "VERB" for t in ent)
    )


def _conjoined_plural(doc: Doc, k: int) -> bool:
    """After the conjunction at token k, a modifier and a plural noun ("wind and solar farms",
    "bus and tram depots"): the noun before the conjunction is a modifier of that plural. A
    plural right after the conjunction is a second head ("staff and contractors")."""
    for n, t in enumerate(doc[k + 1 : k + 5]):
        if t.is_space or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
        if t.tag_ == "NNS":
            return n > 0
    return False


def _shared_head(doc: Doc, noun: Token, k: int) -> bool:
    """ "12,000 oak and 8,000 beech saplings", "40 diesel and 25 electric buses": a singular
    noun of no role in the counted nouns table before the conjunction at token k, then a number,
    a modifier and a plural noun (not "40 staff and 12 contractors": no modifier)."""
    if (
        noun.tag_ != "NN"
        or not noun.is_lower
        or noun.lower_ in _counted_nouns()
        or doc[k].lower_ not in ("and", "or")
        or k + 3 >= len(doc)
        or not doc[k + 1].like_num
    ):
        return False
    modifier, head = doc[k + 2], doc[k + 3]
    return (
        modifier.tag_ in ("JJ", "NN")
        and modifier.is_lower
        and bool(modifier.whitespace_)
        and head.tag_ == "NNS"
        and head.is_lower
    )


def _hyphen_modifier(doc: Doc, k: int) -> bool:
    """Token k opens a hyphenated modifier before a noun: "truck-climbing lanes",
    "flood-control gates" (three glued tokens, then a noun)."""
    if k + 3 >= len(doc):
        return False
    a, dash, b, nxt = doc[k], doc[k + 1], doc[k + 2], doc[k + 3]
    return (
        a.is_alpha
        and dash.text in ("-", "–")
        and not a.whitespace_
        and not dash.whitespace_
        and b.is_alpha
        and bool(b.whitespace_)
        and nxt.pos_ in ("NOUN", "PROPN")
    )


STRONG = re.compile(r"[-–]strong\b", re.IGNORECASE)


def _strong_noun(doc: Doc, k: int, table: dict[str, dict[str, str]]) -> str | None:
    """What "N-strong" counts, from the noun phrase after it (token k on): the plural after an
    "of" ("a 60-strong team of army engineers" -> "engineer"), else people where the head is a
    collective noun of people ("a 1,200-strong police force"); None for anything else ("a
    40-strong fleet" names no noun of its members)."""
    head: Token | None = None
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[k].is_space:
        head = doc[k]
        k += 1
    if head is None:
        return None
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        for t in doc[k + 1 : k + 5]:
            if t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.is_space:
                break
            if t.tag_ == "NNS":
                row = table.get(t.lower_)
                return row["lemma"] if row and row["role"] == "lemma" else t.lemma_.lower()
    return "person" if table.get(head.lemma_.lower(), {}).get("role") == "group_person" else None


def _plural_noun(tok: Token, after_number: bool = False) -> bool:
    """A plural noun; right after a number above one also a lower-case "-s" word the tagger
    read as a verb, since a plural number cannot be the subject of a third-person singular
    verb ("scored three tries to one", "took four wickets", "two saves"), and an irregular
    plural of the noun lexicon (WordNet) the tagger read as an adjective ("culled 40,000 geese
    at 14 farms")."""
    if tok.tag_ == "NNS":
        return True
    if after_number and tok.tag_ == "JJ" and tok.is_lower and tok.lower_ in noun_plurals():
        return True
    return (
        after_number
        and tok.tag_ == "VBZ"
        and tok.is_alpha
        and tok.is_lower
        and tok.lower_.endswith("s")
        and not tok.lower_.endswith("ss")
        and tok.lemma_.lower() not in ("be", "have", "do")
    )


def _hyphen_noun(doc: Doc, end: int, tok: Token) -> Token | None:
    """The noun of a hyphenated count glued to the number: "214-page" -> "page",
    "six-team" -> "team"; None where the word is no noun ("3-under", "5-4")."""
    if tok.text not in ("-", "–") or tok.idx != end or tok.whitespace_ or tok.i + 1 >= len(doc):
        return None
    word = doc[tok.i + 1]
    if not word.is_alpha or not word.is_lower or word.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if word.i + 1 < len(doc) and doc[word.i + 1].text in ("-", "–") and not word.whitespace_:
        return None  # "a 2-year-old", "a 3-to-1": a longer compound, not a counted noun
    return word if word.pos_ == "NOUN" or word.tag_ in ("NN", "NNS") else None


def _pronoun_one(doc: Doc, before: Token | None, after: Token | None) -> bool:
    """ "one" as the head of a noun phrase of an article or number and an adjective ("a new
    one", "one Swedish one", "a cheaper one"): a pronoun for a noun named before, no count."""
    if before is None or before.tag_ not in ("JJ", "JJR") or before.i == 0:
        return False
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "a new one-year deal"
    det = doc[before.i - 1]
    return det.tag_ in ("DT", "CD", "PRP$") and det.lower_ not in ("no", "all", "both")


def _hyphened_plural(doc: Doc, noun: Token) -> str | None:
    """The lemma of a hyphenated plural whose first word takes the plural, which the tokenizer
    splits at its hyphens ("passers-by" -> "passer-by", "mothers-in-law" -> "mother-in-law";
    the hyphenated rows of the noun lexicon, from WordNet): the longest glued run that is one."""
    words, k = [noun.lower_], noun.i
    while (
        k + 2 < len(doc)
        and not doc[k].whitespace_
        and doc[k + 1].text == "-"
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
        and doc[k + 2].is_lower
    ):
        words += ["-", doc[k + 2].lower_]
        k += 2
    for n in range(len(words), 1, -2):
        lemma = noun_plurals().get("".join(words[:n]))
        if lemma is not None:
            return lemma
    return None


def _noun_lemma(tok: Token, table: dict[str, dict[str, str]]) -> str:
    """The lemma of a noun, with the table's and WordNet's irregular plurals."""
    row = table.get(tok.lower_)
    if row is not None and row["role"] == "lemma":
        return row["lemma"]
    lemma = tok.lemma_.lower()
    return noun_plurals().get(lemma, lemma) if lemma == tok.lower_ else lemma


def _fixed_compound(
    doc: Doc, noun: Token, first: int, lemma: str, table: dict[str, dict[str, str]]
) -> str | None:
    """A noun-noun compound that is a fixed term (models/noun_lexicon.jsonl, from WordNet):
    "40 fire engines" -> "fire engine", "five polling stations" -> "polling station"; a noun
    before the head that only says what kind stays out ("300 flu cases" -> "case"). Where the
    tagger took the plural head for a verb ("18 school buses"), the noun found is the modifier
    and the head is the word after it."""
    compounds = noun_compounds()
    before = doc[noun.i - 1] if noun.i > first else None
    if (
        before is not None
        and before.whitespace_
        and before.pos_ in ("NOUN", "VERB", "PROPN")
        and before.is_lower
        and before.lower_ in compounds.get(lemma, ())
    ):
        return f"{before.lower_} {lemma}"
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if (
        nxt is not None
        and noun.whitespace_
        and noun.tag_ == "NN"
        and nxt.is_alpha
        and nxt.is_lower
        and _plural_noun(nxt, after_number=True)
    ):
        head = _noun_lemma(nxt, table)
        if head == nxt.lower_:
            head = _singular(head)
        if noun.lower_ in compounds.get(head, ()):
            return f"{noun.lower_} {head}"
    return None


def _compound_lemma(word: str, table: dict[str, dict[str, str]]) -> str | None:
    """A compound of an irregular plural keeps its first part: "tradespeople" ->
    "tradesperson", "firemen" -> "fireman" (the plural-to-lemma rows of the table)."""
    for plural, row in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if row["role"] == "lemma" and len(word) > len(plural) + 2 and word.endswith(plural):
            return word[: -len(plural)] + row["lemma"]
    return None


def _governed(before: Token | None, hedge: str, approximate: bool) -> bool:
    """The word before a hedge governs it, so the hedge is a preposition outside the span:
    a verb of change ("dip below 3%"; an adverb "rose nearly 18%" stays a hedge), a verb that
    "up" completes ("ticked up to 4.4%"), or a noun ("the month above 5%")."""
    if before is None:
        return False
    lemma, low = before.lemma_.lower(), before.lower_
    if hedge == "up to":
        return lemma in UP_VERBS or low in UP_VERBS
    if " " in hedge:
        return False  # "jumped as much as 12%", "rose more than 5%": a modifier, no preposition
    if hedge in NOUN_PREPOSITIONS and before.pos_ in ("NOUN", "PROPN") and before.tag_ != "NNP":
        return True
    return (lemma in CHANGE_VERBS or low in CHANGE_VERBS) and not (
        approximate and _adverb_hedge(hedge)
    )


def _noun_follows(doc: Doc, end: int, starts: list[int]) -> bool:
    i = bisect_left(starts, end)
    if i >= len(doc):
        return False
    t = doc[i]
    return t.pos_ in ("NOUN", "PROPN", "NUM") or t.text in ("-", "–", "%")


# Words that end a prepositional hedge ("just over", "up to", "more than").
HEDGE_PREPOSITIONS = {"over", "under", "above", "below", "to", "than", "of", "near"}


def _adverb_hedge(hedge: str) -> bool:
    """ "nearly", "about", "roughly": a hedge that is an adverb, not a preposition."""
    words = hedge.lower().split()
    return bool(words) and words[-1] not in HEDGE_PREPOSITIONS


def _proportion(text: str, a: Found | None, b: Found | None, taken: Intervals) -> bool:
    """ "N in M" with N < M is a proportion ("two in three voters"), not two figures; an M the
    dates stage took is a year, and N a figure of that year ("the rate was 7.8 in 2015")."""
    if a is None or b is None or a.kind != "number" or b.kind != "number":
        return False
    if not b.words and 1000 <= b.value <= 2199 and overlaps(b.start, b.end, taken):
        return False  # a year, not "1 in twenty-one"
    return text[a.end : b.start] == " in " and a.value < b.value


def _after_the(doc: Doc, start: int) -> bool:
    """The token before character ``start`` is "the"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "the"


def _year_inside_measure(f: Found, taken: Intervals) -> bool:
    """ "swam 1500 m", "laid 2020 m of cable": a number the dates stage read as a year, with
    a unit of measure after it inside the figure, is the measure's number."""
    return (
        f.kind == "quantity"
        and not f.words
        and not overlaps(f.start - 1, f.start, taken)
        and not overlaps(f.end - 1, f.end + 1, taken)
    )


def _marked_amount(text: str, f: Found) -> bool:
    """A percentage with "%" or money that opens with its symbol, in digits ("5⅞%", "₾40"): no
    date holds one, so a date read over it (an NER slip) does not hide the figure. Not a
    symbol after a number ("In 2020 $5 million": the year is no amount)."""
    if f.words:
        return False
    span = text[f.start : f.end]
    if f.kind == "percent":
        return "%" in span
    return f.kind == "money" and not span[:1].isalnum() and span[:1] not in "-+−"


def _number_as_name(doc: Doc, f: Found) -> bool:
    """NER typed the figure alone as a name: "the 101st edition" (ORG), "250k views" (PRODUCT).
    Only a digit ordinal or digits with a lower-case scale suffix, which no name is alone
    ("3M", "7-Eleven" and "the 101st Airborne" are kept as names)."""
    span = text_of(doc)[f.start : f.end]
    digit_ordinal = f.kind == "ordinal" and not f.words
    suffixed = f.scaled and not f.words and span[-1:].islower() and span[:1].isdigit()
    if not (digit_ordinal or suffixed):
        return False
    return any(e.start_char == f.start and e.end_char == f.end for e in doc.ents)


def _year_like(f: Found) -> bool:
    return not f.words and f.value == f.value.to_integral_value() and 1000 <= f.value <= 2199


def _title_plural_word(tok: Token) -> bool:
    """A capitalised plural noun the tagger read as a name: "NNPS", or "NNP" whose lower case is
    a plural ("Electric Buses to", "Five Men After": a Title Case headline tags each word NNP)."""
    if tok.tag_ == "NNPS":
        return True
    low = tok.lower_
    return tok.tag_ == "NNP" and (
        low in noun_plurals() or (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


def _plural_lemma(word: str) -> str:
    """The lemma of a plural noun: irregular ones from the counted nouns ("women" -> "woman")
    and WordNet ("geese" -> "goose"), else by rule."""
    row = _counted_nouns().get(word, {})
    if row.get("role") == "lemma":
        return str(row["lemma"])
    return noun_plurals().get(word) or _singular(word)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("uses") and len(word) >= 5 and word[-5] not in "aeiou":
        return word[:-2]  # "buses", "bonuses", "campuses" (not "causes", "houses")
    return word.removesuffix("s")


@Language.factory(
    "briefx_figures",
    assigns=["doc._.briefx_figures"],
    requires=["doc.ents", "token.pos", "token.lemma", "doc._.briefx_dates"],
    default_config={},
)
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    """Create the figures component.

    nlp (Language): the pipeline.
    name (str): the component name.
    RETURNS (FiguresComponent): sets doc._.briefx_figures.
    """
    return FiguresComponent()
