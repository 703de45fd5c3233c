"""The country a text is from: its dateline ("HALIFAX, Nova Scotia, ...", "Ottawa, Ontario -")
and the places and nationalities NER names in it (the gazetteer and CLDR country names through
``briefx.normalize.figures``, demonyms through ``briefx.normalize.cues.demonym_countries``).
The currency and temperature families read these; nothing here changes a figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import country_code, country_named, place_country
from briefx.pipeline._util import sentences, text_of

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


# the headline, a dateline line and the lead sentence: where a release names who issues it
LEAD_SENTENCES = 3
NAME_WORDS = 3  # the longest country name looked for inside a body's name ("United Arab Emirates")


@dataclass(frozen=True, slots=True)
class Home:
    """The country a text is from (ISO 3166 code), what said so and how many names of its
    places the text writes (a text that names its country once may write about it from
    elsewhere)."""

    country: str
    source: str  # "issuer", "dateline" or "places"
    evidence: str  # the words that decided, for debugging ("Bank of Canada", "HALIFAX")
    names: int = 2


def home_country(doc: Doc) -> Home | None:
    """The country the text is from, on its own evidence, ranked: the body that issues it,
    named in the headline or lead with a country or its people's adjective in its name ("Bank
    of Canada", "Statistics Canada", "The Australian Bureau of Statistics", "Monetary Authority
    of Singapore"; CLDR names, aliases, demonyms: ``country_named``); the dateline's place; the
    country most of the text's places and nationalities name, where it has more mentions than
    all others together. None without evidence."""
    issuer = body_country(doc)
    if issuer is not None:
        return issuer
    text = text_of(doc)
    m = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    dateline = place_country(m.group(1), m.group(2)) if m is not None else None
    if m is not None and dateline is not None:
        return Home(dateline, "dateline", m.group(0).strip())
    counts: Counter[str] = Counter()
    names: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ not in ("GPE", "NORP") or len(e.text) >= 40:
            continue
        country = ent_country(e) or country_named(POSSESSIVE.sub("", e.text))
        if country is not None:
            counts[country] += 1
            names.setdefault(country, set()).add(POSSESSIVE.sub("", e.text))
    if not counts or sum(len(v) for v in names.values()) > MAX_PLACE_NAMES:
        return None
    (top, n), *rest = counts.most_common()
    if n <= sum(k for _, k in rest):
        return None
    return Home(top, "places", f"{n} of {sum(counts.values())}", len(names[top]))


def body_country(doc: Doc) -> Home | None:
    """The country in the name of the first body (ORG) of the headline and lead that names one
    ("The Bank of Canada", "Australian Bureau of Statistics"), if any."""
    lead = sentences(doc)[:LEAD_SENTENCES]
    end = lead[-1].end_char if lead else 0
    for e in doc.ents:
        if e.start_char >= end:
            break
        if e.label_ != "ORG":
            continue
        words = [t.text for t in e if not t.is_punct or t.text == "."]
        for n in range(min(NAME_WORDS, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                country = country_named(" ".join(words[i : i + n]))
                if country is not None:
                    return Home(country, "issuer", e.text)
    return None
