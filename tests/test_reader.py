"""The reader: files and folders, encodings, the optional ``date`` header."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopkg.errors import InputError
from coopkg.reader import parse_release, read_release, read_releases


@pytest.mark.parametrize(
    ("text", "expected_date", "body_starts"),
    [
        ("date 2021-03-04\nToday in Minsk the ministers met.", date(2021, 3, 4), "Today in Minsk"),
        ("\n\n  date 2019-12-31\n\nThe delegation arrived.", date(2019, 12, 31), "The delegation"),
        (" date 2020-05-06 Today in Baku talks were held.", date(2020, 5, 6), "Today in Baku"),
        ("date 2018-07-08On Monday the council met.", date(2018, 7, 8), "On Monday"),
        ("\n\nThe Bureau summed up its work.", None, "The Bureau"),
        ("\ufeffdate 2017-01-02\nText.", date(2017, 1, 2), "Text."),
        ("date 2021-2-3\nText.", date(2021, 2, 3), "Text."),
    ],
)
def test_date_header_forms(text: str, expected_date: date | None, body_starts: str) -> None:
    release = parse_release("r1", text)
    assert release.publication_date == expected_date
    assert release.body.startswith(body_starts)


def test_offsets_refer_to_the_text_as_read() -> None:
    release = parse_release("r1", " date 2020-05-06 Today in Baku talks were held.")
    assert release.text[release.body_start:].startswith("Today")


def test_date_word_inside_the_body_is_not_a_header() -> None:
    release = parse_release("r1", "The date 2020-05-06 was agreed by both sides.")
    assert release.publication_date is None
    assert release.body_start == 0


def test_impossible_header_date_is_an_input_error() -> None:
    with pytest.raises(InputError, match="invalid date header"):
        parse_release("r1", "date 2020-13-45\nText")


def test_folder_is_read_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z-2.txt").write_text("date 2020-01-02\nSecond.", encoding="utf-8")
    (tmp_path / "a-1.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    releases = read_releases([tmp_path])
    assert [r.identifier for r in releases] == ["a-1", "z-2"]


def test_identifier_is_the_file_name_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "mvd-123.txt"
    path.write_text("Text.", encoding="utf-8")
    assert read_release(path).identifier == "mvd-123"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"  \n\n ", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 latin-1", "not UTF-8"),
     ("date 2021-02-03\nText.".encode("utf-16"), "UTF-16 text, not UTF-8")],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_release(path)
    assert "\n" not in str(info.value)


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_releases([tmp_path / "nope"])


def test_folder_without_releases_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no release files"):
        read_releases([tmp_path])


def test_duplicate_identifiers_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Two.", encoding="utf-8")
    with pytest.raises(InputError, match="also used by"):
        read_releases([tmp_path])


def test_hidden_entries_are_skipped_and_upper_case_extensions_read(tmp_path: Path) -> None:
    (tmp_path / "b.TXT").write_text("Two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07 resource fork")  # a macOS AppleDouble file
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Not a release.", encoding="utf-8")
    assert [r.identifier for r in read_releases([tmp_path])] == ["a", "b"]


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    releases = read_releases([tmp_path, tmp_path / "a.txt", tmp_path])
    assert [r.identifier for r in releases] == ["a"]


def test_one_path_given_alone_is_not_split_into_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    assert [r.identifier for r in read_releases(str(tmp_path))] == ["a"]
    assert [r.identifier for r in read_releases(tmp_path)] == ["a"]
