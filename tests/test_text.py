"""Tests of minestats.read_text: UTF-8 text, PDF pages (pdf extra), and bad files."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

import minestats
from minestats._limits import MAX_TEXT_CHARS


def _pdf(pages: list[str]) -> bytes:
    """A minimal PDF with one line of Helvetica text per page, built for the test."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    font = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for index, line in enumerate(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * index} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("\ufeffAbout 11,258 square kilometres.", encoding="utf-8")
    assert minestats.read_text(path) == "About 11,258 square kilometres."


def test_pdf_pages_become_form_feeds(tmp_path: Path) -> None:
    pytest.importorskip("pypdf", reason="reading PDFs needs the pdf extra (pypdf)")
    path = tmp_path / "letter.pdf"
    path.write_bytes(
        _pdf(["About 11,258 square kilometres.", "Some 1,658.7 km2, 14.7 per cent of this area, is clear."])
    )
    text = minestats.read_text(path)
    assert text.count("\f") == 1
    found = minestats.extract(text).quantities
    assert [(m.stated, m.unit, m.page) for m in found] == [
        ("11258", "km²", 1),
        ("1658.7", "km²", 2),
        ("14.7", "percent", 2),
    ]
    report = minestats.audit(text)
    assert report.shares[0].status == "consistent"
    assert report.figures[1].locator.page == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00a", "binary"),
        (b"caf\xe9 12 mines", "not UTF-8"),
        (b"%PDF-1.4\nnot really a pdf", "not a readable PDF"),
    ],
)
def test_bad_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    if content.startswith(b"%PDF"):
        pytest.importorskip("pypdf", reason="reading PDFs needs the pdf extra (pypdf)")
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(minestats.DataError, match=message) as info:
        minestats.read_text(path)
    assert info.value.file == str(path)


# --- hostile PDFs: each a DataError (timed by benchmarks/hostile.py), never pypdf's own exception -------


def _raw_pdf(*objects: bytes, trailer: bytes = b"") -> bytes:
    """A PDF of these objects (numbered from 1, the first the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", length: bytes | None = None) -> bytes:
    return (
        b"<< /Length "
        + (length or b"%d" % len(data))
        + b" "
        + extra
        + b" >>\nstream\n"
        + data
        + b"\nendstream"
    )


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> >> >>"
)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
ENCRYPT = (
    b"<< /Filter /Standard /V 5 /R 6 /Length 256 /O <" + b"00" * 48 + b"> /U <" + b"00" * 48 + b">"
    b" /OE <" + b"00" * 32 + b"> /UE <" + b"00" * 32 + b"> /P -4 /Perms <" + b"00" * 16 + b">"
    b" /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>"
)


def _one_page(contents: bytes) -> bytes:
    return _raw_pdf(CATALOG, PAGES, PAGE, contents, FONT)


HOSTILE_PDFS = {
    "zlib bomb": (_one_page(_stream(zlib.compress(b"0" * 100_000_000, 9), b"/Filter /FlateDecode")), "limit"),
    "5000 filters": (_one_page(_stream(b"x", b"/Filter [" + b"/ASCIIHexDecode " * 5000 + b"]")), "limit"),
    "200k kids": (
        _raw_pdf(
            CATALOG,
            b"<< /Type /Pages /Kids [" + b"3 0 R " * 200_000 + b"] /Count 200000 >>",
            PAGE,
            _stream(b"BT ET"),
            FONT,
        ),
        "not a readable PDF",
    ),
    "self-referencing length": (_one_page(_stream(b"BT (a) Tj ET", length=b"4 0 R")), "not a readable PDF"),
    "unknown filter": (_one_page(_stream(b"x", b"/Filter /FooDecode")), "does not support"),
    "JBIG2": (_one_page(_stream(b"x", b"/Filter /JBIG2Decode")), "not a readable PDF"),
    "AES": (
        _raw_pdf(
            CATALOG, PAGES, PAGE, _stream(b"x"), FONT, ENCRYPT, trailer=b"/Encrypt 6 0 R /ID [<00> <00>] "
        ),
        "not a readable PDF|encrypted",
    ),
    "200k text operators": (
        _one_page(
            _stream(
                zlib.compress(b"BT /F1 12 Tf " + b"(a) Tj " * 200_000 + b"ET", 9), b"/Filter /FlateDecode"
            )
        ),
        "more than 256 KiB of content",
    ),  # took 10 s and 573 MB
    "truncated": (_one_page(_stream(b"BT ET"))[:300], "not a readable PDF"),
    "header only": (b"%PDF-1.7\n", "not a readable PDF"),
}


@pytest.mark.parametrize(("raw", "message"), HOSTILE_PDFS.values(), ids=HOSTILE_PDFS.keys())
def test_a_hostile_pdf_is_a_data_error(tmp_path: Path, raw: bytes, message: str) -> None:
    pytest.importorskip("pypdf", reason="reading PDFs needs the pdf extra (pypdf)")
    path = tmp_path / "hostile.pdf"
    path.write_bytes(raw)
    with pytest.raises(minestats.DataError, match=message) as info:
        minestats.read_text(path)
    assert info.value.file == str(path)
    assert "\n" not in str(info.value)


def test_a_hand_made_pdf_is_read(tmp_path: Path) -> None:
    pytest.importorskip("pypdf", reason="reading PDFs needs the pdf extra (pypdf)")
    path = tmp_path / "fine.pdf"
    path.write_bytes(_one_page(_stream(b"BT /F1 12 Tf 72 712 Td (Some 4,000 people.) Tj ET")))
    assert minestats.read_text(path) == "Some 4,000 people."


def test_a_text_longer_than_the_bound_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("1 " * (MAX_TEXT_CHARS // 2 + 1), encoding="utf-8")
    with pytest.raises(minestats.DataError, match="longer than 2,000,000 characters"):
        minestats.read_text(path)
