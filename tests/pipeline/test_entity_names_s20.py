"""Canonical names from the document's own text, session 20 (issue 13 names, dev set 21n), on
``spacy.blank("en")`` through ``coref.link_names`` and through the whole pipeline:
- acronyms with lower-case letters for the little words ("DfT", "BoM"; ``initials``), in title
  case ("Sebi"; ``initials.title_acronyms``), without the state they open with ("DEQ";
  ``initials._spells_after_place``), and of a run of capitalised words NER missed ("TfGM";
  ``initials.spelled_runs``);
- a place and the rest of a body's name NER tagged apart (``variants.place_heads``);
- a state's or country's name after "the" beside its river (``place_names.natural_titles``),
  a country's short name beside its formal title (``place_names.state_titles``);
- firms: a lone first word the entities component tied to a firm stays that firm
  (``people._firm_named``), a body's noun in apposition (``evidence.BODY_APPOSITION``), a
  legal form (``evidence.legal_form_firms``), a town before its region is no firm named after it
  (``short_names``), a headline in capitals names what the body names
  (``short_names.capitals_as_body``).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.normalize.names import neighbour_town
from briefx.pipeline.coref.initials import _mixed_spells, _spells, _strict_spells
from briefx.records import Brief
from tests.pipeline.conftest import by_mention, linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "met", "staff", "crews", "bus"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


def org(name: str) -> tuple[str, str, str]:
    return (name, "ORG", name)


MIXED_SPELLS = [
    ("DfT", "Department for Transport", True),
    ("BoM", "Bureau of Meteorology", True),
    ("TfGM", "Transport for Greater Manchester", True),
    ("MoD", "Ministry of Defence (Kenya)", True),
    ("BoJ", "Bank of Japan", True),
    # untouched: a capital for a little word, a letter too many, a lower-case letter that
    # stands for no little word
    ("DFT", "Department for Transport", False),
    ("DfTr", "Department for Transport", False),
    ("DoT", "Department for Transport", False),
]  # fmt: skip


@pytest.mark.parametrize(("acronym", "name", "fits"), MIXED_SPELLS)
def test_mixed_spells(acronym: str, name: str, fits: bool) -> None:
    assert _mixed_spells(acronym, name) is fits


SPELLS = [
    ("DEQ", "Montana Department of Environmental Quality", True),
    ("SES", "New South Wales State Emergency Service", True),
    ("DWR", "Arizona Department of Water Resources", True),
    ("KDHE", "Kansas Department of Health and Environment", True),
    # untouched: a town that is no state or country ("Federal" is a town), too few words left
    ("IRS", "Federal Inland Revenue Service", False),
    ("MC", "Kenya Meat Commission", False),
]  # fmt: skip


@pytest.mark.parametrize(("acronym", "name", "fits"), SPELLS)
def test_spells_after_place(acronym: str, name: str, fits: bool) -> None:
    assert _spells(acronym, name) is fits


STRICT = [
    ("ONR", "Office for Nuclear Regulation", True),
    ("TGM", "Transport for Greater Manchester", True),
    ("NHA", "National Highways Agency", True),
    ("ONRs", "Office for Nuclear Regulation", False),
    ("OFNR", "Office for Nuclear Regulation", False),
]  # fmt: skip


@pytest.mark.parametrize(("acronym", "name", "fits"), STRICT)
def test_strict_spells(acronym: str, name: str, fits: bool) -> None:
    assert _strict_spells(acronym, name) is fits


# initials.acronyms and _untagged_acronyms: mixed-case acronyms, tagged or not
MIXED = [
    ("The Department for Transport met. DfT officials said so.",
     [org("Department for Transport"), org("DfT")],
     [org("Department for Transport"), ("DfT", "ORG", "Department for Transport")]),
    ("The Bureau of Meteorology warned of rain. BoM forecasters said so.",
     [org("Bureau of Meteorology")],
     [org("Bureau of Meteorology"), ("BoM", "ORG", "Bureau of Meteorology")]),
    ("The Bank of Japan held rates. The BoJ said so.",
     [org("Bank of Japan"), org("BoJ")],
     [org("Bank of Japan"), ("BoJ", "ORG", "Bank of Japan")]),
    # untouched: no long name it spells, two long names it spells
    ("The Department for Transport met. BoM forecasters said so.",
     [org("Department for Transport")], [org("Department for Transport")]),
    ("The Department for Trade met. The Department for Transport met. DfT said so.",
     [org("Department for Trade"), org("Department for Transport"), org("DfT")],
     [org("Department for Trade"), org("Department for Transport"), org("DfT")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), MIXED)
def test_mixed_acronyms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# initials.title_acronyms: an acronym written in title case
TITLE_ACRONYMS = [
    ("The Securities and Exchange Board of India (SEBI) met. Sebi fined the firm.",
     [org("Securities and Exchange Board of India"), org("SEBI"), org("Sebi")],
     [org("Securities and Exchange Board of India"),
      ("SEBI", "ORG", "Securities and Exchange Board of India"),
      ("Sebi", "ORG", "Securities and Exchange Board of India")]),
    ("The Advisory, Conciliation and Arbitration Service met. Acas said talks failed.",
     [org("Advisory, Conciliation and Arbitration Service"), org("Acas")],
     [org("Advisory, Conciliation and Arbitration Service"),
      ("Acas", "ORG", "Advisory, Conciliation and Arbitration Service")]),
    ("The Kenya Rural Roads Authority met. Krra said the road would open.",
     [org("Kenya Rural Roads Authority"), org("Krra")],
     [org("Kenya Rural Roads Authority"), ("Krra", "ORG", "Kenya Rural Roads Authority")]),
    # untouched: an English word, a name that spells nothing of the text, three letters with
    # no capitals form
    ("The Bureau of Unified Services met. Bus services said so.",
     [org("Bureau of Unified Services"), org("Bus")],
     [org("Bureau of Unified Services"), org("Bus")]),
    ("The Kenya Rural Roads Authority met. Kamau said the road would open.",
     [org("Kenya Rural Roads Authority"), org("Kamau")],
     [org("Kenya Rural Roads Authority"), org("Kamau")]),
    ("The Rural Roads Authority met. Rra said the road would open.",
     [org("Rural Roads Authority"), org("Rra")],
     [org("Rural Roads Authority"), org("Rra")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TITLE_ACRONYMS)
def test_title_acronyms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# initials._with_legal_form: a firm's acronym may spell its legal form too
FORM_ACRONYMS = [
    ("Bharat Heavy Electricals Limited won the order. BHEL said so.",
     [("Bharat Heavy Electricals Limited", "ORG", "Bharat Heavy Electricals"), org("BHEL")],
     [("Bharat Heavy Electricals Limited", "ORG", "Bharat Heavy Electricals"),
      ("BHEL", "ORG", "Bharat Heavy Electricals")]),
    ("Caledonian Maritime Assets Limited delayed the ferries. CMAL staff said so.",
     [("Caledonian Maritime Assets Limited", "ORG", "Caledonian Maritime Assets")],
     [("Caledonian Maritime Assets Limited", "ORG", "Caledonian Maritime Assets"),
      ("CMAL", "ORG", "Caledonian Maritime Assets")]),
    ("Kestrel Offshore Energy plc won. KOEP said so.",
     [("Kestrel Offshore Energy plc", "ORG", "Kestrel Offshore Energy"), org("KOEP")],
     [("Kestrel Offshore Energy plc", "ORG", "Kestrel Offshore Energy"),
      ("KOEP", "ORG", "Kestrel Offshore Energy")]),
    # untouched: the name without its form spells it already, letters that spell nothing
    ("Kestrel Offshore Energy plc won. KOE said so.",
     [("Kestrel Offshore Energy plc", "ORG", "Kestrel Offshore Energy"), org("KOE")],
     [("Kestrel Offshore Energy plc", "ORG", "Kestrel Offshore Energy"),
      ("KOE", "ORG", "Kestrel Offshore Energy")]),
    ("Bharat Heavy Electricals Limited won the order. BHAL said so.",
     [("Bharat Heavy Electricals Limited", "ORG", "Bharat Heavy Electricals"), org("BHAL")],
     [("Bharat Heavy Electricals Limited", "ORG", "Bharat Heavy Electricals"), org("BHAL")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), FORM_ACRONYMS)
def test_form_acronyms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# initials._untagged_acronyms through _spells_after_place
STATE_ACRONYMS = [
    ("The Montana Department of Environmental Quality fined a firm. DEQ staff said so.",
     [org("Montana Department of Environmental Quality")],
     [org("Montana Department of Environmental Quality"),
      ("DEQ", "ORG", "Montana Department of Environmental Quality")]),
    ("The Queensland Fire and Rescue Service met. FRS crews said so.",
     [org("Queensland Fire and Rescue Service")],
     [org("Queensland Fire and Rescue Service"),
      ("FRS", "ORG", "Queensland Fire and Rescue Service")]),
    # untouched: two bodies of two states spell it
    ("The Ohio Department of Health met. The Texas Department of Health met. DOH staff said.",
     [org("Ohio Department of Health"), org("Texas Department of Health")],
     [org("Ohio Department of Health"), org("Texas Department of Health")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), STATE_ACRONYMS)
def test_state_acronyms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# initials.spelled_runs: an acronym spells a run NER missed or cut to a place
RUNS = [
    ("Transport for Greater Manchester will run it, and TfGM said bids open in April.",
     [("Manchester", "GPE", "Manchester"), org("TfGM")],
     [("TfGM", "ORG", "Transport for Greater Manchester"),
      ("Transport for Greater Manchester", "ORG", "Transport for Greater Manchester")]),
    ("The Office for Nuclear Regulation met on Monday. ONR said the plant was safe.",
     [org("ONR")],
     [("ONR", "ORG", "Office for Nuclear Regulation"),
      ("Office for Nuclear Regulation", "ORG", "Office for Nuclear Regulation")]),
    ("Staff at Harbour Safety Council rose. HSC said so. Harbour Safety Council met.",
     [org("HSC")],
     [("HSC", "ORG", "Harbour Safety Council"),
      ("Harbour Safety Council", "ORG", "Harbour Safety Council"),
      ("Harbour Safety Council", "ORG", "Harbour Safety Council")]),
    # pieces NER cut the name into, named as written
    ("The Kenya Power and Lighting Company said so. KPLC met.",
     [org("Kenya Power"), org("Lighting Company"), org("KPLC")],
     [("Kenya Power and Lighting Company", "ORG", "Kenya Power and Lighting Company"),
      ("KPLC", "ORG", "Kenya Power and Lighting Company")]),
    ("The Harbour and Marine Works Board met. HMWB said so.",
     [("Harbour", "GPE", "Harbour"), org("Marine Works Board"), org("HMWB")],
     [("Harbour and Marine Works Board", "ORG", "Harbour and Marine Works Board"),
      ("HMWB", "ORG", "Harbour and Marine Works Board")]),
    # untouched: a piece named otherwise (the run is not joined; the letters take the title of
    # models/org_acronyms.jsonl since session 39, the name the text writes out)
    ("The Kenya Power and Lighting Company said so. KPLC met.",
     [("Kenya Power", "ORG", "Kenya Power Holdings"), org("Lighting Company"), org("KPLC")],
     [("Kenya Power", "ORG", "Kenya Power Holdings"), org("Lighting Company"),
      ("KPLC", "ORG", "Kenya Power and Lighting Company")]),
    # untouched: a run another mention covers, two runs it spells, a run of two words
    ("The Harbour Safety Council met. HSC said so.",
     [org("Harbour Safety Council"), org("HSC")],
     [org("Harbour Safety Council"), ("HSC", "ORG", "Harbour Safety Council")]),
    ("Harbour Safety Council met. Hill Street Club met. HSC said so.",
     [org("HSC")], [org("HSC")]),
    ("Office Nuclear met. ON said so.", [org("ON")], [org("ON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), RUNS)
def test_spelled_runs(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert sorted(linked(text, marks), key=lambda m: text.index(m[0])) == sorted(
        expected, key=lambda m: text.index(m[0])
    )


# variants.place_heads: a place and the rest of a body's name NER tagged apart
PLACE_HEADS = [
    ("The Greater Manchester Combined Authority met. The Combined Authority said so.",
     [("Manchester", "GPE", "Manchester"), org("Combined Authority"), org("Combined Authority")],
     [org("Greater Manchester Combined Authority"),
      ("Combined Authority", "ORG", "Greater Manchester Combined Authority")]),
    ("Kent County Council said on Monday that roads were shut.",
     [("Kent", "GPE", "Kent"), org("County Council")], [org("Kent County Council")]),
    ("The Lagos Waste Management Authority fined the firm.",
     [("Lagos", "GPE", "Lagos"), org("Waste Management Authority")],
     [org("Lagos Waste Management Authority")]),
    # untouched: a country before the body (tagged apart, ANNOTATION.md), a national
    # institution by its country, a word between, no head word
    ("The U.S. Grain Inspection Board said so.",
     [("U.S.", "GPE", "United States"), org("Grain Inspection Board")],
     [("U.S.", "GPE", "United States"), org("Grain Inspection Board")]),
    ("The Kenya High Court ruled.",
     [("Kenya", "GPE", "Kenya"), org("High Court")],
     [("Kenya", "GPE", "Kenya"), ("High Court", "ORG", "High Court of Kenya")]),
    ("In Kent, County Council staff met.",
     [("Kent", "GPE", "Kent"), org("County Council")],
     [("Kent", "GPE", "Kent"), org("County Council")]),
    ("Fans in Manchester City Football met.",
     [("Manchester", "GPE", "Manchester"), org("City Football")],
     [("Manchester", "GPE", "Manchester"), org("City Football")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), PLACE_HEADS)
def test_place_heads(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# place_names.natural_titles: a state's or country's name after "the" beside its river
RIVERS = [
    ("Flows in the Colorado River fell. Its share of the Colorado would fall.",
     [("Colorado River", "LOC", "Colorado River"), ("Colorado", "GPE", "Colorado")],
     [("Colorado River", "LOC", "Colorado River"), ("Colorado", "LOC", "Colorado River")]),
    ("The Niger River flooded. Boats on the Niger stopped.",
     [("Niger River", "LOC", "Niger River"), ("Niger", "GPE", "Niger")],
     [("Niger River", "LOC", "Niger River"), ("Niger", "LOC", "Niger River")]),
    ("The Jordan River ran low. Farmers along the Jordan said so.",
     [("Jordan River", "LOC", "Jordan River"), ("Jordan", "GPE", "Jordan")],
     [("Jordan River", "LOC", "Jordan River"), ("Jordan", "LOC", "Jordan River")]),
    # untouched: no "the", a name after it, no river in the text
    ("The Colorado River fell. Colorado said so.",
     [("Colorado River", "LOC", "Colorado River"), ("Colorado", "GPE", "Colorado")],
     [("Colorado River", "LOC", "Colorado River"), ("Colorado", "GPE", "Colorado")]),
    ("The Colorado River fell. The Colorado Senate said so.",
     [("Colorado River", "LOC", "Colorado River"), ("Colorado", "GPE", "Colorado")],
     [("Colorado River", "LOC", "Colorado River"), ("Colorado", "GPE", "Colorado")]),
    ("Voters in the Colorado primary met.",
     [("Colorado", "GPE", "Colorado")], [("Colorado", "GPE", "Colorado")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), RIVERS)
def test_rivers_after_the(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# place_names.state_titles: a country's short name beside its formal title
STATES = [
    ("Cases rose in eastern Democratic Republic of the Congo. Congo asked for help.",
     [("eastern Democratic Republic", "GPE", "eastern Democratic Republic"),
      ("Congo", "LOC", "Congo"), ("Congo", "GPE", "Congo")],
     [("Democratic Republic of the Congo", "GPE", "Democratic Republic of the Congo"),
      ("Congo", "GPE", "Democratic Republic of the Congo")]),
    ("The Republic of Korea signed. Korea will pay.",
     [("Republic of Korea", "GPE", "South Korea"), ("Korea", "GPE", "Korea")],
     [("Republic of Korea", "GPE", "South Korea"), ("Korea", "GPE", "South Korea")]),
    ("Talks with the Republic of the Congo began. Congo said so.",
     [("Republic", "GPE", "Republic"), ("Congo", "GPE", "Congo"), ("Congo", "GPE", "Congo")],
     [("Republic of the Congo", "GPE", "Republic of the Congo"),
      ("Congo", "GPE", "Republic of the Congo")]),
    # untouched: two titles end with the name, a river after "the", a city's title
    ("The Democratic Republic of the Congo and the Republic of the Congo met. Congo said so.",
     [("Democratic Republic of the Congo", "GPE", "Democratic Republic of the Congo"),
      ("Republic of the Congo", "GPE", "Republic of the Congo"), ("Congo", "GPE", "Congo")],
     [("Democratic Republic of the Congo", "GPE", "Democratic Republic of the Congo"),
      ("Republic of the Congo", "GPE", "Republic of the Congo"), ("Congo", "GPE", "Congo")]),
    ("The Democratic Republic of the Congo met. Boats on the Congo stopped.",
     [("Democratic Republic of the Congo", "GPE", "Democratic Republic of the Congo"),
      ("Congo", "LOC", "Congo")],
     [("Democratic Republic of the Congo", "GPE", "Democratic Republic of the Congo"),
      ("Congo", "LOC", "Congo")]),
    ("The City of London met. London said so.",
     [("City of London", "GPE", "City of London"), ("London", "GPE", "London")],
     [("City of London", "GPE", "City of London"), ("London", "GPE", "London")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), STATES)
def test_state_titles(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# place_names.territory_titles: a territory's short name beside its title
TERRITORIES = [
    ("Aid entered the Gaza Strip on Monday. Trucks crossed into Gaza from Egypt.",
     [("Gaza Strip", "GPE", "Gaza Strip"), ("Gaza", "GPE", "Gaza"), ("Egypt", "GPE", "Egypt")],
     [("Gaza Strip", "GPE", "Gaza Strip"), ("Gaza", "GPE", "Gaza Strip"),
      ("Egypt", "GPE", "Egypt")]),
    ("Floods hit the Caprivi Strip. Farmers in Caprivi lost crops.",
     [("Caprivi Strip", "GPE", "Caprivi Strip"), ("Caprivi", "LOC", "Caprivi")],
     [("Caprivi Strip", "GPE", "Caprivi Strip"), ("Caprivi", "GPE", "Caprivi Strip")]),
    ("Gaza's hospitals ran out of fuel, officials in the Gaza Strip said.",
     [("Gaza", "GPE", "Gaza"), ("Gaza Strip", "GPE", "Gaza Strip")],
     [("Gaza", "GPE", "Gaza Strip"), ("Gaza Strip", "GPE", "Gaza Strip")]),
    # untouched: a city that goes on with a capitalised word, no title in the text
    ("Aid entered the Gaza Strip. Gaza City was shelled.",
     [("Gaza Strip", "GPE", "Gaza Strip"), ("Gaza", "GPE", "Gaza")],
     [("Gaza Strip", "GPE", "Gaza Strip"), ("Gaza", "GPE", "Gaza")]),
    ("Trucks crossed into Gaza from Egypt.",
     [("Gaza", "GPE", "Gaza"), ("Egypt", "GPE", "Egypt")],
     [("Gaza", "GPE", "Gaza"), ("Egypt", "GPE", "Egypt")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TERRITORIES)
def test_territory_titles(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# evidence.bodies_by_head: a "place" named "<...> Council of <place>" is a body
CCC = "Cocoa and Coffee Council of Ivory Coast"
BODIES_BY_HEAD = [
    ("The Cocoa and Coffee Council of Ivory Coast raised prices. The Council said so.",
     [("Cocoa and Coffee Council of Ivory Coast", "LOC", CCC), org("Council")],
     [org("Cocoa and Coffee Council of Ivory Coast"),
      ("Council", "ORG", "Cocoa and Coffee Council of Ivory Coast")]),
    ("The Water Resources Authority of Kenya met.",
     [("Water Resources Authority of Kenya", "GPE", "Water Resources Authority of Kenya")],
     [org("Water Resources Authority of Kenya")]),
    ("The Marine Institute of the Gulf Coast met.",
     [("Marine Institute of the Gulf Coast", "LOC", "Marine Institute of the Gulf Coast")],
     [org("Marine Institute of the Gulf Coast")]),
    # untouched: no body's head before "of", a place the tables know
    ("Ships crossed the Bay of Bengal.",
     [("Bay of Bengal", "LOC", "Bay of Bengal")], [("Bay of Bengal", "LOC", "Bay of Bengal")]),
    ("Voters on the Isle of Man met.",
     [("Isle of Man", "GPE", "Isle of Man")], [("Isle of Man", "GPE", "Isle of Man")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), BODIES_BY_HEAD)
def test_bodies_by_head(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# people._firm_named, evidence.BODY_APPOSITION, evidence.legal_form_firms, short_names
FIRMS = [
    # a lone word tied to a firm stays that firm beside a "person" NER read in another firm
    (("Halvorsen Seafood Group ASA rose. Halvorsen's chief said so. Halvorsen Maritime, a "
      "ferry operator controlled by the family, fell."),
     [("Halvorsen Seafood Group ASA", "ORG", "Halvorsen Seafood Group"),
      ("Halvorsen", "ORG", "Halvorsen Seafood Group"),
      ("Halvorsen Maritime", "PERSON", "Halvorsen Maritime")],
     [("Halvorsen Seafood Group ASA", "ORG", "Halvorsen Seafood Group"),
      ("Halvorsen", "ORG", "Halvorsen Seafood Group"),
      ("Halvorsen Maritime", "ORG", "Halvorsen Maritime")]),
    ("Kestle Coaches, the operator, said fares rose.",
     [("Kestle Coaches", "PERSON", "Kestle Coaches")],
     [("Kestle Coaches", "ORG", "Kestle Coaches")]),
    # a legal form after or before the name
    ("Marrow Valley Foods plc rose. Marrow Valley said so.",
     [("Marrow Valley Foods plc", "LOC", "Marrow Valley Foods"),
      ("Marrow Valley", "LOC", "Marrow Valley Foods")],
     [("Marrow Valley Foods plc", "ORG", "Marrow Valley Foods"),
      ("Marrow Valley", "ORG", "Marrow Valley Foods")]),
    ("Regulators fined PT Sumber Nikel Nusantara on Monday.",
     [("Sumber Nikel Nusantara", "PERSON", "Sumber Nikel Nusantara")],
     [("PT Sumber Nikel Nusantara", "ORG", "Sumber Nikel Nusantara")]),
    ("Shares in Alder Creek Mining Ltd fell.",
     [("Alder Creek Mining Ltd", "GPE", "Alder Creek Mining")],
     [("Alder Creek Mining Ltd", "ORG", "Alder Creek Mining")]),
    # a town before its region is not the firm named after it
    ("Kingsbridge Dairies rose. Its creamery in Kingsbridge, Devon, stays open.",
     [org("Kingsbridge Dairies"), ("Kingsbridge", "GPE", "Kingsbridge"),
      ("Devon", "GPE", "Devon")],
     [org("Kingsbridge Dairies"), ("Kingsbridge", "GPE", "Kingsbridge"),
      ("Devon", "GPE", "Devon")]),
    # untouched: a person in apposition, a person with a title word, a plain place
    ("Ingrid Moe, a company director, said so.",
     [("Ingrid Moe", "PERSON", "Ingrid Moe")], [("Ingrid Moe", "PERSON", "Ingrid Moe")]),
    ("Kingsbridge Dairies rose. Kingsbridge said its sales fell.",
     [org("Kingsbridge Dairies"), ("Kingsbridge", "ORG", "Kingsbridge")],
     [org("Kingsbridge Dairies"), ("Kingsbridge", "ORG", "Kingsbridge Dairies")]),
    ("Rain fell on Alder Creek.",
     [("Alder Creek", "LOC", "Alder Creek")], [("Alder Creek", "LOC", "Alder Creek")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), FIRMS)
def test_firms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# names.neighbour_town: a town named after its neighbour is no person's name
NEIGHBOURS = [
    ("West Kelowna", True),
    ("North Vancouver", True),
    # untouched: a person, a town whose last word is no town of its region, one word
    ("Sandra Kelowna", False),
    ("Morgan Hill", False),
    ("Kelowna", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "town"), NEIGHBOURS)
def test_neighbour_town(name: str, town: bool) -> None:
    assert neighbour_town(name) is town


NEIGHBOUR_LINKS = [
    ("Homes in West Kelowna burned. Officials in Kelowna said so.",
     [("West Kelowna", "GPE", "West Kelowna"), ("Kelowna", "GPE", "Kelowna")],
     [("West Kelowna", "GPE", "West Kelowna"), ("Kelowna", "GPE", "Kelowna")]),
    ("Homes in North Vancouver burned. Officials in Vancouver said so.",
     [("North Vancouver", "GPE", "North Vancouver"), ("Vancouver", "GPE", "Vancouver")],
     [("North Vancouver", "GPE", "North Vancouver"), ("Vancouver", "GPE", "Vancouver")]),
    # still a person: a given name and a surname that stands alone
    ("Sandra Perkovic won gold. Perkovic said so.",
     [("Sandra Perkovic", "ORG", "Sandra Perkovic"), ("Perkovic", "PERSON", "Perkovic")],
     [("Sandra Perkovic", "PERSON", "Sandra Perkovic"),
      ("Perkovic", "PERSON", "Sandra Perkovic")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), NEIGHBOUR_LINKS)
def test_neighbour_links(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# place_names._with_region: a Canadian city with a name no other place has stands alone
REGIONS = [
    ("Fires near Kamloops, British Columbia, spread. Kamloops was evacuated.",
     [("Kamloops", "GPE", "Kamloops"), ("British Columbia", "GPE", "British Columbia"),
      ("Kamloops", "GPE", "Kamloops")],
     [("Kamloops", "GPE", "Kamloops"), ("British Columbia", "GPE", "British Columbia"),
      ("Kamloops", "GPE", "Kamloops")]),
    ("Nanaimo schools shut. British Columbia said so.",
     [("Nanaimo", "GPE", "Nanaimo"), ("British Columbia", "GPE", "British Columbia")],
     [("Nanaimo", "GPE", "Nanaimo"), ("British Columbia", "GPE", "British Columbia")]),
    ("Saskatoon flooded. Saskatchewan sent help.",
     [("Saskatoon", "GPE", "Saskatoon"), ("Saskatchewan", "GPE", "Saskatchewan")],
     [("Saskatoon", "GPE", "Saskatoon"), ("Saskatchewan", "GPE", "Saskatchewan")]),
    # untouched: a name other places share, a U.S. city
    ("Vernon schools shut. British Columbia said so.",
     [("Vernon", "GPE", "Vernon"), ("British Columbia", "GPE", "British Columbia")],
     [("Vernon", "GPE", "Vernon, British Columbia"),
      ("British Columbia", "GPE", "British Columbia")]),
    ("Fires near Scottsdale, Arizona, spread.",
     [("Scottsdale", "GPE", "Scottsdale"), ("Arizona", "GPE", "Arizona")],
     [("Scottsdale", "GPE", "Scottsdale, Arizona"), ("Arizona", "GPE", "Arizona")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), REGIONS)
def test_unique_canadian_cities(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# short_names.capitals_as_body: a headline in capitals names what the body names
CAPITALS = [
    ("MARROW VALLEY BID REFERRED\nMarrow Valley Foods plc rose. Marrow Valley said so.",
     [("MARROW VALLEY", "LOC", "Marrow Valley"),
      ("Marrow Valley Foods plc", "ORG", "Marrow Valley Foods"),
      ("Marrow Valley", "LOC", "Marrow Valley Foods")],
     [("MARROW VALLEY", "ORG", "Marrow Valley Foods"),
      ("Marrow Valley Foods plc", "ORG", "Marrow Valley Foods"),
      ("Marrow Valley", "ORG", "Marrow Valley Foods")]),
    ("SEVERN VALE FINED\nSevern Vale Water Services was fined. Severn Vale said so.",
     [("SEVERN VALE", "ORG", "Severn Vale"),
      org("Severn Vale Water Services"), ("Severn Vale", "ORG", "Severn Vale Water Services")],
     [("SEVERN VALE", "ORG", "Severn Vale Water Services"),
      org("Severn Vale Water Services"), ("Severn Vale", "ORG", "Severn Vale Water Services")]),
    # untouched: the body's form carries two names, the body never writes the form
    ("NORTH BAY WINS\nNorth Bay Power rose. North Bay said so. Rain fell on North Bay.",
     [("NORTH BAY", "LOC", "North Bay"), org("North Bay Power"),
      ("North Bay", "ORG", "North Bay Power"), ("North Bay", "LOC", "North Bay")],
     [("NORTH BAY", "LOC", "North Bay"), org("North Bay Power"),
      ("North Bay", "ORG", "North Bay Power"), ("North Bay", "LOC", "North Bay")]),
    ("ALDER CREEK FLOODS\nAlder Creek Mining rose.",
     [("ALDER CREEK", "LOC", "Alder Creek"), org("Alder Creek Mining")],
     [("ALDER CREEK", "LOC", "Alder Creek"), org("Alder Creek Mining")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CAPITALS)
def test_capitals_as_body(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# the whole pipeline: the same mechanisms in a news brief
PIPELINE = [
    (("MANCHESTER, England, Jan 15 - The Department for Transport promised half the money. "
      "DfT officials said they expected a decision by the summer."), "DfT",
     "Department for Transport"),
    (("MUMBAI, April 8 - The Securities and Exchange Board of India on Tuesday barred the firm. "
      "SEBI chairman Tuhin Kanta Pandey said investors had been misled. Sebi fined its former "
      "chief financial officer."), "Sebi", "Securities and Exchange Board of India"),
    (("PHOENIX (AP) - Deliveries from the Colorado River have been cut. The project said its "
      "share of the Colorado would fall again in 2026."), "Colorado", "Colorado River"),
    (("GOMA, Feb 26 - Cholera cases have tripled in eastern Democratic Republic of the Congo "
      "since fighting reached Goma. Congo's government accused Rwanda."), "Congo",
     "Democratic Republic of the Congo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, surface: str, name: str) -> None:
    brief = run(text, reference_date="2025-06-03")
    assert by_mention(brief, "name").get(surface) == name
