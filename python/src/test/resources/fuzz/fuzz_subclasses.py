# SPDX-License-Identifier: Apache-2.0
# Subclasses of the built-in types that both fuzz scripts pass as arguments: a subclass must be refused or accepted
# as its base would be, never reach Java code that assumes the exact built-in class.
class D(dict):
    pass
class L(list):
    pass
class S(str):
    pass
class I(int):
    pass
class T(tuple):
    pass
class St(set):
    pass
class Fl(float):
    pass
class MC(type):
    pass
class WM(metaclass=MC):
    pass
