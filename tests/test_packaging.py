"""The wheel carries models/ and the entry points, so `pip install .` works outside a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_models_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("briefx-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (p for p in (ROOT / "models").iterdir() if p.is_file()):
        assert f"briefx/models/{f.name}" in names, f.name
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "briefx = briefx.cli:main" in text
    for factory in ("briefx_metadata", "briefx_dates", "briefx_figures", "briefx_entities"):
        assert f"{factory} = briefx.pipeline." in text
