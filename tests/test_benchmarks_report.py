"""The benchmark report's verdicts on the query target, including a yardstick cut short by the timeout."""

from __future__ import annotations

from benchmarks.report import markdown
from benchmarks.runner import StepResult


def _table(coop_seconds: float, oxigraph: StepResult) -> str:
    results = [StepResult(100_000, "query cq02", "coopkg", "ok", coop_seconds, 200.0, 900.0), oxigraph]
    return markdown(results, {"timeout": 600, "date": "today", "machine": "here", "seed": 0, "command": "x"})


def _row(table: str) -> str:
    return next(line for line in table.splitlines() if line.startswith("| 100,000 | query cq02"))


def test_a_measured_yardstick_gives_a_ratio() -> None:
    row = _row(_table(3.0, StepResult(100_000, "query cq02", "oxigraph", "ok", 2.5, 300.0, 900.0)))
    assert row.endswith("| ≤ 1.5× oxigraph (2.5 s) | yes (1.2×) |")
    row = _row(_table(4.0, StepResult(100_000, "query cq02", "oxigraph", "ok", 2.5, 300.0, 900.0)))
    assert row.endswith("| no (1.6×) |")


def test_a_yardstick_killed_by_the_timeout_bounds_the_ratio() -> None:
    killed = StepResult(100_000, "query cq02", "oxigraph", "timeout", None, 600.0, 900.0, {"ran_at_least": 540.0})
    assert _row(_table(4.0, killed)).endswith("| ≤ 1.5× oxigraph (> 540 s, timeout) | yes (< 0.007×) |")
    assert _row(_table(900.0, killed)).endswith("| ? (< 1.667×) |")  # a bound cannot show a miss


def test_a_yardstick_that_never_started_the_query_gives_no_verdict() -> None:
    killed = StepResult(100_000, "query cq02", "oxigraph", "timeout", None, 600.0, 900.0)
    assert _row(_table(4.0, killed)).endswith("| ≤ 1.5× oxigraph | ? |")


def test_merged_runs_name_the_last_command_not_all_of_them() -> None:
    from benchmarks.report import _regenerate

    assert _regenerate("python -m benchmarks run -x") == "Regenerate with `python -m benchmarks run -x`."
    merged = _regenerate("python -m benchmarks run a; then python -m benchmarks run b; then python -m benchmarks run c")
    assert "3 runs" in merged and "`python -m benchmarks run c`" in merged and "run a`" not in merged


def test_time_targets_are_projected_from_10k_only() -> None:
    meta = {"timeout": 600, "date": "today", "machine": "here", "seed": 0, "command": "x"}
    rows = {size: next(line for line in markdown([StepResult(size, "infer", "coopkg", "ok", seconds, 100.0, 100.0)],
                                                 meta).splitlines() if line.startswith(f"| {size:,} | infer"))
            for size, seconds in ((50, 0.3), (10_000, 0.9), (20_000, 2.4), (100_000, 6.5))}
    assert rows[50].endswith("| – (judged at 100k; below 10,000 start-up dominates) |")
    assert rows[10_000].endswith("| on track (linear → 9 s at 100k) |")
    assert rows[20_000].endswith("| off track (linear → 12 s at 100k) |")
    assert rows[100_000].endswith("| yes |")
