"""Names linked across the document, session 12 (issue 13 names, family 3), on
``spacy.blank("en")`` and the tables: ``coref.link_names`` gives a short form the full name the
same document gives. Invented texts; each rule has cases that must stay untouched.

New cases go in the table of their rule; a known miss stays as a strict xfail.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent, link_names

NLP = spacy.blank("en")

Mark = tuple[str, str, str]  # (surface, type, name before linking)


def linked(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """(surface, name) of each mention after ``link_names``; marks at their next occurrence."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    out = link_names(NLP(text), ents, frozenset({"said", "cold"}))
    return [(text[e.start : e.end], e.name) for e in out]


# coref.dateline_cities: the body's "New York" after a "NEW YORK" dateline is the city
DATELINE_CITIES = [
    ("NEW YORK, Oct 14 - Shares rose. Traders in New York said so.",
     [("NEW YORK", "GPE", "New York City"), ("New York", "GPE", "New York")],
     [("NEW YORK", "New York City"), ("New York", "New York City")]),
    ("NEW YORK -- Banks fell.\n\n(Reporting by Ann Lee in New York; Editing by Tom Hale)",
     [("NEW YORK", "GPE", "New York City"), ("Ann Lee", "PERSON", "Ann Lee"),
      ("New York", "GPE", "New York"), ("Tom Hale", "PERSON", "Tom Hale")],
     [("NEW YORK", "New York City"), ("Ann Lee", "Ann Lee"), ("New York", "New York City"),
      ("Tom Hale", "Tom Hale")]),
    ("NEW YORK, May 2 - Stocks rose. Brokers in New York and Chicago were busy.",
     [("NEW YORK", "GPE", "New York City"), ("New York", "GPE", "New York"),
      ("Chicago", "GPE", "Chicago")],
     [("NEW YORK", "New York City"), ("New York", "New York City"), ("Chicago", "Chicago")]),
    # untouched: the state named as such, a state's office, no dateline, a dateline with its state
    ("NEW YORK, May 2 - Upstate, New York state lost power.",
     [("NEW YORK", "GPE", "New York City"), ("New York", "GPE", "New York")],
     [("NEW YORK", "New York City"), ("New York", "New York")]),
    ("NEW YORK, May 2 - New York Governor Kathy Hochul spoke.",
     [("NEW YORK", "GPE", "New York City"), ("New York", "GPE", "New York"),
      ("Kathy Hochul", "PERSON", "Kathy Hochul")],
     [("NEW YORK", "New York City"), ("New York", "New York"), ("Kathy Hochul", "Kathy Hochul")]),
    ("WASHINGTON -- Senator Chuck Schumer of New York objected.",
     [("WASHINGTON", "GPE", "Washington, D.C."), ("Chuck Schumer", "PERSON", "Chuck Schumer"),
      ("New York", "GPE", "New York")],
     [("WASHINGTON", "Washington, D.C."), ("Chuck Schumer", "Chuck Schumer"),
      ("New York", "New York")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), DATELINE_CITIES)
def test_dateline_cities(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


# coref.acronyms with _spells: an acronym of a body's name without the place it ends with
PLACE_ACRONYMS = [
    ("The Maritime and Port Authority of Singapore said traffic rose. The MPA said so.",
     [("Maritime and Port Authority of Singapore", "ORG", "Maritime and Port Authority of Singapore"),
      ("MPA", "ORG", "MPA")],
     [("Maritime and Port Authority of Singapore", "Maritime and Port Authority of Singapore"),
      ("MPA", "Maritime and Port Authority of Singapore")]),
    ("The NBS said output rose. The National Bureau of Statistics of Tanzania said so.",
     [("NBS", "ORG", "NBS"),
      ("National Bureau of Statistics of Tanzania", "ORG", "National Bureau of Statistics of Tanzania")],
     [("NBS", "National Bureau of Statistics of Tanzania"),
      ("National Bureau of Statistics of Tanzania", "National Bureau of Statistics of Tanzania")]),
    ("The Electoral Commission (Ghana) met. The EC said the vote was fair.",
     [("Electoral Commission", "ORG", "Electoral Commission (Ghana)"), ("EC", "ORG", "EC")],
     [("Electoral Commission", "Electoral Commission (Ghana)"), ("EC", "Electoral Commission (Ghana)")]),
    ("The Port Authority of Jamaica said ships waited. The PAJ said so.",
     [("Port Authority of Jamaica", "ORG", "Port Authority of Jamaica"), ("PAJ", "ORG", "PAJ")],
     [("Port Authority of Jamaica", "Port Authority of Jamaica"), ("PAJ", "Port Authority of Jamaica")]),
    # untouched: the rest after "of" is no place; letters that spell no name in the text
    ("The Bank of Kestrel Holdings said so. The BK said no.",
     [("Bank of Kestrel Holdings", "ORG", "Bank of Kestrel Holdings"), ("BK", "ORG", "BK")],
     [("Bank of Kestrel Holdings", "Bank of Kestrel Holdings"), ("BK", "BK")]),
    ("The Maritime and Port Authority of Singapore said so. The IMO said no.",
     [("Maritime and Port Authority of Singapore", "ORG", "Maritime and Port Authority of Singapore"),
      ("IMO", "ORG", "IMO")],
     # (not the authority's letters; since session 39 the letters the text never spells out take
     # the title of models/org_acronyms.jsonl)
     [("Maritime and Port Authority of Singapore", "Maritime and Port Authority of Singapore"),
      ("IMO", "International Maritime Organization")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PLACE_ACRONYMS)
def test_place_acronyms(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


# coref.surnames with _opened_people: a person named by the first words of a full name
OPENED_PEOPLE = [
    ("Pasang Dawa Sherpa reached the top. Pasang Dawa said it was cold.",
     [("Pasang Dawa Sherpa", "PERSON", "Pasang Dawa Sherpa"), ("Pasang Dawa", "PERSON", "Pasang Dawa")],
     [("Pasang Dawa Sherpa", "Pasang Dawa Sherpa"), ("Pasang Dawa", "Pasang Dawa Sherpa")]),
    ("Faisal bin Farhan Al Saud met envoys. Faisal bin Farhan said talks went well.",
     [("Faisal bin Farhan Al Saud", "PERSON", "Faisal bin Farhan Al Saud"),
      ("Faisal bin Farhan", "PERSON", "Faisal bin Farhan")],
     [("Faisal bin Farhan Al Saud", "Faisal bin Farhan Al Saud"),
      ("Faisal bin Farhan", "Faisal bin Farhan Al Saud")]),
    ("Ana Maria Ruiz Ortega spoke. Later Ana Maria Ruiz said more.",
     [("Ana Maria Ruiz Ortega", "PERSON", "Ana Maria Ruiz Ortega"),
      ("Ana Maria Ruiz", "PERSON", "Ana Maria Ruiz")],
     [("Ana Maria Ruiz Ortega", "Ana Maria Ruiz Ortega"), ("Ana Maria Ruiz", "Ana Maria Ruiz Ortega")]),
    # untouched: two full names open alike (left alone), a two-word full name (no shorter
    # name of two words), an organisation
    ("Pasang Dawa Sherpa and Pasang Dawa Lama climbed. Pasang Dawa said it was cold.",
     [("Pasang Dawa Sherpa", "PERSON", "Pasang Dawa Sherpa"),
      ("Pasang Dawa Lama", "PERSON", "Pasang Dawa Lama"), ("Pasang Dawa", "PERSON", "Pasang Dawa")],
     [("Pasang Dawa Sherpa", "Pasang Dawa Sherpa"), ("Pasang Dawa Lama", "Pasang Dawa Lama"),
      ("Pasang Dawa", "Pasang Dawa")]),
    ("Maria Lindqvist spoke. Maria Lindqvist said more.",
     [("Maria Lindqvist", "PERSON", "Maria Lindqvist"), ("Maria Lindqvist", "PERSON", "Maria Lindqvist")],
     [("Maria Lindqvist", "Maria Lindqvist"), ("Maria Lindqvist", "Maria Lindqvist")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), OPENED_PEOPLE)
def test_opened_people(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


# coref.tail_forms with _tails: the last words before a long name's "of" stand for it
OF_TAILS = [
    ("The Maritime and Port Authority of Singapore said so. The Port Authority said more.",
     [("Maritime and Port Authority of Singapore", "ORG", "Maritime and Port Authority of Singapore"),
      ("Port Authority", "ORG", "Port Authority")],
     [("Maritime and Port Authority of Singapore", "Maritime and Port Authority of Singapore"),
      ("Port Authority", "Maritime and Port Authority of Singapore")]),
    ("The Federal Maritime Board of Inquiry met. The Maritime Board said fees fell.",
     [("Federal Maritime Board of Inquiry", "ORG", "Federal Maritime Board of Inquiry"),
      ("Maritime Board", "ORG", "Maritime Board")],
     [("Federal Maritime Board of Inquiry", "Federal Maritime Board of Inquiry"),
      ("Maritime Board", "Federal Maritime Board of Inquiry")]),
    ("The Independent National Electoral Commission met. The Electoral Commission said so.",
     [("Independent National Electoral Commission", "ORG", "Independent National Electoral Commission"),
      ("Electoral Commission", "ORG", "Electoral Commission")],
     [("Independent National Electoral Commission", "Independent National Electoral Commission"),
      ("Electoral Commission", "Independent National Electoral Commission")]),
    # untouched: what follows "of" ("Red Cross", "Bank of Canada"), a body named before the
    # long one, two long names with one tail
    ("The International Committee of the Red Cross said so. Red Cross staff helped.",
     [("International Committee of the Red Cross", "ORG", "International Committee of the Red Cross"),
      ("Red Cross", "ORG", "Red Cross")],
     [("International Committee of the Red Cross", "International Committee of the Red Cross"),
      ("Red Cross", "Red Cross")]),
    ("The National Bank of Canada said so. The Bank of Canada held rates.",
     [("National Bank of Canada", "ORG", "National Bank of Canada"),
      ("Bank of Canada", "ORG", "Bank of Canada")],
     [("National Bank of Canada", "National Bank of Canada"), ("Bank of Canada", "Bank of Canada")]),
    ("The Port Authority met. The Maritime and Port Authority of Singapore said so.",
     [("Port Authority", "ORG", "Port Authority"),
      ("Maritime and Port Authority of Singapore", "ORG", "Maritime and Port Authority of Singapore")],
     [("Port Authority", "Port Authority"),
      ("Maritime and Port Authority of Singapore", "Maritime and Port Authority of Singapore")]),
    ("The Kenya Ports Authority of Mombasa and the Tanzania Ports Authority of Dar met. "
     + "The Ports Authority said so.",
     [("Kenya Ports Authority of Mombasa", "ORG", "Kenya Ports Authority of Mombasa"),
      ("Tanzania Ports Authority of Dar", "ORG", "Tanzania Ports Authority of Dar"),
      ("Ports Authority", "ORG", "Ports Authority")],
     [("Kenya Ports Authority of Mombasa", "Kenya Ports Authority of Mombasa"),
      ("Tanzania Ports Authority of Dar", "Tanzania Ports Authority of Dar"),
      ("Ports Authority", "Ports Authority")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), OF_TAILS)
def test_of_tails(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


# coref.natural_titles: a natural place named with and without its kind word is one place
NATURAL_TITLES = [
    ("Ships crossed the Atlantic Ocean. Storms over the Atlantic eased.",
     [("Atlantic Ocean", "LOC", "Atlantic Ocean"), ("Atlantic", "LOC", "Atlantic")],
     [("Atlantic Ocean", "Atlantic Ocean"), ("Atlantic", "Atlantic Ocean")]),
    ("Everest was crowded, climbers on Mount Everest said.",
     [("Everest", "LOC", "Everest"), ("Mount Everest", "LOC", "Mount Everest")],
     [("Everest", "Mount Everest"), ("Mount Everest", "Mount Everest")]),
    ("Boats on the River Thames stopped as the Thames rose.",
     [("River Thames", "LOC", "River Thames"), ("Thames", "LOC", "Thames")],
     [("River Thames", "River Thames"), ("Thames", "River Thames")]),
    ("Barges on the Yangtze River waited; the Yangtze fell again.",
     [("Yangtze River", "LOC", "Yangtze River"), ("Yangtze", "LOC", "Yangtze")],
     [("Yangtze River", "Yangtze River"), ("Yangtze", "Yangtze River")]),
    # untouched: a place of the short name, two long names, no long name in the text
    ("Lake Victoria rose, and Victoria officials said so.",
     [("Lake Victoria", "LOC", "Lake Victoria"), ("Victoria", "GPE", "Victoria")],
     [("Lake Victoria", "Lake Victoria"), ("Victoria", "Victoria")]),
    ("The Kivu River feeds Lake Kivu; Kivu fishermen complained.",
     [("Kivu River", "LOC", "Kivu River"), ("Lake Kivu", "LOC", "Lake Kivu"), ("Kivu", "LOC", "Kivu")],
     [("Kivu River", "Kivu River"), ("Lake Kivu", "Lake Kivu"), ("Kivu", "Kivu")]),
    ("Water levels on the Rhine fell again.",
     [("Rhine", "LOC", "Rhine")], [("Rhine", "Rhine")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), NATURAL_TITLES)
def test_natural_titles(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


def linked_titled(
    text: str, marks: list[tuple[str, str, str, tuple[str, ...]]]
) -> list[tuple[str, str]]:
    """As ``linked``, with the titles the naming step said of each mention."""
    ents, pos = [], 0
    for surface, typ, name, titles in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name, titles))
        pos = s + len(surface)
    out = link_names(NLP(text), ents, frozenset({"said"}))
    return [(text[e.start : e.end], e.name) for e in out]


# coref.titled_names: a title English Wikipedia keeps in the name ("in_name" in titles.jsonl)
TITLED_NAMES = [
    ("Pope Leo XIV was inaugurated. Leo called for peace.",
     [("Leo XIV", "PERSON", "Leo XIV", ("Pope",)), ("Leo", "PERSON", "Leo XIV", ("Pope",))],
     [("Leo XIV", "Pope Leo XIV"), ("Leo", "Pope Leo XIV")]),
    ("Pope Francis met pilgrims.", [("Francis", "PERSON", "Francis", ("Pope",))],
     [("Francis", "Pope Francis")]),
    ("Pope Benedict XVI wrote. Benedict XVI said so.",
     [("Benedict XVI", "PERSON", "Benedict XVI", ("Pope",)),
      ("Benedict XVI", "PERSON", "Benedict XVI", ("Pope",))],
     [("Benedict XVI", "Pope Benedict XVI"), ("Benedict XVI", "Pope Benedict XVI")]),
    # untouched: other titles, a name that has the title already, no title
    ("King Charles III attended.", [("Charles III", "PERSON", "Charles III", ("King",))],
     [("Charles III", "Charles III")]),
    ("Pope Leo XIV spoke.", [("Leo XIV", "PERSON", "Pope Leo XIV", ("Pope",))],
     [("Leo XIV", "Pope Leo XIV")]),
    ("Francis Ngannou won.", [("Francis Ngannou", "PERSON", "Francis Ngannou", ())],
     [("Francis Ngannou", "Francis Ngannou")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), TITLED_NAMES)
def test_titled_names(
    text: str, marks: list[tuple[str, str, str, tuple[str, ...]]], want: list[tuple[str, str]]
) -> None:
    assert linked_titled(text, marks) == want


# coref.surnames: a first word that is no given name is a family name written first
FAMILY_NAMES_FIRST = [
    ("Xi Jinping met officials. Xi said so.",
     [("Xi Jinping", "PERSON", "Xi Jinping"), ("Xi", "PERSON", "Xi")],
     [("Xi Jinping", "Xi Jinping"), ("Xi", "Xi Jinping")]),
    ("Nguyen Phu Trong spoke. Nguyen said so.",
     [("Nguyen Phu Trong", "PERSON", "Nguyen Phu Trong"), ("Nguyen", "ORG", "Nguyen")],
     [("Nguyen Phu Trong", "Nguyen Phu Trong"), ("Nguyen", "Nguyen Phu Trong")]),
    ("Xi Jinping met officials. Later Xi said so.",  # untagged by NER: tagged here
     [("Xi Jinping", "PERSON", "Xi Jinping")],
     [("Xi Jinping", "Xi Jinping"), ("Xi", "Xi Jinping")]),
    # untouched: a given name first ("Maria"), two names with that first word
    ("Maria Lindqvist spoke. Maria said so.",
     [("Maria Lindqvist", "PERSON", "Maria Lindqvist")], [("Maria Lindqvist", "Maria Lindqvist")]),
    ("Xi Jinping and Xi Mingze met. Xi said so.",
     [("Xi Jinping", "PERSON", "Xi Jinping"), ("Xi Mingze", "PERSON", "Xi Mingze"),
      ("Xi", "PERSON", "Xi")],
     [("Xi Jinping", "Xi Jinping"), ("Xi Mingze", "Xi Mingze"), ("Xi", "Xi")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FAMILY_NAMES_FIRST)
def test_family_names_first(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


# coref.natural_titles with models/natural_titles.jsonl: no longer name in the document
TABLE_NATURAL_TITLES = [
    ("Traffic in the Baltic rose.", [("Baltic", "LOC", "Baltic")], [("Baltic", "Baltic Sea")]),
    ("Climbers on Everest waited.", [("Everest", "LOC", "Everest")],
     [("Everest", "Mount Everest")]),
    ("Ice on Baikal melted early.", [("Baikal", "LOC", "Baikal")], [("Baikal", "Lake Baikal")]),
    ("Storms over the Pacific eased.", [("Pacific", "LOC", "Pacific")],
     [("Pacific", "Pacific Ocean")]),
    # untouched: rivers and ranges (titled by local usage), a person, a place the aliases know,
    # a name WordNet gives two places ("Chad")
    ("Snow fell in the Alps.", [("Alps", "LOC", "Alps")], [("Alps", "Alps")]),
    ("Barges on the Danube waited.", [("Danube", "LOC", "Danube")], [("Danube", "Danube")]),
    ("Wilson said so.", [("Wilson", "PERSON", "Wilson")], [("Wilson", "Wilson")]),
    ("Floods hit Chad.", [("Chad", "LOC", "Chad")], [("Chad", "Chad")]),
    ("Climbers left Kilimanjaro.", [("Kilimanjaro", "LOC", "Kilimanjaro")],  # also a region
     [("Kilimanjaro", "Kilimanjaro")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), TABLE_NATURAL_TITLES)
def test_table_natural_titles(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


def test_capitals_are_no_family_name() -> None:
    """An index provider NER took for a person: "FTSE" of "FTSE 250" stays untagged."""
    text = "FTSE Russell said Rightmove joins the FTSE 250 index."
    assert linked(text, [("FTSE Russell", "PERSON", "FTSE Russell")]) == [
        ("FTSE Russell", "FTSE Russell")
    ]


# session 12 folds naming.link_head_nouns into coref.head_nouns: an organisation named by its
# head before the long form is linked to it; a place is not
HEADS_BEFORE = [
    ("Commission fines Kestrel\nThe European Commission fined Kestrel on Monday.",
     [("Commission", "ORG", "Commission"), ("Kestrel", "ORG", "Kestrel"),
      ("European Commission", "ORG", "European Commission"), ("Kestrel", "ORG", "Kestrel")],
     [("Commission", "European Commission"), ("Kestrel", "Kestrel"),
      ("European Commission", "European Commission"), ("Kestrel", "Kestrel")]),
    ("Salmon returned to the Tay, the River Tay trust said.",
     [("Tay", "ORG", "Tay"), ("River Tay", "LOC", "River Tay")],
     [("Tay", "River Tay"), ("River Tay", "River Tay")]),
    # untouched: a place before an organisation that ends with its name
    ("Hospitals in England are full, NHS England said.",
     [("England", "GPE", "England"), ("NHS England", "ORG", "NHS England")],
     [("England", "England"), ("NHS England", "NHS England")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), HEADS_BEFORE)
def test_heads_before(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want


# coref.short_forms: a bare first word is not the body named after the natural feature it names
FEATURE_BODIES = [
    ("The Mekong River Commission met. Fishing on the Mekong fell.",
     [("Mekong River Commission", "ORG", "Mekong River Commission"), ("Mekong", "LOC", "Mekong")],
     [("Mekong River Commission", "Mekong River Commission"), ("Mekong", "Mekong")]),
    ("The Zambezi River Authority warned that the Zambezi was rising.",
     [("Zambezi River Authority", "ORG", "Zambezi River Authority"), ("Zambezi", "LOC", "Zambezi")],
     [("Zambezi River Authority", "Zambezi River Authority"), ("Zambezi", "Zambezi")]),
    ("The Danube Delta Agency said birds returned to the Danube.",
     [("Danube Delta Agency", "ORG", "Danube Delta Agency"), ("Danube", "LOC", "Danube")],
     [("Danube Delta Agency", "Danube Delta Agency"), ("Danube", "Danube")]),
    # untouched: a short form of a body whose next word is no feature's kind
    ("Korvant Minerals Group bought a mine. Korvant said it would pay cash.",
     [("Korvant Minerals Group", "ORG", "Korvant Minerals Group"), ("Korvant", "ORG", "Korvant")],
     [("Korvant Minerals Group", "Korvant Minerals Group"), ("Korvant", "Korvant Minerals Group")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FEATURE_BODIES)
def test_feature_bodies(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert linked(text, marks) == want
