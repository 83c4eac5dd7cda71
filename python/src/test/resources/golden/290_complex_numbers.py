# complex numbers: literals, arithmetic with ints and floats (CPython 3.13's algorithms), powers, repr and format,
# the constructor's strings and errors, hashing and equality with ints and floats, no ordering.
exprs = ["1j/0", "1j//1", "pow(1j,2,3)", "abs(complex(1e308,1e308))", "(1+2j)**0.5", "1j**-1", "0j**-1", "(-8)**(1/3)",
 "complex(1e400)", "hash(1+2j)", "hash(complex(1,-1))", "1j<2j", "format(1+2j,'>20.3f')", "format(1+2j,'020')",
 "format(2j,'')", "format(2j,'g')", "complex('1+2j')", "complex(' (1-2.5e3J) ')", "complex('j')", "complex('-j')",
 "complex('1+')", "int(1j)", "float(1j)", "round(1j)", "divmod(1j,1)", "1j%2", "complex('1',2)", "complex(None)",
 "complex(1j,1j)", "[1j,2j].sort()", "sum([1j,2])", "2**0.5j", "(1+1j)**2", "(1+1j)**3.0", "(2+3j)*(4-5j)",
 "(2+3j)/(4-5j)", "-(1+1j)", "+(0-0j)", "complex(-0.0, 0.0)", "complex(0.0,-0.0)", "complex(-0.0,-0.0)", "1e20j",
 "complex(float('nan'), float('inf'))", "1j.real.is_integer()", "(1+2j).conjugate()", "str(1.5j)", "1j == 1j+0",
 "1+0j == 1", "{1: 'a'}[1+0j]", "1j.__class__", "type(1j)()", "complex(2)", "complex('inf-nanj')", "complex(True)",
 "complex('1_000+2j')", "format(1+1j,'0=10')", "format(1+1j, '<12')", "format(1j, '+')", "format(-1j, ' ')",
 "format(1.5+2j, '.1')", "format(1+2j, '10.2e')", "format(complex(0.0,-0.0), '')", "format(1j, 'z')",
 "complex(1e308,1e308)**2", "(1+1j)**100", "0j**0", "(1e200j)*(1e200j)", "complex(float('inf'),0)**2",
 "pow(2j, 2)", "1j**1j", "repr(complex(1,2))", "f'{1+2j:^14.2f}|{3j}|{-1.5-0j!r}'", "'%s %r' % (1j, 2+1j)",
 "1j * 2.5", "3 - 1j", "2.0 / 1j", "True + 1j", "1j ** 0", "(2**70) * 1j", "(10**400) * 1j", "x == 1j if (x := 1j) else 0",
 "bool(0j)", "bool(-0j)", "not 1j", "abs(3+4j)", "abs(-0j)", "complex(real=2, imag=3)", "complex(imag=2)",
 "complex(1, 2, 3)", "complex('1e5j')", "complex('1.5e-3+2.5E+2j')", "complex(' 3 ')", "complex('3 j')",
 "complex('nanj')", "[1j] == [1j]", "1j in {1j: 0}", "max(1j, 2j)", "1j.imag", "(5).imag", "isinstance(1j, complex)",
 "complex.__name__", "1j.conjugate", "-1j", "(1-1j)**-2", "(0.5+0.5j)**200", "(3+0j)**0.5", "(-1+0j)**0.5",
 "(-4)**0.5", "(-4.0)**0.25", "(2+0j)**1024"]
for e in exprs:
    try:
        r = eval(e)
        print(e, "=>", repr(r) if not callable(r) else type(r).__name__)
    except Exception as x:
        print(e, "=>", type(x).__name__ + ":", x)
