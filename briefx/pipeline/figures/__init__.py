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
from spacy.tokens import Doc, Token

from briefx.facts import FigureFact
from briefx.kinds import is_comparator, is_figure_kind
from briefx.normalize.cues import demonym_countries
from briefx.normalize.dates.lexicon import WEEKDAYS as DATE_WEEKDAYS
from briefx.normalize.figures import currencies, local_currency, place_country
from briefx.normalize.numbers import as_json_number, parse_number
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
from briefx.pipeline.figures.elided import CHANGE_VERBS, elided_noun, subject_of_expectation
from briefx.pipeline.figures.names import (
    CITATION_WORDS,
    GAPPED_BEFORE,
    SEAT_NOUNS,
    article_ordinal,
    cited,
    code_name,
    designation,
    gapped_clause,
    headline,
    in_name,
    match_in_name,
    name_with_year,
    number_as_name,
    numbered_noun,
    ordinal_ok,
    word_in_name,
)
from briefx.pipeline.figures.nouns import benchmark, counted_noun, partitive_noun, plural_next
from briefx.pipeline.figures.percent import (
    basis_of,
    carry_basis,
    fraction_points,
    points_after,
    points_of_percent,
)
from briefx.pipeline.figures.places import (
    DATELINE_PLACE,
    DATELINE_WITHIN,
    TITLE_DATELINE,
    dateline_country,
    ent_country,
    mentioned_country,
)
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.tables import column_count, header_count, result_row
from briefx.pipeline.figures.units import (
    COMPARED_GAP,
    carry_unit,
    million_after_money,
    million_before_plural,
    weight,
)
from briefx.pipeline.figures.words import (
    SENTENCE_BREAK,
    counted_nouns,
    noun_follows,
    plural_lemma,
    plural_noun,
    sentence_initial,
)
from briefx.resources import figure_words, months

