"""Locate the ontology, shapes and reference data, in a checkout or in an installed wheel.

The wheel carries them under ``coopkg/_resources``; a source checkout (or editable install)
has them at the repository's top level, beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["data_dir", "ontology_path", "reference_paths", "resource_dir", "shapes_path"]

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Directory ``name`` (``ontology``, ``shapes`` or ``data``) wherever this install keeps it."""
    for candidate in (_PACKAGE_DIR / "_resources" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"coopkg resource folder '{name}' not found; the installation is incomplete")


def ontology_path() -> Path:
    return resource_dir("ontology") / "coopkg.ttl"


def shapes_path() -> Path:
    return resource_dir("shapes") / "coopkg-shapes.ttl"


def data_dir() -> Path:
    return resource_dir("data")


@cache
def reference_paths() -> tuple[Path, ...]:
    """The reference-data files (countries, places, agencies, crime-area scheme), sorted."""
    return tuple(sorted(data_dir().glob("*.ttl")))
