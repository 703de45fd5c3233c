"""Organisation spans, session 17 (issue 13: ORG spans and recall in ordinary news prose): two
names NER ran into one span across "and", "of", "to"/"from" or lower-case words before them,
and bodies named by a head word of another language. On plain mention lists (no model) and
through the component. Invented texts; each rule has three new cases of its family and cases
that must stay untouched.

New cases go in the table of their rule; a known miss stays in its table as a strict xfail."""

from __future__ import annotations

import pytest

from briefx.normalize.names import org_heads
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.joins import (
    compound_bodies,
    foreign_bodies,
    joined_names,
    listed_over_pieces,
    paired_places,
)
from tests.pipeline.conftest import by_mention, ents_of

# the English words the rules consult (the component reads the lemmatizer's WordNet index)
_WORDS = (
    "its unit arm lending said rose fell food drug marks slaughter may health social care "
    "holiday union pacific street bank lithium council trust port orange royal "
    "concurrence national monday partner passenger son tesla rail"
)
ENGLISH = frozenset(_WORDS.split(" "))


def spans(text: str, ents: list[Ent]) -> list[tuple[str, str]]:
    return sorted(((text[e.start : e.end], e.type) for e in ents), key=lambda x: text.index(x[0]))


JOINED = [
    # "X and Y": each side a name on its own -> two ORGs
    ("Orsted Energy Group and Vestas said on Monday they would merge units.",
     [("Orsted Energy Group and Vestas", "ORG")],
     [("Orsted Energy Group", "ORG"), ("Vestas", "ORG")]),
    ("Kalder Mining and Norsk Hydro signed a power deal.",
     [("Kalder Mining and Norsk Hydro", "ORG")],
     [("Kalder Mining", "ORG"), ("Norsk Hydro", "ORG")]),
    ("Halvard Pharma and Novartis agreed to share a plant.",
     [("Halvard Pharma and Novartis", "ORG")],
     [("Halvard Pharma", "ORG"), ("Novartis", "ORG")]),
    ("The World Food Programme and UNICEF sent trucks.",
     [("World Food Programme and UNICEF", "ORG")],
     [("World Food Programme", "ORG"), ("UNICEF", "ORG")]),
    ("Bajaj Auto and Hero & Sons led gains.", [("Bajaj Auto and Hero & Sons", "ORG")],
     [("Bajaj Auto", "ORG"), ("Hero & Sons", "ORG")]),
    # must stay whole: a head word governing both sides, two surnames, "of ... and"
    ("Perth and Kinross Council closed the road.", [("Perth and Kinross Council", "ORG")],
     [("Perth and Kinross Council", "ORG")]),
    ("Dumfries and Galloway Council said it would help.",
     [("Dumfries and Galloway Council", "ORG")], [("Dumfries and Galloway Council", "ORG")]),
    ("The Food and Drug Administration approved it.", [("Food and Drug Administration", "ORG")],
     [("Food and Drug Administration", "ORG")]),
    ("Marks and Spencer said sales rose.", [("Marks and Spencer", "ORG")],
     [("Marks and Spencer", "ORG")]),
    ("Slaughter and May advised the bank.", [("Slaughter and May", "ORG")],
     [("Slaughter and May", "ORG")]),
    ("Becker and Partners advised the bank.", [("Becker and Partners", "ORG")],
     [("Becker and Partners", "ORG")]),
    ("Garrow and Sons said it would close.", [("Garrow and Sons", "ORG")],
     [("Garrow and Sons", "ORG")]),
    ("Stations run by Tesla and Volkswagen AG were fined.", [("Tesla and Volkswagen AG", "ORG")],
     [("Tesla", "ORG"), ("Volkswagen AG", "ORG")]),
    ("The Department of Health and Social Care said so.",
     [("Department of Health and Social Care", "ORG")],
     [("Department of Health and Social Care", "ORG")]),
    # "Firm of Place": a legal form, a listed firm or a one-word name before "of" -> two
    ("Shares of Kestrel Foods Ltd of Leeds rose 4%.", [("Kestrel Foods Ltd of Leeds", "ORG")],
     [("Kestrel Foods Ltd", "ORG"), ("Leeds", "GPE")]),
    ("Vardo Shipping ASA of Bergen ordered two ships.",
     [("Vardo Shipping ASA of Bergen", "ORG")],
     [("Vardo Shipping ASA", "ORG"), ("Bergen", "GPE")]),
    ("A deal with Novartis of Switzerland was signed.", [("Novartis of Switzerland", "ORG")],
     [("Novartis", "ORG"), ("Switzerland", "GPE")]),
    ("It will build a cable with Fingrid of Finland.", [("Fingrid of Finland", "ORG")],
     [("Fingrid", "ORG"), ("Finland", "GPE")]),
    # must stay whole: a body's head word or an English word before "of", a possessive
    ("The Bank of England held rates.", [("Bank of England", "ORG")],
     [("Bank of England", "ORG")]),
    ("The Royal Bank of Scotland said.", [("Royal Bank of Scotland", "ORG")],
     [("Royal Bank of Scotland", "ORG")]),
    ("The University of Toronto said.", [("University of Toronto", "ORG")],
     [("University of Toronto", "ORG")]),
    ("Lloyd's of London said claims rose.", [("Lloyd's of London", "ORG")],
     [("Lloyd's of London", "ORG")]),
    ("The Port of Rotterdam said volumes fell.", [("Port of Rotterdam", "ORG")],
     [("Port of Rotterdam", "ORG")]),
    # "X to Y", "X from Y" with a place on one side -> two
    ("It added flights to Lisbon from Gatwick on Monday.", [("Lisbon from Gatwick", "ORG")],
     [("Lisbon", "GPE"), ("Gatwick", "FAC")]),
    ("Passengers flew to Faro from Luton.", [("Faro from Luton", "ORG")],
     [("Faro", "GPE"), ("Luton", "GPE")]),
    ("Trains ran to Leeds from Bergen Rail.", [("Leeds from Bergen Rail", "ORG")],
     [("Leeds", "GPE"), ("Bergen Rail", "ORG")]),
    ("It will fly to Malaga from Prestwick.", [("Malaga from Prestwick", "ORG")],
     [("Malaga", "GPE"), ("Prestwick", "FAC")]),
    ("Aid went to Leeds from Kestrel Trust.", [("Leeds from Kestrel Trust", "ORG")],
     [("Leeds", "GPE"), ("Kestrel Trust", "ORG")]),
    # lower-case English words before a name leave it
    ("Its lending arm Kestrel Pay grew 40%.", [("arm Kestrel Pay", "ORG")],
     [("Kestrel Pay", "ORG")]),
    ("Its unit Vardo Cargo fell.", [("unit Vardo Cargo", "ORG")], [("Vardo Cargo", "ORG")]),
    ("The easyJet flights rose.", [("easyJet", "ORG")], [("easyJet", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), JOINED)
def test_joined_names(text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]) -> None:
    ents = ents_of(text, marks)
    joined_names(text, ents, ENGLISH)
    assert spans(text, ents) == want


def test_joined_names_short_form() -> None:
    """A side the text names alone is a name on its own ("Brayford and Kestle" after "Kestle")."""
    text = "Brayford Holdings and Kestle rose. Kestle said it would pay."
    ents = ents_of(text, [("Brayford Holdings and Kestle", "ORG"), ("Kestle", "ORG")])
    joined_names(text, ents, ENGLISH)
    assert spans(text, ents) == [("Brayford Holdings", "ORG"), ("Kestle", "ORG"),
                                 ("Kestle", "ORG")]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "known"),
    [("banco", True), ("comisión", True), ("ministerio", True), ("agenzia", True),
     ("banque", True), ("institut", True), ("universidad", True), ("tabla", False),
     ("patio", False), ("river", False)],
)  # fmt: skip
def test_org_heads_table(word: str, known: bool) -> None:
    """models/org_heads.jsonl (scripts/derive_org_heads.py, FreeDict): heads of bodies in, the
    translations of other senses of ambiguous heads ("board" a plank, "court" a yard) out."""
    assert (word in org_heads()) == known


