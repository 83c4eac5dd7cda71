# SPDX-License-Identifier: Apache-2.0
# fnmatch for ftpython: shell-style wildcards (*, ?, [seq], [!seq]) over re, as CPython's. On this POSIX-like
# system, normcase changes nothing, so fnmatch and fnmatchcase agree.
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = os.path.normcase(name) if hasattr(os.path, 'normcase') else name
    pat = os.path.normcase(pat) if hasattr(os.path, 'normcase') else pat
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):  # bytes patterns match bytes names: translated through Latin-1, as CPython's
            m = re.compile(translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_cache) > 32768:
            _cache.clear()
        _cache[pat] = m
    return m


def filter(names, pat):
    match = _compile_pattern(pat)
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """The regular expression (a str) that fnmatch uses for pat, as CPython 3.13 writes it: (?s:...)\\Z."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not _STAR:  # runs of * are one *
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
                stuff = re.sub(r'([&~|])', r'\\\1', stuff)
                i = j + 1
                if not stuff:
                    res.append('(?!)')  # empty range: never match
                elif stuff == '!':
                    res.append('.')  # negated empty range: match any character
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append('[%s]' % stuff)
        else:
            res.append(re.escape(c))
    # Every star but the last takes the shortest run up to the fixed text after it inside an atomic group, which
    # never backtracks into it again (CPython 3.13's form): '*a*a*a' cannot try every split of a long name.
    segments = [[]]
    for part in res:
        if part is _STAR:
            segments.append([])
        else:
            segments[-1].append(part)
    out = [''.join(segments[0])]
    if len(segments) > 1:
        for middle in segments[1:-1]:
            out.append('(?>.*?%s)' % ''.join(middle))
        out.append('.*' + ''.join(segments[-1]))
    return '(?s:%s)\\Z' % ''.join(out)


_STAR = object()
