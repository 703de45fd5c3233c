"""Session 41 (backref41, issue 13 names): generic heads that refer back, and titles that qualify
a body by its owner, on ``spacy.blank("en")`` and the tables (``coref.link_names``), and through
the whole pipeline where the statistical model's spans are the point.

- ``coref.generic_heads.organ_heads``: "the Committee", "the Council", "MPC", "FOMC" in a document
  of one central bank whose organ ``national_bodies.jsonl`` (kind "organ") gives: that organ,
  titled as its country's body; ``kind_heads``: "the Company", "the Group" of a release: the
  issuing firm; ``letterheads``: a body named alone on the first line and called by its head.
- ``coref.parts.head_nouns``: "the Group" of a firm written "Vodafone Group Plc"; "the City" of a
  "City of <place>"; a head before its people ("a Fund mission"); the issuer of a release over
  another body of that head named in an earlier sentence.
- ``coref.bodies``: a police force's common name (kind "common"); party and federal-office
  title rows; a table short name ("Parliament") by the country the evidence settles; a body's
  owner NER ran into its span, cut off; ``coref.countries``: 1996 wire datelines.
- ``coref.initials.expanded_titles``: "TMC" of "Toyota Motor Corporation (TMC)" is "Toyota".

Invented texts; every rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.normalize.names import national_body
from briefx.pipeline.coref.countries import dateline_country_name
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.coref.generic_heads import body_form, kind_heads, letterheads, organ_heads
from briefx.records import Brief
from tests.pipeline.conftest import by_mention
from tests.pipeline.conftest import linked_marks as linked

Mark = tuple[str, str, str]  # (surface, type, name before linking)


def org(name: str, written: str | None = None) -> Mark:
    return (written or name, "ORG", name)


def gpe(name: str, written: str | None = None) -> Mark:
    return (written or name, "GPE", name)


def _names(text: str, marks: list[Mark]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for surface, _, name in linked(text, marks):
        out.setdefault(surface, []).append(name)
    return out


# organ_heads: "the Committee" and the organ's letters by the owner's organ
ORGANS = [
    ("The Bank of England held rates. The Committee voted 7-2, and the MPC will meet in June.",
     [org("Bank of England"), org("Committee"), org("MPC")],
     {"Committee": "Monetary Policy Committee", "MPC": "Monetary Policy Committee"}),
    ("The Central Bank of Nigeria held rates at 27.5 per cent. The Committee noted lower inflation.",
     [org("Central Bank of Nigeria"), ("Committee", "PERSON", "Committee")],
     {"Committee": "Monetary Policy Committee (Nigeria)"}),
    # the owner named only where no mention stands (a letterhead the heading filter dropped)
    ("Bank of Uganda\nMonetary Policy Statement\n\nThe MPC kept the rate at 9.75 percent.",
     [org("MPC")], {"MPC": "Monetary Policy Committee (Uganda)"}),
    ("Federal Reserve issues FOMC statement\n\nThe Committee seeks maximum employment.",
     [org("Committee")], {"Committee": "Federal Open Market Committee"}),
    ("WARSAW - The National Bank of Poland cut rates. The Council said inflation would ease.",
     [gpe("Warsaw", "WARSAW"), org("National Bank of Poland"), org("Council")],
     {"Council": "Monetary Policy Council (Poland)"}),
    # an untagged "the Committee" is tagged
    ("The Bank of Zambia held its rate. The Committee noted that inflation fell.",
     [org("Bank of Zambia")], {"Committee": "Monetary Policy Committee (Zambia)"}),
]  # fmt: skip

ORGANS_STAY = [
    # two owners' organs fit
    ("The Bank of England and the Federal Reserve held rates. The Committee said so.",
     [org("Bank of England"), org("Federal Reserve"), org("Committee")], "Committee"),
    # the document names another body of that head
    ("The Treasury Committee questioned the Bank of England. The Committee said so.",
     [org("Treasury Committee"), org("Bank of England"), org("Committee")], "Treasury Committee"),
    # no owner of the table
    ("The Bank of Japan raised rates. The Committee of the Diet met.",
     [org("Bank of Japan"), org("Committee of the Diet")], "Committee of the Diet"),
    ("The Treasury said the Committee would meet.", [org("Treasury"), org("Committee")],
     "Committee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), ORGANS)
def test_organ_heads(text: str, marks: list[Mark], want: dict[str, str]) -> None:
    got = _names(text, marks)
    for surface, name in want.items():
        assert set(got[surface]) == {name}


@pytest.mark.parametrize(("text", "marks", "surface"), ORGANS_STAY)
def test_organ_heads_stay(text: str, marks: list[Mark], surface: str) -> None:
    got = _names(text, marks)
    assert set(got[surface]) == {surface}


def test_organ_heads_leave_a_linked_head() -> None:
    """A head the text linked already keeps that name."""
    text = "The Bank of Ghana held rates. The Committee said so."
    ents = [Ent(4, 17, "ORG", "Bank of Ghana"), Ent(34, 43, "ORG", "Finance Committee")]
    organ_heads(text, ents)
    assert ents[1].name == "Finance Committee"


# kind_heads: "the Company", "the Group" by the issuing firm
KINDS = [
    # the letterhead, a second firm named after it
    (("Safaricom PLC\nNairobi, 8 May 2025\n\nSafaricom PLC today reported results. Vodacom Group "
     "welcomed them. The Company will pay a dividend."),
     [org("Safaricom", "Safaricom PLC"), gpe("Nairobi"), org("Safaricom", "Safaricom PLC"),
      org("Vodacom Group"), org("Company")], "Company", "Safaricom"),
    # a From: line
    ("From: Kestrel Mining Limited\n\nKestrel Mining Limited found gold. The Company said so.",
     [org("Kestrel Mining", "Kestrel Mining Limited"), org("Kestrel Mining", "Kestrel Mining Limited"),
      org("Company")], "Company", "Kestrel Mining"),
    # the one firm of the first sentence, a news agency's credit apart; an untagged "the Group"
    ("LONDON, May 2 (Reuters) - Anglo American plc said output rose. The Group kept its guidance.",
     [gpe("London", "LONDON"), org("Reuters"), org("Anglo American plc")], "Group",
     "Anglo American plc"),
    # a firm by its name's kind ("Electric Power": a utility), its letterhead's legal form
    ("Tohoku Electric Power Co., Inc.\n\nThe reactor restarted. The Company raised its seawall.",
     [org("Tohoku Electric Power", "Tohoku Electric Power Co., Inc."), org("Company")],
     "Company", "Tohoku Electric Power"),
]  # fmt: skip

KINDS_STAY = [
    # two firms, no issuer
    ("JOHANNESBURG - Sibanye-Stillwater and Impala Platinum said output fell. The Company said so.",
     [gpe("Johannesburg", "JOHANNESBURG"), org("Sibanye-Stillwater"), org("Impala Platinum"),
      org("Company")]),
    # the firm named only after the head
    ("The Company said output fell, according to a filing by Kestrel Mining Limited.",
     [org("Company"), org("Kestrel Mining", "Kestrel Mining Limited")]),
    # no firm at all: a ministry
    ("The Ministry of Health said the Company had not applied.",
     [org("Ministry of Health"), org("Company")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "surface", "want"), KINDS)
def test_kind_heads(text: str, marks: list[Mark], surface: str, want: str) -> None:
    assert set(_names(text, marks)[surface]) == {want}


@pytest.mark.parametrize(("text", "marks"), KINDS_STAY)
def test_kind_heads_stay(text: str, marks: list[Mark]) -> None:
    assert _names(text, marks)["Company"] == ["Company"]


def test_kind_heads_leave_a_name_ending_with_the_head() -> None:
    """A firm whose name ends with the head ("BHP Group") is ``head_nouns``' to read."""
    text = "Rio Tinto plc and BHP Group reported. The Group said so."
    ents = [
        Ent(0, 13, "ORG", "Rio Tinto"),
        Ent(18, 27, "ORG", "BHP Group"),
        Ent(43, 48, "ORG", "Group"),
    ]
    kind_heads(text, ents)
    assert ents[2].name == "Group"


