"""Session 46 (bodies46): what kept session 45's generic national bodies from their bare titles.

- A city's name the lexicon holds (WordNet's index has "toronto", "lagos") is no common word
  before a body's head: "Toronto Transit Commission" is the city's body, no country's; small
  towns' names that are common words stay common ("Independence", "Enterprise", "Union").
- A continent's or a world region's word ("African", "European", "Asian") makes a body a
  union's or a region's: "African Union Commission" stays bare.
- A body whose generic-looking title is its own article's ("Data Protection Commission",
  "Social Health Authority"; ``models/own_body_titles.jsonl``) stays bare in any country.
- A shared name the text gives an organisation ("the African Union's Peace and Security
  Council") is that organisation's in its other mentions too, no member's.

New cases go in the table they belong to (``coref.bodies``).
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref.bodies import _common_word, _shared_name, national_bodies
from briefx.pipeline.coref.ent import Ent

# a lexicon as the lemmatizer's WordNet index gives it (lower case), cities' names included
ENGLISH = frozenset(
    {
        "toronto", "lagos", "ottawa", "chicago", "transit", "housing", "independence",
        "enterprise", "union", "security", "national", "police", "service", "data",
        "protection", "social", "health", "financial", "reporting", "monopolies", "mergers",
        "african", "european", "research", "asian", "development", "supreme", "audit", "civil",
        "aviation", "fair", "trade", "peace", "services", "policy", "monetary",
    }
)  # fmt: skip

COMMON = [
    # cities of the gazetteer the lexicon also holds
    ("Toronto", False),
    ("Lagos", False),
    ("Ottawa", False),
    ("Chicago", False),
    # untouched: common words, some of them small towns' names too
    ("Independence", True),
    ("Enterprise", True),
    ("Union", True),
    ("Security", True),
    ("Transit", True),
]


@pytest.mark.parametrize(("word", "want"), COMMON)
def test_common_word_not_city(word: str, want: bool) -> None:
    assert _common_word(word, ENGLISH) is want


SHARED = [
    # a city's body
    ("Lagos Transit Commission", False),
    ("Ottawa Transit Commission", False),
    ("Toronto Housing Authority", False),
    # a continent's or a region's body
    ("African Union Commission", False),
    ("European Research Council", False),
    ("Asian Development Board", False),
    # a body whose article title is bare (models/own_body_titles.jsonl)
    ("Data Protection Commission", False),
    ("Social Health Authority", False),
    ("Financial Reporting Council", False),
    ("Monopolies and Mergers Commission", False),
    # untouched: names many countries' bodies share
    ("National Security Council", True),
    ("National Police Service", True),
    ("Supreme Audit Office", True),
    ("Civil Aviation Authority", True),
    ("Fair Trade Commission", True),
    ("Monetary Policy Council", True),
    ("Union Security Council", True),  # (a small town's word is still a common word)
]


@pytest.mark.parametrize(("name", "want"), SHARED)
def test_shared_name_s46(name: str, want: bool) -> None:
    assert _shared_name(name, ENGLISH) is want


CASES = [
    # a shared name the text gives an organisation: its other mentions too
    (("The African Union's Peace and Security Council met. The Peace and Security Council "
      "said Ethiopia would host talks."),
     [("African Union", "ORG"), ("Peace and Security Council", "ORG"),
      ("Peace and Security Council", "ORG"), ("Ethiopia", "GPE")],
     ["African Union", "Peace and Security Council", "Peace and Security Council"]),
    (("The African Union's Peace and Security Council met. Ethiopia's foreign minister said "
      "the Peace and Security Council would meet again."),
     [("African Union", "ORG"), ("Peace and Security Council", "ORG"), ("Ethiopia", "GPE"),
      ("Peace and Security Council", "ORG")],
     ["African Union", "Peace and Security Council", "Peace and Security Council"]),
    # untouched: a country's body, its country given once, named again bare
    (("Kenya's National Police Service said 22 people died. The National Police Service "
      "blamed gangs."),
     [("Kenya", "GPE"), ("National Police Service", "ORG"), ("National Police Service", "ORG")],
     ["National Police Service (Kenya)"] * 2),
    (("The Central Bank of Kenya's Monetary Policy Committee cut rates. The Monetary Policy "
      "Committee meets in June."),
     [("Central Bank of Kenya", "ORG"), ("Monetary Policy Committee", "ORG"),
      ("Monetary Policy Committee", "ORG")],
     ["Central Bank of Kenya", "Monetary Policy Committee (Kenya)",
      "Monetary Policy Committee (Kenya)"]),
    # bare in any country: a body whose article title is bare
    ("Ireland's Data Protection Commission fined the firm.",
     [("Ireland", "GPE"), ("Data Protection Commission", "ORG")],
     ["Data Protection Commission"]),
    ("Kenya's Social Health Authority paid hospitals.",
     [("Kenya", "GPE"), ("Social Health Authority", "ORG")], ["Social Health Authority"]),
    # a city's body in a story that names its country
    ("Canada's Ottawa Transit Commission raised fares in Canada.",
     [("Canada", "GPE"), ("Ottawa Transit Commission", "ORG"), ("Canada", "GPE")],
     ["Ottawa Transit Commission"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_owned_and_own_bodies(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    national_bodies(text, ents, ENGLISH)
    assert [e.name for e in ents if e.type == "ORG"] == want


SHORT = [
    # a union of countries beside its organ: the union
    ("The African Union Commission met. The African Union has 55 members.",
     [("African Union Commission", "ORG"), ("African Union", "ORG")],
     ["African Union Commission", "African Union"]),
    ("The European Union Council met. The European Union set rules.",
     [("European Union Council", "ORG"), ("European Union", "ORG")],
     ["European Union Council", "European Union"]),
    ("The African Union Peace and Security Council met, and the African Union spoke.",
     [("African Union Peace and Security Council", "ORG"), ("African Union", "ORG")],
     ["African Union Peace and Security Council", "African Union"]),
    # untouched: a body's name cut short, a firm's short form
    ("The Kenya Revenue Authority said. Kenya Revenue collected more.",
     [("Kenya Revenue Authority", "ORG"), ("Kenya Revenue", "ORG")],
     ["Kenya Revenue Authority", "Kenya Revenue Authority"]),
    ("Brannock Logistics Group said. Brannock Logistics hired 40 drivers.",
     [("Brannock Logistics Group", "ORG"), ("Brannock Logistics", "ORG")],
     ["Brannock Logistics Group", "Brannock Logistics Group"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), SHORT)
def test_union_not_its_organ(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    import spacy

    from briefx.pipeline.coref.short_names import short_forms

    doc = spacy.blank("en")(text)
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    short_forms(doc, text, ents, ENGLISH)
    assert [e.name for e in ents] == want
