"""Every way of installing carries the window's compiled German translation (issue #14, item 8).

The .qm files are committed (docs/translations.md says why). These tests build from a copy of
what a clone holds (git's tracked and not-ignored files), into a fresh venv under tmp_path:
nothing is installed into the project's .venv and nothing is built in the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QM = Path("backcoach") / "translations" / "backcoach_de.qm"
# setuptools builds wheels itself from 70.1 on; older ones need the `wheel` package too.
BUILD_TOOL = "setuptools>=70.1"


def run(*args: str | Path, cwd: Path | None = None) -> str:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_the_committed_qm_is_what_the_ts_compiles_to() -> None:
    """Stale after a .ts edit until tools/build_translations.py (or ./run) recompiles it."""
    result = subprocess.run(
        [sys.executable, ROOT / "tools" / "build_translations.py", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def clone_files(destination: Path) -> Path:
    """What a fresh clone would hold: tracked files and new ones git does not ignore."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know what a clone holds")
    listed = run(
        "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT
    ).split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is skipped
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv that can build backcoach with no build isolation (so no download per
    build); it sees this interpreter's packages (PySide6) after its own."""
    folder = tmp_path_factory.mktemp("venv")
    run(getattr(sys, "_base_executable", sys.executable), "-m", "venv", folder)
    python = folder / "bin" / "python"
    tools = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", BUILD_TOOL],
        capture_output=True,
        text=True,
        check=False,
    )
    if tools.returncode != 0:
        pytest.skip(f"cannot install {BUILD_TOOL} into a fresh venv:\n{tools.stderr}")
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").strip()
    # Not a site directory: its .pth files (the project's own editable install) stay inert.
    (Path(site) / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return python


@pytest.mark.e2e
def test_a_wheel_and_pip_install_carry_the_qm(venv: Path, tmp_path: Path) -> None:
    source = clone_files(tmp_path / "clone")
    expected = (source / QM).read_bytes() if (source / QM).exists() else None
    assert expected is not None, f"a clone has no {QM}: it is not committed"
    run(
        venv, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", tmp_path / "dist",
        source,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("backcoach-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read(QM.as_posix()) == expected
        assert "backcoach/resources/sources.toml" in archive.namelist()  # the source titles
        # the first frame's names (content.first_frame): without it the list is empty
        assert "backcoach/resources/first-frame.json" in archive.namelist()
    run(venv, "-m", "pip", "install", "--no-deps", "--no-build-isolation", source)
    installed = run(
        venv, "-c", "import importlib.resources as r; print(r.files('backcoach'))", cwd=tmp_path
    ).strip()
    assert Path(installed).parent.name == "site-packages"
    assert (Path(installed) / QM.relative_to("backcoach")).read_bytes() == expected


LOAD_GERMAN = """
import backcoach
from PySide6.QtCore import QCoreApplication
from backcoach.ui.translators import Translators
app = QCoreApplication([])
print(backcoach.__file__)
print(Translators(app).install("de"))
print(QCoreApplication.translate("SpeechSettingsDialog", "All languages"))
"""


@pytest.mark.e2e
def test_an_editable_install_shows_the_window_in_german(venv: Path, tmp_path: Path) -> None:
    source = clone_files(tmp_path / "clone")
    run(venv, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-e", source)
    where, problem, words = run(venv, "-c", LOAD_GERMAN, cwd=tmp_path).splitlines()
    assert Path(where).is_relative_to(source)  # this install, not the project's own
    assert problem == "None"
    assert words == "Alle Sprachen"