# letterheads: a body alone on the first line, called by its head after
def test_letterhead_body_tagged() -> None:
    text = "City of Sydney\nMedia release\n\nThe City will spend $30 million on cycleways."
    ents = letterheads(text, [Ent(8, 14, "GPE", "Sydney")])
    assert [(text[e.start : e.end], e.type) for e in ents] == [("City of Sydney", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "City of Sydney\nMedia release\n\nCyclists will get new lanes in the city.",  # no head
        "From: Ministry of Agriculture\n\nThe Ministry said so.",  # a label opens the line
        "Floods Hit Coastal Towns\n\nThe Towns flooded.",  # no body's form
    ],
)
def test_letterhead_stays(text: str) -> None:
    assert letterheads(text, []) == []


@pytest.mark.parametrize(
    ("words", "want"),
    [("Bank of England", True), ("City of Sydney", True), ("Coastal Ports Authority", True),
     ("Monetary Policy Summary", False), ("From: Ministry of Health", False),
     ("City of Nowhereville", False)],
)  # fmt: skip
def test_body_form(words: str, want: bool) -> None:
    assert body_form(words.split()) is want


# head_nouns: the written name's head, "the City", a head before its people, the issuer
HEADS = [
    (("Vodafone Group Plc\nNewbury\n\nVodafone Group Plc announced results. The Group said revenue "
     "rose. Vodacom Group also grew."),
     [org("Vodafone", "Vodafone Group Plc"), gpe("Newbury"), org("Vodafone", "Vodafone Group Plc"),
      org("Group"), org("Vodacom Group")], "Group", "Vodafone"),
    (("CAPE TOWN - The City of Cape Town said dams were at 58 percent. The City urged residents to "
     "save water."),
     [gpe("Cape Town", "CAPE TOWN"), ("City of Cape Town", "LOC", "City of Cape Town")], "City",
     "City of Cape Town"),
    ("NAIROBI - Kenya will host a Fund mission, the International Monetary Fund said.",
     [gpe("Nairobi", "NAIROBI"), gpe("Kenya"), org("International Monetary Fund")], "Fund",
     "International Monetary Fund"),
    (("From: Coastal Ports Authority\n\nCargo rose, the Authority said. The Inland Revenue Authority cut "
     "clearance times. The Authority will open a berth."),
     [org("Coastal Ports Authority"), org("Authority"), org("Inland Revenue Authority"),
      org("Authority")], "Authority", "Coastal Ports Authority"),
]  # fmt: skip

