# SPDX-License-Identifier: Apache-2.0
# User-defined exception classes with extra attributes, args, str and repr.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class CodeError(AppError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"code {self.code}"
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args)
try:
    raise CodeError(404)
except AppError as e:
    print(type(e).__name__, str(e), e.code, e.args)
e = AppError("a", 1, [2])
print(e, repr(e), e.args, len(e.args))
print(repr(AppError()), str(AppError()), repr(AppError("only")), str(AppError("only")))
print(repr(ValueError("bad", 2)), str(ValueError("bad", 2)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("k", "j")), str(KeyError()))
print(isinstance(ValidationError("f", "m"), Exception), issubclass(CodeError, AppError))
