# Shared set-up for scripts/demo and scripts/test (sourced, not run).
# Creates .venv, installs the project into it, and installs the system libraries Qt needs when
# they are missing (with apt-get, as root or through sudo). Safe to run again: it skips what is done.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 1
  fi
}

APT_UPDATED=0
apt_install() {
  # apt_install PKG...: install the Debian/Ubuntu packages not yet installed
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "Missing system packages (${missing[*]}) and no apt-get here: install their equivalents by hand."
    return 0
  fi
  say "Installing system packages: ${missing[*]}"
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

pick_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Clientdesk needs Python 3.11 or newer." >&2
  return 1
}

ensure_venv() {
  # ensure_venv EXTRAS: a .venv with the project installed (editable) with those extras
  local extras="$1" python
  python="$(pick_python)" || exit 1
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating $VENV"
    if ! "$python" -m venv "$VENV" 2>/dev/null; then
      # Debian/Ubuntu ship venv's pip bootstrap separately
      local version
      version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
      apt_install "python${version}-venv" || apt_install python3-venv
      rm -rf "$VENV"
      "$python" -m venv "$VENV"
    fi
  fi
  local stamp="$VENV/.installed-$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    say "Installing Clientdesk and its dependencies into .venv"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$extras]"
    touch "$stamp"
  fi
}

# Libraries Qt's wheels load even offscreen, and those the X11 (xcb) platform adds for a window.
QT_OFFSCREEN_LIBS=(libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
QT_WINDOW_LIBS=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xinerama0 libx11-xcb1)

ensure_qt_libs() {
  # ensure_qt_libs offscreen|window
  [ "$(uname -s)" = "Linux" ] || return 0
  apt_install "${QT_OFFSCREEN_LIBS[@]}" || say "Could not install Qt's libraries; continuing."
  if [ "$1" = "window" ]; then
    apt_install "${QT_WINDOW_LIBS[@]}" || say "Could not install Qt's X11 libraries; continuing."
  fi
}
