# SPDX-License-Identifier: Apache-2.0
# set cases after CPython's test_set: in-place updates, operators and their messages, iteration changes.
from suite_case import T
T("ops", lambda: (sorted({1, 2} | {2, 3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3})))
T("cmp", lambda: ({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == {1}, {1} != {2}, {1} < {2}))
T("cmp list", lambda: {1} < [1, 2])
T("eq list", lambda: {1} == [1])
T("methods multi", lambda: (sorted({1}.union([2], (3,), [4])), sorted({1, 2, 3}.difference([1], [2])), sorted({1, 2}.symmetric_difference([2, 3]))))
T("sym diff multi", lambda: {1}.symmetric_difference([1], [2]))
T("update multi", lambda: (lambda s: (s.update([2], [3]), sorted(s))[1])({1}))
T("intersection_update", lambda: (lambda s: (s.intersection_update([1, 2], [2, 3]), s)[1])({1, 2, 3}))
T("difference_update", lambda: (lambda s: (s.difference_update([1], [2]), s)[1])({1, 2, 3}))
T("sym_update", lambda: (lambda s: (s.symmetric_difference_update([2, 3]), sorted(s))[1])({1, 2}))
T("ior", lambda: (lambda s: (s.__ior__({5}), sorted(s))[1])({1}))
T("ior list", lambda: (lambda s: s.__ior__([5]))({1}))
T("in-place ops", lambda: (lambda s: [s.__isub__({1}), s][1])({1, 2}))
def aug():
    s = {1, 2}
    t = s
    s |= {3}; s &= {1, 3}; s -= {1}; s ^= {4}
    return sorted(s), s is t
T("augmented set ops", aug)
T("aug with list", lambda: exec("s = {1}\ns |= [2]") if False else 'skip')
def aug_list():
    s = {1}
    s |= [2]
T("|= list", aug_list)
T("set of unhashable", lambda: set([[1]]))
T("add unhashable", lambda: set().add([]))
T("remove missing", lambda: {1}.remove(2))
T("discard unhashable", lambda: {1}.discard([]))
T("contains unhashable", lambda: [] in {1})
T("contains set of sets", lambda: set() in {1})
T("pop", lambda: (lambda s: (s.pop(), s))({7}))
T("copy independence", lambda: (lambda s: (lambda c: (c.add(2), s, sorted(c)))(s.copy()))({1}))
T("comprehension", lambda: sorted({x % 3 for x in range(10)}))
T("len bool", lambda: (len({1, 2, 2}), bool(set()), bool({0})))
T("set from dict", lambda: sorted(set({'a': 1, 'b': 2})))
T("set from str", lambda: sorted(set('hello')))
T("isdisjoint", lambda: ({1}.isdisjoint([2]), {1}.isdisjoint({1})))
T("issubset iterable", lambda: ({1}.issubset([1, 2]), {1, 3}.issuperset((1,))))
T("hash", lambda: hash(set()))
T("repr empty", lambda: (repr(set()), str(set())))
T("mixed numbers", lambda: sorted({1, 1.0, True, 2}))
T("equal hash distinct", lambda: len({0, 0.0, False, -0.0}))
def mutate_during_iter():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
T("mutate during iteration", mutate_during_iter)
def remove_during_iter():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
T("remove during iteration", remove_during_iter)
