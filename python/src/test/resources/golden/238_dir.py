# SPDX-License-Identifier: Apache-2.0
# dir(): an instance's, a class's and a module's names as CPython 3.13 lists them, public methods of containers, __dir__.
import math
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y: int = 2
    def n(self):
        pass
b = B()
b.z = 3
print(dir(A()))
print([m for m in dir(b) if not m.startswith('_')], [m for m in dir(B) if not m.startswith('__')])
print([m for m in dir([]) if not m.startswith('_')])
print([m for m in dir({}) if not m.startswith('_')])
print('sqrt' in dir(math), 'pi' in dir(math), dir(math) == sorted(dir(math)))
class D:
    def __dir__(self):
        return ['b', 'a']
print(dir(D()))
print([m for m in dir(()) if not m.startswith('_')])
print([m for m in dir(set()) if not m.startswith('_')])
