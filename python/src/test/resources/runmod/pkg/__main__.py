# the package's __main__: run as __main__ after the package's __init__, its relative import working
import sys
from .helper import greet
print("main", __name__, __package__, sys.argv[0].endswith("runmod/pkg/__main__.py"), sys.argv[1:])
print(greet())
raise SystemExit(3)
