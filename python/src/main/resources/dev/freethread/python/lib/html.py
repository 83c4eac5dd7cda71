# SPDX-License-Identifier: Apache-2.0
# html for ftpython: escape, unescape (lib/_html_unescape.py: every HTML5 named reference, CPython's rules) and the
# submodule html.parser (lib/_html_parser.py). No html.entities: its html5 table is _html_unescape.html5.

from _html_unescape import unescape

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s



def __getattr__(name):
    # html.parser (lib/_html_parser.py), loaded on first use as CPython loads the submodule (PEP 562)
    if name == 'parser':
        import _html_parser as parser
        import sys
        sys.modules.setdefault('html.parser', parser)
        globals()['parser'] = parser
        return parser
    raise AttributeError("module 'html' has no attribute %r" % name)
