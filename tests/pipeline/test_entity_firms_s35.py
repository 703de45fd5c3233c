"""Firms whose names look like people's, session 35 (issue 13, firmtypes22): what only a firm
does right after its name or has done to it right before (``evidence._firm_deeds``, read by
``evidence.cues``: a deal verb whose object is "its", a cut of jobs or staff, a move of its
stock by a percentage, a unit sold or bought, a merger), and two names NER joined with "and"
that merge (``joins.joined_names``). On plain mentions where the statistical model is not the
point, on the whole pipeline where it is; invented texts; each mechanism with three new cases
of its family and cases that must stay untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import STRONG, cues
from briefx.pipeline.entities.joins import joined_names

ENGLISH = frozenset({"liberty", "global", "and", "the", "marks", "spencer", "legal", "general"})

FIRM_DEEDS = [
    # a deal verb with "its" as its object, in the same clause
    ("Corran Matthey sold its catalyst unit to a rival.", "Corran Matthey", True),
    ("Harlan Drummond cut its dividend by half.", "Harlan Drummond", True),
    ("Avery Lindqvist will cut 2,000 jobs, about 8% of its workforce.", "Avery Lindqvist", True),
    ("Tamsin Ledger raised its profit forecast on Monday.", "Tamsin Ledger", True),
    # a cut of jobs or staff
    ("Novak Harrow cut 5% of staff.", "Novak Harrow", True),
    ("Brenna Castell will axe 300 workers at the plant.", "Brenna Castell", True),
    ("Orrin Vale plans to cut up to 1,200 jobs.", "Orrin Vale", True),
    # a move of its stock by a percentage
    ("Jarrow Matheson rose 3% in Singapore.", "Jarrow Matheson", True),
    ("Selby Darrow fell 4.2 percent after the warning.", "Selby Darrow", True),
    ("Hollis Grange jumped by 12 per cent on the bid.", "Hollis Grange", True),
    # a unit sold or bought
    ("Simon Darby sold a plantation unit in Sabah.", "Simon Darby", True),
    ("Carys Whitlow bought the lending arm of a rival.", "Carys Whitlow", True),
    ("Dorian Pell agreed to sell its two European businesses.", "Dorian Pell", True),
    # a merger
    ("Liberty Crane and Vodafone Ziggo merged last year.", "Liberty Crane", True),
    ("Ashby Lorne agreed to merge with Kestrel Foods.", "Ashby Lorne", True),
    ("The regulator blocked a merger with Corran Matthey.", "Corran Matthey", True),
    # its sales or profit moving; founded in a year or by someone; a capital title and its
    # holder after the name
    ("Harlan Drummond sales grew 32% in the quarter.", "Harlan Drummond", True),
    ("Tamsin Ledger profit fell for a third year.", "Tamsin Ledger", True),
    ("Selby Darrow revenues were flat.", "Selby Darrow", False),
    ("Avery Lindqvist, founded in 1911 in Tacoma, is family-owned.", "Avery Lindqvist", True),
    ("Orrin Vale, which was founded by two engineers, said it would expand.", "Orrin Vale", True),
    ("Brenna Castell Chief Executive Poul Hansen said demand was strong.", "Brenna Castell", True),
    ("Hollis Grange CEO Dana Price resigned.", "Hollis Grange", True),
    # people of a firm before "at"
    ("The union said 400 jobs at Corran Matthey were at risk.", "Corran Matthey", True),
    ("Workers at Simon Darby walked out on Monday.", "Simon Darby", True),
    ("Engineers at Carys Whitlow designed the tool.", "Carys Whitlow", True),
    # a firm's officer of two or three words before "of" or "at"
    ("She was named chief financial officer of Selby Darrow in May.", "Selby Darrow", True),
    ("He is chief executive at Orrin Vale.", "Orrin Vale", True),
    ("The former chief executive officer of Hollis Grange resigned.", "Hollis Grange", True),
    # untouched: a person's pronoun in the clause, "his", a person who sold a stake or a
    # home, a poll's share, a transitive merge, a verb no firm's, no figure after the move
    ("Harlan Drummond cut his salary by half.", "Harlan Drummond", False),
    ("Tamsin Ledger raised her concerns about its plan.", "Tamsin Ledger", False),
    ("Harlan Drummond sold a stake in the club.", "Harlan Drummond", False),
    ("Harlan Drummond sold the house in May.", "Harlan Drummond", False),
    ("Wendell Harris rose 4% in the polls.", "Wendell Harris", False),
    ("Wendell Harris gained 3% in a new survey.", "Wendell Harris", False),
    ("Wendell Harris merged the two departments.", "Wendell Harris", False),
    ("Wendell Harris led its board for a decade.", "Wendell Harris", False),
    ("Jarrow Matheson rose to fame in the 1990s.", "Jarrow Matheson", False),
    ("Orrin Vale cut the ribbon at the plant.", "Orrin Vale", False),
    ("Orrin Vale founded a bakery in 1911.", "Orrin Vale", False),
    ("House prices in Wendell Harris rose 3% in May.", "Wendell Harris", False),
    ("Turnout for Wendell Harris fell 4% on the year.", "Wendell Harris", False),
    ("Orrin Vale, who founded a bakery, said it grew.", "Orrin Vale", False),
    ("Brenna Castell Senator Poul Hansen said demand was strong.", "Brenna Castell", False),
    ("Wendell Harris Board Vote Delayed", "Wendell Harris", False),
    ("Brenna Castell and Poul Hansen said demand was strong.", "Brenna Castell", False),
    ("A dinner at Brenna Castell's home raised funds.", "Brenna Castell", False),
    ("The chief of staff of Wendell Harris resigned.", "Wendell Harris", False),
    ("An executive order of Wendell Harris stands.", "Wendell Harris", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), FIRM_DEEDS)
def test_firm_deeds(text: str, word: str, want: bool) -> None:
    s = text.index(word)
    e = Ent(s, s + len(word), "PERSON", word)
    assert (cues(text, e)["ORG"] >= STRONG) is want


def test_titled_or_role_person_keeps_no_deed_cue() -> None:
    text = "Chief executive Orrin Vale cut 1,200 jobs."
    s = text.index("Orrin")
    e = Ent(s, s + 10, "PERSON", "Orrin Vale", ("Chief Executive",))
    assert cues(text, e)["ORG"] == 0
    e = Ent(s, s + 10, "PERSON", "Orrin Vale")
    assert cues(text, e)["ORG"] == 0  # the role before the name


JOINED = [
    ("Liberty Global and Vodafone Ziggo merged.", "Liberty Global and Vodafone Ziggo",
     [("Liberty Global", "ORG"), ("Vodafone Ziggo", "ORG")]),
    ("Halden Power and Ostwind Energie agreed to merge their grids.",
     "Halden Power and Ostwind Energie",
     [("Halden Power", "ORG"), ("Ostwind Energie", "ORG")]),
    ("Corran Matthey and Selby Darrow will merge in 2027.", "Corran Matthey and Selby Darrow",
     [("Corran Matthey", "ORG"), ("Selby Darrow", "ORG")]),
    # untouched: a transitive merge, no merge, a merge "with" a third party, lower-case side
    ("Liberty Global and Vodafone Ziggo merged its units.", "Liberty Global and Vodafone Ziggo",
     [("Liberty Global and Vodafone Ziggo", "ORG")]),
    ("Liberty Global and Vodafone Ziggo rose.", "Liberty Global and Vodafone Ziggo",
     [("Liberty Global and Vodafone Ziggo", "ORG")]),
    ("Marks and Spencer merged with Kestrel.", "Marks and Spencer",
     [("Marks and Spencer", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "want"), JOINED)
def test_merging_names_split(text: str, span: str, want: list[tuple[str, str]]) -> None:
    s = text.index(span)
    ents = [Ent(s, s + len(span), "ORG", span)]
    joined_names(text, ents, ENGLISH)
    assert [(text[e.start : e.end], e.type) for e in ents] == want


# the whole pipeline: the model's label against the document's evidence, both directions
PIPELINE = [
    ("Novo Nordisk cut 5% of staff.", {"Novo Nordisk": "ORG"}),
    ("Johnson Matthey sold its unit.", {"Johnson Matthey": "ORG"}),
    ("Sime Darby sold a property unit in Johor for $90 million.", {"Sime Darby": "ORG"}),
    # untouched: people, also one named like a firm where the text says person
    ("Ro Khanna objected to the bill.", {"Ro Khanna": "PERSON"}),
    ("Luka Modric retired from international football.", {"Luka Modric": "PERSON"}),
    ("Harlan Drummond cut his salary by half, he said.", {"Harlan Drummond": "PERSON"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PIPELINE)
def test_pipeline(nlp, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    got = {text[e.start : e.end]: e.type for e in doc._.briefx_entities}
    assert {k: got.get(k) for k in want} == want
