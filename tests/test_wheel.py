"""The built wheel, installed in a fresh virtual environment outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installed_outside_the_tree_loads_and_checks_the_letter(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = dist.glob("minestats-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    code = (
        "import minestats, pathlib; "
        "doc = minestats.letter(); "
        "assert 'site-packages' in minestats.__file__, minestats.__file__; "
        "assert pathlib.Path(doc.source).is_file(); "
        "r = minestats.check(doc); "
        "print(doc.id, len(doc.figures), r.counts, r.as_expected)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == (
        "un-24-23652 21 {'consistent': 9, 'inconsistent': 3, 'indeterminate': 2} True"
    )
    cli = subprocess.run(
        [str(env_dir / "bin" / "minestats")], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert cli.returncode == 0, cli.stderr
    assert "9 consistent, 3 inconsistent, 2 indeterminate; all as expected." in cli.stdout
