# SPDX-License-Identifier: Apache-2.0
# filecmp for ftpython: file and directory comparison, written in pure
# Python after CPython 3.13's documented behaviour (same cache policy,
# dircmp attributes and report formats).

"""Utilities for comparing files and directories.

Classes:
    dircmp

Functions:
    cmp(f1, f2, shallow=True) -> int
    cmpfiles(a, b, common) -> ([], [], [])
    clear_cache()
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Compare two files; return True if they seem equal.

    With shallow true, files with identical stat signatures (type, size,
    mtime) are equal without reading them; otherwise sizes and contents are
    compared.  Results are cached until the files' signatures change; see
    clear_cache().
    """
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    result = _cache.get(key)
    if result is None:
        result = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk = a.read(BUFSIZE)
            if chunk != b.read(BUFSIZE):
                return False
            if not chunk:
                return True


def _cmp(a, b, shallow, cmp=cmp):
    """0: equal, 1: different, 2: could not be compared."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except (OSError, ValueError):
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns three lists: names that compare equal, that differ, and that
    could not be compared.
    """
    result = ([], [], [])
    for name in common:
        result[_cmp(os.path.join(a, name), os.path.join(b, name),
                    shallow)].append(name)
    return result


class dircmp:
    """Compare two directories: dircmp(a, b, ignore=None, hide=None, *,
    shallow=True).

    ignore defaults to DEFAULT_IGNORES, hide to [os.curdir, os.pardir].
    Attributes (computed on first access): left_list, right_list, common,
    left_only, right_only, common_dirs, common_files, common_funny,
    same_files, diff_files, funny_files, subdirs.  report(),
    report_partial_closure() and report_full_closure() print the results.
    """

    def __init__(self, a, b, ignore=None, hide=None, *, shallow=True):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self.shallow = shallow

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left)
                                if n not in skip)
        self.right_list = sorted(n for n in os.listdir(self.right)
                                 if n not in skip)

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kinds = []
            for top in (self.left, self.right):
                try:
                    kinds.append(stat.S_IFMT(
                        os.stat(os.path.join(top, name)).st_mode))
                except (OSError, ValueError):
                    kinds.append(None)
            a_kind, b_kind = kinds
            if a_kind is None or b_kind is None or a_kind != b_kind:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files, self.shallow)

    def phase4(self):
        # Subdirectories use the same class (so subclasses propagate) and
        # inherit ignore, hide and shallow.
        self.subdirs = {
            name: self.__class__(os.path.join(self.left, name),
                                 os.path.join(self.right, name),
                                 self.ignore, self.hide, shallow=self.shallow)
            for name in self.common_dirs}

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        for attr, label in (('left_only', ('Only in', self.left, ':')),
                            ('right_only', ('Only in', self.right, ':')),
                            ('same_files', ('Identical files :',)),
                            ('diff_files', ('Differing files :',)),
                            ('funny_files', ('Trouble with common files :',)),
                            ('common_dirs', ('Common subdirectories :',)),
                            ('common_funny', ('Common funny cases :',))):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2,
                     common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import getopt
    import sys
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    dd = dircmp(args[0], args[1])
    if ('-r', '') in options:
        dd.report_full_closure()
    else:
        dd.report()


if __name__ == '__main__':
    demo()
