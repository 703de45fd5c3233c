"""Organisations named by letters the document never spells out take the title English
Wikipedia gives them (session 39, orgs39, issue 13 names).

``table_acronyms``: an ORG mention whose name is still its own letters after every link the
document gives ("ECOWAS leaders met", "the CBN held its rate", "SEBI tightened rules") takes the
title ``models/org_acronyms.jsonl`` gives the letters ("Economic Community of West African
States", "Central Bank of Nigeria"). The document always wins, and this is a fallback only:

- letters the text defines, bracketed after a name or followed by a bracket ("the Andean
  Fisheries Council (AFC)", "AFC (...)"), or a mention of the same letters linked to a name the
  text writes ("Central Bank of Argentina ... the BCRA"), are left to the text's links;
- only mentions typed a body's or a person's (NER reads unknown letters as a person's name):
  letters typed a place, a people or an event are left as they are; a title makes them ORG;
- letters the tables of names already know (aliases, organisations, companies) were named
  before and are no longer their own letters; concepts in capitals ("GDP", "LNG") are dropped
  before (``entities.acronyms``) and no ORG;
- letters several countries' bodies share ("NBS": Nigeria's, China's and Tanzania's statistics
  offices; "CBI") take the row of the document's country (``countries.document_country``, else
  the country its places lie in); a row without a country is taken where the document's country
  has none ("IOC": the International Olympic Committee, Indian Oil in an Indian story); where
  the document's country has no row, the one country of the rows that the mention's sentence
  names by a place or a people comes before the default ("INE said Spanish prices rose" in a
  Frankfurt story; session 41); no country and no such row leaves the letters as they are;
- before the document's country come the country the text gives the letters ("Pakistan's
  PTI", "the Indian CBI") and then the dateline's ("JAKARTA - BPS said exports to India and
  China rose": Indonesia's office, though India is named first; session 42).

Run in ``link_names`` after the text's own links (``equated_names``, ``qualified_forms``).
"""

from __future__ import annotations

import re

from briefx.normalize.names import lookup_alias, org_acronyms
from briefx.pipeline.coref.countries import (
    _country_names,
    _country_of,
    country_code,
    dateline_country_name,
    document_country,
    places_country,
    sentence_country,
)
from briefx.pipeline.coref.ent import ORG_LIKE, Ent

# the types a body's letters carry here: a body's, or a person's, which NER gives letters it does
# not know ("the AIIB approved", "The ACCC cleared"; the type vote makes most of them bodies
# later, not all): the table's letters name a body, so they are typed one
TYPED = frozenset({*ORG_LIKE, "PERSON"})


def _defined(text: str, letters: str, people_ends: frozenset[int] = frozenset()) -> bool:
    """The text writes the letters in a bracket ("(AFC)") or a bracket right after them ("AFC
    (Andean Fisheries Council)"): it spells them out itself. A bracket right after a person's
    name gives the person's party, no name's short form ("Johann Wadephul (CDU)": the table
    titles the letters; ``people_ends``: where the PERSON mentions end; session 44)."""
    for mt in re.finditer(
        rf"\(\s*{re.escape(letters)}\s*\)|(?<![\w-]){re.escape(letters)}\s*\(", text
    ):
        if not (mt.group(0).startswith("(") and mt.start() - 1 in people_ends):
            return True
    return False


def _sentence_row(text: str, ents: list[Ent], e: Ent, rows: dict[str | None, str]) -> str | None:
    """The row of the one country of ``rows`` whose places or people the mention's sentence
    names, where the document's country has none ("INE said Spanish prices rose" in a Frankfurt
    story: Spain's statistics office, not Chile's; session 41)."""
    codes = {code: c for c in rows if c and (code := country_code(c))}
    if not codes:
        return None
    near = sentence_country(text, ents, e, set(codes), near_only=True)
    return rows[codes[near]] if near else None


# the words between a country and the letters of its body: "Pakistan's PTI", "the Indian CBI"
OWNER_GAPS = ("'s ", "’s ", " ")


def _owner_country(text: str, ents: list[Ent], e: Ent) -> str | None:
    """The country the text gives the letters right before them ("Pakistan's PTI", "the
    Indian CBI"; session 42)."""
    before = max((b for b in ents if b.end <= e.start), key=lambda b: b.end, default=None)
    if before is None or before.type not in ("GPE", "NORP"):
        return None
    if text[before.end : e.start] not in OWNER_GAPS:
        return None
    return _country_of(before, _country_names())


# a house style that writes an acronym as a word ("Nato", "Cosatu", "Sebi"; British, South
# African and Indian papers): at least this many letters, so that short words ("Ana", "Pas")
# are never read as letters
TITLE_CASE_MIN = 4


def _letters(
    written: str, e: Ent, table: dict[str, dict[str | None, str]], english: frozenset[str]
) -> str | None:
    """The letters a mention named by its own text stands for: its text, where the table keys
    it; or, for an ORG mention written as one capitalised word ("Cosatu", "Nato") that is no
    English word, the same letters in capitals, where the table or the alias table keys them
    (session 42)."""
    if e.type in TYPED and written in table:
        return written
    if (
        e.type in ORG_LIKE
        and len(written) >= TITLE_CASE_MIN
        and written.isalpha()
        and written[0].isupper()
        and written[1:].islower()
        and written.lower() not in english
    ):
        upper = written.upper()
        alias = lookup_alias(upper)
        if upper in table or (alias is not None and alias[1] == "ORG"):
            return upper
    return None


def table_acronyms(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """Title the ORG mentions named by their own letters from ``models/org_acronyms.jsonl``
    (see the module docstring); ``ents`` is changed in place. ``english``: the lexicon's
    lower-case words, which a capitalised word must not be to be read as letters."""
    table = org_acronyms()
    found: list[tuple[Ent, str, str]] = []
    for e in ents:
        written = text[e.start : e.end]
        if written == e.name and (letters := _letters(written, e, table, english)):
            found.append((e, written, letters))
    if not found:
        return
    # letters the text links to a name of its own somewhere ("the BCRA" after "Central Bank of
    # Argentina (BCRA)"): the text decides, the table is not read for them
    linked = {text[e.start : e.end] for e in ents if e.name != text[e.start : e.end]}
    country: str | None = None
    dateline: str | None = None
    read = False
    people_ends = frozenset(e.end for e in ents if e.type == "PERSON")
    for e, written, letters in found:
        if written in linked or letters in linked or _defined(text, written, people_ends):
            continue
        if letters not in table:  # ("Nato": the alias table's title of "NATO")
            alias = lookup_alias(letters)
            if alias is not None:
                e.name, e.type = alias[0], "ORG"
            continue
        rows = table[letters]
        if not read and set(rows) != {None}:
            country = document_country(text, ents) or places_country(ents)
            dateline = dateline_country_name(text, ents)
            read = True
        # (the country the text gives the letters first, "Pakistan's PTI"; then the dateline's:
        # "JAKARTA - BPS said exports to India and China rose" is Indonesia's statistics office,
        # though the story names India first; session 42)
        owner = _owner_country(text, ents, e) if set(rows) != {None} else None
        title = rows.get(owner) if owner else None
        title = title or (rows.get(dateline) if dateline else None)
        title = title or (rows.get(country) if country else None)
        title = title or _sentence_row(text, ents, e, rows) or rows.get(None)
        if title:
            e.name, e.type = title, "ORG"
