# shlex.shlex, the lexer class (test_shlex): POSIX and compatibility modes, quotes and escapes, comments,
# punctuation characters, whitespace_split, push_token, error_leader; split on top of it.
import shlex
for posix in (False, True):
    for text in ['foo bar', "foo 'bar baz' \"q \\\"x\\\" w\"", 'a#comment\nb', "x'y'z \"a\"b", 'a\\ b c\\\\d', "e'x'\\''y'", '"a\\$b" \'c\\d\'', 'ab;cd&&ef', 'Ääß word']:
        lex = shlex.shlex(text, posix=posix)
        print(posix, repr(text), list(lex))
for text in ['a && b || c', 'echo hi > /tmp/f; cat</tmp/f|wc -l', '(a)(b)', '~/x.y=z']:
    print(list(shlex.shlex(text, punctuation_chars=True)), list(shlex.shlex(text, posix=True, punctuation_chars='|&')))
lex = shlex.shlex('a b c', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.punctuation_chars == '', lex.eof)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('one\ntwo three', infile='conf.txt')
print(lex.get_token(), lex.get_token(), lex.error_leader(), lex.lineno, repr(lex.get_token()), repr(lex.get_token()))
for bad in ['"unclosed', "'x", 'end\\']:
    for posix in (False, True):
        try:
            print(list(shlex.shlex(bad, posix=posix)))
        except ValueError as e:
            print(posix, "ValueError:", e)
print(shlex.split('a "b c" # d', comments=True), shlex.split('a "b c" # d'), shlex.split("x 'y z'", posix=False))
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError:", e)
print(shlex.join(['a b', "c'd", '']), shlex.quote("it's"))
