"""Linux desktop integration: one application id everywhere, valid desktop file and
AppStream metainfo, the icon set, packaging/install, and the Flatpak manifest's wiring.

desktop-file-validate and appstreamcli come from the Debian packages desktop-file-utils
and appstream, which ./run tests installs (tools/bootstrap.sh); only without them are the
validator tests skipped.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import backcoach
from backcoach import APP_ID

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "backcoach"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = REPO / "resources" / "icons" / "hicolor"
INSTALL = REPO / "packaging" / "install"
FLATPAK = REPO / "packaging" / "flatpak" / f"{APP_ID}.yml"
RAW_DOCS = "https://raw.githubusercontent.com/backcoach/backcoach/main/docs/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- helpers ------------------------------------------------------------------------------


def need_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; ./run tests installs it)")
    return path


def run(*argv: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def png_size(path: Path) -> tuple[int, int, int]:
    """(width, height, colour type) from the PNG header."""
    head = path.read_bytes()[:26]
    assert head[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert head[12:16] == b"IHDR", f"{path}: no IHDR chunk first"
    width, height = struct.unpack(">II", head[16:24])
    return width, height, head[25]


def pyproject() -> dict[str, Any]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def qt_calls(method: str) -> list[tuple[Path, ast.expr]]:
    """Every ``<anything>.method(arg)`` in the package's sources, with its first argument."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == method
                and node.args
            ):
                found.append((path, node.args[0]))
    return found


