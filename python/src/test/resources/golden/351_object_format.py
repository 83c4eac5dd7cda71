# object.__format__ refuses any spec (CPython's TypeError) and no longer loops through a class's own __format__;
# the built-in types' own __format__ (float.__format__, int subclasses through super()); io.text_encoding.
import io
print(float.__format__(1.5, '.1f'), int.__format__(5, '03d'), str.__format__('a', '>3'), (1+2j).__format__(''), format(1+2j, '.1f'))
class F(float): pass
class I(int):
    def __format__(self, spec): return 'I:' + super().__format__(spec)
class S(str): pass
print(format(F(1.5), '.1f'), format(I(5), '03d'), format(S('x'), '^5'), f'{I(7):x}')
class G: pass
print(object.__format__(G(), '')[:10], format(G(), '')[:10])
for f in (lambda: object.__format__(G(), 'x'), lambda: format(G(), 'x'), lambda: object.__format__(5, 'd')):
    try: f()
    except TypeError as e: print(e)
class H:
    def __format__(self, spec): return object.__format__(self, spec)
try: format(H(), 'x')
except TypeError as e: print(e)
print(io.text_encoding(None), io.text_encoding('utf-8'))
