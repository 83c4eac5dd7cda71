# textwrap against CPython's rules: chunking (hyphenated words, em-dashes between words, whitespace), long words
# (a full line takes nothing of them; breaks at the last hyphen that fits), fix_sentence_endings, max_lines and the
# placeholder, shorten, dedent and indent, over random texts (3,000 cases of this generator matched CPython 3.13;
# 300 here). test_textwrap passes (it had 13 failures and 6 errors).
import random, textwrap
rnd = random.Random(2024)
alphabet = ['a', 'b', 'Z', '1', '2', '-', '-', '-', ' ', ' ', '.', ',', '!', '?', '"', "'", '(', ')', '_', 'é', '\t', '\n', '&']
out = []
for case in range(300):
    n = rnd.randint(0, 40)
    text = ''.join(rnd.choice(alphabet) for _ in range(n))
    width = rnd.randint(1, 15)
    kw = dict(break_on_hyphens=rnd.random() < 0.8, break_long_words=rnd.random() < 0.8,
              fix_sentence_endings=rnd.random() < 0.3, drop_whitespace=rnd.random() < 0.8)
    if rnd.random() < 0.2:
        kw['max_lines'] = rnd.randint(1, 3)
        kw['placeholder'] = rnd.choice([' [...]', '~', '..'])
    try:
        r = textwrap.wrap(text, width, **kw)
    except ValueError as e:
        r = 'ValueError ' + str(e)
    w = textwrap.TextWrapper(break_on_hyphens=kw['break_on_hyphens'])
    out.append('%d %r %r %r' % (case, r, w._split(text), textwrap.shorten(text, max(width, 8)) if text.strip() else ''))
    out.append(repr(textwrap.dedent(text)) + repr(textwrap.indent(text, '> ')))
print('\n'.join(out))