HEADS_STAY = [
    # a story, no letterhead: the latest body of the head
    (("NAIROBI - The Coastal Ports Authority said cargo rose. The Inland Revenue Authority cut "
     "clearance times. The Authority will hire staff."),
     [gpe("Nairobi", "NAIROBI"), org("Coastal Ports Authority"), org("Inland Revenue Authority"),
      org("Authority")], "Inland Revenue Authority"),
    # the issuer's release, the other body named in the head's own sentence
    (("From: Coastal Ports Authority\n\nThe Inland Revenue Authority said the Authority would audit "
     "importers."),
     [org("Coastal Ports Authority"), org("Inland Revenue Authority"), org("Authority")],
     "Inland Revenue Authority"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "surface", "want"), HEADS)
def test_head_nouns_s41(text: str, marks: list[Mark], surface: str, want: str) -> None:
    assert set(_names(text, marks)[surface]) == {want}


@pytest.mark.parametrize(("text", "marks", "want"), HEADS_STAY)
def test_head_nouns_s41_stay(text: str, marks: list[Mark], want: str) -> None:
    assert _names(text, marks)["Authority"][-1] == want


def test_city_head_makes_the_city_a_body() -> None:
    text = "The City of Cape Town said dams fell. The City urged residents to save water."
    got = linked(text, [("City of Cape Town", "LOC", "City of Cape Town")])
    assert {(s, t) for s, t, _ in got} == {("City of Cape Town", "ORG"), ("City", "ORG")}


