"""The terminal summary: the "Who said what" table."""

from __future__ import annotations

import pytest
from rich.console import Console

from briefx.records import Brief
from briefx.render.table import cue_label, excerpt, render_brief, speaker_label
from tests.render import nato


def _text(brief: Brief) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(render_brief(brief))
    return console.export_text()


def test_who_said_what_table() -> None:
    text = _text(nato())
    assert "Who said what" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert any("Donald Trump │ call for │ 5% │ an increase to 5%" in line for line in lines), text
    assert any(
        "Pete Hegseth │ indicate │ 3% │ defense spending should not dip below 3% of GDP (hedged)"
        in line
        for line in lines
    ), text


def test_no_statements_no_table() -> None:
    assert "Who said what" not in _text(nato().model_copy(update={"statements": []}))


# (update to the first statement, speaker label, cue label, excerpt)
LABELS = [
    ({}, "Donald Trump", "express", "a desire to expedite an end to the conflict in Ukraine"),
    ({"speaker_name": None, "speaker_text": "officials"}, "(officials)", "express", None),
    ({"negated": True, "cue": "say"}, "Donald Trump", "not say", None),
    ({"quote": True, "text": "We will pay it."}, "Donald Trump", "express", "“We will pay it.”"),
]


@pytest.mark.parametrize(("update", "speaker", "cue", "says"), LABELS)
def test_labels(update: dict[str, object], speaker: str, cue: str, says: str | None) -> None:
    st = nato().statements[0]
    if "text" in update:
        update = {**update, "end": st.start + len(str(update["text"]))}
    st = st.model_copy(update=update)
    assert (speaker_label(st), cue_label(st)) == (speaker, cue)
    if says is not None:
        assert excerpt(st) == says


def test_long_content_is_cut_at_a_word() -> None:
    st = nato().statements[2]
    assert len(st.text) > 60
    short = excerpt(st)
    assert short.endswith("…")
    assert len(short) <= 60
    assert st.text.startswith(short[:-1])
