"""briefx_statements, session 34 (tell21): who tells whom what. The addressee of a cue that takes
one ("told Reuters that", "warned investors that", "told lawmakers the deficit would ...") is
neither the source nor part of the content; the source is the cue's subject, also across an
apposition ("X, a spokesman for Y, told Z that ...").

The source rule is tested on ``spacy.blank("en")`` + a sentencizer + the component with the
entities given by hand (``conftest.stated``); the bare clause after an addressee needs the
tagger's finite verb, so those cases run the default pipeline. Each table holds at least three
examples of the rule and cases that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from briefx.normalize.cues import addressees, cues
from tests.pipeline.conftest import stated

NAMES: dict[str, tuple[str, str]] = {
    "Tom Reed": ("PERSON", "Tom Reed"),
    "Anna Berg": ("PERSON", "Anna Berg"),
    "Karl Berger": ("PERSON", "Karl Berger"),
    "Lisa Su": ("PERSON", "Lisa Su"),
    "Mark Carney": ("PERSON", "Mark Carney"),
    "Oxfam": ("ORG", "Oxfam"),
    "Nordea": ("ORG", "Nordea"),
    "Siemens": ("ORG", "Siemens"),
    "AMD": ("ORG", "AMD"),
    "Sky News": ("ORG", "Sky News"),
    "Reuters": ("ORG", "Reuters"),
    "CNBC": ("ORG", "CNBC"),
    "IMF": ("ORG", "International Monetary Fund"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Ottawa": ("GPE", "Ottawa"),
}

# (text, the source of its statement); the addressee after "told"/"assured"/"warned" is no
# source, also where a comma before the cue ends an apposition
SOURCES = [
    ("Tom Reed, a spokesman for Oxfam, told Sky News that 40,000 people had fled.", "Tom Reed"),
    ("Anna Berg, head of research at Nordea, told Reuters that rates would fall.", "Anna Berg"),
    ("Karl Berger, chief executive of Siemens, assured Reuters that the dividend was safe.", "Karl Berger"),
    ("Mark Carney, the prime minister, told a news conference in Ottawa that tariffs would stay.", "Mark Carney"),
    ("Anna Berg, an economist at Nordea, warned Reuters that rates would rise.", "Anna Berg"),
    ("“We expect demand to recover,” Lisa Su, chief executive of AMD, told CNBC.", "Lisa Su"),
    # untouched: a cue that can stand before its own subject, with no content after the name
    ("“The risks are tilted to the downside,” warned the IMF.", "International Monetary Fund"),
    ("Rates will rise, warned Acme Bank.", "Acme Bank"),
    ("Prices will rise, said Reuters.", "Reuters"),
    ("“We are on track,” Lisa Su told CNBC.", "Lisa Su"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), SOURCES)
def test_addressee_is_no_source(sentenced: Language, text: str, speaker: str) -> None:
    doc = stated(sentenced, text, NAMES)
    assert [f.speaker_name for f in doc._.briefx_statements] == [speaker]


# (text, the content of its one statement): a bare clause after the addressee is the content;
# an infinitive keeps its object ("urged residents to leave", as the dev sets annotate it)
CONTENTS = [
    ("Finance Minister Eric Lombard told lawmakers the deficit would reach 5.4 percent.", "the deficit would reach 5.4 percent"),
    ("Interior Minister Jan Kowal told journalists 300 homes were destroyed.", "300 homes were destroyed"),
    ("Mark Dunn told the BBC he expected 2,000 job cuts.", "he expected 2,000 job cuts"),
    ("Siemens told staff on Monday the plant in Berlin would close.", "the plant in Berlin would close"),
    ("Jane Roe promised voters she would cut taxes by 2 percent.", "she would cut taxes by 2 percent"),
    ("Sara Lind told the BBC's Today programme that 12 hospitals would close.", "12 hospitals would close"),
    # untouched
    ("The ministry urged residents to leave their homes.", "residents to leave their homes"),
    ("The central bank told banks to raise capital.", "banks to raise capital"),
    ("Jane Roe promised a review of the rules.", "a review of the rules"),
    ("The IMF warned that growth would slow.", "growth would slow"),
    ("Jane Roe said the deficit would reach 5.4 percent.", "the deficit would reach 5.4 percent"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), CONTENTS)
def test_content_after_addressee(nlp: Language, text: str, content: str) -> None:
    doc = nlp(text)
    assert [text[f.start : f.end] for f in doc._.briefx_statements] == [content]


def test_addressee_rows_are_cues() -> None:
    lemmas = {c.lemma for forms in cues().values() for c in forms}
    assert set(addressees()) <= lemmas  # each row names a cue of the table
    assert {"tell", "warn", "assure", "promise", "urge"} <= set(addressees())
    assert addressees()["tell"] is False
    assert addressees()["warn"] is True


def test_blank_untagged_bare_clause_untouched(sentenced: spacy.language.Language) -> None:
    # without a tagger no bare clause is read after an addressee: the content stays whole
    doc = stated(sentenced, "Anna Berg told reporters rates would fall.", NAMES)
    [f] = doc._.briefx_statements
    assert (f.speaker_name, doc.text[f.start : f.end]) == (
        "Anna Berg",
        "reporters rates would fall",
    )
