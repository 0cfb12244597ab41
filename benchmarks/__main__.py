"""Every benchmark in one command: one table of figures against their baselines, and results.md.

    python -m benchmarks [--quick] [--only NAME ...] [--no-write]
    ./run bench [--quick]

Each benchmark runs in a process of its own (``python -m benchmarks.NAME ... --json``):
start-up needs its own X server, memory a fresh process per case, timing a quiet event
loop. Their JSON is read back and put in one table: what was measured, the baseline it
is read against (measured in the same run, on the same machine), the ratio, the target
and whether it is met. A benchmark that cannot run here (no Xvfb, no PulseAudio) gives a
row that says why. The table, with the date and the machine, is also written to
``benchmarks/results.md`` (unless --no-write, or --only picked a part of it), ready for
the README.

Takes about five minutes; --quick about three (shorter runs: rougher figures).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.md"


@dataclass(frozen=True)
class Row:
    """One line of the table; ``met`` None when there is no target to meet."""

    name: str
    measured: str
    baseline: str
    ratio: str
    target: str
    met: bool | None

    @staticmethod
    def missing(name: str, why: str) -> Row:
        return Row(name, f"not run: {why}", "", "", "", None)


@dataclass(frozen=True)
class Benchmark:
    name: str
    args: Callable[[bool], list[str]]  # quick -> extra arguments
    needs: tuple[str, ...]  # programs that must be on PATH
    rows: Callable[[dict[str, Any]], list[Row]]
    titles: tuple[str, ...]  # the rows' names, for a benchmark that could not run


def ms(value: float) -> str:
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def times(value: float) -> str:
    return f"{value:.2f}x"


# -- reading each benchmark's JSON into rows -----------------------------------------------


def startup_rows(report: dict[str, Any]) -> list[Row]:
    usable = report["usable_ms"]
    return [
        Row(
            f"start-up to a usable window (median of {report['runs']})",
            ms(usable["app"]),
            f"bare PySide6 window {ms(usable['bare'])}",
            times(report["ratio_usable"]),
            f"<= {report['target_ratio']}x",
            report["target_met"],
        ),
        Row(
            "  to the whole window (the exercise detail drawn too)",
            ms(report["complete_ms"]["app"]),
            f"bare PySide6 window {ms(usable['bare'])}",
            times(report["ratio_complete"]),
            "",
            None,
        ),
    ]


def player_rows(report: dict[str, Any]) -> list[Row]:
    cases = report["cases"]
    mib = {name: case["rss_kib"] / 1024 for name, case in cases.items()}
    cpu = {name: case["cpu_percent"] for name, case in cases.items()}
    memory_target = report["targets"]["rss_ratio"]
    cpu_target = report["targets"]["cpu_percent"]

    def cpu_row(name: str, case: str, base: str, base_label: str) -> Row:
        return Row(
            name,
            f"{cpu[case]:.2f} % of a core",
            f"{base_label} {cpu[base]:.2f} %",
            times(cpu[case] / cpu[base]) if cpu[base] >= 0.05 else "-",
            f"<= {cpu_target:g} %",
            cpu[case] <= cpu_target,
        )

    return [
        Row(
            "resident memory while a session plays",
            f"{mib['player']:.1f} MiB",
            f"bare PySide6 window {mib['bare']:.1f} MiB",
            times(mib["player"] / mib["bare"]),
            f"<= {memory_target:g}x",
            mib["player"] / mib["bare"] <= memory_target,
        ),
        cpu_row("CPU while playing, animated figure", "player", "player-still", "figure still"),
        cpu_row("CPU while playing, figure still", "player-still", "bare", "bare window"),
        cpu_row("CPU in the floor view, animated figure", "floor", "floor-text", "no figure"),
    ]


def library_rows(report: dict[str, Any]) -> list[Row]:
    load = report["load"]
    scaled, base = report["keystroke_scaled"]["keystrokes"], report["keystroke_baseline"]
    target = report["target_keystroke_ms"]
    count = f"{report['generated']:,}"
    rows = [
        Row(
            f"library load, built-in + {count} generated exercises",
            ms(load["scaled_ms"]),
            f"built-in only {ms(load['built_in_ms'])}",
            times(load["ratio"]),
            "",
            None,
        ),
        Row(
            "  the same per file",
            f"{load['scaled_ms'] / load['scaled_files']:.2f} ms",
            f"{load['built_in_ms'] / load['built_in_files']:.2f} ms",
            times(load["per_file_ratio"]),
            "<= 1.5x (linear)",
            load["per_file_ratio"] <= 1.5,
        ),
    ]
    for key in ("p50_ms", "p95_ms", "max_ms"):
        label = key.removesuffix("_ms")
        rows.append(
            Row(
                f"search-as-you-type keystroke, {count} exercises, {label}",
                ms(scaled[key]),
                f"built-in library {ms(base['keystrokes'][key])}",
                times(scaled[key] / base["keystrokes"][key]),
                f"<= {target:g} ms" if label == "p95" else "",
                scaled[key] <= target if label == "p95" else None,
            )
        )
    return rows


def timing_rows(report: dict[str, Any]) -> list[Row]:
    driver, base = report["driver"], report["baseline_bare_qtimer"]
    targets = report["targets"]
    return [
        Row(
            f"cue lateness p95 ({driver['session_s']:.0f} s session, {driver['cues']} cues)",
            ms(driver["lateness_ms"]["p95"]),
            f"bare precise QTimer {ms(base['lateness_ms']['p95'])}",
            times(report["ratio_to_baseline"]["p95"]),
            f"<= {targets['p95_lateness_ms']:g} ms",
            targets["p95_met"],
        ),
        Row(
            "end-of-session error, projected for an hour",
            ms(driver["end_error_ms_projected_hour"]),
            f"drift {driver['drift_ms_per_hour']:.4f} ms/h",
            "",
            f"< {targets['end_error_ms_per_hour']:g} ms/h",
            targets["end_error_met"],
        ),
    ]


def onset_rows(report: dict[str, Any]) -> list[Row]:
    onset = report["onset_at_sink"]
    reported = report["onset_reported"]
    rows = []
    if onset.get("n"):
        rows.append(
            Row(
                f"live speech onset error p95 (at the sound server, {onset['n']} cues)",
                ms(onset["p95_ms"]),
                f"player's own report {ms(reported['p95_ms'])}" if reported.get("n") else "",
                "",
                "<= 30 ms",
                onset["p95_ms"] <= 30.0,
            )
        )
    else:
        rows.append(Row.missing("live speech onset error p95", "no cue was heard"))
    speaking, idle = report["gui_while_speaking"], report["gui_baseline"]
    rows.append(
        Row(
            "GUI thread blocked while speaking (longest)",
            ms(speaking["blocked_ms"]),
            f"idle loop {ms(idle['blocked_ms'])}",
            times(speaking["blocked_ms"] / idle["blocked_ms"]) if idle["blocked_ms"] else "-",
            "<= 5 ms",
            speaking["blocked_ms"] <= 5.0,
        )
    )
    return rows


def stall_rows(report: dict[str, Any]) -> list[Row]:
    session, base = report["session"], report["baseline_bare_window"]
    voice = "speech" if session["speaking"] else "captions (no voice here)"
    return [
        Row(
            f"longest GUI-thread stall, session with {voice} and animation",
            ms(session["max_gap_ms"]),
            f"bare window {ms(base['max_gap_ms'])}",
            times(report["ratio_longest"]),
            f"<= {report['target_ms']:g} ms",
            report["target_met"],
        )
    ]


BENCHMARKS = (
    Benchmark(
        "startup",
        lambda quick: ["--runs", "3" if quick else "10"],
        ("Xvfb", "dbus-daemon"),
        startup_rows,
        ("start-up to a usable window",),
    ),
    Benchmark(
        "player_cpu",
        lambda quick: ["--seconds", "4" if quick else "10"],
        (),
        player_rows,
        ("resident memory while a session plays", "CPU while playing"),
    ),
    Benchmark(
        "library_scale",
        lambda quick: [],
        (),
        library_rows,
        ("library load and search-as-you-type",),
    ),
    Benchmark(
        "session_timing",
        lambda quick: (
            ["--seconds", "10", "--baseline-seconds", "5"]
            if quick
            else ["--seconds", "40", "--baseline-seconds", "10"]
        ),
        (),
        timing_rows,
        ("cue lateness p95", "end-of-session error"),
    ),
    Benchmark(
        "speech_onset",
        # Long enough for a few dozen cues that follow a silence (those are measured).
        lambda quick: ["--seconds", "15" if quick else "45"],
        ("pulseaudio", "parec"),
        onset_rows,
        ("live speech onset error p95", "GUI thread blocked while speaking"),
    ),
    Benchmark(
        "gui_stall",
        lambda quick: ["--seconds", "8" if quick else "20"],
        (),
        stall_rows,
        ("longest GUI-thread stall",),
    ),
)


# -- running ----------------------------------------------------------------------------


def run(benchmark: Benchmark, quick: bool) -> list[Row]:
    missing = [program for program in benchmark.needs if shutil.which(program) is None]
    if missing:
        return [Row.missing(title, f"needs {', '.join(missing)}") for title in benchmark.titles]
    command = [sys.executable, "-m", f"benchmarks.{benchmark.name}", *benchmark.args(quick)]
    command.append("--json")
    print(f"running {' '.join(command[2:])} ...", file=sys.stderr, flush=True)
    began = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
        )
    except subprocess.TimeoutExpired:
        return [Row.missing(title, "timed out") for title in benchmark.titles]
    print(f"  {time.monotonic() - began:.0f} s", file=sys.stderr, flush=True)
    start = done.stdout.find("{")
    if done.returncode != 0 or start < 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [Row.missing(title, f"failed: {last}") for title in benchmark.titles]
    return benchmark.rows(json.loads(done.stdout[start:]))


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    with_name = Path("/proc/cpuinfo")
    if with_name.exists():
        for line in with_name.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kib = int(meminfo.read_text(encoding="ascii").split()[1])
        ram = f"{total_kib / 1024 / 1024:.1f} GiB"
    system = platform.platform(terse=True)
    release = Path("/etc/os-release")
    if release.exists():
        for line in release.read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                system = f"{line.split('=', 1)[1].strip(chr(34))}, Linux {platform.release()}"
    try:
        import PySide6  # noqa: PLC0415 (only its version)

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count() or "?"),
        "RAM": ram or "?",
        "OS": system,
        "Python": platform.python_version(),
        "PySide6": pyside,
    }


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| benchmark | measured | baseline (same run) | ratio | target | met? |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(
            f"| {row.name} | {row.measured} | {row.baseline} | {row.ratio} | {row.target} | {met} |"
        )
    return lines


def results_md(rows: list[Row], about: dict[str, str], quick: bool) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m benchmarks" + (" --quick" if quick else "")
    header = [
        "# Benchmark results",
        "",
        f"Measured {when} with `{command}` (`./run bench`); written by it, do not edit by hand.",
        "",
        "Machine: " + "; ".join(f"{key} {value}" for key, value in about.items()) + ".",
        "",
        "Every figure stands next to a baseline measured in the same run on the same machine",
        "(a bare PySide6 window, a bare Qt timer, the built-in library), so the ratio is what",
        "carries from one machine to another; targets are those of the issues (start-up,",
        "memory and keystroke from #15, timing from #3, speech from #4, CPU from #14). What",
        "each benchmark does, and how, is in the docstring of `benchmarks/NAME.py`.",
        "",
    ]
    return "\n".join([*header, *table(rows), ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="shorter runs (about three minutes)")
    names = [benchmark.name for benchmark in BENCHMARKS]
    parser.add_argument("--only", nargs="+", choices=names, help="run only these")
    parser.add_argument("--no-write", action="store_true", help="do not write results.md")
    args = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.only or b.name in args.only]
    rows = [row for benchmark in chosen for row in run(benchmark, args.quick)]
    about = machine()
    print("; ".join(f"{key} {value}" for key, value in about.items()))
    print("\n".join(table(rows)))
    if not args.no_write and not args.only:
        RESULTS.write_text(results_md(rows, about, args.quick), encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
