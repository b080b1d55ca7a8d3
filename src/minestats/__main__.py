"""``python -m minestats [check] [FILE ...]``: check documents and print their verdicts.

With no file, the bundled letter is checked. The exit status is 0 when every
verdict is the one expected, 1 when one is not, and 2 for a bad data file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from . import DataError, check, letter, load

    paths = list(sys.argv[1:] if argv is None else argv)
    if paths[:1] == ["check"]:
        paths = paths[1:]
    try:
        documents = [load(p) for p in paths] if paths else [letter()]
    except (DataError, OSError) as exc:
        print(f"minestats: {exc}", file=sys.stderr)
        return 2
    status = 0
    for index, document in enumerate(documents):
        report = check(document)
        if index:
            print()
        print(f"{document.title} ({document.symbol or document.id})\n")
        print(report.to_text())
        if not report.as_expected:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
