"""spaCy imported without its command-line package (briefx.startup), in fresh interpreters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CLI_MODULES = ("weasel", "requests", "httpx", "jinja2", "spacy.cli")


def _python(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, timeout=120, capture_output=True, text=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_import_spacy_leaves_the_cli_packages_out() -> None:
    seen = _python(
        "import json, sys\n"
        "from briefx.startup import import_spacy\n"
        "import_spacy()\n"
        "import spacy\n"
        f"print(json.dumps({{m: m in sys.modules for m in {CLI_MODULES!r}}}))"
    )
    assert seen == dict.fromkeys(CLI_MODULES, False)


def test_spacy_cli_still_imports_whole_afterwards() -> None:
    seen = _python(
        "import json\n"
        "from briefx.startup import import_spacy\n"
        "import_spacy()\n"
        "import spacy, spacy.cli\n"
        "from spacy.cli.info import info as real\n"
        "print(json.dumps({'app': hasattr(spacy.cli, 'app'), 'package': spacy.cli.__file__,\n"
        "    'info_works': isinstance(spacy.info(markdown=False, silent=True), dict),\n"
        "    'same_cli': spacy.cli is __import__('sys').modules['spacy.cli']}))"
    )
    assert seen["app"] is True
    assert str(seen["package"]).endswith(str(Path("spacy", "cli", "__init__.py")))
    assert seen["info_works"] is True
    assert seen["same_cli"] is True


def test_import_spacy_is_a_no_op_once_spacy_is_imported() -> None:
    seen = _python(
        "import json, sys, spacy\n"
        "from briefx.startup import import_spacy\n"
        "import_spacy()\n"
        "print(json.dumps({'cli': 'spacy.cli' in sys.modules}))"
    )
    assert seen == {"cli": True}


def test_extract_command_runs_without_spacy_cli(tmp_path: Path) -> None:
    brief = tmp_path / "b.txt"
    brief.write_text("The ministry said on 3 March 2025 that 40 people had left.\n")
    seen = _python(
        "import json, sys, io, contextlib, atexit\n"
        f"sys.argv = ['briefx', 'extract', {str(brief)!r}, '-f', 'json']\n"
        "out = io.StringIO()\n"
        "def report():\n"
        "    sys.__stdout__.write('\\n' + json.dumps({'cli': 'spacy.cli' in sys.modules,\n"
        "        'figures': len(json.loads(out.getvalue())['figures'])}) + '\\n')\n"
        "atexit.register(report)\n"
        "from briefx.cli import main\n"
        "with contextlib.redirect_stdout(out):\n"
        "    main()\n"
    )
    assert seen == {"cli": False, "figures": 1}


# What ``settle`` freezes, read in fresh interpreters: gc.get_freeze_count() is the number of
# objects in the permanent generation.
SETTLE = {
    "a library user's process": ("", "settle()", 0),
    "briefx's own process": ("own_process()", "settle()", 1),
    "own, a run of the library": ("own_process()", "run(['x.txt'], Options())", 1),
    "not own, a run of the library": ("", "run(['x.txt'], Options())", 0),
}


@pytest.mark.parametrize("case", SETTLE, ids=list(SETTLE))
def test_settle_freezes_only_in_processes_briefx_owns(case: str, tmp_path: Path) -> None:
    own, call, frozen = SETTLE[case]
    (tmp_path / "x.txt").write_text("The council met in Oslo on Monday.", encoding="utf-8")
    seen = _python(
        "import gc, json, os\n"
        f"os.chdir({str(tmp_path)!r})\n"
        "from briefx import run, Options\n"
        "from briefx.startup import own_process, settle\n"
        f"{own}\n"
        f"list({call} or ())\n"
        "print(json.dumps({'frozen': gc.get_freeze_count()}))"
    )
    assert (seen["frozen"] > 0) == bool(frozen)
