"""The wheel carries the ontology, shapes and reference data and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"pip wheel failed: {done.stderr[-500:]}")
    wheel = next(out.glob("coopkg-*.whl"))
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_wheel_contains_the_artefacts(unpacked_wheel: Path) -> None:
    resources = unpacked_wheel / "coopkg" / "_resources"
    for name in ("ontology/coopkg.ttl", "shapes/coopkg-shapes.ttl", "data/agencies.ttl", "data/countries.ttl",
                 "data/places.ttl", "data/crime-areas.ttl"):
        assert (resources / name).is_file(), name


def test_installed_package_builds_from_another_folder(unpacked_wheel: Path, tmp_path: Path) -> None:
    release = tmp_path / "in" / "r-1.txt"
    release.parent.mkdir()
    release.write_text("date 2022-02-02\nToday in Yerevan, the Minister of Internal Affairs of the Russian "
                       "Federation Ivan Orlov held talks with the Minister of Internal Affairs of the Republic of "
                       "Armenia Aram Petrosyan on countering drug trafficking.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(unpacked_wheel)}
    probe = subprocess.run([sys.executable, "-c", "import coopkg.resources as r; print(r.data_dir())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert str(unpacked_wheel) in probe.stdout
    done = subprocess.run([sys.executable, "-m", "coopkg", "build", "in", "-o", "kg.ttl"], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "kg.ttl").read_text(encoding="utf-8")
    assert "Yerevan" in text and "drug-trafficking" in text
