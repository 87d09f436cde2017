"""Files a build reads, written by the tests, and figraph run as a child process.

`story(i)` is a short, distinct news paragraph (people, a state, a relation) for
corpora of any size; `make_pdf` writes a few hundred bytes of hand-built PDF with a
real text layer, read back by the real pypdf; `write`, `read_all` and `only_error` put a
file down and read it back as documents and error lines; `FIGRAPH` and `child_env` run
the real command in a child process without the caller's FIGRAPH_ settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from figraph.cli import app
from figraph.graph.model import Document
from figraph.loaders.documents import LoadError, ReadReport, read_documents
from typer.testing import CliRunner

runner = CliRunner()
DOCUMENTS = 40
FIRST = ["Anna", "Boris", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas"]
LAST = ["Keller", "Lambert", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi"]
CITIES = ["Ottawa", "Toronto", "Vancouver", "Montreal", "Beijing", "New Delhi"]


def story(i: int) -> str:
    """A short, distinct news paragraph with people, a state and a relation."""
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    other = f"{FIRST[(i + 3) % len(FIRST)]} {LAST[(i + 5) % len(LAST)]}"
    city = CITIES[i % len(CITIES)]
    return (
        f"Report {i}: MP {first} {last} and the diplomat\n\n"
        f"MP {first} {last} met Chinese diplomat {other} in {city} in 20{10 + i % 14}. "
        f"According to the committee, {first} {last} received funding from China. "
        f"{other} declined to comment.\n"
    )


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per string, one list per page."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for lines in pages:
        ops = " ".join(f"({escape(line)}) Tj T*" for line in lines)
        stream = f"BT /F1 12 Tf 14 TL 72 720 Td {ops} ET".encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    info = b""
    if title:
        objects.append(b"<< /Title (%s) >>" % escape(title).encode("latin-1"))
        info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


TWO_PAGES = [
    ["NSICOP special report (2024)", "MPs knowingly helped foreign states."],
    ["Han Dong spoke with a senior Chinese diplomat."],
]


FIGRAPH = [sys.executable, "-c", "from figraph.cli import main; main()"]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIGRAPH_")}
    env.update(extra)
    return env


def write_corpus(folder: Path, count: int = DOCUMENTS, first: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        (folder / f"{i:03d}.txt").write_text(story(i), encoding="utf-8")
    return folder


def build_in_process(folder: Path, store: Path) -> str:
    result = runner.invoke(app, ["build", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


def read_all(
    *paths: str | Path, report: ReadReport | None = None
) -> tuple[list[Document], list[LoadError]]:
    items = list(read_documents(paths, report=report))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, LoadError)]
    assert len(documents) + len(errors) == len(items)
    return documents, errors

def only_error(path: Path) -> str:
    documents, errors = read_all(path)
    assert documents == [] and len(errors) == 1, (documents, errors)
    return str(errors[0])

def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
