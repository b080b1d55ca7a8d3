"""Builders of small hand-written documents, shared by the test modules.

Import them as ``from helpers import figure, document, ...`` (``tests/`` is on
the test path through ``pythonpath`` in ``pyproject.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pint

import minestats


def figure(ident: str, value: object, unit: str = "ha", **extra: Any) -> dict[str, Any]:
    """The data of one figure: label and quote are its id; a count counts ``items``.

    ``value`` is usually the number as written (or None); any other object is
    passed on as it is, for the document's validation to judge.
    """
    data: dict[str, Any] = {"id": ident, "label": ident, "value": value, "unit": unit}
    if unit == "count":
        data.setdefault("entity", "items")
    data.update(extra)
    data.setdefault("locator", {"quote": ident})
    return data


def document(
    *figures: dict[str, Any], claims: tuple[dict[str, Any], ...] | list[dict[str, Any]] = ()
) -> minestats.Document:
    """A document ``d`` with these figures and claims."""
    return minestats.Document.model_validate(
        {"id": "d", "title": "t", "figures": list(figures), "claims": list(claims)}
    )


def share_doc(
    part: str, whole: str, stated: str, *, part_unit: str = "ha", whole_unit: str = "ha"
) -> minestats.Document:
    """One share claim ``c``: ``p`` of ``w`` is ``s`` per cent."""
    return document(
        figure("p", part, part_unit),
        figure("w", whole, whole_unit),
        figure("s", stated, "percent"),
        claims=[{"id": "c", "kind": "share", "label": "l", "stated": "s", "part": ["p"], "whole": ["w"]}],
    )


def sum_doc(parts: list[str], total: str, unit: str = "count") -> minestats.Document:
    """One sum claim ``c``: parts ``p0, p1, ...`` add up to ``t``."""
    figures = [figure(f"p{i}", v, unit) for i, v in enumerate(parts)] + [figure("t", total, unit)]
    claim = {
        "id": "c",
        "kind": "sum",
        "label": "l",
        "stated": "t",
        "part": [f"p{i}" for i in range(len(parts))],
    }
    return document(*figures, claims=[claim])


def subset_doc(part: str, whole: str, part_unit: str = "ha", whole_unit: str = "ha") -> minestats.Document:
    """One subset claim ``c``: ``p`` within ``w``."""
    return document(
        figure("p", part, part_unit),
        figure("w", whole, whole_unit),
        claims=[{"id": "c", "kind": "subset", "label": "l", "part": ["p"], "whole": ["w"]}],
    )


def verdict(doc: minestats.Document, claim: str = "c") -> minestats.Verdict:
    """The verdict of a claim with one reading."""
    return minestats.check(doc).verdict(claim)


# pint leaves its application-registry functions unannotated: they are called here, typed, once.


def application_registry() -> pint.UnitRegistry[Any]:
    """pint's application registry, as pint hands it to a user."""
    reg: pint.UnitRegistry[Any] = pint.get_application_registry()  # type: ignore[no-untyped-call]
    return reg


@contextmanager
def application_registry_set_to(user: pint.UnitRegistry[Any]) -> Iterator[None]:
    """Make ``user`` pint's application registry for the block, then restore the one before."""
    previous = pint.get_application_registry().get()  # type: ignore[no-untyped-call]
    pint.set_application_registry(user)  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        pint.set_application_registry(previous)  # type: ignore[no-untyped-call]