FOREIGN = [
    # a head word of another language and the name after it -> one ORG over NER's pieces
    ("Banco de la Nación Argentina cut its rates.", [("Argentina", "GPE")],
     [("Banco de la Nación Argentina", "ORG")]),
    ("The Ministerio de Economía said prices rose.", [("Economía", "ORG")],
     [("Ministerio de Economía", "ORG")]),
    ("The Agenzia delle Entrate fined the firm.", [], [("Agenzia delle Entrate", "ORG")]),
    ("The Banque de France said growth slowed.", [("France", "GPE")],
     [("Banque de France", "ORG")]),
    ("In Paris the Autorité de la concurrence fined it.", [("Paris", "GPE")],
     [("Paris", "GPE"), ("Autorité de la concurrence", "ORG")]),
    # an English head word needs a place or a word no English dictionary has after it
    ("Bank Negara Malaysia held rates.", [("Malaysia", "GPE")],
     [("Bank Negara Malaysia", "ORG")]),
    ("Bank Indonesia held rates.", [("Indonesia", "GPE")], [("Bank Indonesia", "ORG")]),
    # must stay: English words after an English head, NER's span across the run's edge, a
    # head inside a longer capitalised run
    ("Shops shut on Bank Holiday Monday.", [], []),
    ("Union Pacific said freight fell.", [("Union Pacific", "ORG")],
     [("Union Pacific", "ORG")]),
    ("Grupo Banco Sabadell Holdings rose.", [("Grupo Banco Sabadell Holdings", "ORG")],
     [("Grupo Banco Sabadell Holdings", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FOREIGN)
def test_foreign_bodies(
    text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    ents = ents_of(text, marks)
    foreign_bodies(text, ents, ENGLISH)
    assert spans(text, ents) == want


LISTED = [
    # a listed name of two words or more NER cut or missed -> the company
    ("Lockheed Martin won the order.", [("Martin", "GPE")], [("Lockheed Martin", "ORG")]),
    ("Shares of Rio Tinto fell.", [("Rio", "GPE")], [("Rio Tinto", "ORG")]),
    ("Orders at Kinder Morgan rose.", [("Morgan", "PERSON")], [("Kinder Morgan", "ORG")]),
    ("A bid from General Dynamics came late.", [("General", "ORG")],
     [("General Dynamics", "ORG")]),
    # must stay: NER's span is the name, runs past it, a longer capitalised run, English words
    # untagged
    ("Ralph Lauren said he would retire.", [("Ralph Lauren", "PERSON")],
     [("Ralph Lauren", "PERSON")]),
    ("Lockheed Martin Space said so.", [("Lockheed Martin Space", "ORG")],
     [("Lockheed Martin Space", "ORG")]),
    ("The National Healthcare Trust met.", [], []),
    ("The regional National Healthcare plan.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), LISTED)
def test_listed_over_pieces(
    text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    ents = ents_of(text, marks)
    listed_over_pieces(text, ents, ENGLISH | {"national", "healthcare", "regional"})
    assert spans(text, ents) == want


PAIRED = [
    # a place, "and", a body named by a place and a head word -> one ORG
    ("Perth and Kinross Council closed the road.", [("Perth", "GPE"), ("Kinross Council", "ORG")],
     [("Perth and Kinross Council", "ORG")]),
    ("Dumfries and Galloway Council said it would help.",
     [("Dumfries", "GPE"), ("Galloway Council", "ORG")], [("Dumfries and Galloway Council", "ORG")]),
    ("Brighton and Hove City Council voted.", [("Brighton", "GPE"), ("Hove City Council", "ORG")],
     [("Brighton and Hove City Council", "ORG")]),
    ("Windsor and Maidenhead Council met.", [("Windsor", "GPE"), ("Maidenhead Council", "ORG")],
     [("Windsor and Maidenhead Council", "ORG")]),
    # must stay: the body opens with no place, no head word, something between them
    ("Leeds and Rail Authority staff met.", [("Leeds", "GPE"), ("Rail Authority", "ORG")],
     [("Leeds", "GPE"), ("Rail Authority", "ORG")]),
    ("Leeds and Vardo Shipping met.", [("Leeds", "GPE"), ("Vardo Shipping", "ORG")],
     [("Leeds", "GPE"), ("Vardo Shipping", "ORG")]),
    ("Perth, and Kinross Council too.", [("Perth", "GPE"), ("Kinross Council", "ORG")],
     [("Perth", "GPE"), ("Kinross Council", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PAIRED)
def test_paired_places(
    text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    ents = ents_of(text, marks)
    paired_places(text, ents, ENGLISH)
    assert spans(text, ents) == want


COMPOUND = [
    # one compound word ending with a body's head word of its language -> ORG
    ("The Bundeskartellamt opened a case.", [("Bundeskartellamt", "GPE")],
     {"Bundeskartellamt": "ORG"}),
    ("The Bundesnetzagentur approved fees.", [("Bundesnetzagentur", "LOC")],
     {"Bundesnetzagentur": "ORG"}),
    ("The Luftfahrt-Bundesamt said so.", [("Luftfahrt-Bundesamt", "GPE")],
     {"Luftfahrt-Bundesamt": "GPE"}),  # a hyphen: not one word, left to other rules
    ("The Finanzministerium said it would pay.", [("Finanzministerium", "PERSON")],
     {"Finanzministerium": "ORG"}),
    ("Officials at the Umweltbundesamt met.", [("Umweltbundesamt", "NORP")],
     {"Umweltbundesamt": "ORG"}),
    # must stay: a place, a short word, an English word, an ORG already
    ("Trains ran to Darmstadt on Monday.", [("Darmstadt", "GPE")], {"Darmstadt": "GPE"}),
    ("Pope Leo met Ararat officials.", [("Ararat", "GPE")], {"Ararat": "GPE"}),
    ("Klaus Weinert said so.", [("Klaus Weinert", "PERSON")], {"Klaus Weinert": "PERSON"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), COMPOUND)
def test_compound_bodies(text: str, marks: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, marks)
    compound_bodies(text, ents, ENGLISH)
    assert {text[e.start : e.end]: e.type for e in ents} == want


COMPONENT = [
    (("Shares of Varma Looms Ltd of Chennai rose after Tata Motors and Mahindra & Mahindra "
      "placed orders."),
     {"Varma Looms Ltd": "ORG", "Chennai": "GPE", "Tata Motors": "ORG",
      "Mahindra & Mahindra": "ORG"}),
    ("Banco do Brasil and the Banco Central do Brasil said farm loans rose.",
     {"Banco do Brasil": "ORG", "Banco Central do Brasil": "ORG"}),
    ("Procter & Gamble and the Bank of England were not affected.",
     {"Procter & Gamble": "ORG", "Bank of England": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: organisation spans over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want
