"""Shared fixtures: the builds several test modules compare engines on, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from coopkg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "releases"
#: ../shared beside the checkout (CI clones it there); tests that need it skip without it
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev" / "releases"


@pytest.fixture(scope="session")
def seed_dataset() -> rdflib.Dataset:
    return build([SEEDS]).dataset


@pytest.fixture(scope="session")
def dev_dataset() -> rdflib.Dataset:
    if not DEV.is_dir():
        pytest.skip("shared dev corpus not available")
    return build([DEV]).dataset
