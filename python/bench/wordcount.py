# SPDX-License-Identifier: Apache-2.0
# Word count: str.split, dict get/set with str keys, sorting items.
import sys, time
NAME = "wordcount"
WORDS = ("the quick brown fox jumps over the lazy dog while a free threaded python counts every word "
         "it sees in this little text and the text is repeated many times so that dicts get busy").split()

def make_text():
    parts = []
    for i in range(4000):
        parts.append(WORDS[(i * 7) % len(WORDS)] + str(i % 50))
    return " ".join(parts)

TEXT = make_text()

def run():
    counts = {}
    for _ in range(10):
        for w in TEXT.split():
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return top[0][1]

def main():
    warm = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(warm):
        run()
    best = None
    for _ in range(reps):
        t0 = time.perf_counter()
        r = run()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print(NAME, r, "%.6f" % best)

main()
