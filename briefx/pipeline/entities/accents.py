"""A person's name that the text writes without its diacritics takes them (session 33).

English Wikipedia titles keep a person's diacritics ("Goran Ivanišević", "Joško Gvardiol") where
wire copy writes plain ASCII. ``models/name_accents.jsonl`` (scripts/derive_name_accents.py, from
faker's and mimesis' person-name lists) maps a plain given or family name to its one accented
spelling, only where no list has the plain spelling as a name of its own ("Jose", "Novak",
"Martin", "Muller", "Perez" stay as written). One dictionary lookup per word of a name, each
distinct name looked at once; the text's own spellings are read only when a word has a row.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefx.normalize.cues import demonym_countries
from briefx.normalize.names import (
    country_languages,
    fold_letters,
    language_name_accents,
    name_accents,
)
from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.countries import (
    country_code,
    dateline_country_name,
    place_country_code,
)
from briefx.pipeline.entities.club_titles import club_country

# A word with a letter outside ASCII: the text's own accented spellings. Tried only at a word's
# start and lazily up to its first such letter, so a long run of word characters is read once
# (``\w*[^\x00-\x7f]`` from every position read a 20,000-digit run for 47 s).
NON_ASCII_WORD = re.compile(r"(?<!\w)\w*?[^\W\x00-\x7f]\w*")
NAME_WORD = re.compile(r"[A-Za-z]+")

PARTS = ("given", "family")


def person_accents(text: str, ents: list[Ent], parts: tuple[str, ...] = PARTS) -> None:
    """Give each PERSON whose name is plain ASCII the accented spelling of its words that
    ``names.name_accents`` knows ("Goran Ivanisevic" -> "Goran Ivanišević"), mentions and
    speakers alike (they read the entity's name). A word the document also writes with some
    accent of its own is left as written (the document's spelling is evidence; ``coref.spellings``
    already gave its accented mentions' spelling to the plain ones). A word takes a given name's
    row where it opens a name of two words or more, a family name's elsewhere; ``parts`` picks
    which of the two are restored. The mention's text and span stay."""
    table = name_accents()
    written: set[str] | None = None  # the folded spellings of the text's accented words
    done: dict[str, str] = {}
    for e in ents:
        if e.type != "PERSON" or not e.name.isascii() or "notable" in e.tags:
            continue  # (a title of models/notable_people.jsonl is whole: session 40)
        name = done.get(e.name)
        if name is None:
            name = e.name
            words = list(NAME_WORD.finditer(e.name))
            family = False  # a family name of this name took its marks
            for i, m in reversed(list(enumerate(words))):
                row = table.get(m.group())
                # a given name opens a name of two words or more, a family name follows it or
                # stands alone ("el-Sisi" takes no given name's accents); a given name takes its
                # marks only beside a family name that took its own: given names travel
                # between languages ("Stefka" is Bulgarian as well as a Slovak "Štefka")
                part = "given" if i == 0 and len(words) > 1 else "family"
                if row is None or part not in row[1] or part not in parts:
                    continue
                if part == "given" and not (family or "family" not in parts):
                    continue
                if written is None:
                    written = {fold_letters(w) for w in NON_ASCII_WORD.findall(text)}
                if m.group() in written:
                    continue
                name = name[: m.start()] + row[0] + name[m.end() :]
                family = True
            done[e.name] = name
        e.name = name


# A person's country as the text writes it around a mention (session 43): "Tomas Berdych (Czech
# Republic)" (a results line's bracket), "Mexico's security secretary Omar Garcia Harfuch" (a
# country's possessive, then at most five words of a role), "Warsaw mayor Rafal Trzaskowski",
# "Spain coach Luis de la Fuente" (a place, then one to five words of a role: the place's
# country, by the gazetteer's largest place of the name), "Getafe coach Jose Bordalas" (a club
# of ``models/club_titles.jsonl``: its country), "Croatian Foreign Minister Gordan
# Grlic Radman" (a nationality adjective, then the role). Words only between them: a comma or a
# full stop ends the cue ("the Czech government approved ... . Minister X" is no cue), and so
# does another person's name ("Spain's Carlos Alcaraz beat Tomas Berdych").
BRACKET_COUNTRY = re.compile(r"[ \t]*\(([A-Z][A-Za-z .'-]{1,40})\)")
AFTER_COUNTRY = re.compile(r"['’]s(?:\s+[A-Za-z][A-Za-z.-]*){0,5}\s+$")
AFTER_PLACE = re.compile(r"(?:\s+[A-Za-z][A-Za-z.-]*){1,5}\s+$")
AFTER_NATIONALITY = re.compile(r"(?:\s+[A-Za-z][A-Za-z.-]*){0,5}\s+$")
CUE_REACH = 60  # characters between the country's name and the person's
LETTERS = re.compile(r"[^\W\d_]+")


def _cue_code(text: str, e: Ent, before: Ent | None) -> str | None:
    """The ISO code of the country the text ties one mention of a person to, or None."""
    m = BRACKET_COUNTRY.match(text, e.end)
    if m:
        code = country_code(m.group(1).strip())
        if code:
            return code
    if before is None or before.type == "PERSON" or e.start - before.end > CUE_REACH:
        return None  # (another person between: "Spain's Carlos Alcaraz beat Tomas Berdych")
    gap = text[before.end : e.start]
    if before.type == "GPE" and (AFTER_COUNTRY.match(gap) or AFTER_PLACE.match(gap)):
        return place_country_code(before.name)
    if before.type == "ORG" and (AFTER_COUNTRY.match(gap) or AFTER_PLACE.match(gap)):
        return club_country(before.name)
    if before.type == "NORP" and AFTER_NATIONALITY.match(gap):
        country = demonym_countries().get(before.name)
        return country_code(country) if country else None
    return None


def country_accents(text: str, ents: list[Ent]) -> None:
    """Give the plain words of a PERSON's name the accents of the language of the country the
    text ties the person to, where the name lists of all languages disagree and
    ``person_accents`` left them plain ("Jose" is a name in English lists, "José" in Spanish
    ones): "Mexico's security secretary Omar Garcia Harfuch" -> "Omar García Harfuch", "Tomas
    Berdych (Czech Republic)" -> "Tomáš Berdych", "Warsaw mayor Rafal Trzaskowski" -> "Rafał".

    The country is the one a mention's own cue names (a bracket after it; a country's
    possessive, a place, a club or a nationality adjective before it with only a role's words
    between); the cues of all the name's mentions must agree. Without a cue, the dateline's
    country, and then the family name (the last word) must take a row for any word to change
    (given names travel: "Martin Odegaard" or a baker "Leo Martin" in Madrid or Paris copy
    stay). A language's row (``names.language_name_accents``) is read by the word's place: a
    first word of two or more a given name's, a last word a family name's, a middle word
    either; in a country of several languages every one must have the same row ("Belgian
    Elise Mertz" stays: Dutch lists write "Elise"). A word the document writes with accents of
    its own, a title tagged "notable" and names in capitals are left alone; texts and spans
    stay. Per distinct name: one bisection for the mention's neighbour, one dict lookup per
    word and language."""
    people = [e for e in ents if e.type == "PERSON" and "notable" not in e.tags]
    if not people:
        return
    table = language_name_accents()
    cues: dict[str, set[str]] = {}
    # the places, nationalities, bodies (clubs) and people by their end: a mention's nearest
    # before it, which must not be another person
    kinds = ("GPE", "NORP", "ORG", "PERSON")
    places = sorted((e for e in ents if e.type in kinds), key=lambda e: e.end)
    ends = [p.end for p in places]
    for e in people:
        k = bisect_right(ends, e.start)
        code = _cue_code(text, e, places[k - 1] if k else None)
        found = cues.setdefault(e.name, set())
        if code:
            found.add(code)
    dateline: str | bool | None = False  # not read yet
    written: set[str] | None = None
    done: dict[str, str] = {}
    for e in people:
        name = done.get(e.name)
        if name is None:
            name = e.name
            codes = cues.get(e.name, set())
            strict = not codes
            if strict:
                if dateline is False:
                    country = dateline_country_name(text, ents)
                    dateline = country_code(country) if country else None
                codes = {dateline} if isinstance(dateline, str) else set()
            langs = country_languages().get(next(iter(codes)), ()) if len(codes) == 1 else ()
            if langs:
                if written is None:
                    written = {fold_letters(w) for w in NON_ASCII_WORD.findall(text)}
                name = _spelled(e.name, langs, table, written, strict)
            done[e.name] = name
        e.name = name


def _spelled(
    name: str,
    langs: tuple[str, ...],
    table: dict[tuple[str, str], tuple[str, str]],
    written: set[str],
    strict: bool,
) -> str:
    """``name`` with the plain words the languages' rows spell with accents."""
    words = list(LETTERS.finditer(name))
    spelled: list[tuple[int, int, str]] = []
    for i, m in enumerate(words):
        word = m.group()
        if not word.isascii() or not word[:1].isupper() or word in written:
            continue
        place = {"given"} if i == 0 and len(words) > 1 else {"family"}
        if 0 < i < len(words) - 1:
            place = {"given", "family"}
        # every language of the country spells the word so ("Elise" in Belgium: French lists
        # write "Élise", Dutch ones "Elise": no change)
        found: set[str | None] = set()
        for lang in langs:
            row = table.get((lang, word))
            found.add(row[0] if row and place & set(row[1].split("/")) else None)
        accented = found.pop() if len(found) == 1 else None
        if accented is not None:
            spelled.append((m.start(), m.end(), accented))
    if not spelled or (strict and spelled[-1][1] != words[-1].end()):
        return name  # with the dateline alone, the family name must take its marks
    for start, end, accented in reversed(spelled):
        name = name[:start] + accented + name[end:]
    return name
