# SPDX-License-Identifier: Apache-2.0
# The scaling report's table (issue 17), from a CSV that python/demo/scaling.sh recorded, never from a new run:
#   python3 python/demo/scaling_report.py docs/data/scaling.csv docs/benchmarks.md
# Writes the block between <!-- NAME:begin --> and <!-- NAME:end --> in the markdown file (NAME: the CSV's file name
# without .csv), appending the block if the markers are missing. With two thread counts one table gives each
# interpreter's speedup at the larger; with more, one column per thread count and interpreter. The speedup is
# N x (1-thread time) / (N-thread time); the ratio columns are the other interpreter's 1-thread time over ftpython's.
import collections
import os
import re
import sys


def read(path):
    comments, rows = [], []
    header = True
    for line in open(path):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            comments.append(line[1:].strip())
            continue
        if header:
            header = False
            continue
        rows.append(line.split(","))
    return comments, rows


def table(rows):
    times = collections.defaultdict(dict)
    interps, benches, threads = [], [], set()
    for interp, bench, th, sec in rows:
        times[(interp, bench)][int(th)] = float(sec)
        threads.add(int(th))
        if interp not in interps:
            interps.append(interp)
        if bench not in benches:
            benches.append(bench)
    many = sorted(t for t in threads if t > 1)
    shown = many if len(many) > 1 else many[-1:]
    cols = [(i, n) for i in interps for n in shown]
    head = "| benchmark | " + " | ".join("%s: speedup x%d" % c for c in cols)
    others = [i for i in interps if i != "ftpython"] if "ftpython" in interps else []
    head += "".join(" | 1-thread time, %s / ftpython" % i for i in others)
    lines = [head + " |", "| --- |" + " ---: |" * (len(cols) + len(others))]
    for b in benches:
        cells = []
        for i, n in cols:
            d = times[(i, b)]
            cells.append("%.2fx" % (n * d[1] / d[n]) if 1 in d and n in d else "-")
        for i in others:
            d, f = times[(i, b)], times[("ftpython", b)]
            cells.append("%.2f" % (d[1] / f[1]) if 1 in d and 1 in f else "-")
        lines.append("| %s | %s |" % (b, " | ".join(cells)))
    return "\n".join(lines)


def main(csv, md):
    comments, rows = read(csv)
    name = os.path.basename(csv)[:-len(".csv")] if csv.endswith(".csv") else os.path.basename(csv)
    when = machine = command = runs = None
    for c in comments:
        m = re.search(r"recorded by python/demo/scaling.sh on (.*),$", c)
        if m:
            when = m.group(1)
        elif c.startswith("command:"):
            command = c[len("command:"):].strip()
        elif c.startswith("runs:"):
            runs = c[len("runs:"):].strip()
        elif machine is None and when is not None:
            machine = c.rstrip(".")
    intro = "Recorded %s on %s" % (when or "(date not recorded)", machine or "(machine not recorded)")
    if command:
        intro += " by `%s`" % command
    intro += " (%s, per benchmark and thread count; raw results in `docs/data/%s`):" % (
        runs or "best of 10 timed runs after 15 warm-up runs", os.path.basename(csv))
    text = table(rows)
    print(text)
    begin, end = "<!-- %s:begin -->" % name, "<!-- %s:end -->" % name
    block = begin + "\n\n" + intro + "\n\n" + text + "\n\n" + end
    doc = open(md).read()
    if begin in doc and end in doc:
        doc = doc[:doc.index(begin)] + block + doc[doc.index(end) + len(end):]
    else:
        doc += "\n" + block + "\n"
    open(md, "w").write(doc)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: scaling_report.py SCALING.csv BENCHMARKS.md")
    main(sys.argv[1], sys.argv[2])
