"""Session 41 (orgtitle41): an organisation takes its English Wikipedia title where the document
writes another form of it. ``models/org_titles.jsonl`` (``scripts/derive_org_titles.py``) gives
firms' registered, former and short names ("Saudi Arabian Oil Company", "Aramco" -> "Saudi
Aramco") and bodies' spelled-out and British forms ("United Nations Children's Fund" ->
"UNICEF"); ``normalize.names.canonical_org`` drops a "UN" prefix a body's title lacks ("UN World
Food Programme"); ``written_form_dropped`` keeps a title that carries its own legal form
("Shell plc"); ``coref.short_names`` links no parent firm to its subsidiary ("Siemens" beside
"Siemens Energy"); ``coref.acronym_titles`` takes the row of the country a sentence names for
shared letters ("INE said Spanish prices rose"); ``coref.parts.head_nouns`` reads a head noun
off the written form too ("the Fund" after "United Nations Children's Fund")."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from briefx.normalize.names import (
    aliases,
    canonical_org,
    lookup_company,
    org_acronyms,
    written_form_dropped,
)
from briefx.pipeline.coref.acronym_titles import table_acronyms
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.coref.short_names import _own_firm

ROOT = Path(__file__).resolve().parents[2]

COMPANIES = [
    # a registered name, a legal form or a group word after a title: the title
    ("Westpac Banking Corp", "Westpac"),
    ("Saudi Arabian Oil Company", "Saudi Aramco"),
    ("Qantas Airways Ltd", "Qantas"),
    ("Pohang Iron and Steel Co Ltd", "POSCO"),
    ("Malaysia Airlines Berhad", "Malaysia Airlines"),
    ("Eskom Holdings SOC Ltd", "Eskom"),
    ("Petroleos de Venezuela SA", "PDVSA"),
    ("Alibaba Group Holding Limited", "Alibaba Group"),
    ("United States Steel Corporation", "U.S. Steel"),
    ("US Foods", "US Foods"),
    # a short form whose title is longer
    ("Aramco", "Saudi Aramco"),
    ("Garuda", "Garuda Indonesia"),
    ("Alibaba", "Alibaba Group"),
    ("Hyundai Motor Co", "Hyundai Motor Company"),
    ("Hyundai Motor Group", "Hyundai Motor Group"),  # (the group is no tail of the company)
    # untouched: the listing's rows, and a subsidiary of its own
    ("Toyota Motor Corp", "Toyota"),
    ("Toyota Industries Corporation", "Toyota Industries"),
    ("Siemens Healthineers", "Siemens Healthineers"),
    ("Meridian Orbital Systems", None),
]


@pytest.mark.parametrize(("text", "title"), COMPANIES)
def test_company_titles(text: str, title: str | None) -> None:
    assert lookup_company(text) == title


BODIES = [
    # a "UN" prefix on a body whose title has none
    ("UN World Food Programme", "World Food Programme"),
    ("United Nations World Food Programme", "World Food Programme"),
    ("UN Food and Agriculture Organization", "Food and Agriculture Organization"),
    ("UN International Labour Organization", "International Labour Organization"),
    # written forms the title does not use
    ("United Nations Children's Fund", "UNICEF"),
    ("World Health Organisation", "World Health Organization"),
    ("Banxico", "Bank of Mexico"),
    # untouched: a prefixed name that is the title, or that the prefix spells out
    ("UN Security Council", "United Nations Security Council"),
    ("UN Development Programme", "United Nations Development Programme"),
    ("UN Population Fund", "United Nations Population Fund"),
    ("UN Women", "UN Women"),
    ("U.S. Agency for Global Media", "United States Agency for Global Media"),
    ("U.S. Steel", "U.S. Steel"),
    ("Harbour Pilots Guild", "Harbour Pilots Guild"),
]


@pytest.mark.parametrize(("text", "title"), BODIES)
def test_body_titles(text: str, title: str) -> None:
    assert canonical_org(text) == title


FORMS = [
    # a title that keeps its own legal form stays, whatever form the text writes
    ("Shell plc", "Shell plc", "Shell plc"),
    ("Apple Inc.", "Apple Inc.", "Apple Inc."),
    ("Vale S.A.", "Vale S.A.", "Vale S.A."),
    # a firm no table titles loses the form the text writes; a mention without one keeps its title
    ("Norske tog AS", "Norske tog AS", "Norske tog"),
    ("Kestrel Advisory Pty Ltd", "Kestrel Advisory Pty Ltd", "Kestrel Advisory"),
    ("Apple", "Apple Inc.", "Apple Inc."),
]


@pytest.mark.parametrize(("text", "name", "dropped"), FORMS)
def test_written_form_dropped(text: str, name: str, dropped: str) -> None:
    assert written_form_dropped(text, name) == dropped


PARENTS = [
    # a firm the tables know, beside a longer name that is another firm
    ("Siemens", "Siemens Energy AG", True),
    ("Toyota", "Toyota Industries", True),
    ("Siemens", "Siemens Healthineers", True),
    # untouched: the tables give both one title, do not know the short form, or know no firm
    # of the longer name (the text's own longer name: "Cal-Maine" is "Cal-Maine Foods")
    ("Alibaba", "Alibaba Group", False),
    ("Cal-Maine", "Cal-Maine Foods", False),
    ("Shell", "Shell Nigeria", False),
    ("Volkswagen", "Volkswagen Group", False),
    ("Meridian", "Meridian Orbital Systems", False),
]


@pytest.mark.parametrize(("short", "target", "own"), PARENTS)
def test_own_firm(short: str, target: str, own: bool) -> None:
    assert _own_firm(short, target) is own


def _ents(text: str, spans: list[tuple[str, str, str]]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return ents


SHARED = [
    # shared letters with no row of the document's country: the country the sentence names
    (
        "FRANKFURT, Oct 30 - Destatis said German prices rose, and INE said Spanish prices rose.",
        [
            ("FRANKFURT", "GPE", "Frankfurt"),
            ("Destatis", "ORG", "Federal Statistical Office of Germany"),
            ("German", "NORP", "German"),
            ("INE", "ORG", "INE"),
            ("Spanish", "NORP", "Spanish"),
        ],
        "National Statistics Institute (Spain)",
    ),
    (
        "LIMA, May 2 - Copper output rose in Chile, the INE said.",
        [("LIMA", "GPE", "Lima"), ("Chile", "GPE", "Chile"), ("INE", "ORG", "INE")],
        "National Statistics Institute (Chile)",
    ),
    # untouched: two countries of the rows in one sentence, or none
    (
        (
            "BERLIN, May 2 - Germany's Destatis said so. The INE said prices rose faster in Spain than "
            "in Chile."
        ),
        [
            ("BERLIN", "GPE", "Berlin"),
            ("Germany", "GPE", "Germany"),
            ("Destatis", "ORG", "Federal Statistical Office of Germany"),
            ("INE", "ORG", "INE"),
            ("Spain", "GPE", "Spain"),
            ("Chile", "GPE", "Chile"),
        ],
        "INE",
    ),
    ("The INE said prices rose.", [("INE", "ORG", "INE")], "INE"),
]


@pytest.mark.parametrize(("text", "spans", "name"), SHARED)
def test_shared_letters_by_sentence(
    text: str, spans: list[tuple[str, str, str]], name: str
) -> None:
    ents = _ents(text, spans)
    table_acronyms(text, ents)
    assert next(e.name for e in ents if text[e.start : e.end] == "INE") == name


def _derive() -> object:
    spec = importlib.util.spec_from_file_location(
        "derive", ROOT / "scripts" / "derive_org_titles.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_table_is_its_script_output() -> None:
    """The committed table equals the script's rows (rerun the script after an edit), and no form
    is letters the acronym table keys by country (a company form would shadow them)."""
    committed = [
        json.loads(s)
        for s in (ROOT / "models" / "org_titles.jsonl").read_text(encoding="utf-8").splitlines()
        if s.startswith("{")
    ]
    assert committed == _derive().rows()  # type: ignore[attr-defined]
    assert not {r["alias"] for r in committed} & set(org_acronyms())
    assert aliases()["United Nations Children's Fund"] == ("UNICEF", "ORG")


PIPELINE = [
    # legal forms and group words after a title, a short form after it, a 1996 wire
    (
        (
            "SYDNEY 1996-11-05\n\nWestpac Banking Corp posted a record profit on Tuesday, and Qantas "
            "Airways Ltd shares rose. A Westpac spokesman declined to comment."
        ),
        {"Westpac Banking Corp": "Westpac", "Qantas Airways Ltd": "Qantas", "Westpac": "Westpac"},
    ),
    (
        (
            "RIYADH, May 11, 2025 - Saudi Arabian Oil Company reported lower profit on Sunday. Aramco "
            "said it would keep its dividend."
        ),
        {"Saudi Arabian Oil Company": "Saudi Aramco", "Aramco": "Saudi Aramco"},
    ),
    # a UN prefix the title lacks, and the head noun after the spelled-out name
    (
        (
            "GENEVA, March 12 - The UN World Food Programme said it would cut rations. The United "
            "Nations Children's Fund (UNICEF) warned of malnutrition. The Fund plans more clinics."
        ),
        {
            "UN World Food Programme": "World Food Programme",
            "United Nations Children's Fund": "UNICEF",
            "Fund": "UNICEF",
        },
    ),
    # a parent beside its subsidiary
    (
        (
            "MUNICH, Nov 13, 2025 - Siemens Energy raised its targets on Thursday, and its former "
            "parent Siemens said it would sell its stake. Siemens will report next week."
        ),
        {"Siemens": "Siemens"},
    ),
    # a listed title that carries its legal form keeps it, whatever form the text writes
    (
        (
            "LAGOS, April 29, 2025 - Fuel stocks were ample, the Nigerian National Petroleum "
            "Company said. Shell plc said it would sell onshore assets."
        ),
        {"Nigerian National Petroleum Company": "NNPC Limited", "Shell plc": "Shell plc"},
    ),
    # a title the words before a tagged form complete: the span grows to it
    (
        (
            "STOCKHOLM -- Sveriges Riksbank kept its policy rate at 2.25% on Thursday. Governor "
            "Erik Thedeen said the Riksbank could cut again."
        ),
        {"Sveriges Riksbank": "Sveriges Riksbank", "Riksbank": "Sveriges Riksbank"},
    ),
    # untouched: a written form that is its own title, a firm no table knows
    (
        (
            "MUMBAI, July 21, 2025 - Tata Group chairman N. Chandrasekaran said Tata Motors would "
            "split in two, and Red Ridge Minerals Group said it had found lithium."
        ),
        {
            "Tata Group": "Tata Group",
            "Tata Motors": "Tata Motors",
            "Red Ridge Minerals Group": "Red Ridge Minerals Group",
        },
    ),
    (
        "NEW YORK, Sept 24, 2025 - UN Women and the UN Security Council met on Wednesday.",
        {"UN Women": "UN Women", "UN Security Council": "United Nations Security Council"},
    ),
]


@pytest.mark.parametrize(("text", "names"), PIPELINE)
def test_pipeline(run, text: str, names: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text).entities for m in e.mentions}
    for written, name in names.items():
        assert got.get(written) == name, (written, got)
