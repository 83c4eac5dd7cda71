#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# How many of math_accuracy.py's results differ between ftpython and another Python (default: CPython 3.13).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${1:-$HOME/.pyenv/versions/3.13.0/bin/python3}"
paste -d'\n' <("$py" "$here/math_accuracy.py") <("$here/../../ftpython" "$here/math_accuracy.py") | "$py" -c '
import sys
lines = sys.stdin.read().split("\n")
for a, b in zip(lines[0::2], lines[1::2]):
    if a:
        x, y = a.split(), b.split()
        print(x[0], sum(1 for p, q in zip(x[1:], y[1:]) if p != q), "of", len(x) - 1)
'
