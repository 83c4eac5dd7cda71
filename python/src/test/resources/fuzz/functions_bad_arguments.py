# SPDX-License-Identifier: Apache-2.0
# Every builtin and module function called with bad arguments: Python errors only, never a Java exception.
import gc, sys, time, weakref, threading, _thread, itertools, functools, operator, math, collections, dataclasses, random, typing, string, heapq, bisect, json, copy, textwrap, contextlib, abc, os, re, enum, io, queue, hashlib, base64, binascii, fractions, statistics, argparse, datetime, concurrent.futures, traceback, types, warnings, pprint, struct, shutil, tempfile, collections.abc, keyword, numbers, fnmatch, glob, timeit, graphlib, secrets, uuid, csv, cmath, stat, shlex, html, platform, importlib, pathlib, errno, inspect, asyncio, decimal, contextvars
mods = {'gc': gc, 'sys': sys, 'time': time, 'weakref': weakref, 'threading': threading, '_thread': _thread,
        'itertools': itertools, 'functools': functools, 'operator': operator, 'math': math,
        'collections': collections, 'dataclasses': dataclasses, 'random': random,
        'typing': typing, 'string': string, 'heapq': heapq, 'bisect': bisect, 'json': json, 'copy': copy,
        'textwrap': textwrap, 'contextlib': contextlib, 'abc': abc, 'os': os, 'os.path': os.path, 're': re, 'enum': enum, 'io': io, 'queue': queue, 'hashlib': hashlib,
        'base64': base64, 'binascii': binascii, 'fractions': fractions, 'statistics': statistics, 'argparse': argparse,
        'datetime': datetime, 'concurrent.futures': concurrent.futures, 'traceback': traceback, 'types': types,
        'warnings': warnings, 'pprint': pprint, 'struct': struct, 'shutil': shutil, 'tempfile': tempfile,
        'collections.abc': collections.abc, 'keyword': keyword, 'numbers': numbers, 'fnmatch': fnmatch,
        'glob': glob, 'timeit': timeit, 'graphlib': graphlib, 'secrets': secrets, 'uuid': uuid,
        'csv': csv, 'cmath': cmath, 'stat': stat, 'shlex': shlex, 'html': html, 'platform': platform,
        'importlib': importlib, 'pathlib': pathlib, 'inspect': inspect, 'asyncio': asyncio, 'decimal': decimal, 'contextvars': contextvars}
names = ['print', 'len', 'range', 'isinstance', 'issubclass', 'type', 'sorted', 'reversed', 'enumerate', 'zip', 'map',
         'filter', 'min', 'max', 'sum', 'abs', 'any', 'all', 'str', 'int', 'float', 'bool', 'repr', 'ascii', 'hash',
         'id', 'iter', 'next', 'list', 'dict', 'tuple', 'set', 'object', 'getattr', 'setattr', 'hasattr', 'delattr',
         'callable', 'chr', 'ord', 'round', 'divmod', 'pow', 'hex', 'oct', 'bin', 'format', 'vars', 'super', 'property',
         'staticmethod', 'classmethod', 'frozenset', 'dir']
calls = [('len', len), ('range', range), ('isinstance', isinstance), ('issubclass', issubclass), ('type', type), ('sorted', sorted), ('reversed', reversed), ('enumerate', enumerate), ('zip', zip), ('map', map), ('filter', filter), ('min', min), ('max', max), ('sum', sum), ('abs', abs), ('any', any), ('all', all), ('str', str), ('int', int), ('float', float), ('bool', bool), ('repr', repr), ('ascii', ascii), ('hash', hash), ('id', id), ('iter', iter), ('next', next), ('list', list), ('dict', dict), ('tuple', tuple), ('set', set), ('object', object), ('getattr', getattr), ('setattr', setattr), ('hasattr', hasattr), ('delattr', delattr), ('callable', callable), ('chr', chr), ('ord', ord), ('round', round), ('divmod', divmod), ('pow', pow), ('hex', hex), ('oct', oct), ('bin', bin), ('format', format), ('vars', vars), ('super', super), ('property', property), ('staticmethod', staticmethod), ('classmethod', classmethod), ('frozenset', frozenset), ('dir', dir), ('bytes', bytes), ('bytearray', bytearray), ('eval', eval), ('exec', exec), ('globals', globals), ('locals', locals), ('compile', compile)]
for mn, m in mods.items():
    for k, v in list(m.__dict__.items()):
        if callable(v) and not k.startswith('__') and k not in ('exit', 'exit_thread', 'sleep', 'start_new_thread', 'start_new', 'interrupt_main',
                                                                 'main_thread', 'setrecursionlimit', 'excepthook',
                                                                 'freeze', 'set_threshold', 'set_debug', 'disable', 'Timer',
                                                                 # they change the file system ('x' would be made)
                                                                 'mkdir', 'makedirs', 'remove', 'unlink', 'rmdir',
                                                                 'rename', 'replace', 'open', 'write_text', 'write_bytes',
                                                                 # it would leave directories behind in /tmp
                                                                 'mkdtemp',
                                                                 # random's self-test draws N values, N=10**30 here
                                                                 '_test'):
            calls.append((mn + '.' + k, v))
from fuzz_subclasses import D, L, S, I
argsets = [(), (1j,), (complex(1e308, -1e308), 2), (None,), (None, None), (1, 2, 3, 4, 5), ('x',), ([],), ({},), (-1,), (10**30,), ([[]],),
           ([(1, 2), (3,)],), ([1, 'a'],), (iter([1, []]),), ([1], [[]]), (1.5, 'x'), (-10**30, 2),
           (D({1: L([2])}),), (L([S('a'), I(3)]),), (S('x'), I(2)), (I(-1),), (S('1.5'),),
           (b'abc',), (bytearray(b'x'), b'y'), (b'\xff', 'utf-8'), ('x', 'nope'), (b'',), ([256],)]
bad = 0
for name, f in calls:
    for a in argsets:
        try:
            r = f(*a)
            if isinstance(r, threading.Thread):
                pass
        except Exception as e:
            pass
print("done")
