# SPDX-License-Identifier: Apache-2.0
# Lists as stacks and queues: balanced brackets, BFS order, undo stack.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
queue = [1]
seen = {1}
order = []
while queue:
    n = queue.pop(0)
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            queue.append(m)
print(order)
undo = []
doc = []
for op in ["a", "b", "c", "UNDO", "d", "UNDO", "UNDO", "e"]:
    if op == "UNDO":
        doc.pop()
    else:
        doc.append(op)
        undo.append(op)
print(doc, undo)
