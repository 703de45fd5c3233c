"""Temperatures written without their unit: in a text that writes one with its unit ("46C"), a
number before "degrees", after "minus" or governed by a temperature noun ("a high of 38";
``models/figure_words.jsonl`` kind ``temperature_word``) takes that unit; with none, "N
degrees" of a temperature noun is in the scale of the dateline's country (kind
``fahrenheit_country``: Fahrenheit, else Celsius).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.pipeline._util import sentences, text_of
from briefx.pipeline.figures.places import dateline_country, mentioned_country
from briefx.resources import figure_words

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
