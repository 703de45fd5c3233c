"""Session 43 (accents43, issue 13): a person's plain name takes the accents of the language of
the country the text ties the person to.

- ``entities.accents.country_accents``: where the lists of all languages disagree ("Jose" is a
  name in English lists, "José" in Spanish ones: no row of ``models/name_accents.jsonl``), a
  person tied to a country by a bracket after a mention ("(Czech Republic)"), a country's
  possessive, a place, a club or a nationality adjective before it with only a role's words
  between ("Mexico's security secretary", "Warsaw mayor", "Atletico Madrid defender",
  "Hungarian opposition leader"), or else by the dateline, takes the row of
  the country's language (``models/language_name_accents.jsonl``); with the dateline alone the
  family name must take a row for any word to change; cues that disagree, languages of one
  country that disagree, a comma between, a country of
  another language, a word the text writes with marks of its own, a title tagged "notable" and
  names in capitals stay as written;
- the tables: rows that must exist and rows that must not; a country's languages (CLDR).
Invented texts (real countries); each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.normalize.names import (
    country_languages,
    fold_letters,
    language_name_accents,
)
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.accents import country_accents
from briefx.records import Brief


def accented(text: str, marks: list[tuple[str, str, str]], tags: tuple[str, ...] = ()) -> list:
    """The name of each mark after ``country_accents``; marks are (surface, type, name)."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        if typ == "PERSON":
            ents[-1].tags.update(tags)
        pos = s + len(surface)
    country_accents(text, ents)
    return [e.name for e in ents]


def per(surface: str, name: str | None = None) -> tuple[str, str, str]:
    return (surface, "PERSON", name or surface)


def gpe(surface: str, name: str | None = None) -> tuple[str, str, str]:
    return (surface, "GPE", name or surface)


def norp(surface: str) -> tuple[str, str, str]:
    return (surface, "NORP", surface)


CHANGED = [
    # a country's possessive, then a role's words
    ("Mexico's security secretary Omar Garcia Harfuch said on Thursday.",
     [gpe("Mexico"), per("Omar Garcia Harfuch")], ["Mexico", "Omar García Harfuch"]),
    ("Spain's Jose Luis Ortega won the sprint.", [gpe("Spain"), per("Jose Luis Ortega")],
     ["Spain", "José Luis Ortega"]),
    # a country whose other official language no list holds (Quechua): read as Spanish
    ("Peru's President Jose Perez declared an emergency.", [gpe("Peru"), per("Jose Perez")],
     ["Peru", "José Pérez"]),
    # a place, then a role's words: the place's country
    ("Warsaw mayor Rafal Trzaskowski said the works were safe.",
     [gpe("Warsaw"), per("Rafal Trzaskowski")], ["Warsaw", "Rafał Trzaskowski"]),
    ("Spain coach Jose Perez named his squad.", [gpe("Spain"), per("Jose Perez")],
     ["Spain", "José Pérez"]),
    # a club of the club table, then a role's words: the club's country
    ("Atletico Madrid defender Jose Hernandez was sent off.",
     [("Atletico Madrid", "ORG", "Atlético Madrid"), per("Jose Hernandez")],
     ["Atlético Madrid", "José Hernández"]),
    # a nationality adjective, then a role's words
    ("Hungarian opposition leader Peter Magyar called the caps a trick.",
     [norp("Hungarian"), per("Peter Magyar")], ["Hungarian", "Péter Magyar"]),
    ("The Portuguese midfielder Ruben Dias was booked.", [norp("Portuguese"), per("Ruben Dias")],
     ["Portuguese", "Rúben Dias"]),
    # a results line's bracket; the lone surname the linking named follows
    ("Tomas Berdych (Czech Republic) beat Ivo Karlovic (Croatia) 6-3 6-2. Berdych served well.",
     [per("Tomas Berdych"), gpe("Czech Republic"), per("Ivo Karlovic"), gpe("Croatia"),
      per("Berdych", "Tomas Berdych")],
     ["Tomáš Berdych", "Czech Republic", "Ivo Karlović", "Croatia", "Tomáš Berdych"]),
    ("Gonzalez said he was tired. Felipe Gonzalez (Spain) lost in three sets.",
     [per("Gonzalez", "Felipe Gonzalez"), per("Felipe Gonzalez"), gpe("Spain")],
     ["Felipe González", "Felipe González", "Spain"]),
    # the dateline alone: the family name takes a row, and the given name beside it
    ("MADRID 1996-10-13\nRoberto Rios scored the winner.", [gpe("MADRID", "Madrid"),
     per("Roberto Rios")], ["Madrid", "Roberto Ríos"]),
    ("MADRID, May 2 (Reuters) - Goalkeeper Jose Rodriguez saved a penalty.",
     [gpe("MADRID", "Madrid"), per("Jose Rodriguez")], ["Madrid", "José Rodríguez"]),
]  # fmt: skip

