# SPDX-License-Identifier: Apache-2.0
# Program: recursive pretty printer and serializer for nested dict/list data (JSON-like).
def dumps(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(dumps(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(dumps(str(k)) + ": " + dumps(x) for k, x in v.items()) + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def pretty(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        print(pad + "{")
        for k, x in v.items():
            if isinstance(x, (dict, list)):
                print(pad + "  " + dumps(k) + ":")
                pretty(x, indent + 2)
            else:
                print(pad + "  " + dumps(k) + ": " + dumps(x))
        print(pad + "}")
    elif isinstance(v, list):
        print(pad + "[")
        for x in v:
            pretty(x, indent + 1)
        print(pad + "]")
    else:
        print(pad + dumps(v))
doc = {"name": "ftpython", "version": 1.5, "tags": ["java", "python"], "ok": True,
       "meta": {"nested": {"deep": None}, "count": 3}, "quote": 'say "hi"\n'}
print(dumps(doc))
pretty(doc)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
