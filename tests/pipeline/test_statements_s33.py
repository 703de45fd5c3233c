"""briefx_statements, session 33 (referents20): a body's role noun as the source ("the company",
"the ministry", "the union") refers back only to a body whose kind fits it, and to the story's
topic before a body named only as the employer of analysts or economists.

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand (``conftest.stated``). Each table holds at least three new examples of the rule and cases
that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline import speakers
from tests.pipeline.conftest import stated

# name as written -> (type, canonical name); Rio Tinto, Glencore and Volvo are listed
# companies (models/companies.jsonl), the others invented and of no table
NAMES: dict[str, tuple[str, str]] = {
    "Rio Tinto": ("ORG", "Rio Tinto"),
    "BHP": ("ORG", "BHP"),
    "Glencore": ("ORG", "Glencore"),
    "Volvo": ("ORG", "Volvo"),
    "Kestrelbank": ("ORG", "Kestrelbank"),
    "Globex": ("ORG", "Globex"),
    "Initech": ("ORG", "Initech"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Ministry of Mines": ("ORG", "Ministry of Mines"),
    "Metal Workers Union": ("ORG", "Metal Workers Union"),
    "Harbour City Council": ("ORG", "Harbour City Council"),
    "Mark Olsen": ("PERSON", "Mark Olsen"),
    "Ruritania": ("GPE", "Ruritania"),
}


def _last_speaker(nlp: spacy.language.Language, text: str) -> object:
    doc = stated(nlp, text, NAMES)
    return doc._.briefx_statements[-1].speaker_name


# A listed company is a firm: "the ministry", "the union", "the court" is none of them; a closed
# compound's head gives its kind ("Kestrelbank" a bank, no ministry).
NO_KIND = [
    "Rio Tinto agreed a deal with Ruritania. The ministry said the mine would employ 2,000 people.",
    "Volvo will close the plant. Unions criticised the move. The union said it would strike.",
    "Glencore sold its stake. The court said the sale needed its approval.",
    "Kestrelbank sees two rate cuts. Mark Olsen called for a vote. The ministry pledged 400 teachers.",
    "Rio Tinto reported a loss. The agency said it would review the mine.",
    "Glencore wants to build a solar farm. The council said it would decide in October.",
]


@pytest.mark.parametrize("text", NO_KIND)
def test_no_body_of_the_kind(sentenced: spacy.language.Language, text: str) -> None:
    assert _last_speaker(sentenced, text) is None


KIND = [
    # the topic, not the bank named only as the analysts' employer
    (
        (
            "Shares of Volvo rose. Analysts at Acme Bank said margins had improved. "
            "The company said it would cut 3,000 jobs."
        ),
        "Volvo",
    ),
    (
        (
            "Globex sales beat forecasts. An economist at Acme Bank called them solid. "
            "The company said it would buy back shares."
        ),
        "Globex",
    ),
    (
        "Initech shares fell. Acme Bank analysts cut their rating. The company said demand was weak.",
        "Initech",
    ),
    # untouched: the employer is the only body named
    ("Analysts at Acme Bank raised their forecast. The bank said rates would fall.", "Acme Bank"),
    # untouched: the employer named also in its own right
    (
        (
            "Globex rose. Analysts at Acme Bank were upbeat. Acme Bank said profit doubled. "
            "The bank said it would hire."
        ),
        "Acme Bank",
    ),
    # untouched: a body of the noun's kind, a listed company for "the company"
    ("BHP reported a loss. The miner said it expected copper output to rise.", "BHP"),
    ("Rio Tinto raised its dividend. The company said demand was strong.", "Rio Tinto"),
    (
        (
            "Rio Tinto agreed a deal. The Ministry of Mines said 2,000 people would be hired. "
            "The ministry said the deal was fair."
        ),
        "Ministry of Mines",
    ),
    (
        "Volvo cut jobs. The Metal Workers Union said it would strike. The union said so.",
        "Metal Workers Union",
    ),
    # a council is a public body: "the council" after a firm spoke is the council named before
    (
        (
            "Harbour City Council approved the plan. Glencore said it was pleased. "
            "The council said work would start in May."
        ),
        "Harbour City Council",
    ),
    # untouched: a body of no kind and no table may still be "the agency"
    ("Initech approved the aid. The agency said the scheme was fair.", "Initech"),
    ("Kestrelbank raised rates. The bank said inflation was falling.", "Kestrelbank"),
]


@pytest.mark.parametrize(("text", "expected"), KIND)
def test_kind_and_topic(sentenced: spacy.language.Language, text: str, expected: str) -> None:
    assert _last_speaker(sentenced, text) == expected


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("kestrelbank", "bank"),
        ("commerzbank", "bank"),
        ("hydropower", "utility"),
        ("bank", "bank"),
        ("harcourt", None),  # a family name, no court
        ("reunion", None),  # too short a rest
        ("globex", None),
        ("ban", None),
    ],
)
def test_word_kind(word: str, kind: str | None) -> None:
    assert speakers._word_kind(word) == kind
