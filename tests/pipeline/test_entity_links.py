"""Document-level linking (briefx/pipeline/entity_links.py) on spacy.blank("en"): invented texts."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent, link_names
from briefx.pipeline.entities.linking import propagate
from briefx.pipeline.entities.mention import mention_of

NLP = spacy.blank("en")
ENGLISH = frozenset({"board", "department", "office", "harbour"})


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    out = link_names(NLP(text), ents, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in out]


CASES = [
    # surnames: the full name anywhere in the document, whatever NER said
    ("Rathmore wins. Priya Rathmore said so.", [("Rathmore", "GPE"), ("Priya Rathmore", "PERSON")],
     [("Rathmore", "PERSON", "Priya Rathmore"), ("Priya Rathmore", "PERSON", "Priya Rathmore")]),
    # untouched: two people share the surname -> no link
    ("Ann Vale and Tom Vale met. Vale left.",
     [("Ann Vale", "PERSON"), ("Tom Vale", "PERSON"), ("Vale", "PERSON")],
     [("Ann Vale", "PERSON", "Ann Vale"), ("Tom Vale", "PERSON", "Tom Vale"),
      ("Vale", "PERSON", "Vale")]),
    # short forms of organisations and products, also with more words of the name after them
    ("Quorvex Orbital launched. Quorvex Orbital Systems said Quorvex would fly again.",
     [("Quorvex", "NORP"), ("Quorvex Orbital Systems", "ORG"), ("Quorvex", "PERSON")],
     [("Quorvex Orbital", "ORG", "Quorvex Orbital Systems"),
      ("Quorvex Orbital Systems", "ORG", "Quorvex Orbital Systems"),
      ("Quorvex", "ORG", "Quorvex Orbital Systems")]),
    ("Dunmere Bulk Terminals Inc. was fined. Dunmere Bulk must pay.",
     [("Dunmere Bulk Terminals Inc.", "ORG"), ("Dunmere Bulk", "PERSON")],
     [("Dunmere Bulk Terminals Inc.", "ORG", "Dunmere Bulk Terminals Inc."),
      ("Dunmere Bulk", "ORG", "Dunmere Bulk Terminals Inc.")]),
    # untagged later uses of a first word that English does not know
    ("Zentrova Robotics applied. Zentrova said it was ready.", [("Zentrova Robotics", "ORG")],
     [("Zentrova Robotics", "ORG", "Zentrova Robotics"),
      ("Zentrova", "ORG", "Zentrova Robotics")]),
    # acronyms without parentheses
    ("The Lakeland Port Authority met. LPA said no.",
     [("Lakeland Port Authority", "ORG"), ("LPA", "ORG")],
     [("Lakeland Port Authority", "ORG", "Lakeland Port Authority"),
      ("LPA", "ORG", "Lakeland Port Authority")]),
    # head nouns: "the Board", "the Department" refer back
    ("The Federal Maritime Board fined it. The Board said the fine stands.",
     [("Federal Maritime Board", "ORG")],
     [("Federal Maritime Board", "ORG", "Federal Maritime Board"),
      ("Board", "ORG", "Federal Maritime Board")]),
    ("The Utah Department of Water Rights (UDWR) met. The Department agreed.",
     [("Utah Department of Water Rights", "ORG"), ("UDWR", "ORG"), ("Department", "ORG")],
     [("Utah Department of Water Rights", "ORG", "Utah Department of Water Rights"),
      ("UDWR", "ORG", "Utah Department of Water Rights"),
      ("Department", "ORG", "Utah Department of Water Rights")]),
    # untouched: no earlier organisation with that head, or lower case
    ("The Board met. The harbour board agreed.", [], []),
    # storms: the lone name is the storm
    ("Hurricane Ulla grew. Ulla then weakened.", [("Hurricane Ulla", "EVENT"), ("Ulla", "PERSON")],
     [("Hurricane Ulla", "EVENT", "Hurricane Ulla"), ("Ulla", "EVENT", "Hurricane Ulla")]),
    # states side by side are not "City, State"; a city with its state is
    ("Storms hit Ohio, Texas, Utah and Maine.",
     [("Ohio", "GPE"), ("Texas", "GPE"), ("Utah", "GPE"), ("Maine", "GPE")],
     [("Ohio", "GPE", "Ohio"), ("Texas", "GPE", "Texas"), ("Utah", "GPE", "Utah"),
      ("Maine", "GPE", "Maine")]),
    ("It opened in Salem, Oregon, and later in Salem again.",
     [("Salem", "GPE"), ("Oregon", "GPE"), ("Salem", "GPE")],
     [("Salem", "GPE", "Salem, Oregon"), ("Oregon", "GPE", "Oregon"),
      ("Salem", "GPE", "Salem, Oregon")]),
    # a city the gazetteer puts in a state the document names
    ("Oregon officials met in Coos Bay.", [("Oregon", "GPE"), ("Coos Bay", "GPE")],
     [("Oregon", "GPE", "Oregon"), ("Coos Bay", "GPE", "Coos Bay, Oregon")]),
    # untouched: no state named in the document
    ("Officials met in Coos Bay.", [("Coos Bay", "GPE")], [("Coos Bay", "GPE", "Coos Bay")]),
    # a Canadian province by its abbreviation
    ("A wharf at Cheticamp, N.S., opens.", [("Cheticamp", "GPE"), ("N.S.", "GPE")],
     [("Cheticamp", "GPE", "Cheticamp, Nova Scotia"), ("N.S.", "GPE", "Nova Scotia")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_links(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]):
    assert run(text, spans) == want


STATE_CASES = [
    # a word the alias table reads as a capital is the state where the document says so
    ("Fires near Spokane, Washington, spread. Washington asked for aid.",
     [("Spokane", "GPE"), ("Washington", "GPE"), ("Washington", "GPE")],
     [("Spokane", "GPE", "Spokane, Washington"), ("Washington", "GPE", "Washington (state)"),
      ("Washington", "GPE", "Washington (state)")]),
    ("Rain fell across Washington state. Washington declared an emergency.",
     [("Washington", "GPE"), ("Washington", "GPE")],
     [("Washington", "GPE", "Washington (state)"), ("Washington", "GPE", "Washington (state)")]),
    # untouched: the capital
    ("Talks in Washington ended.", [("Washington", "GPE")],
     [("Washington", "GPE", "Washington, D.C.")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), STATE_CASES)
def test_state_or_capital(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
):
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        name = "Washington, D.C." if surface == "Washington" else surface  # the alias table
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    out = link_names(NLP(text), ents, ENGLISH)
    assert [(text[e.start : e.end], e.type, e.name) for e in out] == want


NATIONAL_BODIES = [
    # a generic ministry or department takes the country the text gives it, in brackets
    ("Chile's Ministry of Mining said output fell. The Ministry expects a rebound.",
     [("Chile", "GPE"), ("Ministry of Mining", "ORG"), ("Ministry", "ORG")],
     [("Chile", "GPE", "Chile"), ("Ministry of Mining", "ORG", "Ministry of Mining (Chile)"),
      ("Ministry", "ORG", "Ministry of Mining (Chile)")]),
    ("The Ministry of Foreign Affairs of Peru summoned the envoy.",
     [("Ministry of Foreign Affairs", "ORG"), ("Peru", "GPE")],
     [("Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs (Peru)"),
      ("Peru", "GPE", "Peru")]),
    ("The Estonian Ministry of Defence signed the deal in Tallinn.",
     [("Estonian", "NORP"), ("Ministry of Defence", "ORG"), ("Tallinn", "GPE")],
     [("Estonian", "NORP", "Estonian"),
      ("Ministry of Defence", "ORG", "Ministry of Defence (Estonia)"),
      ("Tallinn", "GPE", "Tallinn")]),
    ("Austria's Federal Ministry of Finance said so.",
     [("Austria", "GPE"), ("Federal Ministry of Finance", "ORG")],
     [("Austria", "GPE", "Austria"),
      ("Federal Ministry of Finance", "ORG", "Federal Ministry of Finance (Austria)")]),
    # else the country the document names most ("Zambia" twice, "Malawi" once)
    ("Zambia will cut fuel duty, the Department of Energy said. Zambia and Malawi agreed.",
     [("Zambia", "GPE"), ("Department of Energy", "ORG"), ("Zambia", "GPE"), ("Malawi", "GPE")],
     [("Zambia", "GPE", "Zambia"), ("Department of Energy", "ORG", "Department of Energy (Zambia)"),
      ("Zambia", "GPE", "Zambia"), ("Malawi", "GPE", "Malawi")]),
    # untouched: a title with three subjects, a British "Department for", no country, the
    # United States, a state's or province's body
    ("Japan's Ministry of Land, Infrastructure and Transport said so.",
     [("Japan", "GPE"), ("Ministry of Land, Infrastructure and Transport", "ORG")],
     [("Japan", "GPE", "Japan"),
      ("Ministry of Land, Infrastructure and Transport", "ORG",
       "Ministry of Land, Infrastructure and Transport")]),
    ("In Britain the Department for Transport said so.",
     [("Britain", "GPE"), ("Department for Transport", "ORG")],
     [("Britain", "GPE", "United Kingdom"),
      ("Department for Transport", "ORG", "Department for Transport")]),
    ("Bern: the Swiss Federal Department of Finance said so.",
     [("Bern", "GPE"), ("Swiss", "NORP"), ("Federal Department of Finance", "ORG")],
     [("Bern", "GPE", "Bern"), ("Swiss", "NORP", "Swiss"),
      ("Federal Department of Finance", "ORG", "Federal Department of Finance")]),
    ("The Ministry of Health said cases rose.", [("Ministry of Health", "ORG")],
     [("Ministry of Health", "ORG", "Ministry of Health")]),
    ("The Department of Labor said U.S. jobs rose.",
     [("Department of Labor", "ORG"), ("U.S.", "GPE")],
     [("Department of Labor", "ORG", "Department of Labor"), ("U.S.", "GPE", "United States")]),
    ("Canada named Ontario's Ministry of Health in the report.",
     [("Canada", "GPE"), ("Ontario", "GPE"), ("Ministry of Health", "ORG")],
     [("Canada", "GPE", "Canada"), ("Ontario", "GPE", "Ontario"),
      ("Ministry of Health", "ORG", "Ministry of Health")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), NATIONAL_BODIES)
def test_national_bodies(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        name = {"U.S.": "United States", "Britain": "United Kingdom"}.get(surface, surface)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    out = link_names(NLP(text), ents, ENGLISH)
    assert [(text[e.start : e.end], e.type, e.name) for e in out] == want


SHORT_PERSONS = [
    # an initial and a surname: the full name whose first word starts with that letter
    ("Tariq Osei won. Results: 1. T. Osei 10.01",
     [("Tariq Osei", "PERSON"), ("T. Osei", "PERSON")],
     [("Tariq Osei", "PERSON", "Tariq Osei"), ("T. Osei", "PERSON", "Tariq Osei")]),
    ("Greta Lindqvist scored 88 and R. Pohl 40. G. Lindqvist batted on.",
     [("Greta Lindqvist", "PERSON"), ("R. Pohl", "PERSON"), ("G. Lindqvist", "ORG")],
     [("Greta Lindqvist", "PERSON", "Greta Lindqvist"), ("R. Pohl", "PERSON", "R. Pohl"),
      ("G. Lindqvist", "PERSON", "Greta Lindqvist")]),
    ("Anouk de Wit led. A. de Wit finished first.",
     [("Anouk de Wit", "PERSON"), ("A. de Wit", "PERSON")],
     [("Anouk de Wit", "PERSON", "Anouk de Wit"), ("A. de Wit", "PERSON", "Anouk de Wit")]),
    # a surname of several words
    ("Marta Ruiz Ortega spoke. Ruiz Ortega said rates would fall.",
     [("Marta Ruiz Ortega", "PERSON"), ("Ruiz Ortega", "ORG")],
     [("Marta Ruiz Ortega", "PERSON", "Marta Ruiz Ortega"),
      ("Ruiz Ortega", "PERSON", "Marta Ruiz Ortega")]),
    ("Joost van den Broek met them. Van den Broek left.",
     [("Joost van den Broek", "PERSON"), ("Van den Broek", "PERSON")],
     [("Joost van den Broek", "PERSON", "Joost van den Broek"),
      ("Van den Broek", "PERSON", "Joost van den Broek")]),
    # untouched: another initial, two people of that surname, no full name
    ("Tariq Osei won. K. Osei was second.", [("Tariq Osei", "PERSON"), ("K. Osei", "PERSON")],
     [("Tariq Osei", "PERSON", "Tariq Osei"), ("K. Osei", "PERSON", "K. Osei")]),
    ("Ama Boateng and Abena Boateng ran. A. Boateng won.",
     [("Ama Boateng", "PERSON"), ("Abena Boateng", "PERSON"), ("A. Boateng", "PERSON")],
     [("Ama Boateng", "PERSON", "Ama Boateng"), ("Abena Boateng", "PERSON", "Abena Boateng"),
      ("A. Boateng", "PERSON", "A. Boateng")]),
    ("J. Mensah won the race.", [("J. Mensah", "PERSON")],
     [("J. Mensah", "PERSON", "J. Mensah")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), SHORT_PERSONS)
def test_short_person_names(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == want


ROADS = [
    # a road code in a text about Great Britain takes its title
    ("The M25 was shut near Reading.", [("M25", "FAC"), ("Reading", "GPE")],
     [("M25", "FAC", "M25 motorway"), ("Reading", "GPE", "Reading")]),
    ("Lorries queued on the A303 towards Salisbury.", [("A303", "FAC"), ("Salisbury", "GPE")],
     [("A303", "FAC", "A303 road"), ("Salisbury", "GPE", "Salisbury")]),
    ("Flooding closed the M4 near Cardiff.", [("M4", "FAC"), ("Cardiff", "GPE")],
     [("M4", "FAC", "M4 motorway"), ("Cardiff", "GPE", "Cardiff")]),
    ("Snow closed the A96 across Aberdeenshire.", [("A96", "FAC"), ("Aberdeenshire", "GPE")],
     [("A96", "FAC", "A96 road"), ("Aberdeenshire", "GPE", "Aberdeenshire")]),
    # untouched: a road abroad, a code that is no road, no British place named
    ("The A6 near Lyon was closed.", [("A6", "FAC"), ("Lyon", "GPE")],
     [("A6", "FAC", "A6"), ("Lyon", "GPE", "Lyon")]),
    ("An A320 landed in Leeds.", [("A320", "PRODUCT"), ("Leeds", "GPE")],
     [("A320", "PRODUCT", "A320"), ("Leeds", "GPE", "Leeds")]),
    ("The M9 was closed.", [("M9", "FAC")], [("M9", "FAC", "M9")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), ROADS)
def test_british_road_titles(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == want


DIACRITICS = [
    # a name the document writes once with diacritics and elsewhere plain takes them
    ("Zofia Wąsowska won the final. Wasowska said she was tired.",
     [("Zofia Wąsowska", "PERSON"), ("Wasowska", "ORG")],
     [("Zofia Wąsowska", "PERSON", "Zofia Wąsowska"), ("Wasowska", "PERSON", "Zofia Wąsowska")]),
    ("Refugees reached Cúcuta on Monday. Shelters in Cucuta are full.",
     [("Cúcuta", "GPE"), ("Cucuta", "GPE")],
     [("Cúcuta", "GPE", "Cúcuta"), ("Cucuta", "GPE", "Cúcuta")]),
    ("Société Brévanne cut jobs. Shares in Societe Brevanne rose.",
     [("Société Brévanne", "ORG"), ("Societe Brevanne", "ORG")],
     [("Société Brévanne", "ORG", "Société Brévanne"),
      ("Societe Brevanne", "ORG", "Société Brévanne")]),
    # a plain surname NER left untagged
    ("Tomás Ibáñez won in Lima. Later Ibanez said the pitch was fast.",
     [("Tomás Ibáñez", "PERSON"), ("Lima", "GPE")],
     [("Tomás Ibáñez", "PERSON", "Tomás Ibáñez"), ("Lima", "GPE", "Lima"),
      ("Ibanez", "PERSON", "Tomás Ibáñez")]),
    # letters NFKD keeps whole: "ø", "ł"
    ("Martin Ødegaard scored. Odegaard said it was easy.",
     [("Martin Ødegaard", "PERSON"), ("Odegaard", "PERSON")],
     [("Martin Ødegaard", "PERSON", "Martin Ødegaard"), ("Odegaard", "PERSON", "Martin Ødegaard")]),
    ("Trains left Łowicz late. Lowicz station was shut.", [("Łowicz", "GPE"), ("Lowicz", "GPE")],
     [("Łowicz", "GPE", "Łowicz"), ("Lowicz", "GPE", "Łowicz")]),
    # untouched: never written with diacritics; a plain name that folds to two spellings
    ("Jan Novak spoke. Novak left.", [("Jan Novak", "PERSON"), ("Novak", "PERSON")],
     [("Jan Novak", "PERSON", "Jan Novak"), ("Novak", "PERSON", "Jan Novak")]),
    ("Lena Méry met Lena Merÿ and Lena Mery.",
     [("Lena Méry", "PERSON"), ("Lena Merÿ", "PERSON"), ("Lena Mery", "PERSON")],
     [("Lena Méry", "PERSON", "Lena Méry"), ("Lena Merÿ", "PERSON", "Lena Merÿ"),
      ("Lena Mery", "PERSON", "Lena Mery")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), DIACRITICS)
def test_diacritics_given_by_the_document(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == want


COUNTIES = [
    # a U.S. county named without its state: "<County>, <State>" for the state the text names
    ("Floods hit Franklin County, the Ohio agency said. Ohio is wet.",
     [("Franklin County", "GPE"), ("Ohio", "GPE")],
     [("Franklin County", "GPE", "Franklin County, Ohio"), ("Ohio", "GPE", "Ohio")]),
    ("Crews from Travis County helped out in Texas.",
     [("Travis County", "PERSON"), ("Texas", "GPE")],
     [("Travis County", "GPE", "Travis County, Texas"), ("Texas", "GPE", "Texas")]),
    ("Power failed in Lafourche Parish, Louisiana officials said.",
     [("Lafourche Parish", "GPE"), ("Louisiana", "GPE")],
     [("Lafourche Parish", "GPE", "Lafourche Parish, Louisiana"),
      ("Louisiana", "GPE", "Louisiana")]),
    # two states named: the one that has a county of that name
    ("Smoke from Yuba County reached Nevada and the rest of California.",
     [("Yuba County", "GPE"), ("Nevada", "GPE"), ("California", "GPE")],
     [("Yuba County", "GPE", "Yuba County, California"), ("Nevada", "GPE", "Nevada"),
      ("California", "GPE", "California")]),
    # no state named in a text about the U.S.: only a county name one state has
    ("Cuyahoga County voted, United States media said.",
     [("Cuyahoga County", "GPE"), ("United States", "GPE")],
     [("Cuyahoga County", "GPE", "Cuyahoga County, Ohio"), ("United States", "GPE", "United States")]),
    # untouched: written with its state; an Irish county; many states and none named; the
    # text's state has no county of that name; a text not about the U.S.
    ("Schools in Washoe County, Nevada, closed.", [("Washoe County", "GPE"), ("Nevada", "GPE")],
     [("Washoe County", "GPE", "Washoe County, Nevada"), ("Nevada", "GPE", "Nevada")]),
    ("Gusts hit County Cork in Ireland.", [("County Cork", "GPE"), ("Ireland", "GPE")],
     [("County Cork", "GPE", "County Cork"), ("Ireland", "GPE", "Ireland")]),
    ("Franklin County voted, United States media said.",
     [("Franklin County", "GPE"), ("United States", "GPE")],
     [("Franklin County", "GPE", "Franklin County"), ("United States", "GPE", "United States")]),
    ("Franklin County sent help to Hawaii.", [("Franklin County", "GPE"), ("Hawaii", "GPE")],
     [("Franklin County", "GPE", "Franklin County"), ("Hawaii", "GPE", "Hawaii")]),
    ("Cuyahoga County was named in the report.", [("Cuyahoga County", "GPE")],
     [("Cuyahoga County", "GPE", "Cuyahoga County")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), COUNTIES)
def test_us_counties_take_their_state(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == want


PEOPLE_AS_ORGS = [
    # a full name NER called an ORG or GPE, used alone by its surname elsewhere: a PERSON
    ("Sandra Perković won the discus. Perkovic said the crowd helped.",
     [("Sandra Perković", "ORG"), ("Perkovic", "ORG")],
     [("Sandra Perković", "PERSON", "Sandra Perković"),
      ("Perkovic", "PERSON", "Sandra Perković")]),
    ("Ana Quiroga spoke in Lima. Quiroga said prices would fall.",
     [("Ana Quiroga", "GPE"), ("Lima", "GPE")],
     [("Ana Quiroga", "PERSON", "Ana Quiroga"), ("Lima", "GPE", "Lima"),
      ("Quiroga", "PERSON", "Ana Quiroga")]),
    ("Lucía Sandoval Reyes spoke. Sandoval Reyes warned of risks.",
     [("Lucía Sandoval Reyes", "ORG"), ("Sandoval Reyes", "PERSON")],
     [("Lucía Sandoval Reyes", "PERSON", "Lucía Sandoval Reyes"),
      ("Sandoval Reyes", "PERSON", "Lucía Sandoval Reyes")]),
    # untouched: no lone surname; a last word English knows; no given name first
    ("Morgan Stanley cut jobs in London.", [("Morgan Stanley", "ORG"), ("London", "GPE")],
     [("Morgan Stanley", "ORG", "Morgan Stanley"), ("London", "GPE", "London")]),
    ("Maria Harbour fell. Harbour fees rose.", [("Maria Harbour", "ORG")],
     [("Maria Harbour", "ORG", "Maria Harbour")]),
    ("Brevanne Logistics grew. Logistics costs rose.", [("Brevanne Logistics", "ORG")],
     [("Brevanne Logistics", "ORG", "Brevanne Logistics")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), PEOPLE_AS_ORGS)
def test_people_named_as_organisations(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == want


COUNTY_SPANS = [
    # a U.S. county NER split or missed is one GPE span (the county table)
    ("Power failed in Terrebonne Parish on Monday.",
     [("Terrebonne", "GPE"), ("Parish", "NORP")], {("Terrebonne Parish", "GPE")}),
    ("Crews reached Yuba County and Butte County.", [("Yuba", "ORG")],
     {("Yuba County", "GPE"), ("Butte County", "GPE")}),
    ("Schools in Matanuska-Susitna Borough closed.", [],
     {("Matanuska-Susitna Borough", "GPE")}),
    # untouched: a county the table does not know, a longer name NER found
    ("Gusts hit County Cork.", [("County Cork", "GPE")], {("County Cork", "GPE")}),
    ("The Orange County Fire Authority said so.", [("Orange County Fire Authority", "ORG")],
     {("Orange County Fire Authority", "ORG")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), COUNTY_SPANS)
def test_us_county_spans(
    text: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    doc = NLP(text)
    mentions, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        span = doc.char_span(s, s + len(surface))
        assert span is not None
        mentions.append(mention_of(doc, list(span), typ))
        pos = s + len(surface)
    assert {(m.text, m.label) for m in propagate(doc, mentions, [], ENGLISH)} == expected


TABLE_SPELLINGS = [
    # a full name written without the diacritics the people table gives it
    ("Viktor Orban met Antonio Guterres. Orban said no.",
     [("Viktor Orban", "PERSON"), ("Antonio Guterres", "PERSON"), ("Orban", "PERSON")],
     [("Viktor Orban", "PERSON", "Viktor Orbán"), ("Antonio Guterres", "PERSON", "António Guterres"),
      ("Orban", "PERSON", "Viktor Orbán")]),
    ("Recep Tayyip Erdogan spoke in Ankara.",
     [("Recep Tayyip Erdogan", "PERSON"), ("Ankara", "GPE")],
     [("Recep Tayyip Erdogan", "PERSON", "Recep Tayyip Erdoğan"), ("Ankara", "GPE", "Ankara")]),
    # untouched: another given name, a longer name, the table's own spelling
    ("Ana Orban spoke.", [("Ana Orban", "PERSON")], [("Ana Orban", "PERSON", "Ana Orban")]),
    ("Pedro Sanchez Ruiz spoke.", [("Pedro Sanchez Ruiz", "PERSON")],
     [("Pedro Sanchez Ruiz", "PERSON", "Pedro Sanchez Ruiz")]),
    ("Mark Carney spoke.", [("Mark Carney", "PERSON")],
     [("Mark Carney", "PERSON", "Mark Carney")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), TABLE_SPELLINGS)
def test_people_table_spellings(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert run(text, spans) == want
