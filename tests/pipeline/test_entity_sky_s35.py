"""Entity types, session 35 (issue 13 item 6): the bodies of the sky are places (OntoNotes
LOC). On plain mention lists (no model) and through the component. Invented texts; the rule
has three new cases of each of its families and cases that must stay untouched.

New cases go in the table of their family; a known miss stays in its table as a strict xfail."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.kinds import sky_bodies
from briefx.resources import read_jsonl
from tests.pipeline.conftest import by_mention, ents_of


def typed(text: str, ents: list[Ent]) -> dict[str, str]:
    return {text[e.start : e.end]: e.type for e in ents}


def _rows() -> dict[str, dict[str, object]]:
    return {str(r["name"]): r for r in read_jsonl("sky_bodies.jsonl")}


# models/sky_bodies.jsonl (scripts/derive_sky_bodies.py, WordNet): (name, in the table, sure,
# lower): planets, stars, constellations, galaxies in; kinds, abbreviations and a
# constellation's English name that is a common word out
SKY_TABLE = [
    ("Saturn", True, False, ""),  # also the god
    ("Betelgeuse", True, True, ""),
    ("Andromeda Galaxy", True, True, ""),  # WordNet writes "Andromeda galaxy"
    ("Sun", True, False, "sky"),  # a sun: any star with planets
    ("Moon", True, False, "sky"),
    ("Mercury", True, False, "other"),  # the metal
    ("Milky Way", True, True, ""),
    ("Dragon", False, False, ""),  # Draco's English name: a SpaceX capsule, a myth
    ("Crow", False, False, ""),
    ("Jovian planet", False, False, ""),  # a kind of planet
    ("KBO", False, False, ""),
]


@pytest.mark.parametrize(("name", "known", "sure", "lower"), SKY_TABLE)
def test_sky_table(name: str, known: bool, sure: bool, lower: str) -> None:
    row = _rows().get(name)
    assert (row is not None) == known
    if row is not None:
        assert (row["sure"], row["lower"]) == (sure, lower)


SKY = [
    # "the Sun", "the Moon" with a capital after a lower-case "the", beside a word of the sky
    ("NASA said the Moon would pass between Earth and the Sun during the eclipse.",
     [("NASA", "ORG"), ("Moon", "ORG"), ("Earth", "LOC")],
     {"Moon": "LOC", "Sun": "LOC", "NASA": "ORG"}),
    ("Flares from the Sun reached Earth's orbit on Friday.", [], {"Sun": "LOC"}),
    ("A lander will touch down near the Moon's south pole next year, the agency said.",
     [("Moon", "PRODUCT")], {"Moon": "LOC"}),
    # a planet, a constellation, a galaxy beside a word of the sky or another body
    ("Astronomers watched Saturn's rings narrow.", [("Saturn", "PRODUCT")], {"Saturn": "LOC"}),
    ("A comet in Sagittarius brightened.", [("Sagittarius", "ORG")], {"Sagittarius": "LOC"}),
    ("The probe passed Neptune. Pluto lies beyond it.", [("Neptune", "ORG")],
     {"Neptune": "LOC", "Pluto": "LOC"}),
    ("On clear nights the Andromeda Galaxy was visible through binoculars.", [],
     {"Andromeda Galaxy": "LOC"}),
    # a name that ends in a word of the sky is its own evidence
    ("The Crab Nebula was photographed in new detail.", [("Crab Nebula", "ORG")],
     {"Crab Nebula": "LOC"}),
    ("Dust hides the Andromeda Galaxy from view this month.", [], {"Andromeda Galaxy": "LOC"}),
    ("The Orion Nebula lies about 1,300 light years away.", [("Orion", "ORG")],
     {"Orion Nebula": "LOC", "Orion": None}),
    ("Astronomers mapped the Virgo Cluster again.", [], {"Virgo Cluster": "LOC"}),
    ("The Mars Rover team met on Monday.", [], {"Mars": None, "Mars Rover": None}),
    ("A story in the Moon upset the minister.", [], {"Moon": None}),  # no: "Moon" is one word
    ("Venus and Jupiter will appear close together in the western sky.",
     [("Venus", "PERSON")], {"Venus": "LOC", "Jupiter": "LOC"}),
    # a name WordNet gives no other sense: a word of the sky anywhere in the text
    (("Betelgeuse dimmed again in November. It was the third dimming in five years. "
      "Astronomers said dust hid it."), [("Betelgeuse", "ORG")], {"Betelgeuse": "LOC"}),
    ("Aldebaran rose late. Few saw it. The eclipse was short.", [], {"Aldebaran": "LOC"}),
    # a name with another sense: only within a sentence of the evidence
    ("Pluto lies beyond them. Few saw it. The eclipse was short.", [], {"Pluto": None}),
    ("Deimos and Phobos were photographed from orbit.", [], {"Deimos": "LOC", "Phobos": "LOC"}),
    # must stay: the paper that reports, says or is told; "Sun" or "Moon" with no "the"
    ("The Sun reported that the eclipse drew crowds.", [("The Sun", "ORG")],
     {"The Sun": "ORG", "Sun": None}),
    ("The minister told the Sun that the space budget would rise.", [], {"Sun": None}),
    ("Moon said the lunar lander was ready.", [("Moon", "PERSON")], {"Moon": "PERSON"}),
    # must stay: the metal, the confectioner, a person, a rocket, a car brand, a town
    ("Mercury rose 3% in Shanghai trading.", [("Shanghai", "GPE")], {"Mercury": None}),
    ("Mars said its chocolate sales rose 4% in the quarter.", [("Mars", "ORG")],
     {"Mars": "ORG"}),
    ("Venus Williams watched the eclipse from Auckland.",
     [("Venus Williams", "PERSON"), ("Auckland", "GPE")], {"Venus Williams": "PERSON"}),
    ("The Saturn V rocket carried the crew into orbit.", [("Saturn V", "PRODUCT")],
     {"Saturn V": "PRODUCT"}),
    ("The Saturn rocket was rolled out before the lunar launch.", [("Saturn", "ORG")],
     {"Saturn": "ORG"}),
    ("Owners of old Saturn cars still meet every summer.", [("Saturn", "ORG")],
     {"Saturn": "ORG"}),
    ("An observatory near Phoenix tracked the asteroid.", [("Phoenix", "GPE")],
     {"Phoenix": "GPE"}),
    ("Mars Inc. opened a plant in orbit of the city.", [("Mars Inc.", "ORG")],
     {"Mars Inc.": "ORG"}),
    # a constellation's name with another sense after a word of place only
    ("A star in Virgo hosts a planet with water.", [("Virgo", "GPE")], {"Virgo": "LOC"}),
    ("Google said Gemini would answer questions about the planets.", [("Gemini", "ORG")],
     {"Gemini": "ORG"}),
    ("Orion carried four astronauts around the Moon.", [("Orion", "PRODUCT")],
     {"Orion": "PRODUCT", "Moon": "LOC"}),
    # must stay: a name that speaks anywhere in the text, in all its mentions
    ("The Sun said the eclipse drew crowds. Readers of the Sun sent photos of the sky.",
     [("The Sun", "ORG")], {"The Sun": "ORG", "Sun": None}),
    # must stay: a name with no word of the sky in the text, a sky word that is a name's
    ("Sirius shares rose 3% after the merger.", [("Sirius", "ORG")], {"Sirius": "ORG"}),
    ("Regulators opened a probe into Mars over pricing.", [("Mars", "ORG")], {"Mars": "ORG"}),
    ("Samsung's Galaxy phones sold well, Orion shares fell.", [("Orion", "ORG")],
     {"Orion": "ORG"}),
    ("Sky News said Saturn dealers would close.", [("Saturn", "ORG")], {"Saturn": "ORG"}),
    # must stay: a name the text writes before a product's noun, in all its mentions
    ("The Orion capsule flew around the Moon. Orion splashed down on Sunday.",
     [("Orion", "PRODUCT"), ("Orion", "PRODUCT")], {"Orion": "PRODUCT", "Moon": "LOC"}),
    ("The Vega rocket lifted off from Kourou. Vega carried a lunar orbiter.",
     [("Vega", "PRODUCT"), ("Vega", "PRODUCT")], {"Vega": "PRODUCT"}),
    # must stay: inside a longer name
    ("The Phoenix Mercury won under a full moon.", [("Phoenix", "GPE")], {"Mercury": None}),
    # must stay: no word of the sky near a name that has another sense
    ("Orion bought the rights to the film last year.", [("Orion", "ORG")], {"Orion": "ORG"}),
    ("Under the midday sun the moon was hard to see.", [], {"sun": None, "moon": None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), SKY)
def test_sky_bodies(text: str, spans: list[tuple[str, str]], want: dict[str, str | None]) -> None:
    ents = ents_of(text, spans)
    sky_bodies(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


SKY_XFAIL = [
    # known miss: the paper spoken with, in an astronaut's interview
    (
        "In an interview with the Sun, the astronaut said the Moon landing would come in 2027.",
        [],
        {"Sun": None, "Moon": "LOC"},
    ),
    # known miss: a name whose lower-case word is another thing ("mercury") is never read first
    # in its sentence, where its capital says nothing
    ("Mercury rose in the sky before dawn.", [], {"Mercury": "LOC"}),
]


@pytest.mark.parametrize(("text", "spans", "want"), SKY_XFAIL)
@pytest.mark.xfail(strict=True)
def test_sky_bodies_misses(
    text: str, spans: list[tuple[str, str]], want: dict[str, str | None]
) -> None:
    test_sky_bodies(text, spans, want)


def test_sky_window_is_three_sentences() -> None:
    """A word of the sky two sentences away is no evidence."""
    text = "Saturn cut prices. Dealers were busy. Sales rose. The telescope was new."
    ents = ents_of(text, [("Saturn", "ORG")])
    sky_bodies(text, ents)
    assert typed(text, ents) == {"Saturn": "ORG"}


def test_sky_table_is_rebuilt() -> None:
    """The committed table is what the script derives from WordNet (where WordNet is installed,
    as Debian's wordnet-base ships it; the table's build is tested, not WordNet's presence)."""
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        import derive_sky_bodies as derive
        from derive_fac_heads import DATA

        if not Path(DATA).exists():
            pytest.xfail("WordNet data.noun not installed: the table cannot be rebuilt here")
        want = {r["name"]: r for r in derive.rows(derive.data_lines())}
    finally:
        sys.path.remove(str(scripts))
    assert want == _rows()


COMPONENT = [
    ("NASA said the Moon would pass between Earth and the Sun on Saturday.",
     {"Moon": "LOC", "Sun": "LOC", "NASA": "ORG"}),
    ("Astronomers watched Saturn's rings narrow to a thin line this week.", {"Saturn": "LOC"}),
    ("The Sun reported on Tuesday that the club had agreed a fee for the striker.",
     {"The Sun": "ORG"}),
    ("Samsung, the tech giant, said on Monday that profit rose.", {"Samsung": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: the bodies of the sky over what the model read."""
    brief = run(text, reference_date="2026-11-03")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want


# known miss: the document's vote by descriptors retypes a body the sky rule typed ("the red
# giant" reads as "the tech giant"). Shielding such bodies from the vote turned a blind brief's
# spacecraft, named like a body of the sky, from PRODUCT to ORG (session 35, the lead), so the
# vote keeps its say here.
@pytest.mark.xfail(strict=True)
def test_component_descriptor_vote(run) -> None:  # type: ignore[no-untyped-def]
    brief = run(
        "Antares, the red giant in Scorpius, flared on Monday, astronomers said.",
        reference_date="2026-11-03",
    )
    assert by_mention(brief, "type").get("Antares") == "LOC"
