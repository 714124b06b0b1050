"""Errors a user can act on: one line each, never a traceback."""

from __future__ import annotations

__all__ = ["CoopkgError", "InputError"]


class CoopkgError(Exception):
    """Base error; its message is shown to the user as a single line."""

    exit_code = 1


class InputError(CoopkgError):
    """Bad user input (missing file, undecodable text, malformed query): usage-level, exit code 2."""

    exit_code = 2