# Verbs that "up" completes as a direction: after them "up to 4.4%" is particle + preposition
# ("ticked up to 4.4%"); after other verbs "up to" is a hedge ("could cut up to 500 posts").
UP_VERBS = figure_words("up_verb")
# Prepositions of place or degree: after a noun they attach to it ("the third month above 5%",
# "a payload over 35 kilometres"), not hedge the number.
NOUN_PREPOSITIONS = {"above", "below", "over", "under"}
NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART", "PERSON", "GPE", "LOC"}
TIME_LABELS = {"TIME", "DATE"}
MONTHS = set(months())
WEEKDAYS = set(DATE_WEEKDAYS)  # "On Sunday 40 ships left": a weekday names no designation
ONE_IDIOM_BEFORE = {"no", "the", "this", "that", "any", "each", "every", "which", "someone"}
SCALE_ADJ_NOUNS = ("-dollar", "-pound", "-euro", "-year", "-strong", "-person", "-member")
# "rose to 412.5 points", "closed at 1,431.22 points": a decimal after these is a level
LEVEL_WORDS = {"to", "at", "from"}  # "1.2 times": a multiple, no count of times
# A "$" or "dollar" that names no country ("US$", "C$", "U.S. dollars" do).
BARE_DOLLAR = re.compile(
    r"(?<![A-Za-z.])\$|(?<!U\.S\. )(?<!US )(?<!American )\b(?:dollars?|cents?)\b"
)
SCORE_NUMBER = re.compile(r"\d+")
# a dollar marked with its country's letters ("A$", "C$", "NZ$", "S$", "HK$"), not "US$"
MARKED_DOLLAR = re.compile(r"(?<![A-Za-z])(?!US\$)[A-Z]{1,3}\$")
# four digits that read as hours and minutes ("0900", "2130"): a clock time before the words
# of ``CLOCK_WORDS_AFTER`` or ``ZONE_AFTER``
CLOCK_24 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
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
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if not headline(doc, e)]
        names = {
            "all": Intervals((s, e) for s, e, lab in ents if lab in NAME_LABELS),
            "not_person": Intervals(
                (s, e) for s, e, lab in ents if lab in NAME_LABELS and lab != "PERSON"
            ),
        }
        times = Intervals((s, e) for s, e, lab in ents if lab in TIME_LABELS)
        day = reference_date(doc)
        dateline = dateline_country(text_of(doc))
        local = dateline_currency(dateline, day) or mentioned_currency(doc, day)
        fig.local = us_dollar_text(text_of(doc), local, dateline)
        found = country_currencies(doc, scan(readable_text(doc), fig.local), fig.local, day)
        fig.scores = score_starts(text_of(doc))
        fig.spans = Intervals((f.start, f.end) for f in found)
        dropped_groups: set[int] = set()
        dropped_first: dict[int, Found] = {}  # group -> its first end, where that was dropped
        kept: list[tuple[Found, FigureFact]] = []
        for n, f in enumerate(found):
            nxt = found[n + 1] if n + 1 < len(found) else None
            prev = found[n - 1] if n > 0 else None
            fact = figure(fig, doc, f, prev, nxt, taken, names, times)
            if (
                fact is not None
                and prev is not None
                and f.group is not None
                and prev.group == f.group
                and f.group in dropped_groups
                and cited(fig, doc, prev)
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
        facts = partitive_count(doc, facts, starts)
        facts = column_count(doc, header_count(doc, facts, starts))
        facts = partitive_count(doc, named_again(doc, facts, starts), starts)
        facts = partitive_noun(fig, doc, facts)
        # a verb of harm names people before the last count's noun is carried ("The death toll
        # rose to 57, and 1,200 had been evacuated": 1,200 people)
        facts = compared_count(doc, cricket_counts(doc, harm_subject(doc, facts)), starts)
        facts = list_head(doc, facts, starts)
        facts = carry_count(doc, facts, starts, fig.elided)
        facts = carry_unit(doc, cents_currency(doc, facts), starts, fig.scores, fig.elided)
        facts = carry_temperature(doc, carry_list_unit(text_of(doc), facts, fig.scores))
        facts = points_of_percent(text_of(doc), facts)
        facts = fraction_points(text_of(doc), facts, taken)
        facts = exchange_rates(doc, facts, fig.local)
        facts = local_dollars(doc, carry_basis(doc, facts), fig.local)
        doc._.briefx_figures = marked_dollars(doc, facts)
        return doc


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


MORE_AFTER = re.compile(
    r"[ \t]+more\b(?![ \t]+(?:than|of)\b)(?!-)"
    r"|[ \t]+fewer\b(?![ \t]+of\b)(?!-)"  # "2,400 fewer than in 2015": fewer of the last count
)


def carry_count(
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
            and (f.start in elided or not noun_follows(doc, f.end, starts))
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
        or plural_noun(word, after_number=True)
        or word.lower_ in counted_nouns()
    ):
        return None
    if glue is not None and glue.lower_ in LIST_GLUE:
        return i + 1
    if last and (glue is None or glue.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
        return i + 1
    return None


def list_head(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
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
                and plural_noun(doc[i + 1], after_number=True)
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
                    and plural_noun(doc[p], after_number=True)
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


def compared_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
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
            and not noun_follows(doc, x.end, starts)
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
        if plural_noun(t, after_number=True) and t.pos_ in ("NOUN", "ADJ", "VERB"):
            noun = t
        elif t.pos_ != "ADJ" or noun is not None:
            break
        k += 1
    if noun is None or (k < len(doc) and not (doc[k].is_punct or doc[k].pos_ == "CCONJ")):
        return None
    return plural_lemma(noun.lower_) if noun.lemma_.lower() == noun.lower_ else noun.lemma_.lower()


def _opening_subject(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """A bare number that opens its sentence as the subject of a finite verb: "12 were later
    released", "Forty remain missing", "310 concerned noise" (an adverb may come between)."""
    if not sentence_initial(text_of(doc), f.start):
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


def harm_subject(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Five died and 14 were wounded": a bare whole number that is the subject of a verb of
    death or of a passive verb of harm counts people (``counted_nouns.jsonl`` roles
    ``subject_person`` and ``verb_person``)."""
    table = counted_nouns()
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


def cricket_counts(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """In a cricket report (a ``cricket`` word of counted_nouns.jsonl in the sentence, or a score
    with its wickets, "96 for three"), a bare score counts runs: after "made", "scored", "all out
    for", a possessive ("Gill's 178"), or any verb or preposition ("added 45", "unbeaten on 48",
    "349 behind"); "312 for six" counts six wickets, and so does "took two for 19" (two wickets
    for 19 runs). A number with a noun of its own ("10 overs"), a partitive ("seven of their
    last eight Tests"), a range or tally, and an elided count after a name ("Bumrah took eight
    wickets and Siraj three") are left to the other rules."""
    table = counted_nouns()
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


def partitive_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
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


AGAIN_BEFORE = re.compile(r"\b(?:the|these|those|all)[ \t]+$", re.IGNORECASE)


def named_again(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
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
            and not noun_follows(doc, f.end, starts)
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


def cents_currency(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
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


def carry_temperature(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
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
            mentioned = mentioned_country(doc)
            country = country or dateline_country(text) or (mentioned[0] if mentioned else "")
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


def carry_list_unit(text: str, facts: list[FigureFact], scores: set[int]) -> list[FigureFact]:
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


# "to 5.62 per dollar", "at 83.4 to the dollar": a rate against a currency named after it
PER_CURRENCY = re.compile(r"[ \t]+(?:per|to the|against the)[ \t]+(?:U\.?S\.?[ \t]+)?([a-z]+)\b")


def exchange_rates(
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


def mentioned_currency(doc: Doc, day: dt.date | None = None) -> tuple[str, frozenset[str]] | None:
    """With no dateline: the currency of the one country the text's places name, where that is
    not the U.S. ("The Government of Canada is investing $12.5 million in Ontario" -> CAD);
    none where places of two countries are named ("a Toronto firm bought a U.S. lender"). A
    bare "$" is that country's dollar only where two of its places are named (the country and a
    province, two cities): a text that names the country once ("Chevron's Gorgon project in
    Australia has cost $54 billion") writes about it from elsewhere, in U.S. dollars."""
    found = mentioned_country(doc)
    if found is None or found[0] == "US":
        return None
    local = local_currency(found[0], day)
    if local is None or found[1] > 1:
        return local
    return _without_bare_dollar(local)


def country_currencies(
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
                (e.start_char, e.end_char, c) for e in doc.ents if (c := ent_country(e)) is not None
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


def dateline_currency(
    country: str | None, day: dt.date | None = None
) -> tuple[str, frozenset[str]] | None:
    """The currency (and its symbols) of the dateline's country on the text's date
    ("FRANKFURT" in 1995: marks), if any."""
    return local_currency(country, day) if country is not None and country != "US" else None


def us_dollar_text(
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


def local_dollars(
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


def marked_dollars(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
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
        if e.start_char >= after and e.label_ == "GPE" and ent_country(e) == "US":
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
