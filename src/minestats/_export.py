"""Tables out for spreadsheets and humanitarian data platforms: Excel workbooks and HXL-tagged CSV.

:func:`write_excel` writes a workbook of named sheets (needs the ``xlsx``
extra, openpyxl). :func:`hxl_csv` writes a table as CSV with a row of HXL
hashtags under the header (the Humanitarian Exchange Language, read by HDX
and its tools): the columns that have a standard hashtag get it
(:data:`HXL_TAGS`), the others an empty cell, as HXL allows.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, BinaryIO

from ._errors import MissingExtraError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["HXL_TAGS", "hxl_csv", "hxl_row", "write_excel"]

#: HXL hashtags of the columns minestats writes, by column name; the same
#: name means the same thing in every table, so one mapping serves them all.
#: Hashtags are from the HXL core dictionary (``#meta``, ``#indicator``,
#: ``#status``, ``#description``, ``#date``, ``#org``); attributes say which
#: value of the row a column holds.
HXL_TAGS: dict[str, str] = {
    "document": "#meta+document",
    "claim": "#indicator+claim+code",
    "kind": "#indicator+claim+type",
    "reading": "#indicator+reading+code",
    "id": "#indicator+code",
    "label": "#indicator+name",
    "status": "#status",
    "expected": "#status+expected",
    "stated": "#indicator+text+stated",
    "value": "#indicator+num",
    "low": "#indicator+num+low",
    "high": "#indicator+num+high",
    "computed": "#indicator+num+computed",
    "computed_low": "#indicator+num+computed+low",
    "computed_high": "#indicator+num+computed+high",
    "gap": "#indicator+num+gap",
    "headroom": "#indicator+num+headroom",
    "reason": "#description+reason",
    "quote": "#description+quote",
    "as_of": "#date",
    "publisher": "#org",
}


def hxl_row(columns: list[str]) -> list[str]:
    """The HXL hashtag row for these columns (``""`` for a column without a standard tag).

    Examples
    --------
    >>> hxl_row(["document", "claim", "qualifiers", "status"])
    ['#meta+document', '#indicator+claim+code', '', '#status']
    """
    return [HXL_TAGS.get(c, "") for c in columns]


def hxl_csv(frame: pd.DataFrame, target: str | os.PathLike[str] | IO[str] | None = None) -> str | None:
    """``frame`` as CSV with an HXL hashtag row under the header.

    Parameters
    ----------
    frame : pandas.DataFrame
    target : path or text stream, optional
        Where to write; the CSV text is returned when there is none.

    Examples
    --------
    >>> import pandas as pd
    >>> print(hxl_csv(pd.DataFrame({"claim": ["c"], "status": ["consistent"]})), end="")
    claim,status
    #indicator+claim+code,#status
    c,consistent
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = [str(c) for c in frame.columns]
    writer.writerow(columns)
    writer.writerow(hxl_row(columns))
    frame.to_csv(buffer, header=False, index=False, lineterminator="\n")
    text = buffer.getvalue()
    if target is None:
        return text
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        target.write(text)
    return None


def write_excel(target: str | os.PathLike[str] | BinaryIO, sheets: Mapping[str, pd.DataFrame]) -> None:
    """A workbook with one sheet per table, in order (needs the ``xlsx`` extra, openpyxl).

    Raises
    ------
    MissingExtraError
        Without openpyxl; the message names the extra.
    """
    try:
        import openpyxl  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        raise MissingExtraError(
            "writing Excel workbooks needs openpyxl, which is not installed; install the xlsx extra:"
            " pip install 'minestats[xlsx]'"
        ) from None
    import pandas as pd

    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