def module_constant(path: Path, name: str) -> str:
    """A top-level ``NAME = "text"`` of a module, read without importing it (and Qt)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise AssertionError(f"no {name} = '...' in {path}")


def render_icons_sizes() -> tuple[int, ...]:
    spec = importlib.util.spec_from_file_location("render_icons", LINUX / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # only constants at import time; Qt is imported in main()
    return tuple(module.SIZES)


def icon_files() -> list[Path]:
    return sorted(p for p in HICOLOR.rglob("*") if p.is_file())


def expected_install(root: Path) -> dict[Path, Path]:
    """Installed path under ``root`` (DESTDIR/PREFIX) -> its source in the repository."""
    files = {
        root / "share" / "applications" / DESKTOP.name: DESKTOP,
        root / "share" / "metainfo" / METAINFO.name: METAINFO,
    }
    for icon in icon_files():
        files[root / "share" / "icons" / "hicolor" / icon.relative_to(HICOLOR)] = icon
    return files


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PREFIX", "DESTDIR"}}
    env.update(extra)
    return env


# --- validators -----------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    validate = need_tool("desktop-file-validate", "desktop-file-utils")
    result = run(validate, DESKTOP)
    # It prints nothing at all for a clean file: no errors, warnings or hints.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = need_tool("appstreamcli", "appstream")
    result = run(appstreamcli, "validate", "--no-net", "--explain", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_tree_passes_appstreamcli_validate_tree(tmp_path: Path) -> None:
    """The desktop file, metainfo and icons checked together, as installed."""
    appstreamcli = need_tool("appstreamcli", "appstream")
    installed = run(INSTALL, "--prefix", "/usr", "--destdir", tmp_path, env=clean_env())
    assert installed.returncode == 0, installed.stderr
    result = run(appstreamcli, "validate-tree", "--no-net", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


# --- one application id -------------------------------------------------------------------


def test_desktop_file_and_metainfo_are_named_by_the_application_id() -> None:
    assert [p.name for p in sorted(LINUX.glob("*.desktop"))] == [f"{APP_ID}.desktop"]
    assert [p.name for p in sorted(LINUX.glob("*.metainfo.xml"))] == [f"{APP_ID}.metainfo.xml"]


def test_desktop_file_icon_and_metainfo_id_are_the_application_id() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchables = [(el.get("type"), el.text) for el in root.findall("launchable")]
    assert launchables == [("desktop-id", f"{APP_ID}.desktop")]


def test_every_icon_file_is_named_by_the_application_id() -> None:
    icons = icon_files()
    assert icons, f"no icons under {HICOLOR}"
    assert {p.name for p in icons} == {f"{APP_ID}.svg", f"{APP_ID}.png"}
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for icon in icons:
        assert icon.parent.name == "apps", icon


def test_the_app_sets_the_application_id_as_its_desktop_file_name() -> None:
    """QGuiApplication.setDesktopFileName(APP_ID): Wayland's app id, and on X11
    _GTK_APPLICATION_ID / _KDE_NET_WM_DESKTOP_FILE, by which desktops find the .desktop file."""
    calls = qt_calls("setDesktopFileName")
    assert calls, "nothing in backcoach/ calls setDesktopFileName"
    for path, arg in calls:
        named = isinstance(arg, ast.Name) and arg.id == "APP_ID"
        literal = isinstance(arg, ast.Constant) and arg.value == APP_ID
        assert named or literal, f"{path.relative_to(REPO)}: setDesktopFileName({ast.unparse(arg)})"


def test_startup_wm_class_is_the_application_name() -> None:
    """Qt on X11 sets WM_CLASS to (argv[0]'s name, applicationName()); measured with xprop
    under Xvfb: "backcoach", "backcoach" from the console script."""
    names = {
        ast.literal_eval(arg)
        for _, arg in qt_calls("setApplicationName")
        if isinstance(arg, ast.Constant)
    }
    assert names, "nothing in backcoach/ calls setApplicationName with a literal name"
    entry = desktop_entry()["Desktop Entry"]
    assert {entry["StartupWMClass"]} == names


def test_flatpak_manifest_uses_the_application_id() -> None:
    text = FLATPAK.read_text(encoding="utf-8")
    assert re.findall(r"^(?:app-)?id: *(\S+)$", text, re.MULTILINE) == [APP_ID]


# --- desktop file -------------------------------------------------------------------------


def test_desktop_file_starts_the_console_script_and_the_last_routine() -> None:
    scripts = pyproject()["project"]["scripts"]
    assert "backcoach" in scripts
    parser = desktop_entry()
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "backcoach"
    assert entry["Terminal"] == "false"
    assert entry["Actions"] == "start-last-routine;"
    action = parser["Desktop Action start-last-routine"]
    assert action["Exec"] == "backcoach play --last"
    assert action["Name"]
    assert [el.text for el in metainfo().findall("provides/binary")] == ["backcoach"]


def test_desktop_file_has_categories_keywords_and_german() -> None:
    parser = desktop_entry()
    entry = parser["Desktop Entry"]
    assert entry["Name"] == "BackCoach"
    assert entry["Categories"].endswith(";")
    assert "Education" in entry["Categories"].split(";")
    keywords = entry["Keywords"].rstrip(";").split(";")
    assert {"back pain", "exercise", "stretch", "physiotherapy"} <= set(keywords)
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[de]", "").strip(), f"{key}[de] is missing"
    assert parser["Desktop Action start-last-routine"].get("Name[de]", "").strip()
    # The metainfo names the same categories, so software centres file it alike.
    categories = [el.text for el in metainfo().findall("categories/category")]
    assert categories == entry["Categories"].rstrip(";").split(";")


# --- metainfo -----------------------------------------------------------------------------


def test_metainfo_licences_match_the_project() -> None:
    root = metainfo()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == pyproject()["project"]["license"]["text"]


def test_metainfo_release_is_the_package_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no <release>"
    newest = releases[0]  # AppStream lists releases newest first
    assert newest.get("version") == backcoach.__version__ == pyproject()["project"]["version"]
    date.fromisoformat(newest.get("date", ""))
    assert newest.find("description/p") is not None
    dates = [date.fromisoformat(r.get("date", "")) for r in releases]
    assert dates == sorted(dates, reverse=True)


def test_every_screenshot_is_a_picture_in_docs() -> None:
    shots = metainfo().findall("screenshots/screenshot")
    assert shots, "no screenshots"
    assert [s.get("type") for s in shots].count("default") == 1
    assert shots[0].get("type") == "default", "the default screenshot comes first"
    for shot in shots:
        assert shot.findtext("caption", "").strip(), "every screenshot has a caption"
        images = shot.findall("image")
        assert len(images) == 1
        url = images[0].text or ""
        assert url.startswith(RAW_DOCS), url
        picture = REPO / "docs" / url.removeprefix(RAW_DOCS)
        assert picture.is_file(), f"{url} names {picture.relative_to(REPO)}, which does not exist"
        width, height, _ = png_size(picture)
        assert (images[0].get("width"), images[0].get("height")) == (str(width), str(height)), url


def test_metainfo_has_content_rating_and_german_summary() -> None:
    root = metainfo()
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    summaries = {el.get(XML_LANG): el.text for el in root.findall("summary")}
    assert summaries.get(None) and summaries.get("de")
    assert root.find("description/p") is not None and root.find("description/ul/li") is not None


# --- icons ----------------------------------------------------------------------------------


def test_every_hicolor_png_has_the_size_its_folder_says() -> None:
    pngs = [p for p in icon_files() if p.suffix == ".png"]
    sizes = set()
    for png in pngs:
        folder = png.parent.parent.name  # hicolor/<N>x<N>/apps/<id>.png
        match = re.fullmatch(r"(\d+)x(\d+)", folder)
        assert match, f"{png.relative_to(REPO)}: folder {folder!r} is not NxN"
        width, height, colour_type = png_size(png)
        assert (width, height) == (int(match[1]), int(match[2])), png.relative_to(REPO)
        assert colour_type == 6, f"{png.relative_to(REPO)} has no alpha channel (RGBA)"
        sizes.add(width)
    assert sorted(sizes) == sorted(render_icons_sizes()), "run packaging/linux/render_icons.py"


def test_scalable_icon_is_a_square_svg() -> None:
    svg = ET.parse(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in svg.get("viewBox", "").split())
    assert width == height > 0


# --- packaging/install ----------------------------------------------------------------------


def test_install_puts_every_file_under_destdir_and_uninstall_removes_them(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    result = run(INSTALL, "--prefix", "/usr", "--destdir", stage, env=clean_env())
    assert result.returncode == 0, result.stderr
    expected = expected_install(stage / "usr")
    installed = {p for p in stage.rglob("*") if p.is_file()}
    assert installed == set(expected)
    for target, source in expected.items():
        assert target.read_bytes() == source.read_bytes(), target
        assert f"installed {target}" in result.stdout.splitlines()
    assert len(expected) == 2 + len(icon_files())

    removed = run(INSTALL, "--prefix", "/usr", "--destdir", stage, "--uninstall", env=clean_env())
    assert removed.returncode == 0, removed.stderr
    assert [p for p in stage.rglob("*") if p.is_file()] == []
    assert sorted(removed.stdout.splitlines()) == sorted(f"removed {t}" for t in expected)


def test_install_default_prefix_is_home_local_or_usr_local_for_root(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run(INSTALL, "--destdir", tmp_path / "stage", env=clean_env(HOME=str(home)))
    assert result.returncode == 0, result.stderr
    prefix = Path("/usr/local") if os.geteuid() == 0 else home / ".local"
    root = tmp_path / "stage" / prefix.relative_to("/")
    assert (root / "share" / "applications" / DESKTOP.name).is_file()


def test_install_honours_prefix_and_destdir_from_the_environment(tmp_path: Path) -> None:
    env = clean_env(PREFIX="/opt/bc", DESTDIR=str(tmp_path))
    result = run(INSTALL, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "opt" / "bc" / "share" / "metainfo" / METAINFO.name).is_file()


def test_install_refuses_bad_arguments(tmp_path: Path) -> None:
    assert run(INSTALL, "--bogus", env=clean_env()).returncode == 2
    assert (
        run(INSTALL, "--prefix", "relative/path", "--destdir", tmp_path, env=clean_env()).returncode
        == 2
    )
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_makefile_install_and_uninstall(tmp_path: Path) -> None:
    make = need_tool("make", "make")
    args = (make, "-s", "-C", REPO / "packaging")
    result = run(*args, "install", "PREFIX=/usr", f"DESTDIR={tmp_path}", env=clean_env())
    assert result.returncode == 0, result.stderr
    assert {p for p in tmp_path.rglob("*") if p.is_file()} == set(
        expected_install(tmp_path / "usr")
    )
    result = run(*args, "uninstall", "PREFIX=/usr", f"DESTDIR={tmp_path}", env=clean_env())
    assert result.returncode == 0, result.stderr
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


# --- Flatpak manifest ------------------------------------------------------------------------


def test_flatpak_manifest_runs_backcoach_with_its_permissions_and_no_network() -> None:
    text = FLATPAK.read_text(encoding="utf-8")
    top = dict(re.findall(r"^([a-z-]+): *'?([^'\n]*?)'?$", text, re.MULTILINE))
    assert top["command"] == "backcoach"
    assert top["runtime"] == "org.kde.Platform" and top["sdk"] == "org.kde.Sdk"
    assert top["base"] == "io.qt.PySide.BaseApp"
    assert top["runtime-version"] == top["base-version"], "the BaseApp branch follows the runtime"
    args = set(re.findall(r"^  - (--\S+)$", text, re.MULTILINE))
    mpris = module_constant(PACKAGE / "ui" / "desktop" / "mpris.py", "SERVICE")
    screensaver = module_constant(PACKAGE / "ui" / "desktop" / "screensaver.py", "SERVICE")
    assert {
        f"--own-name={mpris}",
        f"--talk-name={screensaver}",
        "--socket=pulseaudio",
        "--socket=wayland",
        "--socket=fallback-x11",
    } <= args
    assert not any("network" in arg for arg in args)
    assert "- name: espeak-ng" in text
    for checksum in re.findall(r"sha256: *(\S+)", text):
        assert re.fullmatch(r"[0-9a-f]{64}", checksum), checksum
    assert "packaging/install --prefix=${FLATPAK_DEST}" in text


def test_after_install_the_desktop_finds_the_entry_and_its_icon(tmp_path: Path) -> None:
    """What a menu does: look in XDG_DATA_DIRS for applications/ and the hicolor theme."""
    prefix = tmp_path / "prefix"
    result = run(INSTALL, "--prefix", prefix, "--no-cache-update", env=clean_env())
    assert result.returncode == 0, result.stderr
    entry = prefix / "share" / "applications" / DESKTOP.name
    assert run("desktop-file-validate", entry).stdout == ""
    probe = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "import os\n"
        "app = QGuiApplication([])\n"
        # As a desktop's menu does: the icons folder of every XDG data dir, the hicolor
        # theme (whose index.theme comes with the system's hicolor-icon-theme).
        "QIcon.setThemeSearchPaths([d + '/icons' for d in os.environ['XDG_DATA_DIRS']"
        ".split(':')])\n"
        "QIcon.setThemeName('hicolor')\n"
        f"icon = QIcon.fromTheme('{APP_ID}')\n"
        "print(icon.name(), sorted(s.width() for s in icon.availableSizes()))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=clean_env(XDG_DATA_DIRS=f"{prefix / 'share'}:/usr/share", QT_QPA_PLATFORM="offscreen"),
    )
    assert found.returncode == 0, found.stderr
    name, sizes = found.stdout.split(" ", 1)
    assert name == APP_ID
    assert "48" in sizes and "256" in sizes
