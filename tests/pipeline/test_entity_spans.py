"""Span repair and recovery in briefx/pipeline/entities/spans.py on spacy.blank("en"): NER's
spans are set by hand, the English word list is a small one given here (the component reads
the lemmatizer's). Invented names only; each table holds cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.pipeline.entities.mention import Mention
from briefx.pipeline.entities.spans import caps_names, missed_people, repair

NLP = spacy.blank("en")
# A few English words, standing in for the lemmatizer's index the component reads.
ENGLISH = frozenset(
    [
        "general",
        "motors",
        "premier",
        "league",
        "foods",
        "chief",
        "board",
        "cole",
        "palmer",
        "win",
        "top",
        "as",
        "go",
        "results",
        "standings",
        "century",
        "puts",
        "in",
        "control",
        "scored",
        "twice",
        "said",
        "news",
        "agency",
        "river",
        "victoria",
        "park",
        "jordan",
        "valley",
        "visits",
        "met",
        "beat",
        "hit",
        "held",
        "the",
        "a",
        "lee",
        "korea",
        "south",
        "shares",
        "hit",
        "record",
    ]
)


def doc_with(text: str, spans: list[tuple[str, str]]) -> Doc:
    """A blank Doc with NER spans (surface, label), each at its next occurrence."""
    doc = NLP.make_doc(text)
    ents, pos = [], 0
    for surface, label in spans:
        s = text.index(surface, pos)
        span = doc.char_span(s, s + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
        pos = s + len(surface)
    doc.ents = ents
    return doc


def repaired(doc: Doc, english: frozenset[str] = ENGLISH) -> list[Mention]:
    return [m for ent in doc.ents for m in repair(doc, ent, english)]


# (text, NER spans, expected mentions (text, label))
REPAIR = [
    # a title word inside an ORG before common words is part of the name
    ("Shares of General Motors rose.", [("General Motors", "ORG")],
     [("General Motors", "ORG")]),
    ("Arsenal top the Premier League table.", [("Premier League", "ORG")],
     [("Premier League", "ORG")]),
    ("Shares of Premier Foods fell.", [("Premier Foods", "ORG")], [("Premier Foods", "ORG")]),
    # untouched: a title before a name is cut off, also where NER typed the span ORG
    ("Chancellor Marvik spoke.", [("Chancellor Marvik", "ORG")], [("Marvik", "PERSON")]),
    ("President Ostrova spoke.", [("President Ostrova", "PERSON")], [("Ostrova", "PERSON")]),
    # lower-case words after a name are no part of it
    ("The Lintara news agency said so.", [("Lintara news agency", "ORG")],
     [("Lintara", "ORG")]),
    ("The Korvel news service and the Dravo daily agreed.",
     [("Korvel news service", "ORG"), ("Dravo daily", "ORG")],
     [("Korvel", "ORG"), ("Dravo", "ORG")]),
    # untouched: a glued part, a name particle, a span with no capital before the words
    ("Kim Jae-un spoke.", [("Kim Jae-un", "PERSON")], [("Kim Jae-un", "PERSON")]),
    ("Leaders of the euro area met.", [("euro area", "LOC")], [("euro area", "LOC")]),
    ("Ursula von der Lanen met.", [("Ursula von der Lanen", "PERSON")],
     [("Ursula von der Lanen", "PERSON")]),
    # "Name of Country": the person, then the country
    ("Yara Quellane of Belarus withdrew.", [("Yara Quellane of Belarus", "PERSON")],
     [("Yara Quellane", "PERSON"), ("Belarus", "GPE")]),
    ("Mateo Barrensi of Chile won.", [("Mateo Barrensi of Chile", "PERSON")],
     [("Mateo Barrensi", "PERSON"), ("Chile", "GPE")]),
    # "Sheikh", "Emir" are titles (titles.jsonl), like "Prince"
    ("Sheikh Hamad bin Tariq spoke.", [("Sheikh Hamad bin Tariq", "PERSON")],
     [("Hamad bin Tariq", "PERSON")]),
    ("Emir Tamar bin Saad left.", [("Emir Tamar bin Saad", "PERSON")],
     [("Tamar bin Saad", "PERSON")]),
    # untouched: "of" before no country
    ("Catherine of Aragon was queen.", [("Catherine of Aragon", "PERSON")],
     [("Catherine of Aragon", "PERSON")]),
    ("Ana Roe of the Finance Ministry spoke.", [("Ana Roe", "PERSON")], [("Ana Roe", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), REPAIR)
def test_repair(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.label) for m in repaired(doc_with(text, spans))]
    assert [g for g in got if g[0]] == expected


# NER cut a name at a hyphen: the PERSON goes on over the glued part (merge_broken)
HYPHEN = [
    ("Prime Minister Kim Jae-seok said so.", [("Kim Jae", "PERSON")], ["Kim Jae-seok"]),
    ("Jun Young-hyun and Lee Dae-ho met.", [("Jun Young", "PERSON"), ("Lee Dae", "PERSON")],
     ["Jun Young-hyun", "Lee Dae-ho"]),
    ("Talks with Park Ji-won ended.", [("Park Ji", "PERSON")], ["Park Ji-won"]),
    # an initial right before the surname NER tagged belongs to the name
    ("Scores: Hosts 226 (T. Vellmar 64, A. Roe 39).", [("Vellmar", "PERSON"), ("Roe", "PERSON")],
     ["T. Vellmar", "A. Roe"]),
    # untouched: a dash with spaces, an ORG
    ("Ann Roe - the winner - spoke.", [("Ann Roe", "PERSON")], ["Ann Roe"]),
    ("Shares of Rolls-Royce fell.", [("Rolls", "ORG")], ["Rolls"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), HYPHEN)
def test_hyphenated_names(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    from briefx.pipeline.entities.spans import merge_broken

    doc = doc_with(text, spans)
    assert [s.text for s in merge_broken(doc)] == expected


# (text, NER spans, expected PERSON mentions added)
MISSED = [
    ("135 Rory Quellane 68 67, Sven Arkady 66 69", [], ["Rory Quellane", "Sven Arkady"]),
    ("Leading scorers: 11 - Lautaro Brevik (Inter); 9 - Tomasz Vell.", [],
     ["Lautaro Brevik", "Tomasz Vell"]),
    ("Ingrid Malvo-Serrat scored twice.", [], ["Ingrid Malvo-Serrat"]),
    # NER tagged a part of the name as something else: the whole name replaces it
    ("Erling Dravnik scored twice.", [("Dravnik", "GPE")], ["Erling Dravnik"]),
    ("Dmitri Olsk beat Ahmed Tarrow.", [("Dmitri", "ORG")], ["Dmitri Olsk", "Ahmed Tarrow"]),
    ("Prime Minister Piotr Lask said so.", [], ["Piotr Lask"]),
    # NER's person is the surname alone: the given name before it joins it
    ("Artem Dovrik scored twice as Roma won.", [("Dovrik", "PERSON")], ["Artem Dovrik"]),
    ("Erling Dravnik scored twice.", [("Dravnik", "PERSON")], ["Erling Dravnik"]),
    ("The coach, Piotr Lask, said so.", [("Lask", "PERSON")], ["Piotr Lask"]),
    # given names faker writes in Cyrillic, Greek or Georgian, romanised as news writes them
    # (scripts/derive_given_names.py): Ukrainian 2010 and BGN/PCGN, Russian by Wikipedia's
    # and the passports' schemes, Greek ELOT 743, Georgian 2002, and Japanese romanised lists
    ("Results: 1. Oleksandr Vorek 2. Andriy Palko 3. Andrii Palko", [],
     ["Oleksandr Vorek", "Andriy Palko", "Andrii Palko"]),
    ("Dmitry Sorkov beat Sergei Olyan.", [], ["Dmitry Sorkov", "Sergei Olyan"]),
    ("Kyriakos Dranas and Irakli Vetadze scored twice.", [], ["Kyriakos Dranas", "Irakli Vetadze"]),
    ("Yui Sorameki said so.", [], ["Yui Sorameki"]),
    # untouched: both words English, a place or a place's head word, NER's own person, a
    # longer capitalised run, a line in capitals, a title word
    ("Cole Palmer scored twice.", [], []),
    ("Victoria Park and Jordan Valley were closed.", [], []),
    ("They met in Austin Texas.", [], []),
    ("Jose Marvell said so.", [("Jose Marvell", "PERSON")], []),
    ("Jose Marvell said so.", [("Jose", "PERSON")], []),
    ("Sven Arkady said so.", [("Sven Arkady said", "PERSON")], []),
    ("The Andrea Lucia Mateo Trust said so.", [], []),
    ("ROME - PIOTR LASK SCORED.", [], []),
    ("Sven Minister spoke.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), MISSED)
def test_missed_people(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    doc = doc_with(text, spans)
    found = missed_people(doc, repaired(doc), ENGLISH, [])
    assert [m.text for m in found] == expected
    assert all(m.label == "PERSON" for m in found)


def test_missed_people_needs_an_english_word_list() -> None:
    doc = doc_with("Rory Quellane scored twice.", [])
    assert missed_people(doc, [], frozenset(), []) == []


# (text, NER spans, expected mentions (text, label, name) after the capitals lines are re-read)
CAPS = [
    # a surname of a person the body names in full
    ("CRICKET - VELLMAR CENTURY PUTS HOSTS IN CONTROL.\nAnna Vellmar hit 128.",
     [("Anna Vellmar", "PERSON")],
     [("VELLMAR", "PERSON", "Anna Vellmar"), ("Anna Vellmar", "PERSON", "Anna Vellmar")]),
    ("SOCCER - PALMER DOUBLE SENDS HOSTS THROUGH.\nJoe Palmer scored twice.",
     [("Joe Palmer", "PERSON")],
     [("PALMER", "PERSON", "Joe Palmer"), ("Joe Palmer", "PERSON", "Joe Palmer")]),
    # NER ran a name into English words of the headline
    ("SOCCER - TORVIK GO TOP AS HOSTS HELD.\nTorvik won.", [("TORVIK GO TOP AS", "ORG")],
     [("TORVIK", "ORG", "TORVIK")]),
    ("BASKETBALL - NBL RESULTS.\nHosts won.", [("NBL RESULTS", "ORG")],
     [("NBL", "ORG", "NBL")]),
    # in the body: a lone surname NER missed; an ORG "Given Surname" counts as a person
    ("Two Jan Vellmar penalties, then fly-half Vellmar went off.", [("Jan Vellmar", "PERSON")],
     [("Jan Vellmar", "PERSON", "Jan Vellmar"), ("Vellmar", "PERSON", "Jan Vellmar")]),
    ("RUGBY - TORRAND INSPIRES HOSTS.\nPiotr Torrand scored.", [("Piotr Torrand", "ORG")],
     [("TORRAND", "PERSON", "Piotr Torrand"), ("Piotr Torrand", "ORG", "Piotr Torrand")]),
    # "S. Gill" is no second person named Gill
    ("GILL HITS 128.\nShubman Gill scored. Scores: S. Gill 128.",
     [("Shubman Gill", "PERSON"), ("S. Gill", "PERSON")],
     [("GILL", "PERSON", "Shubman Gill"), ("Shubman Gill", "PERSON", "Shubman Gill"),
      ("S. Gill", "PERSON", "S. Gill")]),
    # an initial before a lone surname belongs to it; a place stays whole though its words
    # are English words ("korea" is in WordNet)
    ("Jan Vellmar scored. Scores: Hosts 226 (J. Vellmar 64).", [("Jan Vellmar", "PERSON")],
     [("Jan Vellmar", "PERSON", "Jan Vellmar"), ("J. Vellmar", "PERSON", "Jan Vellmar")]),
    ("SOUTH KOREA SHARES HIT RECORD.\nShares rose.", [("SOUTH KOREA SHARES HIT RECORD", "GPE")],
     [("SOUTH KOREA", "GPE", "South Korea")]),
    # untouched: a body line, a span the body writes whole, two people with the surname, an
    # English word opening a sentence, a surname inside a longer name
    ("Torvik Go Top As said.", [("Torvik Go Top As", "ORG")],
     [("Torvik Go Top As", "ORG", "Torvik Go Top As")]),
    ("LEE WINS.\nAnn Lee and Bo Lee met.", [("Ann Lee", "PERSON"), ("Bo Lee", "PERSON")],
     [("Ann Lee", "PERSON", "Ann Lee"), ("Bo Lee", "PERSON", "Bo Lee")]),
    ("Ashley Lee won. Lee people cheered.", [("Ashley Lee", "PERSON")],
     [("Ashley Lee", "PERSON", "Ashley Lee")]),
    ("Ann Vellmar met staff of Vellmar Holdings.", [("Ann Vellmar", "PERSON")],
     [("Ann Vellmar", "PERSON", "Ann Vellmar")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CAPS)
def test_caps_names(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    doc = doc_with(text, spans)
    got = sorted(caps_names(doc, repaired(doc), ENGLISH), key=lambda m: m.start)
    assert [(m.text, m.label, m.name or m.text) for m in got] == expected


def test_caps_names_needs_an_english_word_list() -> None:
    doc = doc_with("NEWS - TORVIK GO TOP.\nTorvik won.", [("TORVIK GO TOP", "ORG")])
    mentions = repaired(doc)
    assert caps_names(doc, mentions, frozenset()) == mentions
