# SPDX-License-Identifier: Apache-2.0
"""CPython's pure-Python implementation of ABCMeta (its _py_abc module, which CPython's own tests import beside the C
one). ftpython's abc is written in Python already: this module answers the same ABCMeta and get_cache_token."""

from abc import ABCMeta, get_cache_token

__all__ = ['ABCMeta', 'get_cache_token']
