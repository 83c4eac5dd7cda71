# SPDX-License-Identifier: Apache-2.0
# Exception class hierarchy: catching base classes, except tuples, order of handlers.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (KeyboardInterrupt, BaseException), (Exception, BaseException), (StopIteration, Exception),
    (AssertionError, Exception), (TypeError, ValueError), (AttributeError, Exception),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
try:
    raise KeyError("x")
except LookupError:
    print("KeyError caught as LookupError")
except KeyError:
    print("unreachable handler")
