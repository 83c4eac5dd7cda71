# SPDX-License-Identifier: Apache-2.0
# Program: word frequency count over a text with punctuation stripping and ranking.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out
ws = words(TEXT)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
print("total words:", len(ws), "distinct:", len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:8]:
    print(f"{w:<12}{c:>3} {'#' * c}")
singles = sorted(w for w, c in counts.items() if c == 1)
print("once:", ", ".join(singles))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), 0)
    by_len[len(w)] += 1
print(sorted(by_len.items()))
