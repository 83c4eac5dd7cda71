# re: sre_parse's 'nothing to repeat' and 'multiple repeat' where Java took the pattern or named it in its own words
# (test_re's loops: a repeat after a lazy or possessive mark, {m,n} after a repeat, a repeat right after (?: )
import re
out = []
def check(p):
    try:
        re.compile(p); out.append((p, 'ok'))
    except re.error as e:
        out.append((p, e.msg, e.pos))
for reps in '*', '+', '?', '{1,2}':
    for mod in '', '?':
        check('%s%s' % (reps, mod)); check('(?:%s%s)' % (reps, mod))
for outer_reps in '*', '+', '?', '{1,2}':
    for outer_mod in '', '?', '+':
        for inner_reps in '*', '+', '?', '{1,2}':
            for inner_mod in '', '?', '+':
                check('x%s%s%s%s' % (inner_reps, inner_mod, outer_reps, outer_mod))
for p in ['x{1,2}+', 'x*+', 'x+?', 'x??', 'x{3}?', 'a{,2}+', 'x{2,1}', '(?:x)**', 'a|*', '^*', '$*']:
    check(p)
for o in out: print(o)
