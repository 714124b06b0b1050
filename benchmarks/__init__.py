"""Benchmarks of coopkg: synthetic releases and a harness timing build, infer, validate and queries.

Not part of the installed package; run from a checkout with ``python -m benchmarks``.
"""

from __future__ import annotations