def test_city_of_london_without_head_stays_a_place() -> None:
    text = "Shares fell in the City of London on Monday."
    got = linked(text, [("City of London", "LOC", "City of London")])
    assert got == [("City of London", "LOC", "City of London")]


# bodies: police forces' common names, title rows, settled countries, owners cut off
POLICE = [
    ("ACCRA - The Ghana Police said it had arrested 14 people.",
     [gpe("Accra", "ACCRA"), org("Ghana Police")], "Ghana Police", "Ghana Police Service"),
    ("TORONTO - Toronto Police said 48 cars were found. The Service said more would follow.",
     [gpe("Toronto", "TORONTO"), gpe("Toronto")], "Toronto Police", "Toronto Police Service"),
    ("TORONTO - Toronto Police said 48 cars were found. The Service said more would follow.",
     [gpe("Toronto", "TORONTO"), gpe("Toronto")], "Service", "Toronto Police Service"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "surface", "want"), POLICE)
def test_police_common_names(text: str, marks: list[Mark], surface: str, want: str) -> None:
    assert set(_names(text, marks)[surface]) == {want}


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        # another body that opens with the common name
        ("The Toronto Police Services Board met.", [org("Toronto Police Services Board")]),
        # lower case: an unnamed source
        ("WINNIPEG - Winnipeg police said a man was arrested.", [gpe("Winnipeg", "WINNIPEG")]),
        # a force whose common name is its title needs no row
        ("Victoria Police said roads were closed.", [org("Victoria Police")]),
    ],
)
def test_police_common_names_stay(text: str, marks: list[Mark]) -> None:
    got = linked(text, marks)
    assert all(name == s for s, _, name in got if "Police" in s)
    assert not any(name.endswith(("Service", "Force", "Department")) for _, _, name in got)


@pytest.mark.parametrize(
    ("short", "country", "want"),
    [("Socialist Party", "Serbia", "Socialist Party of Serbia"),
     ("Communist Party", "Greece", "Communist Party of Greece"),
     ("Communist Party", "Japan", "Japanese Communist Party"),
     ("Federal Statistical Office", "Germany", "Federal Statistical Office of Germany"),
     ("Federal Statistical Office", "Switzerland", "Federal Statistical Office (Switzerland)"),
     ("Federal Statistical Office", "Brazil", None)],
)  # fmt: skip
def test_title_rows_s41(short: str, country: str, want: str | None) -> None:
    assert national_body(short, country) == want


PARLIAMENTS = [
    # the dateline (1996 wire form) and a country named once outweigh two countries once each
    (("WELLINGTON 1996-08-21\nParliament passed a tax bill. New Zealand exporters sell to "
     "Australia and Japan."),
     [gpe("Wellington", "WELLINGTON"), org("Parliament"), gpe("New Zealand"), gpe("Australia"),
      gpe("Japan")], "New Zealand Parliament"),
    (("KAMPALA, March 4 - Parliament approved a loan for a railway to Kenya. Uganda has tried "
     "for a decade to fund it."),
     [gpe("Kampala", "KAMPALA"), org("Parliament"), gpe("Kenya"), gpe("Uganda")],
     "Parliament of Uganda"),
]  # fmt: skip

