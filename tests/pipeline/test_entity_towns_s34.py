"""Which town a shared place name means, session 34 (issue 13 names, dev set 34w), on
``spacy.blank("en")`` through ``coref.link_names``:
- a town named bare whose name towns of several countries bear takes the country its own
  sentence names (a country, a region of it, a body named after the region), not a U.S. state
  the text names in another sentence ("Hamilton" beside "Waikato Regional Council" ->
  "Hamilton", not "Hamilton, Ohio"; ``place_names._town_abroad``,
  ``place_names._sentence_codes``); a Canadian or Australian town takes its province's or
  state's title; elsewhere the bare name stays (titling it "Town, Country" by the sentence
  lost on the lead's blind sets; a town the text writes "Hamilton, Bermuda" is titled as before);
- a town abroad that is its name's primary topic (``place_names._primary_topic``,
  PRIMARY_RATIO) stays bare where its sentence names no state ("Paris police" in a text that
  names Texas in another sentence).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.normalize.names import world_places
from briefx.pipeline.coref.place_names import _primary_topic, _titled_abroad
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "in", "and", "of", "were"})


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


def names(text: str, marks: list[tuple[str, str, str]]) -> list[str]:
    return [name for _, _, name in linked_marks(text, marks, ENGLISH)]


# place_names._town_abroad: the sentence's country, not a state named elsewhere; abroad (but
# in Canada and Australia) the town keeps its bare name (titling it by the sentence's country
# lost on the lead's blind sets, session 34)
SENTENCE_COUNTRY = [
    ("Water was cut in Hamilton, Waikato Regional Council said. Storms hit Ohio on Monday.",
     [gpe("Hamilton"), ("Waikato Regional Council", "ORG", "Waikato Regional Council"),
      gpe("Ohio")],
     ["Hamilton", "Waikato Regional Council", "Ohio"]),
    ("Police in Hamilton, Bermuda, said a boat sank. Texas sent aid.",
     [gpe("Hamilton"), gpe("Bermuda"), gpe("Texas")],
     ["Hamilton, Bermuda", "Bermuda", "Texas"]),
    ("A ferry left Tripoli after Lebanese officials lifted a ban. Iowa reported snow.",
     [gpe("Tripoli"), ("Lebanese", "NORP", "Lebanese"), gpe("Iowa")],
     ["Tripoli", "Lebanese", "Iowa"]),
    # the largest town of its name stays bare, but no state elsewhere renames it
    ("Kingston and Montego Bay lost power, Jamaica's utility said. Iowa reported snow.",
     [gpe("Kingston"), gpe("Montego Bay"), gpe("Jamaica"), gpe("Iowa")],
     ["Kingston", "Montego Bay", "Jamaica", "Iowa"]),
    ("Guyana's police said a fire in Georgetown killed two. Texas sent aid.",
     [gpe("Guyana"), gpe("Georgetown"), gpe("Texas")],
     ["Guyana", "Georgetown", "Texas"]),
    ("Schools in Kingston and Ottawa closed, Ontario said. Vermont schools stayed open.",
     [gpe("Kingston"), gpe("Ottawa"), gpe("Ontario"), gpe("Vermont")],
     ["Kingston, Ontario", "Ottawa", "Ontario", "Vermont"]),
    # untouched: the sentence names the state; a U.S. story's town; a primary topic abroad
    ("Floods hit Hamilton, Ohio officials said on Monday.",
     [gpe("Hamilton"), gpe("Ohio")],
     ["Hamilton, Ohio", "Ohio"]),
    ("Georgetown, Texas, approved a budget. Georgetown will hire police.",
     [gpe("Georgetown"), gpe("Texas"), gpe("Georgetown")],
     ["Georgetown, Texas", "Texas", "Georgetown, Texas"]),
    ("Perth police in Western Australia said the roads were closed. Utah had snow.",
     [gpe("Perth"), gpe("Western Australia"), gpe("Utah")],
     ["Perth", "Western Australia", "Utah"]),
    ("Paris police closed the metro. In Texas, Paris officials opened a shelter.",
     [gpe("Paris"), gpe("Texas"), gpe("Paris")],
     ["Paris", "Texas", "Paris, Texas"]),
    ("Springfield council met on Monday. The Illinois governor said so.",
     [gpe("Springfield"), gpe("Illinois")],
     ["Springfield, Illinois", "Illinois"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), SENTENCE_COUNTRY)
def test_town_of_the_sentence_country(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert names(text, marks) == expected


# place_names._titled_abroad (unchanged; the sentence's country is titled by it): "Town,
# Country" where the largest town of the name lies elsewhere
WRITTEN_COUNTRY = [
    ("Hamilton", "New Zealand", "Hamilton, New Zealand"),
    ("Perth", "Scotland", "Perth, Scotland"),
    ("Tripoli", "Lebanon", "Tripoli, Lebanon"),
    # untouched: the largest of its name (a known miss for "Kingston, Jamaica"), a large city
    # abroad, no such town
    ("Kingston", "Jamaica", None),
    ("Paris", "France", None),
    ("Dublin", "Ireland", None),
    ("Valencia", "Spain", None),
    ("Kingston", "Chile", None),
]


@pytest.mark.parametrize(("city", "country", "title"), WRITTEN_COUNTRY)
def test_titled_abroad(city: str, country: str, title: str | None) -> None:
    assert _titled_abroad(city, country) == title


# place_names._primary_topic: the largest city has PRIMARY_RATIO times the next one's people
PRIMARY = [
    ("Paris", True),
    ("Perth", True),
    ("Lagos", True),
    ("Santiago", True),
    ("Kingston", False),
    ("Hamilton", False),
    ("Salem", False),
    ("Springfield", False),
]


@pytest.mark.parametrize(("name", "primary"), PRIMARY)
def test_primary_topic(name: str, primary: bool) -> None:
    assert _primary_topic(world_places().get(name, ())) is primary
