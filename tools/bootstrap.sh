# shellcheck shell=bash
# Set-up steps for ./run: check Python, install missing system packages, keep .venv current.
#
# Sourced by ./run (which sets ROOT and `set -euo pipefail`), not run on its own. All
# messages go to stderr so that `./run cli ... --json` keeps a clean stdout.
# Functions and variables are prefixed bc_ / BC_ so they cannot clash with ./run's.

BC_VENV="$ROOT/.venv"
BC_VENV_PY="$BC_VENV/bin/python"
# Written only after pip succeeded: "<fingerprint> <pip spec>". An interrupted first run
# therefore leaves no stamp and the next run simply installs again.
BC_STAMP="$BC_VENV/.backcoach-installed"

bc_say() { printf 'backcoach: %s\n' "$*" >&2; }
bc_die() { bc_say "$@"; exit 1; }

# --- Python ------------------------------------------------------------------------------

# Sets BC_PYTHON and BC_PY_VERSION. BACKCOACH_PYTHON picks another interpreter, for systems
# whose python3 is older than 3.11 but which have e.g. python3.12 alongside.
bc_check_python() {
    BC_PYTHON=${BACKCOACH_PYTHON:-python3}
    if ! command -v "$BC_PYTHON" >/dev/null 2>&1; then
        bc_die "no '$BC_PYTHON' found. backcoach needs Python 3.11 or newer: install it" \
            "(Debian/Ubuntu: apt-get install python3), or point BACKCOACH_PYTHON at one."
    fi
    BC_PY_VERSION=$("$BC_PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if ! "$BC_PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        bc_die "backcoach needs Python 3.11 or newer, but '$BC_PYTHON' is Python $BC_PY_VERSION." \
            "Install a newer Python and run again with BACKCOACH_PYTHON=/path/to/python3.11 (or newer)."
    fi
}

# True when .venv exists and its interpreter still runs and is new enough (a system Python
# upgrade can leave .venv/bin/python pointing at an interpreter that is gone).
bc_venv_works() {
    [[ -x $BC_VENV_PY ]] &&
        "$BC_VENV_PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

# --- System packages ---------------------------------------------------------------------

# What the app needs from the system, as "why|Debian packages" lines. The PySide6 wheel
# bundles Qt itself but not these libraries. Names are Debian 12's; where Debian 13 and
# Ubuntu 24.04 renamed a library with a t64 suffix (libglib2.0-0t64), the new package
# Provides the old name, which bc_installed_names accepts and apt resolves when installing.
bc_package_groups() {  # $1: app | tests
    echo "Qt, to open windows and draw text|libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
    # Qt's xcb platform plugin; without icccm4 and keysyms1 Qt wrongly blames xcb-cursor0.
    echo "Qt on an X11 desktop (the xcb platform)|libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
    # Qt's wayland platform plugin (tried first on a Wayland desktop, else Qt uses xcb).
    echo "Qt on a Wayland desktop|libwayland-cursor0 libwayland-egl1"
    # Measured on PySide6 6.12: libQt6Multimedia links libpulse.so.0, its ffmpeg plugin
    # libXrandr and libXext. It also dlopens libpipewire-0.3 and, without it, logs two Qt
    # warnings, which fail tests under pytest-qt's qt_log_level_fail = WARNING.
    echo "Qt sound playback (QtMultimedia)|libpulse0 libpipewire-0.3-0 libxrandr2 libxext6"
    # pyttsx3 loads libespeak-ng through ctypes and plays what it renders with aplay.
    echo "spoken cues (pyttsx3 uses espeak-ng and plays through aplay)|libespeak-ng1 alsa-utils"
    if [[ $1 == tests ]]; then
        echo "the tests: Xvfb for the real-window test, espeak-ng and sox to render and measure speech, PulseAudio for a null audio sink, dbus for the keep-the-screen-awake test, imagemagick and x11-utils to screenshot the real window|xvfb xauth x11-utils imagemagick espeak-ng sox pulseaudio pulseaudio-utils dbus"
        # desktop-file-validate and appstreamcli check packaging/linux/ (tests/unit/test_desktop_files.py).
        echo "the tests: validating the desktop file and the AppStream metainfo, finding the installed icon in the hicolor theme, and packaging/Makefile|desktop-file-utils appstream hicolor-icon-theme make"
    fi
}

# Rough equivalents elsewhere, for the message on other Linux systems.
BC_FEDORA_HINT="Fedora: mesa-libEGL mesa-libGL libX11 dbus-libs fontconfig freetype glib2 libxkbcommon libxkbcommon-x11 xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil libwayland-cursor libwayland-egl dejavu-sans-fonts pulseaudio-libs pipewire-libs espeak-ng alsa-utils; tests: xorg-x11-server-Xvfb xorg-x11-xauth xorg-x11-utils ImageMagick sox pulseaudio pulseaudio-utils dbus-daemon desktop-file-utils appstream"
BC_ARCH_HINT="Arch: libglvnd libx11 dbus fontconfig freetype2 glib2 libxkbcommon libxkbcommon-x11 xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil wayland ttf-dejavu libpulse libpipewire espeak-ng alsa-utils; tests: xorg-server-xvfb xorg-xauth xorg-xwininfo imagemagick sox pulseaudio dbus desktop-file-utils appstream"

bc_is_debian_like() {
    [[ -r /etc/os-release ]] || return 1
    local ids
    # shellcheck source=/dev/null
    ids=$(. /etc/os-release && printf '%s %s' "${ID:-}" "${ID_LIKE:-}")
    [[ " $ids " == *" debian "* || " $ids " == *" ubuntu "* ]] &&
        command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1
}

# Names of installed packages and of everything they Provide, one per line. Provides
# counts because of renames: libglib2.0-0t64 provides libglib2.0-0. Only status "ii"
# counts: removed packages whose config files remain ("rc") are still listed by dpkg.
bc_installed_names() {
    dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
        awk -F'|' '$1 ~ /^ii/ {
            print $2
            n = split($3, provided, /, */)
            for (i = 1; i <= n; i++) { sub(/ .*/, "", provided[i]); if (provided[i] != "") print provided[i] }
        }'
}

# Prints the apt-get command a user without root or sudo should run.
bc_print_apt_command() {
    bc_say "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $*"
}

# $1: app | tests. Installs (Debian/Ubuntu) or lists (elsewhere) the missing system packages.
bc_ensure_system_packages() {
    local profile=$1 groups venv_pkg=""
    groups=$(bc_package_groups "$profile")
    # The venv module needs ensurepip, which Debian ships separately, versioned per Python.
    if ! bc_venv_works && ! "$BC_PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        venv_pkg="python$BC_PY_VERSION-venv"
        groups="creating .venv (Python's venv module and pip)|$venv_pkg"$'\n'"$groups"
    fi

    if [[ ${BACKCOACH_SKIP_SYSTEM_PACKAGES:-} == 1 ]]; then
        return 0
    fi
    # macOS and Windows wheels bundle what Qt needs, and pyttsx3 uses the system's voices.
    if [[ $(uname -s) != Linux ]]; then
        return 0
    fi
    if ! bc_is_debian_like; then
        # No reliable way to check here; say it once, on the runs that (re)install .venv.
        if [[ -n $venv_pkg ]] || ! bc_venv_current "$(bc_pip_spec "$profile")"; then
            bc_say "not Debian/Ubuntu: cannot check system packages. backcoach needs these (Debian names):"
            local line
            while IFS= read -r line; do bc_say "  ${line#*|}   (${line%%|*})"; done <<<"$groups"
            bc_say "  roughly, $BC_FEDORA_HINT"
            bc_say "  roughly, $BC_ARCH_HINT"
            bc_say "continuing; if Qt or speech fails to load, install those first."
        fi
        return 0
    fi

    # Which of the wanted packages are missing: one dpkg-query, one grep.
    local installed wanted missing
    installed=$(bc_installed_names)
    wanted=$(cut -d'|' -f2 <<<"$groups" | tr ' ' '\n')
    missing=$(grep -vxF -f <(printf '%s\n' "$installed") <<<"$wanted" | sort -u | tr '\n' ' ' || true)
    missing=${missing% }
    [[ -n $missing ]] || return 0

    # Say plainly what is about to change on the machine and why, before doing it.
    bc_say "these system packages are missing:"
    local label pkgs pkg shown
    while IFS='|' read -r label pkgs; do
        shown=""
        for pkg in $pkgs; do
            if [[ " $missing " == *" $pkg "* ]]; then shown+=" $pkg"; fi
        done
        [[ -z $shown ]] || bc_say " $shown  (for $label)"
    done <<<"$groups"

    local -a as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            bc_say "you are not root and sudo is not installed. Please run as root:"
            # shellcheck disable=SC2086  # word splitting of the package list is wanted
            bc_print_apt_command $missing
            bc_die "then run the same ./run command again" \
                "(or set BACKCOACH_SKIP_SYSTEM_PACKAGES=1 to skip this check)."
        fi
    fi
    bc_say "installing them now with ${as_root[*]:+sudo }apt-get (apt-get update, then install)..."
    # noninteractive + -y: CI has no stdin; --no-install-recommends: only what is listed.
    # apt-get update only now, when something must be installed: it is the slow part.
    # shellcheck disable=SC2086  # word splitting of the package list is wanted
    if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 ||
        ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends $missing >&2; then
        bc_say "installing system packages failed. To do it by hand, run as root:"
        # shellcheck disable=SC2086
        bc_print_apt_command $missing
        bc_die "then run the same ./run command again."
    fi
}

# --- The virtual environment --------------------------------------------------------------

# The app needs only backcoach and its dependencies; the tests add pytest, pytest-qt and
# hypothesis (a few MB). A venv set up for the tests therefore also serves the app.
bc_pip_spec() {  # $1: app | tests
    if [[ $1 == tests ]]; then echo ".[test]"; else echo "."; fi
}

# What the installed packages depend on: pyproject.toml and the Python version (a venv
# rebuilt for a new Python needs a reinstall).
bc_fingerprint() {
    "$BC_VENV_PY" -c '
import hashlib, sys
with open(sys.argv[1], "rb") as f:
    print(hashlib.sha256(f.read() + sys.version.encode()).hexdigest()[:32])
' "$ROOT/pyproject.toml"
}

# True when .venv works and was installed from this pyproject.toml with at least $1's extras.
bc_venv_current() {  # $1: pip spec
    local have_fingerprint="" have_spec=""
    bc_venv_works && [[ -r $BC_STAMP ]] || return 1
    read -r have_fingerprint have_spec <"$BC_STAMP" || true
    [[ $have_fingerprint == "$(bc_fingerprint)" ]] || return 1
    [[ $1 == "." || $have_spec == "$1" ]]
}

bc_ensure_venv() {  # $1: app | tests
    local spec
    spec=$(bc_pip_spec "$1")
    bc_venv_current "$spec" && return 0

    # A .venv that cannot run pip (interrupted creation, Python removed) is rebuilt.
    if [[ -e $BC_VENV ]] && ! { bc_venv_works && "$BC_VENV_PY" -m pip --version >/dev/null 2>&1; }; then
        bc_say "the existing .venv does not work any more; making a new one"
        rm -rf -- "$BC_VENV"
    fi
    if [[ ! -e $BC_VENV ]]; then
        bc_say "creating .venv with $BC_PYTHON (Python $BC_PY_VERSION)"
        if ! "$BC_PYTHON" -m venv "$BC_VENV" >&2; then
            rm -rf -- "$BC_VENV"
            bc_die "could not create .venv: Python's venv module or ensurepip is missing" \
                "(Debian/Ubuntu package python$BC_PY_VERSION-venv)."
        fi
    fi

    if [[ -e $BC_STAMP ]]; then
        bc_say "pyproject.toml changed or more extras needed: updating Python packages in .venv..."
    else
        bc_say "installing Python packages into .venv (first run only, ~150 MB download)..."
    fi
    # Editable install: source changes need no reinstall, only pyproject.toml changes do.
    # Full pip output on a terminal (download progress); quiet in CI logs, errors still shown.
    local -a quiet=()
    [[ -t 2 ]] || quiet=(--quiet --progress-bar off)
    (cd "$ROOT" && "$BC_VENV_PY" -m pip install --disable-pip-version-check \
        ${quiet[@]+"${quiet[@]}"} --editable "$spec") >&2 ||
        bc_die "pip could not install the Python packages (see above); nothing was changed outside .venv."
    printf '%s %s\n' "$(bc_fingerprint)" "$spec" >"$BC_STAMP"
    bc_say "Python packages ready."
}

# Like `source .venv/bin/activate`: subprocesses (tests running `backcoach`) find the venv.
bc_activate() {
    export VIRTUAL_ENV="$BC_VENV"
    export PATH="$BC_VENV/bin:$PATH"
    unset PYTHONHOME
}

bc_setup() {  # $1: app | tests
    bc_check_python
    bc_ensure_system_packages "$1"
    bc_ensure_venv "$1"
    bc_activate
    # The window's translations are compiled from their .ts sources (fast; only when changed).
    "$BC_VENV_PY" "$ROOT/tools/build_translations.py" ||
        bc_die "could not compile the translations (see above)."
}