UNCHANGED = [
    # a country of another language (no lists of English names' accents)
    ("WASHINGTON, Jan 22 - Senator Ruben Gallego of Arizona said so.",
     [gpe("WASHINGTON", "Washington, D.C."), per("Ruben Gallego"), gpe("Arizona")],
     ["Washington, D.C.", "Ruben Gallego", "Arizona"]),
    ("Texas Representative Joaquin Castro said so.", [gpe("Texas"), per("Joaquin Castro")],
     ["Texas", "Joaquin Castro"]),
    ("Manchester United's Jose Gimenez was sent off.",
     [("Manchester United", "ORG", "Manchester United F.C."), per("Jose Gimenez")],
     ["Manchester United F.C.", "Jose Gimenez"]),
    ("Britain's Sebastian Coe was elected.", [gpe("Britain", "United Kingdom"),
     per("Sebastian Coe")], ["United Kingdom", "Sebastian Coe"]),
    # the dateline alone, a given name beside a family name of no Spanish list
    ("MADRID, March 2 (Reuters) - Martin Odegaard scored twice.",
     [gpe("MADRID", "Madrid"), per("Martin Odegaard")], ["Madrid", "Martin Odegaard"]),
    ("MADRID, March 2 (Reuters) - Sebastian Coe opened the meeting.",
     [gpe("MADRID", "Madrid"), per("Sebastian Coe")], ["Madrid", "Sebastian Coe"]),
    ("PARIS, Sept 10 - The mayor spoke to Leo Martin, who runs the bakery.",
     [gpe("PARIS", "Paris"), per("Leo Martin")], ["Paris", "Leo Martin"]),
    ("MADRID, May 2 (Reuters) - Goalkeeper Jose Francisco Molina saved a penalty.",
     [gpe("MADRID", "Madrid"), per("Jose Francisco Molina")], ["Madrid", "Jose Francisco Molina"]),
    # a country of several languages that do not agree (English names stay as written)
    ("Canada's Andre Dupont won the slalom.", [gpe("Canada"), per("Andre Dupont")],
     ["Canada", "Andre Dupont"]),
    ("Belgian Elise Mertz lost in three sets.", [norp("Belgian"), per("Elise Mertz")],
     ["Belgian", "Elise Mertz"]),
    # no dateline, no cue: a comma or a sentence between the country and the person
    ("Mexico's economy grew, Jose Perez said.", [gpe("Mexico"), per("Jose Perez")],
     ["Mexico", "Jose Perez"]),
    # another person between the cue and the name
    ("Spain's Carlos Alcaraz beat Tomas Hernandez in the final.",
     [gpe("Spain"), per("Carlos Alcaraz"), per("Tomas Hernandez")],
     ["Spain", "Carlos Alcaraz", "Tomas Hernandez"]),
    # cues that disagree
    ("Jose Perez (Spain) and Jose Perez (Portugal) drew.",
     [per("Jose Perez"), gpe("Spain"), per("Jose Perez"), gpe("Portugal")],
     ["Jose Perez", "Spain", "Jose Perez", "Portugal"]),
    # the text's own spelling of the word wins
    ("Carlos Pérez spoke. Mexico's Carlos Perez said no.",
     [per("Carlos Pérez"), gpe("Mexico"), per("Carlos Perez")],
     ["Carlos Pérez", "Mexico", "Carlos Perez"]),
    # capitals, another type
    ("Spain's JOSE PEREZ WINS", [gpe("Spain"), per("JOSE PEREZ")], ["Spain", "JOSE PEREZ"]),
    ("Spain's Garcia Holdings said sales rose.",
     [gpe("Spain"), ("Garcia Holdings", "ORG", "Garcia Holdings")], ["Spain", "Garcia Holdings"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CHANGED + UNCHANGED)
def test_country_accents(text: str, marks: list, expected: list[str]) -> None:
    assert accented(text, marks) == expected


def test_country_accents_leave_a_notable_title() -> None:
    marks = [gpe("Spain"), per("Sergio Garcia")]
    assert accented("Spain's Sergio Garcia won.", marks, ("notable",))[1] == "Sergio Garcia"


# the tables
@pytest.mark.parametrize(
    ("lang", "plain", "name"),
    [("es", "Gonzalez", "González"), ("es", "Jose", "José"), ("hu", "Peter", "Péter"),
     ("cs", "Tomas", "Tomáš"), ("pt", "Ruben", "Rúben"), ("pl", "Rafal", "Rafał"),
     ("es", "Rios", "Ríos")],
)  # fmt: skip
def test_language_rows(lang: str, plain: str, name: str) -> None:
    assert language_name_accents()[(lang, plain)][0] == name


@pytest.mark.parametrize(
    ("lang", "plain"),
    [("es", "Castro"), ("es", "Gallego"), ("en", "Jose"), ("fr", "Martin"), ("de", "Peter")],
)
def test_language_no_row(lang: str, plain: str) -> None:
    assert (lang, plain) not in language_name_accents()


def test_language_rows_fold_to_their_key() -> None:
    for (_, plain), (name, _) in language_name_accents().items():
        assert fold_letters(name) == plain
        assert name != plain


def test_country_languages() -> None:
    languages = country_languages()
    assert languages["MX"] == ("es",)
    assert languages["HU"] == ("hu",)
    assert "US" not in languages  # English has no rows
    assert languages["PE"] == ("es",)  # Quechua: no list, no evidence
    assert languages["CA"] == ("en", "fr")
    assert "el" in languages["CY"]  # Greek names are romanised plain


# the whole pipeline: mentions keep their text, the entity takes the name
def test_pipeline_country_accents(run: Callable[..., Brief]) -> None:
    brief = run(
        "BUDAPEST, June 3, 2025 - Hungary's opposition leader Peter Magyar called the caps a "
        "campaign trick on Tuesday.",
        reference_date="2025-06-03",
    )
    names = {m.text: e.name for e in brief.entities for m in e.mentions}
    assert names["Peter Magyar"] == "Péter Magyar"
