"""The country a text is from: its dateline ("HALIFAX, Nova Scotia, ...", "Ottawa, Ontario -")
and the places and nationalities NER names in it (the gazetteer and CLDR country names through
``briefx.normalize.figures``, demonyms through ``briefx.normalize.cues.demonym_countries``).
The currency and temperature families read these; nothing here changes a figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import (
    country_code,
    country_named,
    government_body_words,
    place_countries,
    place_country,
)
from briefx.pipeline._util import sentences, text_of
from briefx.pipeline.coref.countries import country_code as subdivision_country

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
    m = dateline_match(text)
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
    public: bool = False  # the issuer is a government's body ("Ministry of Finance of Chile")
    dateline: bool = False  # the text opens with a news dateline in capitals ("SANTIAGO -")


def home_country(doc: Doc) -> Home | None:
    """The country the text is from, on its own evidence, ranked: the body that issues it,
    named in the headline or lead with a country or its people's adjective in its name ("Bank
    of Canada", "Statistics Canada", "The Australian Bureau of Statistics", "Monetary Authority
    of Singapore"; CLDR names, aliases, demonyms: ``country_named``); the dateline's place; the
    country most of the text's places and nationalities name, where it has more mentions than
    all others together. None without evidence."""
    text = text_of(doc)
    m = dateline_match(text)
    counts: Counter[str] = Counter()
    places: list[tuple[str, str]] = []  # (country, name) of each place named
    names: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ not in ("GPE", "NORP") or len(e.text) >= 40:
            continue
        if m is not None and m.start() <= e.start_char < m.end():
            continue  # the dateline's own place is weighed below
        country = ent_country(e) or country_named(POSSESSIVE.sub("", e.text))
        if country is not None:
            counts[country] += 1
            if e.label_ == "GPE":
                places.append((country, POSSESSIVE.sub("", e.text)))
            names.setdefault(country, set()).add(POSSESSIVE.sub("", e.text))
    dateline = place_country(m.group(1), m.group(2)) if m is not None else None
    lead = sentences(doc)[:LEAD_SENTENCES]
    end = lead[-1].end_char if lead else 0  # the headline and lead end here
    issuer = body_country(doc, counts + Counter([dateline] if dateline else []), end, m)
    if issuer is not None:
        news = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) is not None
        return replace(issuer, dateline=news)
    if m is not None:
        if m.group(2) is None and dateline is not None and not counts[dateline]:
            # a city several countries have ("VICTORIA", "LONDON" without its province), in a
            # text that names no place or people of the gazetteer's pick: the country whose
            # places it names ("British thermal units" names no place)
            # (a place the pick's country has too is no evidence: "VANCOUVER ... Richmond")
            pick = dateline
            other = Counter(c for c, name in places if pick not in place_countries(name))
            named = [c for c in place_countries(m.group(1)) if other[c]]
            dateline = max(named, key=lambda c: other[c]) if named else dateline
        if dateline is not None:
            return Home(dateline, "dateline", m.group(0).strip())
    # a government body of the text's one country named past the lead ("... the City of Laval
    # will also borrow $300 million"), where the text names no other country's places
    later = body_country(doc, counts, len(text), m, public_only=True) if len(counts) <= 1 else None
    if later is not None and set(counts) <= {later.country}:
        return later
    if not counts or sum(len(v) for v in names.values()) > MAX_PLACE_NAMES:
        return None
    (top, n), *rest = counts.most_common()
    if n <= sum(k for _, k in rest):
        return None
    # a text whose headline or lead makes the country an actor ("Singapore's finance minister",
    # "The Singapore government", "Canada will impose") writes from inside it, as one naming
    # two of its places does; "a project in Australia" names where, from anywhere
    actor = any(
        e.start_char < end
        and e.label_ == "GPE"
        and ent_country(e) == top
        and (e.start == 0 or doc[e.start - 1].pos_ != "ADP")
        for e in doc.ents
    ) or (
        # a government acts in the lead ("The federal government will invest $85 million in
        # transit in Moncton", "The province will spend ..."): it governs the city or region
        # it names ("The government will buy $3 billion of jets from Canada" names a country)
        all(country_named(name) is None for name in names[top])
        and any(_government_acts(doc, t) for t in doc if t.idx < end)
    )
    return Home(top, "places", f"{n} of {sum(counts.values())}", 2 if actor else len(names[top]))


def _government_acts(doc: Doc, t: Token) -> bool:
    """``t`` is a government's noun in lower case heading a subject: a verb right after it and
    only determiners, adjectives and such nouns before it back to its clause's start ("The
    federal government will invest", "The state government will put", "the province said";
    no parser runs, so by the tags)."""
    if t.lower_ != t.text or t.lower_ not in government_body_words() or t.pos_ != "NOUN":
        return False
    if t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("AUX", "VERB"):
        return False
    i = t.i - 1
    while i >= 0 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].lower_ in government_body_words()):
        i -= 1
    return i < 0 or doc[i].is_sent_start or doc[i].is_space or doc[i].text in (",", "-", "–", "—")


def dateline_match(text: str) -> re.Match[str] | None:
    """The text's dateline: a place in capitals at a line's start near the top ("HALIFAX, Nova
    Scotia, ..."), or one in Title Case at the very top or under a one-line headline, with a
    region or date after a comma ("Victoria, B.C. —", "Ottawa, Ontario -")."""
    m = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    if m is not None:
        return m
    head = HEADLINE_LINE.match(text)
    if head is None:
        return None
    m = TITLE_DATELINE.match(text, head.end())
    return m if m is not None and "," in m.group(0) else None


HEADLINE_LINE = re.compile(r"[ \t]*[^\n]{1,200}\n(?:[ \t]*\n)?")  # one line, a blank line


def body_country(
    doc: Doc,
    named: Counter[str],
    end: int,
    line: re.Match[str] | None,
    public_only: bool = False,
) -> Home | None:
    """The country in the name of the first body (ORG) before ``end`` (the headline and lead)
    that names one
    ("The Bank of Canada", "Australian Bureau of Statistics"), if any; or of a province or
    state of one country (the gazetteer's subdivisions) where the text ``named`` a place or
    people of that country besides ("The Government of Alberta ... in Edmonton"; "West Texas
    Intermediate" names no place of Cameroon's West region). A government's body
    ("Brampton City Council", "City of Winnipeg", "Government of Nova Scotia": a name with a
    word of ``government_body_words``, as NER typed it or as its capitalised words run) is its
    place's, a province or state or a city of one country (or of the one the text names).
    ``line`` is the text's dateline (``dateline_match``): NER's span over it is no body."""
    names = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ("ORG", "GPE")]
    names += [(lo, hi, "") for lo, hi in _public_runs(doc, end)]
    for lo, hi, label in sorted(names):
        e = doc[lo:hi]
        if e.start_char >= end:
            break
        words = [t.text for t in e if not t.is_punct or t.text == "."]
        if (
            e.start > 1
            and doc[e.start - 1].text in ("'s", "’s")
            and any(w.lower() in government_body_words() for w in words)
        ):
            # a government body's country before it ("Chile's Ministry of Finance"; "Canada's
            # Maple Bank will buy a U.S. lender" is about two countries, as before)
            words.insert(0, doc[e.start - 2].text)
        if line is not None and line.start() <= e.start_char < line.end():
            continue  # NER's span over the dateline ("MEXICO CITY - Remittances") is no body
        # NER may type a body a place; "Mexico City", "Quebec City" are places, no body
        public = (
            any(w.lower() in government_body_words() for w in words)
            and place_country(THE_START.sub("", POSSESSIVE.sub("", e.text))) is None
        )
        if (label != "ORG" or public_only) and not public:
            continue
        # (a name that is only the place is NER's slip for the place: "The Santiago court")
        for n in range(min(NAME_WORDS, len(words) - 1), 0, -1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i : i + n])
                # a country, its people, or a province or state of one country ("Government
                # of Alberta", "Queensland Treasury"; the gazetteer's subdivisions)
                country = country_named(gram)
                region = subdivision_country(gram) if country is None else None
                if region is not None and (public or named[region]):
                    country = region
                if country is None and public and gram[:1].isupper():
                    country = _city_country(gram, named)
                if country is not None:
                    return Home(country, "issuer", e.text, public=public)
    return None


RUN_JOINERS = frozenset({"of", "for", "and", "'s", "’s"})  # "City of Winnipeg", "Chile's Ministry"


def _public_runs(doc: Doc, end: int) -> list[tuple[int, int]]:
    """The runs of capitalised words before ``end`` (joined by "of", "for", "and", "'s") with a
    capitalised word of ``government_body_words``, as token ranges: "City of Edmonton",
    "Government of Manitoba", where NER read them otherwise."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for t in doc:
        if t.idx >= end:
            break
        cap = t.text[:1].isupper() and t.is_alpha and t.text.lower() != "the"
        inside = start is not None and t.text in RUN_JOINERS and t.i + 1 < len(doc)
        if cap or (inside and doc[t.i + 1].text[:1].isupper()):
            start = t.i if start is None else start
            continue
        if start is not None:
            runs.append((start, t.i))
        start = None
    if start is not None:
        runs.append((start, len(doc)))
    words = government_body_words()
    return [
        (lo, hi)
        for lo, hi in runs
        if hi - lo > 1 and any(w.text[:1].isupper() and w.lower_ in words for w in doc[lo:hi])
    ]


def _city_country(name: str, named: Counter[str]) -> str | None:
    """The country of a city of ``DATELINE_CITY`` people or more called ``name`` (GeoNames):
    the one country with such a city ("Brampton", "Auckland"), or of several the one the text
    ``named`` a place or people of ("Hamilton" with Auckland -> NZ)."""
    if name.lower() in government_body_words():
        return None
    countries = place_countries(name)
    if len(countries) == 1:
        return next(iter(countries))
    named_here = [c for c in countries if named[c]]
    return named_here[0] if len(named_here) == 1 else None
