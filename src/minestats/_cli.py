"""The ``minestats`` command line.

Subcommands live in :data:`COMMANDS`, filled by the :func:`command` decorator;
a new one is a function that takes the parsed arguments and the output stream
and returns the exit status, plus a function that adds its arguments::

    @command("audit", "audit a document", arguments=_audit_arguments)
    def _audit(args: argparse.Namespace, out: TextIO) -> int: ...

Exit status: 0 when all is well (for ``check``: every verdict is the one
expected), 1 when a verdict is not, 2 for bad input or usage. The status is
the same whatever becomes of the output: a reader that stops early
(``minestats check | head -1``) or a closed standard output does not change it,
and text the output's encoding cannot hold is written with backslash escapes,
never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._export import hxl_csv
from ._render import (
    BATCH_COLUMNS,
    document_summary,
    explain,
    json_row,
    markdown_table,
    text_table,
    verdict_table,
)

if TYPE_CHECKING:  # pragma: no cover
    from ._batch import Batch
    from ._models import Document

__all__ = ["COMMANDS", "Command", "command", "main"]

#: Exit status when every verdict is the one expected.
OK = 0
#: Exit status when a verdict is not the one expected.
UNEXPECTED = 1
#: Exit status for bad input or usage.
USAGE = 2

FORMATS = ("table", "json", "csv", "markdown")
#: Formats of ``check`` and ``audit``: also a workbook and HXL-tagged CSV.
BATCH_FORMATS = (*FORMATS, "hxl", "xlsx")

Runner = Callable[[argparse.Namespace, TextIO], int]


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, a line of help, its arguments and what it does."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Runner


#: The subcommands, by name, in the order they were registered.
COMMANDS: dict[str, Command] = {}


def command(
    name: str, help: str, *, arguments: Callable[[argparse.ArgumentParser], None] | None = None
) -> Callable[[Runner], Runner]:
    """Register a subcommand (a decorator); see the module docstring."""

    def register(run: Runner) -> Runner:
        COMMANDS[name] = Command(name, help, arguments or (lambda parser: None), run)
        return run

    return register


class _UsageError(Exception):
    """A usage error found after argument parsing."""


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="minestats",
        description="Check the stated figures of mine-contamination documents.",
        epilog="With no command, 'check' is run. Exit status: 0 all as expected,"
        " 1 a verdict not as expected, 2 bad input or usage.",
    )
    parser.add_argument("--version", action="version", version=f"minestats {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in COMMANDS.values():
        sub = commands.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        cmd.arguments(sub)
    return parser


class _Output:
    """Standard output or error as the commands see it: writing to it never raises.

    Once the reader has gone (a broken pipe) or if the stream is closed, what
    is written is discarded and the command runs on to its exit status. Text
    the stream's encoding cannot hold (``PYTHONIOENCODING=ascii``, a file name
    that is not UTF-8) is written with backslash escapes.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.gone = stream is None
        self.broken = False

    def write(self, text: str) -> int:
        if self.stream is not None and not self.gone:
            try:
                try:
                    self.stream.write(text)
                except UnicodeEncodeError:
                    encoding = getattr(self.stream, "encoding", None) or "utf-8"
                    self.stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
            except BrokenPipeError:
                self.gone = self.broken = True
            except (OSError, ValueError):  # a closed or failing stream
                self.gone = True
        return len(text)

    def flush(self) -> None:
        if self.stream is not None and not self.gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self.gone = self.broken = True
            except (OSError, ValueError):
                self.gone = True

    def isatty(self) -> bool:
        return not self.gone and self.stream is not None and self.stream.isatty()

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)

    def close_quietly(self) -> None:
        """After a broken pipe, point the real stream at the null device, so that Python's own
        flush at exit cannot complain about the reader that has gone."""
        if not self.broken or self.stream is None:
            return
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.stream.fileno())
            os.close(null)


