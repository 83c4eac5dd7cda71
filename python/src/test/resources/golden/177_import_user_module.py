# SPDX-License-Identifier: Apache-2.0
# import of a module written beside the script (sys.path[0]): executed once, its globals its own.
import golden_helper
import golden_helper as again
from golden_helper import bump, Greeter

print(golden_helper is again)
print(bump(), bump(), golden_helper.COUNT)
print(Greeter("ftpython").greet())
print(type(golden_helper).__name__, golden_helper.__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