PARLIAMENTS_STAY = [
    # a tie: the dateline's country and two others once each
    (("COLOMBO 1996-08-22\nParliament extended the emergency. Diplomats from India and Norway "
     "watched."),
     [gpe("Colombo", "COLOMBO"), org("Parliament"), gpe("India"), gpe("Norway")]),
    # a union of countries: its own parliament
    ("BRUSSELS, May 6 - The European Union and Parliament agreed rules. Belgium welcomed them.",
     [gpe("Brussels", "BRUSSELS"), org("European Union"), org("Parliament"), gpe("Belgium")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PARLIAMENTS)
def test_parliament_by_settled_country(text: str, marks: list[Mark], want: str) -> None:
    assert set(_names(text, marks)["Parliament"]) == {want}


@pytest.mark.parametrize(("text", "marks"), PARLIAMENTS_STAY)
def test_parliament_stays(text: str, marks: list[Mark]) -> None:
    assert _names(text, marks)["Parliament"] == ["Parliament"]


@pytest.mark.parametrize(
    ("text", "want"),
    [("WELLINGTON 1996-08-21\nParliament met.", "New Zealand"),
     ("NAIROBI, May 3 - Rates held.", "Kenya"),
     ("WELLINGTON said 1996 was good.", None)],
)  # fmt: skip
def test_wire_datelines(text: str, want: str | None) -> None:
    word = text.split()[0].rstrip(",")
    name = {"WELLINGTON": "Wellington", "NAIROBI": "Nairobi"}[word]
    assert dateline_country_name(text, [Ent(0, len(word), "GPE", name)]) == want


def test_owner_cut_from_the_body_span() -> None:
    text = "The Monetary Policy Committee of the Bank of Zambia held its rate."
    got = linked(text, [org("Monetary Policy Committee of the Bank of Zambia")])
    assert got == [
        ("Monetary Policy Committee", "ORG", "Monetary Policy Committee (Zambia)"),
        ("Bank of Zambia", "ORG", "Bank of Zambia"),
    ]


def test_acronym_takes_its_expansions_title() -> None:
    text = "Toyota Motor Corporation (TMC) sold 10 million cars. TMC said so."
    got = linked(
        text,
        [org("Toyota", "Toyota Motor Corporation"), org("Toyota Motor Corporation", "TMC"),
         org("Toyota Motor Corporation", "TMC")],
    )  # fmt: skip
    assert [n for s, _, n in got if s == "TMC"] == ["Toyota", "Toyota"]


def test_acronym_of_a_written_name_stays() -> None:
    """An acronym named by an expansion the tables kept as written keeps it."""
    text = "The Coastal Ports Authority (KPA) said cargo rose."
    got = linked(text, [org("Coastal Ports Authority"), org("Coastal Ports Authority", "KPA")])
    assert [n for s, _, n in got if s == "KPA"] == ["Coastal Ports Authority"]


# the whole pipeline: a letterhead and a signature kept, the organ named by its head and letters
def test_central_bank_statement(run: Callable[..., Brief]) -> None:
    text = (
        "Bank of England\nMonetary Policy Summary, May 2025\n\n"
        "At its meeting ending on 7 May 2025, the MPC voted by a majority of 5-4 to reduce Bank "
        "Rate by 0.25 percentage points, to 4.25%. The Committee will continue to monitor closely "
        "the risks of inflation persistence.\n"
    )
    got = by_mention(run(text, reference_date="2025-05-08"), "name")
    assert got["Bank of England"] == "Bank of England"
    assert got["MPC"] == got["Committee"] == "Monetary Policy Committee"


def test_signature_body_kept(run: Callable[..., Brief]) -> None:
    text = (
        "Central Bank of Nigeria\nCommunique No. 160\n\n"
        "The MPC voted unanimously to retain the Monetary Policy Rate at 27.50 per cent.\n\n"
        "Olayemi Cardoso\nGovernor, Central Bank of Nigeria\n"
    )
    brief = run(text, reference_date="2025-05-20")
    mentions = [
        m.text for e in brief.entities if e.name == "Central Bank of Nigeria" for m in e.mentions
    ]
    assert mentions == ["Central Bank of Nigeria", "Central Bank of Nigeria"]
    assert by_mention(brief, "name")["MPC"] == "Monetary Policy Committee (Nigeria)"


def test_company_release(run: Callable[..., Brief]) -> None:
    text = (
        "Toyota Motor Corporation\nToyota City, Japan, May 8, 2025\n\n"
        "Toyota Motor Corporation (TMC) today announced its results. The Company sold 10.3 million "
        "vehicles worldwide.\n"
    )
    got = by_mention(run(text, reference_date="2025-05-08"), "name")
    assert got["Company"] == got["TMC"] == got["Toyota Motor Corporation"] == "Toyota"