@contextlib.contextmanager
def _streams() -> Iterator[tuple[_Output, _Output]]:
    """sys.stdout and sys.stderr wrapped in :class:`_Output` while a command runs (print and argparse too)."""
    out, err = _Output(sys.stdout), _Output(sys.stderr)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield out, err
        out.flush()
        err.flush()
    finally:
        out.close_quietly()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Examples
    --------
    >>> main(["compute", "un-24-23652", "minefield_area - cleared_area"])
    9,599.28 km²
    0
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["check"]
    elif args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version"):
        args_list = ["check", *args_list]  # ``minestats [FILE ...] [--format F]`` means check
    with _streams() as (out, err):
        return _run(args_list, out, err)


def _run(args_list: list[str], out: _Output, err: _Output) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else USAGE
    from ._errors import MinestatsError

    try:
        return COMMANDS[args.command].run(args, out)  # type: ignore[arg-type]
    except (MinestatsError, OSError, _UsageError) as exc:
        message = str(exc)
        if isinstance(exc, KeyError):  # UnknownIdError: str() of a KeyError quotes it
            message = exc.__str__()
        err.write(f"minestats {args.command}: {message}\n")
        return USAGE


def _document(name: str) -> Document:
    """A data file by path, or a bundled document by id."""
    from ._io import documents, load

    path = Path(name)
    if path.exists() or name not in documents():
        if not path.exists():
            bundled = ", ".join(documents())
            raise _UsageError(f"no such file: {name!r} (bundled documents: {bundled})")
        return load(path)
    return documents()[name]


def _documents(names: Sequence[str]) -> list[Document]:
    from ._io import letter

    return [_document(n) for n in names] if names else [letter()]


def _paths(names: Sequence[str]) -> list[str]:
    """Files, folders and glob patterns as named; a bundled document's id stands for its file."""
    from ._io import documents, letter

    if not names:
        return [str(letter().source)]
    paths = []
    for name in names:
        if Path(name).exists() or any(c in name for c in "*?["):
            paths.append(name)
        elif name in documents():
            paths.append(str(documents()[name].source))
        else:
            bundled = ", ".join(documents())
            raise _UsageError(f"no such file: {name!r} (bundled documents: {bundled})")
    return paths


def _format_argument(parser: argparse.ArgumentParser, formats: Sequence[str] = FORMATS) -> None:
    parser.add_argument(
        "-f", "--format", choices=formats, default="table", help="output format (default: table)"
    )


def _batch_arguments(parser: argparse.ArgumentParser, what: str, default: str) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=f"{what}, folders (searched recursively) or glob patterns{default}",
    )
    _format_argument(parser, BATCH_FORMATS)
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (needed for xlsx on a terminal)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="processes to use (default: 1); the result is the same for any number",
    )


def _write(args: argparse.Namespace, out: TextIO, write: Callable[[TextIO], object]) -> None:
    """Text output to ``--output`` or ``out``."""
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            write(handle)
    else:
        write(out)


def _write_excel(args: argparse.Namespace, out: TextIO, batch: Batch) -> None:
    if args.output:
        batch.to_excel(args.output)
        return
    if out.isatty():
        raise _UsageError("an xlsx workbook is binary: name a file with -o FILE, or redirect the output")
    import io

    buffer = io.BytesIO()
    batch.to_excel(buffer)
    out.flush()
    out.buffer.write(buffer.getvalue())
    out.buffer.flush()


