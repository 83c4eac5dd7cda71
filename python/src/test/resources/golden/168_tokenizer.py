# SPDX-License-Identifier: Apache-2.0
# Program: a tiny tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c in " +-*/()^%":
            tokens += [("op", c)] if c != " " else []
            i += 1
        elif c.isdigit() or c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] in "._"):
                j += 1
            text, i = src[i:j], j
            num = float(text) if "." in text else int(text) if text[0].isdigit() else None
            tokens.append(("name", text) if num is None else ("num", num))
        else:
            raise ValueError(f"bad char {c!r} at {i}")
    return tokens + [("eof", None)]
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def take(self):
        self.pos += 1
        return self.toks[self.pos - 1]
    def at(self, *ops):
        return self.toks[self.pos][1] in ops
    def expr(self):
        v = self.term()
        while self.at("+", "-"):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.at("*", "/", "%"):
            op, r = self.take()[1], self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        kind, val = self.take()
        if val == "-":
            base = -self.factor()
        elif val == "(":
            base = self.expr()
            self.take()
        else:
            base = self.env[val] if kind == "name" else val
        if self.at("^"):
            self.take()
            base = base ** self.factor()
        return base
env = {"x": 3, "y_2": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "y_2 / 4", "7 % 3 + 1.5", "2 * (x + y_2) - 1", "-x + 1"]:
    print(f"{src:<20} {len(tokenize(src)):>2} tokens -> {Parser(tokenize(src), env).expr()}")
print(tokenize("a1+22*(b)"))
for bad in ["1 $ 2", "z + 1"]:
    try:
        Parser(tokenize(bad), env).expr()
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
