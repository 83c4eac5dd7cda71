# SPDX-License-Identifier: Apache-2.0
# gc.is_tracked for atomic values versus containers and user instances.
import gc
class C:
    pass
for v in [0, 10 ** 30, 1.5, "text", None, True]:
    print(type(v).__name__, gc.is_tracked(v))
print("list", gc.is_tracked([]), gc.is_tracked([1, 2]))
print("instance", gc.is_tracked(C()))
print("class", gc.is_tracked(C))
print("function", gc.is_tracked(lambda: 0))
print("dict with list", gc.is_tracked({"a": []}))
print("tuple of list", gc.is_tracked(([],)))
