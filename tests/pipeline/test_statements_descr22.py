"""briefx_statements, session 34 (descr22): a definite description as the source ("the ministry",
"the lender", "the union") refers back by its head noun to the nearest earlier mention with that
head, named or not; where that mention names no entity ("Norway's energy ministry", "a state-owned
lender"), the statement has no named speaker, never a body of another kind named in between
(``speakers.unnamed_description``).

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand (``conftest.stated``). Each table holds at least three new examples of the rule and cases
that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy

from tests.pipeline.conftest import stated

# name as written -> (type, canonical name); the bodies are invented and of no table
NAMES: dict[str, tuple[str, str]] = {
    "Globex": ("ORG", "Globex"),
    "Initech": ("ORG", "Initech"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Ministry of Mines": ("ORG", "Ministry of Mines"),
    "Dockers": ("ORG", "Dockers"),
    "Initech Airlines": ("ORG", "Initech Airlines"),
    "Ruritania": ("GPE", "Ruritania"),
    "Ruritanian": ("NORP", "Ruritanian"),
    "Port Ostra": ("GPE", "Port Ostra"),
}


def _speakers(nlp: spacy.language.Language, text: str) -> list[object]:
    doc = stated(nlp, text, NAMES)
    return [s.speaker_name for s in doc._.briefx_statements]


# the nearest earlier mention with the noun's head names no entity: no named speaker
UNNAMED = [
    (
        "Globex said output would fall. Ruritania's energy ministry said it was watching. "
        "The ministry said exports would not suffer."
    ),
    (
        "Acme Bank cut its forecast. A state-owned lender in Port Ostra plans to sell loans. "
        "The lender said the sale would close by June."
    ),
    (
        "Initech recalled 9,000 cars. Ruritania's transport agency said it had 14 reports. "
        "The agency said no one was hurt."
    ),
    (
        "Globex will cut shifts, the company said. Its works council said the cuts were a mistake. "
        "The council said it would fight."
    ),
    "Initech Airlines cancelled flights. The Ruritanian transport ministry said the strike was illegal.",
    (
        "Acme Bank was fined. A financial regulator in Port Ostra is reviewing the case. "
        "The regulator said the review would take six months."
    ),
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed_description(sentenced: spacy.language.Language, text: str) -> None:
    assert _speakers(sentenced, text)[-1] is None


# untouched: the nearest mention with the head names a body (its name, a name right before or
# after the noun, an appositive), or the noun refers back through its own earlier uses
NAMED = [
    (
        (
            "Port workers will strike, the Dockers union said. Globex said it was calm. "
            "The union said 400 members would walk out."
        ),
        "Dockers",
    ),
    (
        (
            "The Ministry of Mines approved the mine. Globex said it would invest. "
            "The ministry said the mine would employ 2,000 people."
        ),
        "Ministry of Mines",
    ),
    (
        (
            "The Ministry of Mines approved the mine. The ministry said it would employ 900 people. "
            "The ministry added that work would start in May."
        ),
        "Ministry of Mines",
    ),
    (
        (
            "Globex, the state-controlled oil company, raised prices. Ruritania's energy ministry said "
            "it was not consulted. The company said costs had risen."
        ),
        "Globex",
    ),
    ("Initech raised its forecast. The company said orders rose 30%.", "Initech"),
    (
        (
            "Ruritania's central bank, Acme Bank, held rates. Globex said loans were weak. "
            "The central bank said it would publish forecasts in June."
        ),
        "Acme Bank",
    ),
    (
        (
            "Acme Bank will buy back shares, the lender said. Ruritania's finance agency said it would "
            "keep its stake. The lender said the buyback would start in May."
        ),
        "Acme Bank",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED)
def test_named_description_stays(
    sentenced: spacy.language.Language, text: str, speaker: str
) -> None:
    assert _speakers(sentenced, text)[-1] == speaker


# a place's or nation's word before the noun: a body of its own only where no body named within
# the window may be of the noun's kind
NATIONAL = [
    (
        "Initech Airlines cancelled flights. The Ruritanian transport ministry said it was illegal.",
        None,
    ),
    ("Acme Bank raised fees. The Ruritanian finance ministry said it would act.", None),
    ("Storms hit the coast. The Ruritanian weather agency said rain would continue.", None),
    ("Globex fell 7% after the Ruritanian drugmaker said sales would slow.", "Globex"),
    ("Initech rose 2% after the Ruritanian company said profit rose.", "Initech"),
    ("Acme Bank gained 3% after the Ruritanian lender said it would buy back shares.", "Acme Bank"),
]


@pytest.mark.parametrize(("text", "speaker"), NATIONAL)
def test_national_description(
    sentenced: spacy.language.Language, text: str, speaker: str | None
) -> None:
    assert _speakers(sentenced, text)[-1] == speaker
