"""mkdocs hook: fill generated parts of the docs from minestats itself.

Markers in the Markdown pages are replaced when the site is built, so the
reference and the worked examples always say what the installed code does:

- ``<!-- minestats:schema -->``: the data format reference, from the JSON Schema;
- ``<!-- minestats:check -->``: the output of ``minestats check`` for the letter;
- ``<!-- minestats:help COMMAND -->``: ``minestats COMMAND --help``;
- ``<!-- minestats:explain CLAIM/READING -->``: the explanation of one verdict.
"""

from __future__ import annotations

import contextlib
import io
import re
from typing import Any

_MARKER = re.compile(r"<!-- minestats:(\w+)(?: ([\w/-]+))? -->")


def _run(argv: list[str]) -> str:
    from minestats._cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(argv)
    return out.getvalue().rstrip()


def _fill(match: re.Match[str]) -> str:
    import minestats
    from minestats._schema import schema_markdown
    from minestats.testing import explain

    kind, argument = match.group(1), match.group(2)
    if kind == "schema":
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
    raise ValueError(f"unknown minestats marker: {match.group(0)}")


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    return _MARKER.sub(_fill, markdown)