def _jobs(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise _UsageError(f"--jobs must be 1 or more, not {args.jobs}")
    return int(args.jobs)


def _tables(args: argparse.Namespace, out: TextIO, batch: Batch) -> bool:
    """Write the formats every batch shares (csv, hxl, xlsx); whether it was one of them."""
    if args.format == "csv":
        _write(args, out, lambda o: batch.to_frame().to_csv(o, index=False, lineterminator="\n"))
    elif args.format == "hxl":
        _write(args, out, lambda o: hxl_csv(batch.to_frame(), o))
    elif args.format == "xlsx":
        _write_excel(args, out, batch)
    else:
        return False
    return True


# --- check --------------------------------------------------------------------


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    _batch_arguments(parser, "data files or bundled document ids", " (default: the bundled letter)")


@command("check", "check every claim of documents (default: the bundled letter)", arguments=_check_arguments)
def _check(args: argparse.Namespace, out: TextIO) -> int:
    from ._batch import check_all

    batch = check_all(_paths(args.paths), jobs=_jobs(args))
    if not _tables(args, out, batch):
        _write(args, out, lambda o: _check_text(args.format, batch, o))
    return OK if batch.as_expected else UNEXPECTED


def _check_text(fmt: str, batch: Batch, out: TextIO) -> None:
    from ._html import file_name

    pairs = list(zip(batch.documents, batch.reports, strict=True))
    if fmt == "json":
        payload = [
            {
                "document": d.id,
                "title": d.title,
                "source": file_name(d.source),
                "as_expected": r.as_expected,
                "counts": r.counts,
                "verdicts": [json_row(v) for v in r],
            }
            for d, r in pairs
        ]
        json.dump(payload, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    markdown = fmt == "markdown"
    if len(pairs) == 1:
        document, report = pairs[0]
        title = f"{document.title} ({document.symbol or document.id})"
        table = verdict_table(report, markdown=markdown)
        summary = document_summary(report)
        if markdown:
            out.write(f"## {title}\n\n{table}\n\n{summary}\n")
        else:
            out.write(f"{title}\n\n{table}\n\n{document.id}: {summary}\n")
    elif markdown:
        table = verdict_table(batch.verdicts, BATCH_COLUMNS, markdown=True)
        lines = "\n".join(f"- {r.document}: {document_summary(r)}" for r in batch.reports)
        out.write(f"## {batch.document}\n\n{table}\n\n{lines}\n- all: {document_summary(batch)}\n")
    else:
        out.write(batch.to_text() + "\n")
    if not markdown:
        for document, report in pairs:
            for verdict in report:
                if not verdict.as_expected:
                    out.write("\n" + explain(verdict, document) + "\n")


# --- figures ------------------------------------------------------------------


def _figures_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help="a data file or bundled document id")
    _format_argument(parser)


@command("figures", "list the figures of a document", arguments=_figures_arguments)
def _figures(args: argparse.Namespace, out: TextIO) -> int:
    document = _documents([args.file] if args.file else [])[0]
    if args.format == "json":
        json.dump(
            [f.model_dump(mode="json") for f in document.figures],
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
        return OK
    if args.format == "csv":
        document.to_frame().to_csv(out, index=False, lineterminator="\n")
        return OK
    header = ("id", "stated", "as of", "where", "label")
    rows = [
        [
            f.id,
            f.text,
            f.as_of or "",
            ", ".join(
                p
                for p in (
                    f"p. {f.locator.page}" if f.locator.page else "",
                    f"para. {f.locator.paragraph}" if f.locator.paragraph else "",
                )
                if p
            ),
            f.label,
        ]
        for f in document.figures
    ]
    if args.format == "markdown":
        out.write(markdown_table(header, rows) + "\n")
    else:
        out.write(
            f"{document.title} ({document.symbol or document.id})\n\n" + text_table(header, rows) + "\n"
        )
    return OK


# --- compute ------------------------------------------------------------------


def _compute_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a data file or bundled document id")
    parser.add_argument("expression", metavar="EXPRESSION", help="e.g. 'cleared_area / minefield_area'")
    parser.add_argument(
        "--digits", type=int, default=6, help="significant digits to show (default: 6)", metavar="N"
    )
    parser.add_argument("--exact", action="store_true", help="show the exact decimal value")


@command("compute", "evaluate an expression over a document's figures", arguments=_compute_arguments)
def _compute(args: argparse.Namespace, out: TextIO) -> int:
    from decimal import Decimal

    from ._compute import compute
    from ._format import num

    if not 1 <= args.digits <= 40:
        raise _UsageError(f"--digits must be from 1 to 40, not {args.digits}")
    document = _document(args.file)
    quantity = compute(document, args.expression, exact=True)
    magnitude = Decimal(quantity.magnitude)
    number = f"{magnitude:f}" if args.exact else num(magnitude, args.digits)
    out.write(f"{number} {quantity.units:~P}".rstrip() + "\n")
    return OK


# --- schema -------------------------------------------------------------------


@command("schema", "print the JSON Schema of the data format")
def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from ._schema import json_schema

    json.dump(json_schema(), out, indent=2, ensure_ascii=False)
    out.write("\n")
    return OK


# --- audit and extract: plain text --------------------------------------------


def _text_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="a UTF-8 text file, or a PDF with minestats[pdf] installed"
    )
    _locale_argument(parser)


def _locale_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--locale",
        metavar="LOCALE",
        help="how the text writes numbers, e.g. fr, es-CO (default: inferred from the text)",
    )


