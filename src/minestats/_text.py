"""Reading the text of a document to audit: plain text, or PDF with the ``pdf`` extra.

What is read is bounded (:mod:`minestats._limits`): the file's size, the
length of its text, and for a PDF the pages, the content of each page and the
time spent, so that no file (a compression bomb, a page of a million text
operators) can make reading run for minutes or fill the memory.
"""

from __future__ import annotations

import os
import time
import warnings
from pathlib import Path
from typing import Any

from ._errors import DataError
from ._limits import (
    MAX_PDF_PAGE_BYTES,
    MAX_PDF_PAGES,
    MAX_PDF_SECONDS,
    MAX_TEXT_FILE_BYTES,
    refuse_long_text,
    size_text,
)
from ._load import utf8

__all__ = ["MAX_TEXT_BYTES", "read_text"]

#: Largest file read for auditing, in bytes (:data:`minestats._limits.MAX_TEXT_FILE_BYTES`).
MAX_TEXT_BYTES = MAX_TEXT_FILE_BYTES


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a document file, for :func:`~minestats.extract` and :func:`~minestats.audit`.

    A ``.pdf`` file is read with pypdf (``pip install 'minestats[pdf]'``),
    its pages separated by form feeds (``"\\f"``), so that mentions know their
    page. Any other file is read as UTF-8 text.

    Raises
    ------
    DataError
        For a file that is not UTF-8 text, is binary, or is not a readable PDF
        (damaged, encrypted, or needing a decoder pypdf does not have); for a
        file larger than 50 MiB, a text longer than 2,000,000 characters, a
        PDF of more than 2,000 pages or with a page of more than 256 KiB of
        content, or one whose text takes more than 30 seconds to read. The
        message names the file.
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
        raise DataError(f"the file is larger than {size_text(MAX_TEXT_BYTES)}", file=name)
    if raw.startswith(b"%PDF-"):
        return refuse_long_text(_pdf_text(path, name), name)
    return refuse_long_text(utf8(raw, name, "text or PDF"), name)


class _TooSlowError(Exception):
    """Raised from inside pypdf's text extraction when the time allowed is spent."""


def _pdf_text(path: Path, name: str) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"{name} is a PDF; reading PDFs needs pypdf: pip install 'minestats[pdf]'"
        ) from None
    deadline = time.monotonic() + MAX_PDF_SECONDS

    def in_time(*_: Any) -> None:  # called by pypdf before each operator of a page
        if time.monotonic() > deadline:
            raise _TooSlowError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about every repair it makes
            reader = PdfReader(path)
            if reader.is_encrypted:
                raise DataError("the PDF is encrypted; save a copy without a password", file=name)
            count = len(reader.pages)
            if count > MAX_PDF_PAGES:
                raise DataError(f"the PDF has {count:,} pages, more than {MAX_PDF_PAGES:,}", file=name)
            pages = []
            for number, page in enumerate(reader.pages, 1):
                contents = page.get_contents()
                size = len(contents.get_data()) if contents is not None else 0
                if size > MAX_PDF_PAGE_BYTES:
                    limit = size_text(MAX_PDF_PAGE_BYTES)
                    raise DataError(f"page {number} of the PDF holds more than {limit} of content", file=name)
                in_time()
                pages.append(page.extract_text(visitor_operand_before=in_time) or "")
    except DataError:
        raise
    except _TooSlowError:
        raise DataError(
            f"reading the PDF's text takes more than {MAX_PDF_SECONDS:g} seconds", file=name
        ) from None
    except RecursionError:
        raise DataError("not a readable PDF: its objects are nested too deeply", file=name) from None
    except Exception as exc:  # pypdf on untrusted bytes raises anything: each means "unreadable"
        raise DataError(f"not a readable PDF: {_reason(exc)}", file=name) from None
    return "\f".join(pages)


def _reason(exc: Exception) -> str:
    """What pypdf said, in one short line, with its error's name when it says little."""
    text = " ".join(str(exc).split())
    kind = type(exc).__name__
    if kind == "DependencyError" or "jbig2" in text.lower() or "cryptography" in text.lower():
        text = f"it needs a decoder that is not installed ({text[:120]})"
    elif kind == "LimitReachedError":
        text = f"it exceeds a limit of pypdf ({text[:120]})"
    elif isinstance(exc, NotImplementedError):
        text = f"it uses a feature pypdf does not support ({text[:120] or 'unknown'})"
    return text[:200] or kind
