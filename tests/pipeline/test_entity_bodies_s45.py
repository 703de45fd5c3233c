"""Session 45 (bodies45): a country's body whose generic title of common words ends with the
head of another kind of national body ("Agency", "Authority", "Commission", "Office",
"Service", "Bureau", "Board") takes English Wikipedia's "<title>
(<country>)" as the shared names of session 34 do ("National Statistics Institute (Spain)",
"Financial Supervisory Service (South Korea)"); the country the text gives it, else the one
country the document is about. Untouched: a body the national bodies table knows as one body's
own title (kind "own": "National Crime Agency", "Financial Services Agency"), a federation's
"Federal ..." body, a name holding a place, a people, a state's or the world's word, one word or
three before the head, two countries named alike, the United States (``coref.bodies``,
``models/entity_words.jsonl`` kind ``shared_head``). New cases go in the table they belong to.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref.bodies import _shared_name, national_bodies
from briefx.pipeline.coref.ent import Ent

# a lexicon as the lemmatizer's WordNet index gives it (lower case)
ENGLISH = frozenset(
    {
        "national", "statistics", "financial", "supervisory", "supreme", "audit", "fair", "trade",
        "police", "civil", "aviation", "crime", "services", "federal", "employment", "security",
        "mainland", "affairs", "stability", "international", "energy", "independent",
        "electoral", "boundaries", "transit", "state", "revenue", "development", "monetary",
        "policy", "health", "crown", "prosecution", "service", "intelligence",
        "investigation", "disaster", "management", "competition", "centre", "port",
        "rotterdam", "central", "agency", "studies", "foreign", "standards", "board",
        "prudential", "regulation",
    }
)  # fmt: skip

SHARED = [
    # the new heads, two common words before them
    ("Foreign Intelligence Service", True),
    ("Supreme Audit Office", True),
    ("Fair Trade Commission", True),
    ("National Police Service", True),
    ("Civil Aviation Authority", True),
    ("National Intelligence Agency", True),
    ("National Development Board", True),
    # untouched: one body's own title (kind "own"), a federation's, a place, the world's, a
    # state's word, one word or three before the head, a name no lexicon holds
    ("National Crime Agency", False),
    ("Financial Services Agency", False),
    ("Crown Prosecution Service", False),
    ("Mainland Affairs Council", False),  # (an older head: the "own" row reads it too)
    ("Financial Stability Board", False),
    ("Federal Employment Agency", False),
    ("Federal Security Service", False),
    ("Federal Trade Commission", False),
    ("Kenya Revenue Authority", False),
    ("Toronto Transit Commission", False),
    ("International Energy Agency", False),
    ("State Security Agency", False),
    ("Competition Commission", False),
    ("Independent Electoral and Boundaries Commission", False),
    ("Zorvan Kelta Agency", False),
    ("Financial Supervisory Service", False),  # the acronym table titles it bare ("FSS")
    ("Port of Rotterdam Authority", False),  # a place's ("of")
    ("National Security Agency", False),  # a bare title of the acronym table
    ("Central Intelligence Agency", False),  # the organisations table's
    # heads left out: research institutes' and think tanks' ("National Statistics Institute"
    # is a pattern row of the national bodies table instead)
    ("National Statistics Institute", False),
    ("Policy Studies Institute", False),
    ("National Disaster Centre", False),
]


@pytest.mark.parametrize(("name", "want"), SHARED)
def test_shared_name_new_heads(name: str, want: bool) -> None:
    assert _shared_name(name, ENGLISH) is want


CASES = [
    # the country written next to the body
    ("Spain's National Statistics Institute said prices rose.",
     [("Spain", "GPE"), ("National Statistics Institute", "ORG")],
     ["National Statistics Institute (Spain)"]),
    ("Russia's Foreign Intelligence Service accused Britain.",
     [("Russia", "GPE"), ("Foreign Intelligence Service", "ORG"), ("Britain", "GPE")],
     ["Foreign Intelligence Service (Russia)"]),
    ("Poland's Supreme Audit Office said the state firms overspent.",
     [("Poland", "GPE"), ("Supreme Audit Office", "ORG")], ["Supreme Audit Office (Poland)"]),
    ("The Kenyan National Police Service said 22 people died.",
     [("Kenyan", "NORP"), ("National Police Service", "ORG")],
     ["National Police Service (Kenya)"]),
    # the one country the document is about, every mention
    (("The Fair Trade Commission approved the merger in Taiwan. The Fair Trade Commission set "
      "conditions."),
     [("Fair Trade Commission", "ORG"), ("Taiwan", "GPE"), ("Fair Trade Commission", "ORG")],
     ["Fair Trade Commission (Taiwan)"] * 2),
    ("Flights from Britain were delayed, the Civil Aviation Authority said.",
     [("Britain", "GPE"), ("Civil Aviation Authority", "ORG")],
     ["Civil Aviation Authority (United Kingdom)"]),
    # untouched: one body's own title, in its country and in another; a federation's body; two
    # countries named alike; the United States; no country
    ("Britain's National Crime Agency arrested two men.",
     [("Britain", "GPE"), ("National Crime Agency", "ORG")], ["National Crime Agency"]),
    ("Police in Nigeria worked with the National Crime Agency.",
     [("Nigeria", "GPE"), ("National Crime Agency", "ORG")], ["National Crime Agency"]),
    ("Japan's Financial Services Agency ordered the bank to improve.",
     [("Japan", "GPE"), ("Financial Services Agency", "ORG")], ["Financial Services Agency"]),
    ("Germany's Federal Employment Agency said jobless claims rose.",
     [("Germany", "GPE"), ("Federal Employment Agency", "ORG")], ["Federal Employment Agency"]),
    ("The Fair Trade Commission met as Taiwan and Japan talked.",
     [("Fair Trade Commission", "ORG"), ("Taiwan", "GPE"), ("Japan", "GPE")],
     ["Fair Trade Commission"]),
    ("The Civil Aviation Authority said flights in the United States resumed.",
     [("Civil Aviation Authority", "ORG"), ("United States", "GPE")],
     ["Civil Aviation Authority"]),
    ("The Supreme Audit Office published its report.",
     [("Supreme Audit Office", "ORG")], ["Supreme Audit Office"]),
    ("Chile's National Statistics Institute said jobs fell.",
     [("Chile", "GPE"), ("National Statistics Institute", "ORG")],
     ["National Statistics Institute (Chile)"]),
    ("The Port of Rotterdam Authority said in the Netherlands that traffic fell.",
     [("Port of Rotterdam Authority", "ORG"), ("Netherlands", "GPE")],
     ["Port of Rotterdam Authority"]),
    ("Officials in Russia accused the National Security Agency of spying.",
     [("Russia", "GPE"), ("National Security Agency", "ORG")], ["National Security Agency"]),
    ("The British Civil Aviation Authority fined two airlines.",
     [("British", "NORP"), ("Civil Aviation Authority", "ORG")],
     ["Civil Aviation Authority (United Kingdom)"]),
    # untouched: a country by the dateline alone (a body no article may title); a title of its
    # own
    ("KAMPALA, June 3 - The National Standards Board signed an agreement.",
     [("KAMPALA", "GPE"), ("National Standards Board", "ORG")], ["National Standards Board"]),
    ("Britain's Prudential Regulation Authority fined a bank.",
     [("Britain", "GPE"), ("Prudential Regulation Authority", "ORG")],
     ["Prudential Regulation Authority"]),
    ("The Financial Stability Board met in Switzerland.",
     [("Financial Stability Board", "ORG"), ("Switzerland", "GPE")],
     ["Financial Stability Board"]),
]  # fmt: skip

NAMES = {
    "Britain": "United Kingdom",
    "Kenyan": "Kenyan",
    "British": "British",
    "KAMPALA": "Kampala",
}


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_new_heads_take_country(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, NAMES.get(surface, surface)))
        pos = s + len(surface)
    national_bodies(text, ents, ENGLISH)
    assert [e.name for e in ents if e.type == "ORG"] == want
