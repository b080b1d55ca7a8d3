"""The generated parts of the docs: written into the pages, committed, and checked for staleness.

A marker in a Markdown page is followed by what minestats itself says, up to
an end marker, so the reference reads the same on a code host as on the site:

- ``<!-- minestats:schema -->``: the data format reference, from the JSON Schema;
- ``<!-- minestats:check -->``: the output of ``minestats check`` for the letter;
- ``<!-- minestats:help COMMAND -->``: ``minestats COMMAND --help``;
- ``<!-- minestats:explain CLAIM/READING -->``: the explanation of one verdict;

each closed by ``<!-- /minestats -->``. ``python docs/_hooks/minestats_docs.py``
rewrites every page with what the installed code gives (a marker without its
end marker gets its block); ``tests/test_docs.py`` fails when a page is stale.
As an mkdocs hook, it fills the pages the same way when the site is built and
drops the marker comments from the HTML.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path
from typing import Any

END = "<!-- /minestats -->"
_MARKER = re.compile(r"<!-- minestats:(\w+)(?: ([\w/-]+))? -->")
_BLOCK = re.compile(
    r"(?P<marker><!-- minestats:(?P<kind>\w+)(?: (?P<argument>[\w/-]+))? -->)"
    r"(?:\n(?P<body>.*?)\n" + re.escape(END) + r")?",
    re.DOTALL,
)
#: The pages with generated parts.
DOCS = Path(__file__).parents[1]


def _run(argv: list[str]) -> str:
    from minestats.__main__ import main

    out = io.StringIO()
    columns = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # help is wrapped the same on every machine
    try:
        with contextlib.redirect_stdout(out):
            main(argv)
    finally:
        if columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = columns
    return out.getvalue().rstrip()


def generated(kind: str, argument: str | None) -> str:
    """What one marker stands for."""
    import minestats
    from minestats.testing import explain

    if kind == "schema":
        from minestats._schema import schema_markdown  # the build tool, not a reader's example

        return schema_markdown(level=2)
    if kind == "check":
        return "```text\n$ minestats check\n" + _run(["check"]) + "\n```"
    if kind == "help" and argument:
        return f"```text\n$ minestats {argument} --help\n" + _run([argument, "--help"]) + "\n```"
    if kind == "explain" and argument:
        letter = minestats.letter()
        claim, _, reading = argument.partition("/")
        verdict = minestats.check(letter).verdict(claim, reading or None)
        return "```text\n" + explain(verdict, letter, file="un-24-23652.yaml") + "\n```"
    marker = kind + (f" {argument}" if argument else "")
    raise ValueError(f"unknown minestats marker: <!-- minestats:{marker} -->")


def fill(markdown: str) -> str:
    """``markdown`` with every marker's block written anew (a marker without one gets it)."""

    def block(match: re.Match[str]) -> str:
        body = generated(match["kind"], match["argument"])
        return f"{match['marker']}\n{body}\n{END}"

    return _BLOCK.sub(block, markdown)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """mkdocs: the page with its generated parts, without the marker comments."""
    return re.sub(r"[ \t]*(?:" + _MARKER.pattern + "|" + re.escape(END) + r")[ \t]*\n?", "", fill(markdown))


def pages() -> list[Path]:
    """The pages that hold a marker."""
    return sorted(p for p in DOCS.glob("*.md") if _MARKER.search(p.read_text(encoding="utf-8")))


def main() -> int:
    """Rewrite every page with markers; print the pages that changed."""
    for page in pages():
        text = page.read_text(encoding="utf-8")
        new = fill(text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"updated {page.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
