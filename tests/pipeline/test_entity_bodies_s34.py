"""Session 34 (bodies21): a body whose name many countries' bodies share ("Centre Party",
"Monetary Policy Committee") takes its country's title (``coref.bodies._shared_name`` and
``national_bodies``), and a body whose name is its own stays."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref.bodies import _shared_name, national_bodies
from briefx.pipeline.coref.ent import Ent

# a lexicon as the lemmatizer's WordNet index gives it (lower case; places too, as WordNet has)
ENGLISH = frozenset(
    {
        "centre", "progress", "conservative", "worker", "people", "monetary", "policy", "social",
        "democratic", "freedom", "audit", "security", "investment", "liberal", "national",
        "justice", "development", "kuwait", "democrat", "green", "financial", "conduct",
        "works", "socialist", "toronto", "city", "greater", "wellington", "regional", "gulf",
        "cooperation", "stability",
    }
)  # fmt: skip

SHARED = [
    ("Centre Party", True),
    ("People's Party", True),
    ("Workers' Party", True),
    ("Justice and Development Party", True),
    ("Monetary Policy Committee", True),
    ("National Security Council", True),
    # ("Financial Conduct Authority": shared by its words since session 35, kept bare by its
    # title row in models/national_bodies.jsonl; see test_entity_bodies_s35)
    # untouched: a name of its own, a head no country shares by name, too few words
    ("Bharatiya Janata Party", False),  # words of no lexicon
    ("Kuwait Investment Authority", False),  # a place; and no shared head
    ("Kuwait Party", False),  # a place before the head
    ("Audit Committee", False),  # one word before "Committee": a firm's
    ("Security Council", False),
    ("Works Council", False),
    ("Party", False),
    ("Fidesz", False),
    ("Bank of Canada", False),
    ("Federal Trade Commission", False),
    ("Toronto City Council", False),  # a city's
    ("Greater Wellington Regional Council", False),  # a region's
    ("Gulf Cooperation Council", False),  # a region's of several countries
    ("Monetary Policy and Financial Stability Committee", False),  # a title of its own
]


@pytest.mark.parametrize(("name", "want"), SHARED)
def test_shared_name(name: str, want: bool) -> None:
    assert _shared_name(name, ENGLISH) is want


def test_shared_name_needs_a_lexicon() -> None:
    # a blank pipeline has no lexicon: nothing is shared
    assert _shared_name("Centre Party", frozenset()) is False


CASES = [
    # the country written next to the body
    ("Sweden's Centre Party said it would vote no.",
     [("Sweden", "GPE"), ("Centre Party", "ORG")], "Centre Party (Sweden)"),
    ("Norway's Progress Party rose in the poll.",
     [("Norway", "GPE"), ("Progress Party", "ORG")], "Progress Party (Norway)"),
    ("The Norwegian Conservative Party chose a leader.",
     [("Norwegian", "NORP"), ("Conservative Party", "ORG")], "Conservative Party (Norway)"),
    ("Brazil's Workers' Party won.",
     [("Brazil", "GPE"), ("Workers' Party", "ORG")], "Workers' Party (Brazil)"),
    ("India's Monetary Policy Committee held rates.",
     [("India", "GPE"), ("Monetary Policy Committee", "ORG")],
     "Monetary Policy Committee (India)"),
    # the country the document is about
    ("Voters in Finland backed the Centre Party on Sunday.",
     [("Finland", "GPE"), ("Centre Party", "ORG")], "Centre Party (Finland)"),
    ("The National Security Council met after the launch, Japan said.",
     [("National Security Council", "ORG"), ("Japan", "GPE")],
     "National Security Council (Japan)"),
    # the table's own titles (English Wikipedia's exceptions)
    ("Germany's Social Democratic Party backed the rise.",
     [("Germany", "GPE"), ("Social Democratic Party", "ORG")],
     "Social Democratic Party of Germany"),
    ("Austria's Freedom Party won the vote.",
     [("Austria", "GPE"), ("Freedom Party", "ORG")], "Freedom Party of Austria"),
    ("Canada's Liberal Party raised more money.",
     [("Canada", "GPE"), ("Liberal Party", "ORG")], "Liberal Party of Canada"),
    # untouched: two countries compete, no country, the United States, a name of its own
    ("The Centre Party gained in both Sweden and Finland.",
     [("Centre Party", "ORG"), ("Sweden", "GPE"), ("Finland", "GPE")], "Centre Party"),
    ("The Centre Party said it would vote no.", [("Centre Party", "ORG")], "Centre Party"),
    ("The Democratic Party won in the United States.",
     [("Democratic Party", "ORG"), ("United States", "GPE")], "Democratic Party"),
    ("India's Bharatiya Janata Party won.",
     [("India", "GPE"), ("Bharatiya Janata Party", "ORG")], "Bharatiya Janata Party"),
    ("Kuwait's Kuwait Investment Authority will open an office.",
     [("Kuwait", "GPE"), ("Kuwait Investment Authority", "ORG")], "Kuwait Investment Authority"),
    ("Britain's Financial Conduct Authority fined a broker.",
     [("Britain", "GPE"), ("Financial Conduct Authority", "ORG")], "Financial Conduct Authority"),
    ("Sweden's Audit Committee met.",
     [("Sweden", "GPE"), ("Audit Committee", "ORG")], "Audit Committee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_shared_bodies(text: str, spans: list[tuple[str, str]], want: str) -> None:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        name = {"Britain": "United Kingdom", "Norwegian": "Norwegian"}.get(surface, surface)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    national_bodies(text, ents, ENGLISH)
    assert [e.name for e in ents if e.type == "ORG"] == [want]


OWNED = [
    # a body's own committee ("the Authority's"), no country's: untouched
    ("Seychelles raised rates. The Authority's Monetary Policy Committee said inflation rose.",
     [("Seychelles", "GPE"), ("Authority", "ORG"), ("Monetary Policy Committee", "ORG")],
     "Monetary Policy Committee"),
    # the table's bare title for the one country English Wikipedia titles so
    ("Britain's Monetary Policy Committee voted.",
     [("Britain", "GPE"), ("Monetary Policy Committee", "ORG")], "Monetary Policy Committee"),
    ("Ghana's New Patriotic Party lost.",
     [("Ghana", "GPE"), ("New Patriotic Party", "ORG")], "New Patriotic Party"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), OWNED)
def test_owned_and_own_titles(text: str, spans: list[tuple[str, str]], want: str) -> None:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        name = {"Britain": "United Kingdom"}.get(surface, surface)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    national_bodies(text, ents, ENGLISH | {"new", "patriotic"})
    assert [e.name for e in ents if e.type == "ORG"][-1] == want
