#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Re-records the expected output (.out) of every golden script, or only of the
# scripts given as arguments, with CPython 3.13.
#
#   ./record.sh                      # all NNN_*.py in this directory
#   ./record.sh 001_ints.py 042_x.py # only these
#   PYTHON=/path/to/python3.13 ./record.sh
#
# .out format: the script's stdout, byte for byte; then, only if the exit
# status N is non-zero, one more line "[exit N] LAST" where LAST is the last
# line of stderr ("[exit N]" alone when stderr is empty). If stdout does not
# end with a newline, a newline is inserted before that line.
set -euo pipefail

PY="${PYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python3}"
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$DIR"

"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version' || {
    echo "record.sh: $PY is not CPython 3.13" >&2
    exit 2
}

if [ "$#" -gt 0 ]; then
    scripts=()
    for a in "$@"; do scripts+=("$(basename "$a")"); done
else
    shopt -s nullglob
    scripts=([0-9][0-9][0-9]_*.py)
fi

err="$(mktemp)"
trap 'rm -f "$err"' EXIT

for s in "${scripts[@]}"; do
    [ -f "$s" ] || { echo "record.sh: no such script: $s" >&2; exit 2; }
    out="${s%.py}.out"
    rc=0
    PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        timeout 20 "$PY" "$s" >"$out" 2>"$err" || rc=$?
    if [ "$rc" -ne 0 ]; then
        last="$(tail -n 1 "$err" | tr -d '\r')"
        if [ -s "$out" ] && [ "$(tail -c 1 "$out" | od -An -c | tr -d ' ')" != '\n' ]; then
            printf '\n' >>"$out"
        fi
        if [ -n "$last" ]; then
            printf '[exit %d] %s\n' "$rc" "$last" >>"$out"
        else
            printf '[exit %d]\n' "$rc" >>"$out"
        fi
    fi
    echo "recorded $out (exit $rc)"
done
