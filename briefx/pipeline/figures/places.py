"""The country a text is from: its dateline ("HALIFAX, Nova Scotia, ...", "Ottawa, Ontario -")
and the places and nationalities NER names in it (the gazetteer and CLDR country names through
``briefx.normalize.figures``, demonyms through ``briefx.normalize.cues.demonym_countries``).
The currency and temperature families read these; nothing here changes a figure.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import country_code, place_country

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
THE_START = re.compile(r"^[Tt]he[ \t]+")


def ent_country(ent: Span) -> str | None:
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


def mentioned_country(doc: Doc) -> tuple[str, int] | None:
    """The one country (ISO code) that the text's places name, if they name one, and how many
    names of its places the text writes."""
    names = {POSSESSIVE.sub("", e.text) for e in doc.ents if e.label_ == "GPE" and len(e.text) < 40}
    if not names or len(names) > MAX_PLACE_NAMES:
        return None
    countries = {place_country(name) for name in names}
    country = countries.pop() if len(countries) == 1 else None
    return (country, len(names)) if country is not None else None


def dateline_country(text: str) -> str | None:
    """The ISO country code of the text's dateline, if any."""
    m = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    return place_country(m.group(1), m.group(2)) if m is not None else None