def _read(path: str) -> str:
    from ._text import read_text

    try:
        return read_text(path)
    except ImportError as exc:
        raise _UsageError(str(exc)) from None


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    _batch_arguments(parser, "UTF-8 text files (a PDF with minestats[pdf] installed)", "")
    _locale_argument(parser)


@command(
    "audit",
    "screen plain texts: their figures, and whether their own figures reproduce their percentages and totals",
    arguments=_audit_arguments,
)
def _audit(args: argparse.Namespace, out: TextIO) -> int:
    from ._batch import audit_all

    if not args.paths:
        raise _UsageError("name the text files, folders or patterns to audit")
    try:
        batch = audit_all(args.paths, jobs=_jobs(args), locale=args.locale)
    except ImportError as exc:  # a PDF without the pdf extra
        raise _UsageError(str(exc)) from None
    if not _tables(args, out, batch):
        _write(args, out, lambda o: _audit_text(args.format, batch, o))
    return OK if batch.as_expected else UNEXPECTED


def _audit_text(fmt: str, batch: Batch, out: TextIO) -> None:
    audits = batch.reports
    if fmt == "json":
        payload = [a.model_dump(mode="json") for a in audits]
        json.dump(payload[0] if len(payload) == 1 else payload, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    for index, report in enumerate(audits):
        if index:
            out.write("\n")
        if fmt == "markdown":
            out.write(f"## {report.document}\n\n" + verdict_table(report, markdown=True) + "\n")
        else:
            out.write(report.to_text() + "\n")
    if len(audits) > 1:
        lines = [f"{a.document}: {document_summary(a)}" for a in audits]
        lines.append(f"{batch.document}: {document_summary(batch)}")
        out.write("\n" + "\n".join(lines) + "\n")


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    _text_argument(parser)
    parser.add_argument(
        "-f", "--format", choices=("yaml", "toml"), default="yaml", help="data file format (default: yaml)"
    )
    parser.add_argument(
        "--mentions", action="store_true", help="instead, every numeric mention as CSV, quantities or not"
    )


@command(
    "extract",
    "write a first data file for a plain text (figures and the claims found), for a person to review",
    arguments=_extract_arguments,
)
def _extract(args: argparse.Namespace, out: TextIO) -> int:
    text = _read(args.file)
    if args.mentions:
        from ._extract import extract

        extract(text, locale=args.locale).to_frame().to_csv(out, index=False, lineterminator="\n")
        return OK
    from ._audit import draft

    document = draft(text, name=Path(args.file).stem, locale=args.locale)
    if args.format == "toml":
        from ._toml import dumps_toml

        out.write(dumps_toml(document))
    else:
        out.write(document.to_yaml())
    return OK
