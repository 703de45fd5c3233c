"""Middle initials in people's names, session 44 (issue 13 names): ``linking.person_title``
drops a middle initial only where the people table knows the person without it; a person the
table does not know keeps the initials the text writes. Names of real people the table holds
and of made-up people it cannot hold."""

from __future__ import annotations

import pytest

from briefx.normalize.names import canonical_person
from briefx.pipeline.entities.linking import person_title

PERSON_TITLES = [
    # the table knows the person without the initial (English Wikipedia's title)
    ("Lloyd J. Austin III", "Lloyd Austin"),
    ("Jerome H. Powell", "Jerome Powell"),
    ("Donald J. Trump", "Donald Trump"),
    ("Mark A. Milley", "Mark Milley"),
    # the table knows the person with the initial
    ("George W. Bush", "George W. Bush"),
    ("Robert F. Kennedy Jr.", "Robert F. Kennedy Jr."),
    # people no table knows keep what the text writes
    ("Tomasz R. Wieczorek", "Tomasz R. Wieczorek"),
    ("Marta K. Lindqvist", "Marta K. Lindqvist"),
    ("R. N. Prasad Koirala", "R. N. Prasad Koirala"),
    ("Samuel T. Okafor III", "Samuel T. Okafor"),
    # no initial: unchanged, a numeral suffix still goes
    ("Pete Hegseth", "Pete Hegseth"),
    ("Henry Ford II", "Henry Ford"),
]


@pytest.mark.parametrize(("name", "want"), PERSON_TITLES)
def test_person_title(name: str, want: str) -> None:
    assert person_title(name) == want


@pytest.mark.parametrize(
    ("name", "initials", "want"),
    [
        ("Lloyd J. Austin III", False, "Lloyd Austin"),
        ("Lloyd J. Austin III", True, "Lloyd J. Austin"),
        ("Arturo M. Delgado Jr.", True, "Arturo M. Delgado Jr."),
        ("Arturo M. Delgado Jr.", False, "Arturo Delgado Jr."),
    ],
)
def test_canonical_person_initials(name: str, initials: bool, want: str) -> None:
    assert canonical_person(name, initials=initials) == want
