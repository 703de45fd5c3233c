"""Form rules (briefx/pipeline/entity_forms.py) on spacy.blank("en"): invented texts only."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.forms import words_of
from tests.pipeline.conftest import refined

NLP = spacy.blank("en")
ENGLISH = frozenset({"drought", "summary", "levy", "forecaster", "board", "kite", "question"})


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return refined(text, spans, ENGLISH)


CASES = [
    # bullets never inside a span
    ("Bidders:\n• Ardent Marine Services\n• Holt Brothers\n",
     [("• Ardent Marine Services", "ORG"), ("Holt Brothers", "ORG")],
     [("Ardent Marine Services", "ORG", "Ardent Marine Services"),
      ("Holt Brothers", "ORG", "Holt Brothers")]),
    # legal forms make one ORG of the capitalised run before them
    ("The contract went to Pinecrest Civil Works LLC of Tulsa.", [("Pinecrest Civil Works", "ORG")],
     [("Pinecrest Civil Works LLC", "ORG", "Pinecrest Civil Works")]),
    ("Shares in Vestmark Holdings GmbH rose.", [],
     [("Vestmark Holdings GmbH", "ORG", "Vestmark Holdings")]),
    ("Orders came from Talvik Offshore AS, a utility.", [("Talvik Offshore", "PERSON")],
     [("Talvik Offshore AS", "ORG", "Talvik Offshore")]),
    # a listed company with its legal form takes the listed name (models/companies.jsonl)
    ("Recalls at Nissan Motor Co Ltd widened.", [("Nissan Motor", "ORG")],
     [("Nissan Motor Co Ltd", "ORG", "Nissan")]),
    ("It sued Ford Motor Co. last year.", [], [("Ford Motor Co.", "ORG", "Ford Motor Company")]),
    # lists: every item of a list of companies is a company, "The" kept
    ("Shortlisted:\n- Corvane Energy plc\n- Brisk Harbour Partners\n- The Saltmarsh Group\n",
     [("Corvane Energy", "ORG")],
     [("Corvane Energy plc", "ORG", "Corvane Energy"),
      ("Brisk Harbour Partners", "ORG", "Brisk Harbour Partners"),
      ("The Saltmarsh Group", "ORG", "The Saltmarsh Group")]),
    # a listed company in a list or after a capital "The" keeps the listed title as its name
    ("Awards:\n-- The Kroger Co., Cincinnati\n-- Corvane Energy plc, Leeds\n",
     [("The Kroger Co.", "ORG"), ("Corvane Energy", "ORG")],
     [("The Kroger Co.", "ORG", "Kroger"), ("Corvane Energy plc", "ORG", "Corvane Energy")]),
    ("Awards:\n-- The Allstate Corporation\n-- Brisk Harbour Partners\n",
     [("Allstate Corporation", "ORG"), ("Brisk Harbour Partners", "ORG")],
     [("The Allstate Corporation", "ORG", "Allstate"),
      ("Brisk Harbour Partners", "ORG", "Brisk Harbour Partners")]),
    ("It sold shares in The Procter & Gamble Company on Monday.",
     [("Procter & Gamble Company", "ORG")],
     [("The Procter & Gamble Company", "ORG", "Procter & Gamble")]),
    ("It sold shares in The Kestrel Company on Monday.", [("Kestrel Company", "ORG")],
     [("The Kestrel Company", "ORG", "The Kestrel Company")]),
    # laws keep their year
    ("It broke the Clean Rivers Act of 1987 twice.", [("Clean Rivers Act", "LAW")],
     [("Clean Rivers Act of 1987", "LAW", "Clean Rivers Act of 1987")]),
    ("Under the Fisheries Act 2003, fines rose.", [("Fisheries Act", "ORG")],
     [("Fisheries Act 2003", "LAW", "Fisheries Act 2003")]),
    # storms are one EVENT; the lone name later is the same storm
    ("Hurricane Zelda hit Cuba. Zelda then weakened.", [("Zelda", "PERSON"), ("Cuba", "GPE"),
                                                       ("Zelda", "PERSON")],
     [("Hurricane Zelda", "EVENT", "Hurricane Zelda"), ("Cuba", "GPE", "Cuba"),
      ("Zelda", "EVENT", "Hurricane Zelda")]),
    ("Damage from Post-Tropical Storm Ivo was wide.", [("Post-Tropical Storm Ivo", "ORG")],
     [("Post-Tropical Storm Ivo", "EVENT", "Post-Tropical Storm Ivo")]),
    # designations are PRODUCT with their number
    ("The army ordered 40 T-72B3 tanks.", [],
     [("T-72B3", "PRODUCT", "T-72B3")]),
    ("It flew the Kestrel-4 drone and the Osprey 9 rocket.", [],
     [("Kestrel-4", "PRODUCT", "Kestrel-4"), ("Osprey 9", "PRODUCT", "Osprey 9")]),
    ("It ordered the QX-12 Heron for patrols.", [],
     [("QX-12 Heron", "PRODUCT", "QX-12 Heron")]),
    ("The Orion IV mission launched.", [("Orion", "PERSON")],
     [("Orion IV", "EVENT", "Orion IV")]),
    # untouched: phases, fiscal years, diseases, model-less names
    ("Phase 2 of the plan starts in FY2027 despite COVID-19.", [], []),
    ("Chapter 11 protection was sought.", [], []),
    # facilities by their last word, with a number after the head
    ("It lifted off from Launch Complex 39 near Corbin Air Force Base.",
     [("Launch", "ORG"), ("Corbin Air Force Base", "PERSON")],
     [("Launch Complex 39", "FAC", "Launch Complex 39"),
      ("Corbin Air Force Base", "FAC", "Corbin Air Force Base")]),
    # time zones and transcript labels
    ("At 4 a.m. PDT the storm turned.", [("PDT", "ORG")], []),
    ("Present: Maria Lund, director.\n\nMS LUND: We are ready.\n\nQUESTION: When?\n",
     [("Maria Lund", "PERSON"), ("QUESTION", "PERSON")],
     [("Maria Lund", "PERSON", "Maria Lund"), ("LUND", "PERSON", "Maria Lund")]),
    # common words at a sentence start are no names; a name inside a sentence is kept
    ("Drought hit the north. Levy said so.", [("Drought", "PERSON"), ("Levy", "PERSON")], []),
    ("Drought hit the north, Mr Drought said.", [("Drought", "PERSON"), ("Drought", "PERSON")],
     [("Drought", "PERSON", "Drought"), ("Drought", "PERSON", "Drought")]),
    # "The" of a newspaper's title; a lower-case "the" stays out
    ("The Morning Globe reported it first.", [("Morning Globe", "ORG")],
     [("The Morning Globe", "ORG", "The Morning Globe")]),
    ("It told the Harbour Board on Monday.", [("Harbour Board", "ORG")],
     [("Harbour Board", "ORG", "Harbour Board")]),
    # a name after a title that NER missed; a word between title words is the title's
    ("It was signed by Hon. Ines Marlow today.", [],
     [("Ines Marlow", "PERSON", "Ines Marlow")]),
    ("Chief Harbour Secretary Ines Marlow spoke.", [("Ines Marlow", "PERSON")],
     [("Ines Marlow", "PERSON", "Ines Marlow")]),
    # Government of X is the country
    ("The Government of Norway agreed.", [("Government of Norway", "ORG")],
     [("Norway", "GPE", "Norway")]),
    # places: the gazetteer makes a city NER typed ORG a GPE; a person's surname stays
    ("Two Bergen utilities joined.", [("Bergen", "ORG")], [("Bergen", "GPE", "Bergen")]),
    ("Anna Bergen spoke. Bergen agreed.", [("Anna Bergen", "PERSON"), ("Bergen", "ORG")],
     [("Anna Bergen", "PERSON", "Anna Bergen"), ("Bergen", "PERSON", "Anna Bergen")]),
    ("Offices in (Toulouse) and Lyon.", [("Lyon", "GPE")],
     [("Toulouse", "GPE", "Toulouse"), ("Lyon", "GPE", "Lyon")]),
]  # fmt: skip


# An organisation by its context: a descriptor noun right before the name ("software maker
# Velnor Systems", "newspaper Bild"), "Name, which ...", "shares in Name", "Name shares": an
# ORG over every mention of the name; a person's name (a given name first) and places stay.
ORG_CONTEXT = [
    ("U.S. chipmaker Quorra Labs agreed the deal. Quorra Labs said it was pleased.",
     [("U.S.", "GPE"), ("Quorra Labs", "PERSON"), ("Quorra Labs", "PERSON")],
     [("U.S.", "GPE", "U.S."), ("Quorra Labs", "ORG", "Quorra Labs"),
      ("Quorra Labs", "ORG", "Quorra Labs")]),
    ("The Danish newspaper Ekstravagant reported the sale.",
     [("Danish", "NORP"), ("Ekstravagant", "PERSON")],
     [("Danish", "NORP", "Danish"), ("Ekstravagant", "ORG", "Ekstravagant")]),
    ("Industry group Tidewater Forum warned of costs.", [("Tidewater Forum", "PERSON")],
     [("Tidewater Forum", "ORG", "Tidewater Forum")]),
    ("Bids came from Halvorsen Heavy Works, which offered more.",
     [("Halvorsen Heavy Works", "PERSON")], [("Halvorsen Heavy Works", "ORG", "Halvorsen Heavy Works")]),
    ("Shares in Brask fell 3% after the report.", [("Brask", "PERSON")], [("Brask", "ORG", "Brask")]),
    ("Veltrix shares rose 2% on Monday.", [("Veltrix", "PERSON")], [("Veltrix", "ORG", "Veltrix")]),
    # untouched: a person's name after a descriptor, a place after one, a person with "who"
    ("His rival Maria Ostrova won the vote.", [("Maria Ostrova", "PERSON")],
     [("Maria Ostrova", "PERSON", "Maria Ostrova")]),
    ("The company Paris said nothing of the kind.", [("Paris", "GPE")], [("Paris", "GPE", "Paris")]),
    ("They met Tom Rask, who offered more.", [("Tom Rask", "PERSON")],
     [("Tom Rask", "PERSON", "Tom Rask")]),
    ("Officials met Ostrova. Ostrova shares the view.", [("Ostrova", "PERSON"), ("Ostrova", "PERSON")],
     [("Ostrova", "PERSON", "Ostrova"), ("Ostrova", "PERSON", "Ostrova")]),
]  # fmt: skip


# A name typed a place that opens with a given name and is no place the gazetteer knows is a
# person ("a cross from Dale Moravec"); known places and names with a place's head word stay.
GIVEN_NAME_PLACES = [
    ("A cross from Dale Moravec set up the goal.", [("Dale Moravec", "GPE")],
     [("Dale Moravec", "PERSON", "Dale Moravec")]),
    ("Talks with Ines Vukovic ended on Monday.", [("Ines Vukovic", "GPE")],
     [("Ines Vukovic", "PERSON", "Ines Vukovic")]),
    ("The award went to Lena Ostrova and her team.", [("Lena Ostrova", "LOC")],
     [("Lena Ostrova", "PERSON", "Lena Ostrova")]),
    # untouched: known places, a place's head word
    ("Flooding hit Victoria Falls on Monday.", [("Victoria Falls", "GPE")],
     [("Victoria Falls", "GPE", "Victoria Falls")]),
    ("They sailed into Charlotte Harbor at dawn.", [("Charlotte Harbor", "LOC")],
     [("Charlotte Harbor", "FAC", "Charlotte Harbor")]),  # a harbour: by_head_word
    ("Crews reached Maria Lake by noon.", [("Maria Lake", "LOC")],
     [("Maria Lake", "LOC", "Maria Lake")]),
]  # fmt: skip


# A town NER typed a person is the town where the context says so: a word of place before it
# ("in", "into", "near", "at", "neighbouring"), or the document names the town's country (by
# name or demonym) and the town has 100,000 people. Untouched: a surname of a full name the
# document gives, a village's name (often a surname), a town of another country, no context.
PERSON_PLACES = [
    ("The plant in Stavanger will close in May.", [("Stavanger", "PERSON")],
     [("Stavanger", "GPE", "Stavanger")]),
    ("Refugees moved into Daugavpils on Monday.", [("Daugavpils", "PERSON")],
     [("Daugavpils", "GPE", "Daugavpils")]),
    ("Clashes near Plovdiv were reported overnight.", [("Plovdiv", "PERSON")],
     [("Plovdiv", "GPE", "Plovdiv")]),
    ("Polish officials said the new ferry would serve Gdansk.",
     [("Polish", "NORP"), ("Gdansk", "PERSON")],
     [("Polish", "NORP", "Polish"), ("Gdansk", "GPE", "Gdansk")]),
    ("Finland's rail operator will link Tampere by 2030.",
     [("Finland", "GPE"), ("Tampere", "PERSON")],
     [("Finland", "GPE", "Finland"), ("Tampere", "GPE", "Tampere")]),
    ("The Lithuanian army said drones flew over Kaunas.",
     [("Lithuanian", "NORP"), ("Kaunas", "PERSON")],
     [("Lithuanian", "NORP", "Lithuanian"), ("Kaunas", "GPE", "Kaunas")]),
    # untouched
    ("Anna Linz spoke in Graz. Linz agreed.",
     [("Anna Linz", "PERSON"), ("Graz", "PERSON"), ("Linz", "PERSON")],
     [("Anna Linz", "PERSON", "Anna Linz"), ("Graz", "GPE", "Graz"),
      ("Linz", "PERSON", "Anna Linz")]),
    ("Fans kept faith in Carver after the loss.", [("Carver", "PERSON")],
     [("Carver", "PERSON", "Carver")]),
    ("Cork took three wickets for Poland.", [("Cork", "PERSON"), ("Poland", "GPE")],
     [("Cork", "PERSON", "Cork"), ("Poland", "GPE", "Poland")]),
    ("Whitby said the vote was close.", [("Whitby", "PERSON")],
     [("Whitby", "PERSON", "Whitby")]),
]  # fmt: skip


# A place after "the" that is no country, state or alias is a river or region (LOC); a name
# used as a modifier, and the gazetteer's place before "region", stay GPE.
ARTICLE_PLACES = [
    ("Barges on the Tisza were halted.", [("Tisza", "GPE")], [("Tisza", "LOC", "Tisza")]),
    ("Dust storms swept the Sahel and northern Nigeria.", [("Sahel", "GPE"), ("Nigeria", "GPE")],
     [("Sahel", "LOC", "Sahel"), ("Nigeria", "GPE", "Nigeria")]),
    ("Herders crossed the Karoo region in May.", [("Karoo", "GPE")],
     [("Karoo", "LOC", "Karoo")]),
    # untouched
    ("Exports from the Netherlands rose.", [("Netherlands", "GPE")],
     [("Netherlands", "GPE", "Netherlands")]),
    ("Troops left the Fergana region in May.", [("Fergana", "GPE")],
     [("Fergana", "GPE", "Fergana")]),
    ("Rain spoiled the Fergana cotton harvest.", [("Fergana", "GPE")],
     [("Fergana", "GPE", "Fergana")]),
    ("Officials unveiled the Karoo water plan.", [("Karoo", "GPE")],
     [("Karoo", "GPE", "Karoo")]),
    ("Flights to Tisza resumed.", [("Tisza", "GPE")], [("Tisza", "GPE", "Tisza")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), PERSON_PLACES)
def test_person_places(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]):
    assert run(text, spans) == want


@pytest.mark.parametrize(("text", "spans", "want"), ARTICLE_PLACES)
def test_article_places(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]):
    assert run(text, spans) == want


@pytest.mark.parametrize(("text", "spans", "want"), GIVEN_NAME_PLACES)
def test_given_name_places(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
):
    assert run(text, spans) == want


@pytest.mark.parametrize(("text", "spans", "want"), ORG_CONTEXT)
def test_org_context(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]):
    assert run(text, spans) == want


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_form_rules(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]):
    assert run(text, spans) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"Lumen-B2" (VR-220).', ["Lumen-B2", "VR-220"]),
        ("Firm's plan, done.", ["Firm", "plan", "done"]),
    ],
)
def test_words_of(text: str, want: list[str]):
    assert [w for _, _, w in words_of(text)] == want


@pytest.mark.parametrize(
    ("text", "acronym", "entity"),
    [
        # a defined acronym of an index, a duty or a quota is no entity
        ("The Harbour Price Index (HPI) rose 2%. HPI data came late.", "HPI", False),
        ("The Sugar Import Duty (SID) was cut. SID receipts fell.", "SID", False),
        ("The Seasonal Worker Quota (SWQ) was raised.", "SWQ", False),
        # an agency whose name ends in a word of that kind is still an organisation
        ("The Northern Geological Survey (NGS) mapped it. NGS said so.", "NGS", True),
        ("The Office of Tax Policy (OTP) agreed.", "OTP", True),
    ],
)
def test_acronyms_of_kinds(text: str, acronym: str, entity: bool):
    from briefx.pipeline.entities.linking import find_acronyms

    doc = NLP(text)
    names, not_entities, _, _ = find_acronyms(doc, [])
    assert (acronym in names) is entity
    assert (acronym in not_entities) is not entity
