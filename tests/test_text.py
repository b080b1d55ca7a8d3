"""Tests of minestats.read_text: UTF-8 text, PDF pages (pdf extra), and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

import minestats


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
