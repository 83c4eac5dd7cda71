# SPDX-License-Identifier: Apache-2.0
# Word count: str.split, dict get/set with str keys, sorting items.
import sys, time
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


import harness
harness.main('wordcount', run)
