# SPDX-License-Identifier: Apache-2.0
# _collections for ftpython: CPython's accelerator module's names, answered by collections' own classes (one
# implementation), so code and tests that import it, or collections with and without it, find them.
from collections import deque, defaultdict, OrderedDict, _count_elements, _deque_iterator

__all__ = ['deque', 'defaultdict', 'OrderedDict']
