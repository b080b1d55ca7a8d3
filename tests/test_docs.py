"""The docs build in mkdocs' strict mode, with their generated parts filled in."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import minestats

ROOT = Path(__file__).parents[1]


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "minestats_docs", ROOT / "docs" / "_hooks" / "minestats_docs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mkdocs", reason="building the docs needs mkdocs (test extra)")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize(
    "page",
    ["index.html", "getting-started.html", "method.html", "data-format.html", "cli.html", "pytest.html"],
)
def test_every_page_is_built_without_markers_left(site: Path, page: str) -> None:
    html = (site / page).read_text(encoding="utf-8")
    assert "minestats:" not in html.replace("minestats: 1", "")


def test_data_format_reference_is_generated_from_the_schema(site: Path) -> None:
    html = (site / "data-format.html").read_text(encoding="utf-8")
    for model in ("Document", "Figure", "Locator", "Claim", "Reading", "ClaimKind", "Status"):
        assert f">{model}</h2>" in html
    for field in minestats.Figure.model_fields:
        assert f"<code>{field}</code>" in html
    assert "1-based page and paragraph" in html


def test_getting_started_shows_the_live_check_table(site: Path) -> None:
    html = (site / "getting-started.html").read_text(encoding="utf-8")
    counts = minestats.check(minestats.letter()).counts
    summary = ", ".join(f"{n} {s}" for s, n in counts.items())
    assert f"14 readings checked: {summary}; all as expected." in html


def test_method_works_the_letters_claims(site: Path) -> None:
    html = (site / "method.html").read_text(encoding="utf-8")
    assert "cleared_share_of_minefields/of_minefield_area in un-24-23652: inconsistent (as expected)" in html
    assert "rounding interval [14.15, 14.25] %" in html
    assert "post_conflict_victims_total/as_stated in un-24-23652: consistent (as expected)" in html


def test_the_notebook_is_published(site: Path) -> None:
    assert (site / "letter.ipynb").is_file()
    assert not (site / "_hooks").exists()


@pytest.mark.parametrize("page", _hook().pages(), ids=lambda p: p.name)
def test_generated_parts_of_the_pages_are_current(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert _hook().fill(text) == text, (
        f"docs/{page.name} is stale: run 'python docs/_hooks/minestats_docs.py' and commit the pages"
    )


def test_every_marker_has_its_generated_block() -> None:
    hook = _hook()
    for page in hook.pages():
        text = page.read_text(encoding="utf-8")
        assert text.count("<!-- minestats:") == text.count(hook.END), page.name


def test_unknown_marker_is_an_error() -> None:
    hook = _hook()
    assert hook.on_page_markdown("plain text") == "plain text"
    with pytest.raises(ValueError, match="unknown minestats marker"):
        hook.on_page_markdown("<!-- minestats:nothing -->")
    assert hook.on_page_markdown("<!-- minestats:help schema -->").startswith(
        "```text\n$ minestats schema --help"
    )
    filled = hook.fill("<!-- minestats:help schema -->\n")
    assert filled.endswith(f"\n{hook.END}\n")
    assert hook.fill(filled) == filled


def test_the_claim_kinds_example_loads_and_checks_as_the_page_says() -> None:
    page = (Path(__file__).parents[1] / "docs" / "data-format.md").read_text(encoding="utf-8")
    block = page.split("## Claim kinds", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    report = minestats.check(minestats.loads(block, name="data-format.md"))
    found = {(v.claim, v.reading): v.status.value for v in report.verdicts}
    assert found == {
        ("casualty_split", "as_stated"): "consistent",
        ("casualties_fell", "of_2022"): "consistent",
        ("casualties_fell", "of_2023"): "inconsistent",  # 78 / 572 = 13.6 %
        ("devices_doubled", "as_stated"): "consistent",  # 790 / 410 = 1.93, at most 2.5
        ("area_stated_twice", "as_stated"): "consistent",
    }
