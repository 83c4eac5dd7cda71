# SPDX-License-Identifier: Apache-2.0
# A built-in type's __name__ and __module__ split its dotted name at the last dot (python3.13).
import weakref
class G: pass
r = weakref.ref(G)
print(type(r).__name__, type(r).__module__, type(r), type(1).__module__, int.__name__)
