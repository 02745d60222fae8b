"""Reading bytes: encodings, and typed errors that name the file."""

from __future__ import annotations

import pytest

from kg.errors import BinaryInputError, EmptyInputError, InputError
from kg.ingest import decode, expand_inputs, read_bytes, read_file


def test_utf8_with_and_without_bom():
    text = "Zoë Müller, Director — “quoted”"
    assert decode(text.encode("utf-8"), "a.txt") == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "a.txt") == text


def test_cp1252_smart_quotes_and_dashes():
    data = "The Company’s “Agreement” — 10 Main St.".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, "old.txt") == "The Company’s “Agreement” — 10 Main St."


def test_latin1_bytes_cp1252_cannot_decode():
    data = b"Soci\xe9t\xe9 G\xe9n\xe9rale \x81 \x8d"  # 0x81 and 0x8D are unassigned in cp1252
    assert decode(data, "fr.txt") == data.decode("latin-1")
    assert "Société Générale" in decode(data, "fr.txt")


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\t\n", EmptyInputError, "empty"),
        (b"%PDF-1.7\n%\xe2\xe3", BinaryInputError, "PDF"),
        (b"PK\x03\x04\x00\x00", BinaryInputError, "binary"),
    ],
)
def test_unreadable_bytes_name_the_file(data, error, reason):
    with pytest.raises(error) as info:
        read_bytes(data, "inbox/filing.txt")
    assert info.value.path == "inbox/filing.txt"
    assert reason in info.value.reason
    assert str(info.value).startswith("inbox/filing.txt: ")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.xml: cannot read"):
        read_file(tmp_path / "nope.xml")


def test_folders_are_walked_in_a_stable_order(tmp_path):
    for name in ("b.xml", "a.txt", "sub/c.htm", "sub/d.pdf", "skip.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_inputs([tmp_path])]
    assert found == ["a.txt", "b.xml", "sub/c.htm", "sub/d.pdf"]
