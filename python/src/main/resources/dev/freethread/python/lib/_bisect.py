# SPDX-License-Identifier: Apache-2.0
# _bisect for ftpython: CPython's accelerator module's names, answered by bisect's own functions (bisect imports
# this module at its end, when they are defined; there is one implementation).
from bisect import bisect_right, bisect_left, insort_right, insort_left

__all__ = ['bisect_right', 'bisect_left', 'insort_right', 'insort_left']
