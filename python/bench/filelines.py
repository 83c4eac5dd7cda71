# SPDX-License-Identifier: Apache-2.0
# A text file's lines: 100,000 lines read by iterating the file and by readline; the result counts the characters.
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), 'ft-bench-filelines-%d.txt' % os.getpid())
with open(path, 'w') as f:
    for i in range(100000):
        f.write('line %d of the file, with some words after it\n' % i)


def run():
    n = 0
    with open(path) as f:
        for line in f:
            n += len(line)
    with open(path) as f:
        while True:
            line = f.readline()
            if not line:
                break
            n += 1
    return n


import harness
try:
    harness.main('filelines', run)
finally:
    os.remove(path)
