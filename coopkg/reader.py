"""Read press releases from ``.txt`` files and folders.

A release may open with ``date YYYY-MM-DD``: on its own line, or as the prefix of the body's first
line, usually after blank space. Without the header the release has no publication date.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .errors import InputError
from .facts import Release

__all__ = ["MAX_RELEASE_BYTES", "find_release_files", "parse_release", "read_release", "read_releases", "release_files"]

#: A press release is a few kilobytes; anything far larger is not one (and would stall extraction).
MAX_RELEASE_BYTES = 2 * 1024 * 1024

# "date 2021-02-03"; a one-digit month or day ("date 2021-2-3") is read too rather than left in the body
_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])[ \t]*(?:\r?\n)?", re.IGNORECASE)


def parse_release(identifier: str, text: str, source: str = "") -> Release:
    """Split the optional ``date`` header from the body; offsets stay those of ``text``."""
    text = text.removeprefix("\ufeff")
    match = _HEADER.match(text)
    publication_date = None
    body_start = 0
    if match:
        try:
            publication_date = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as exc:
            raise InputError(f"{source or identifier}: invalid date header '{match[0].strip()}': {exc}") from None
        body_start = match.end()
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    return Release(identifier, text, publication_date, body_start, source)


def _decode(data: bytes, where: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: UTF-16 text, not UTF-8; re-encode the release as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{where}: binary file, not a text release")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (byte {exc.start}); re-encode the release as UTF-8") from None


def read_release(path: str | os.PathLike[str]) -> Release:
    """Read one release file; the identifier is the file name without extension."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_RELEASE_BYTES:
            raise InputError(f"{path}: {size:,} bytes is too large for a press release "
                             f"(limit {MAX_RELEASE_BYTES:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    text = _decode(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: empty release")
    return parse_release(path.stem, text, str(path))


def find_release_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders (recursively, sorted) into ``.txt`` files; a named file is taken as it is.

    Inside folders, hidden files and folders (``.git``, macOS ``._x.txt``) are skipped and ``.TXT``
    counts; a file named twice (directly or through a folder) is read once.
    """
    found: list[Path] = []
    arguments = _path_list(paths)
    for raw in arguments:
        path = Path(raw)
        if path.is_dir():
            found.extend(_folder_releases(path))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    if len(arguments) < 2:  # (one folder lists each file once)
        return found
    seen: set[str] = set()
    unique = []
    for file in found:
        real = os.path.realpath(file)
        if real not in seen:
            seen.add(real)
            unique.append(file)
    return unique


def _folder_releases(folder: Path) -> list[Path]:
    """The ``.txt`` files under ``folder``, sorted, hidden files and folders left out."""
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root, name) for name in names
                     if not name.startswith(".") and name[-4:].lower() == ".txt" and len(name) > 4)
    return sorted(found)


def _path_list(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> list[str | os.PathLike[str]]:
    """``paths`` as a list; one path given alone (``read_releases("releases/")``) is a list of one, not of
    its characters."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [paths]  # type: ignore[list-item]
    return list(paths)


def release_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The release files under ``paths``, checked before any is read: there is at least one, and no two
    share an identifier (the file name without extension)."""
    paths = _path_list(paths)
    files = find_release_files(paths)
    if not files:
        raise InputError("no release files (.txt) found in " + ", ".join(str(p) for p in paths))
    seen: dict[str, Path] = {}
    for path in files:
        other = seen.get(path.stem)
        if other is not None:
            raise InputError(f"{path}: release identifier '{path.stem}' also used by {other}")
        seen[path.stem] = path
    return files


def read_releases(paths: Iterable[str | os.PathLike[str]]) -> list[Release]:
    """Read every release under ``paths``; two files with the same identifier are an error."""
    return [read_release(path) for path in release_files(paths)]
