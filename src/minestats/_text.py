"""Reading the text of a document to audit: plain text, or PDF with the ``pdf`` extra."""

from __future__ import annotations

import os
from pathlib import Path

from ._errors import DataError

__all__ = ["read_text"]

#: Largest file read for auditing, in bytes.
MAX_TEXT_BYTES = 50 * 1024 * 1024


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a document file, for :func:`~minestats.extract` and :func:`~minestats.audit`.

    A ``.pdf`` file is read with pypdf (``pip install 'minestats[pdf]'``),
    its pages separated by form feeds (``"\\f"``), so that mentions know their
    page. Any other file is read as UTF-8 text.

    Raises
    ------
    DataError
        For a file that is not UTF-8 text, is binary, or is not a readable PDF;
        the message names the file.
    ImportError
        For a PDF when pypdf is not installed, saying how to install it.
    FileNotFoundError
        If there is no such file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "note.txt")
    ...     _ = path.write_text("Some 4,000 people.", encoding="utf-8")
    ...     read_text(path)
    'Some 4,000 people.'
    """
    path = Path(path)
    with path.open("rb") as handle:
        raw = handle.read(MAX_TEXT_BYTES + 1)
    name = str(path)
    if len(raw) > MAX_TEXT_BYTES:
        raise DataError(f"the file is larger than {MAX_TEXT_BYTES // 2**20} MiB", file=name)
    if raw.startswith(b"%PDF-"):
        return _pdf_text(path, name)
    if b"\x00" in raw:
        raise DataError("the file is binary (it holds NUL bytes), not text or PDF", file=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"the file is not UTF-8 text (byte {exc.start} cannot be decoded)", file=name
        ) from None


def _pdf_text(path: Path, name: str) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"{name} is a PDF; reading PDFs needs pypdf: pip install 'minestats[pdf]'"
        ) from None
    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"not a readable PDF: {exc}", file=name) from None
    return "\f".join(pages)
