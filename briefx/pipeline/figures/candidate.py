"""One candidate of the scanner read against the Doc (``figure``): kept as a figure, re-read
(a score, "12.5m users", "weighs 3 pounds", "a third arrest", a count with its noun), or
dropped. Dropped: text the dates stage claimed, numbers inside names and designations
(``names``), dates and clock times, ages ("aged 31", "children under five";
``models/figure_words.jsonl`` kind ``age_group``, ``models/counted_nouns.jsonl`` role ``age``),
durations, proportions ("one in three"), idioms ("one of the", "a new one"), a unit a price is
quoted for ("A litre of milk costs ₹750"), rounds of a competition ("the last eight"),
"million-dollar" adjectives. Hedges a verb of change or a noun governs are prepositions outside
the span (``figure_words`` kinds ``change_verb``, ``up_verb``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Token

from briefx.facts import FigureFact
from briefx.kinds import is_comparator, is_figure_kind
from briefx.normalize.dates.lexicon import WEEKDAYS as DATE_WEEKDAYS
from briefx.normalize.numbers import as_json_number
from briefx.normalize.scan import Found
from briefx.pipeline._util import CLOCK_WORDS_AFTER, ZONE_AFTER, Intervals, overlaps, text_of
from briefx.pipeline.figures.elided import CHANGE_VERBS, elided_noun, subject_of_expectation
from briefx.pipeline.figures.names import (
    CITATION_WORDS,
    SEAT_NOUNS,
    article_ordinal,
    cited,
    code_name,
    designation,
    gapped_clause,
    in_name,
    match_in_name,
    name_with_year,
    number_as_name,
    numbered_noun,
    ordinal_ok,
    result_head,
    word_in_name,
)
from briefx.pipeline.figures.nouns import benchmark, counted_noun, plural_next
from briefx.pipeline.figures.percent import basis_of, points_after
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.tables import result_row
from briefx.pipeline.figures.units import million_after_money, million_before_plural, weight
from briefx.pipeline.figures.words import SENTENCE_BREAK, counted_nouns, sentence_initial
from briefx.resources import figure_words, months

# Verbs that "up" completes as a direction: after them "up to 4.4%" is particle + preposition
# ("ticked up to 4.4%"); after other verbs "up to" is a hedge ("could cut up to 500 posts").
UP_VERBS = figure_words("up_verb")
# Prepositions of place or degree: after a noun they attach to it ("the third month above 5%",
# "a payload over 35 kilometres"), not hedge the number.
NOUN_PREPOSITIONS = {"above", "below", "over", "under"}
# prepositions of place or level that a verb or "to" governs ("was buried under 3 cubic
# metres", "was below 0.5 milligram", "cut the price to under €9,000"; session 24): not "over",
# which after a verb reads "more than" ("spent over $126 billion"). "near" after a noun stays
# a hedge ("isolated totals near 18 inches", own-briefs-dev), though one opened brief writes
# "temperatures near 30 degrees" without it
PLACE_PREPOSITIONS = {"above", "below", "under", "near", "beneath"}
MONTHS = set(months())
WEEKDAYS = set(DATE_WEEKDAYS)  # "On Sunday 40 ships left": a weekday names no designation
ONE_IDIOM_BEFORE = {"no", "the", "this", "that", "any", "each", "every", "which", "someone"}
SCALE_ADJ_NOUNS = ("-dollar", "-pound", "-euro", "-year", "-strong", "-person", "-member")
# "rose to 412.5 points", "closed at 1,431.22 points": a decimal after these is a level
LEVEL_WORDS = {"to", "at", "from"}  # "1.2 times": a multiple, no count of times
SCORE_NUMBER = re.compile(r"[-+]?\d+")  # "-12 Tiger Woods": a score to par keeps its sign
# four digits that read as hours and minutes ("0900", "2130"): a clock time before the words
# of ``CLOCK_WORDS_AFTER`` or ``ZONE_AFTER``
CLOCK_24 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# a number that is no day of a month or year: digit groups or a decimal ("2,000", "2.5"), or
# a whole number past 31 that is no year ("500"); next to a month it is a count
NO_DAY_OR_YEAR = re.compile(
    r"\d{1,3}(?:,\d{3})+\b|\d+\.\d|(?:3[2-9]|[4-9]\d|[1-9]\d\d|[3-9]\d{3}|\d{5,})(?![\d.,])"
)
ODD_AFTER = re.compile(r"[-–]odd\b")  # "20-odd", "a 30-odd-year career" (the date's business)
PERIOD_HYPHEN = re.compile(r"[-–](?:half|quarter)\b", re.IGNORECASE)
TIME_HYPHEN = re.compile(
    r"[-–](?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b", re.IGNORECASE
)


SLASH_FRACTION = re.compile(r"\d{1,2}/\d{1,2}")  # "9/11": digits over digits, no whole part


def figure(
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
    if f.kind == "quantity" and f.unit == "m" and million_before_plural(fig, doc, f):
        # "12.5m users": a glued "m" before a plural noun is million, not metres
        f = replace(f, kind="number", unit=None, value=f.value * 10**6, scaled=True)
    elif f.kind == "quantity" and f.unit == "m" and million_after_money(text, f, prev):
        # "Profit was £3m, with revenue of 12.4m": million in the amount's currency
        assert prev is not None
        f = replace(f, kind="money", unit=prev.unit, value=f.value * 10**6, scaled=True)
    if f.kind == "money" and (name_with_year(text[f.start : f.end]) or code_name(fig, doc, f)):
        return None
    if _unit_of_a_price(text, f, nxt):
        return None  # "A litre of milk costs ₹750": the unit a price is quoted for
    if f.kind == "money" and f.unit == "GBP" and weight(fig, doc, f):
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
        gapped = gapped_clause(text, f, prev)
        if (
            not score
            and overlaps(f.start, f.start + 1, within)
            and not match_in_name(doc, f)
            and not number_as_name(doc, f)
            and not result_row(text, f.start)  # NER runs a results column into names
            and not result_head(text, f)  # "Labour 412 seats, Conservatives 121"
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
        if word_in_name(fig, doc, f, before, after):
            return None  # "the Six Nations", "the Three Lions": a capitalised name
        if after_low in ("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"):
            return None
        if CLOCK_24.fullmatch(text[f.start : f.end]) and (
            CLOCK_WORDS_AFTER.match(text, f.end) or ZONE_AFTER.match(text, f.end)
        ):
            return None  # "0900 local time", "at 2130 CET": a time of day, no count
        if not score and (_age(doc, f, before, after) or _age_band(doc, f)):
            return None  # "aged 31", "Jan Kowalski, 44, a miner": an age
        if cited(fig, doc, f) or (
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
            and designation(fig, doc, f, before)
        ):
            return None  # (a month or weekday is no name: "In March 500 jobs were cut")
        if numbered_noun(doc, f, before, fig.starts):
            return None  # "bus 38", "at gate 12": a designation in lower case
        if (
            after is not None
            and counted_nouns().get(after.lemma_.lower(), {}).get("role") == "time"
            and f.kind == "number"
            and not (f.fraction and article_ordinal(doc, f, after) is not None)
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
        ordinal = article_ordinal(doc, f, after)
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
        if not ordinal_ok(doc, f, before, after):
            return None
        if PERIOD_HYPHEN.match(text, f.end):
            return None  # "first-half profit": a period (the dates' business), no ordinal
        if (
            not f.words
            and in_name(fig, doc, after)
            and (before is None or before.tag_ != "PRP$")  # "her 23rd Grand Slam title"
        ):
            return None  # "the 18th Airborne Corps", "the 116th Congress"
    elif kind == "number":
        word = text[f.start : f.end].lower()
        if (
            word == "one"
            and (after_low in ("of", "another", "by") or before_low in ONE_IDIOM_BEFORE)
            and not _one_of_counted(text, f.end, before)
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
                    plural_next(fig, doc, f.end)
                    and (before_low not in LEVEL_WORDS or not points_after(text, f.end))
                )
            )
        ):
            # "fell 23.4 points", "2.5 children": a decimal counts the plural noun after it
            noun = counted_noun(fig, doc, f.end, singular=f.value == 1)
            if benchmark(fig, doc, f):
                noun = None  # "short of the 15 million target", "63 clear": the count before
                fig.elided.add(f.start)
            if noun == "" and not whole_number:
                noun = None  # "2.5 years": no duration of a decimal count
            if noun == "":
                return None  # a duration
            if noun is None:
                noun = elided_noun(doc, f)
            elif subject_of_expectation(doc, f):
                noun = None  # "fewer than the 135,000 economists had expected"
                fig.elided.add(f.start)
            if noun and not whole_number and SLASH_FRACTION.fullmatch(text, f.start, f.end):
                return None  # "the 9/11 attacks": a fraction counts no plural things; a date's
                # or a designation's digits ("3/4 of the homes" stays a number)
            if noun:
                kind, unit = "count", noun
    basis = basis_of(fig, doc, f.end) if kind == "percent" else None
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


A_UNIT_START = re.compile(r"An? ", re.IGNORECASE)  # "A litre of milk costs ₹750"
# "a litre of diesel £1.45", "a kilo of rice costs 40 rupees": the unit's noun, then the price
UNIT_OF_NOUN = re.compile(r" of [a-z]+(?: (?:costs?|costing|is|was|now|at|sells? for))* ")


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
            sentence_initial(text, f.start)
            or UNIT_OF_NOUN.fullmatch(text, f.end, nxt.start) is not None
        )
    )


def _age(doc: Doc, f: Found, before: Token | None, after: Token | None) -> bool:
    """An age: a whole number under 120 after a word of age ("aged 31"), or set off by commas
    right after a name or a noun ("Jan Kowalski, 44, a miner", "The driver, 23, was")."""
    if f.words or f.fraction or f.value != f.value.to_integral_value() or not 0 < f.value < 120:
        return False
    if before is None:
        return False
    if counted_nouns().get(before.lower_, {}).get("role") == "age":
        return True
    if (
        f.hedge_start is not None
        and before.i > 0
        and counted_nouns().get(doc[before.i - 1].lower_, {}).get("role") == "age"
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


MAGNITUDE_WORDS = figure_words("magnitude_word")
WORD_BEFORE = re.compile(r"(\w+)[ \t]*[-–]?[ \t]*$")
# "of their 13", "of the 40": a partitive of a group with its number
OF_COUNTED_GROUP = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our)[ \t]+)?\d")


# a superlative after the group's number: "one of the 10 richest", "one of the 5 most ..."
SUPERLATIVE_AFTER = re.compile(r"[\d,.]*[ \t]+(?:most|least|[a-z]+est)\b")
LINKING_VERBS = {"be", "become", "remain", "stay", "rank", "seem"}


def _one_of_counted(text: str, end: int, before: Token | None) -> bool:
    """ "lost one of their 13 league games", "won one of the 12 races": "one" as the object of
    a verb before a partitive of a group whose number is given counts one of that group; after
    a linking verb or before a superlative it stays the idiom ("is one of the 20 banks",
    "became one of the 10 richest people")."""
    if before is None or not before.tag_.startswith("VB"):
        return False
    if before.lemma_.lower() in LINKING_VERBS:
        return False
    m = OF_COUNTED_GROUP.match(text, end)
    return m is not None and SUPERLATIVE_AFTER.match(text, m.end()) is None


PER_NUMBER_AFTER = re.compile(r"[ \t]+per[ \t]+\d")  # the denominator of a rate after a number


def _pronoun_one(doc: Doc, before: Token | None, after: Token | None) -> bool:
    """ "one" as the head of a noun phrase of an article or number and an adjective ("a new
    one", "one Swedish one", "a cheaper one"): a pronoun for a noun named before, no count."""
    if before is None or before.tag_ not in ("JJ", "JJR") or before.i == 0:
        return False
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "a new one-year deal"
    det = doc[before.i - 1]
    return det.tag_ in ("DT", "CD", "PRP$") and det.lower_ not in ("no", "all", "both")


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
    if hedge in PLACE_PREPOSITIONS and (
        before.tag_ == "VBN" or before.lemma_ == "be" or low == "to"
    ):  # "buried under", "was below", "to under"; "will cost under $5" is a hedge
        return True
    return (lemma in CHANGE_VERBS or low in CHANGE_VERBS) and not (
        approximate and _adverb_hedge(hedge)
    )


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
    if "tally" in a.notes and text[a.start - 1 : a.start] in ("-", "–"):
        return False  # "won 5-3 in 10 innings": the second end of a score, then a count
    return text[a.end : b.start] == " in " and a.value < b.value


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


def _year_like(f: Found) -> bool:
    return not f.words and f.value == f.value.to_integral_value() and 1000 <= f.value <= 2199
