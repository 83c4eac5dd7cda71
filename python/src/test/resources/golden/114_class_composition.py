# SPDX-License-Identifier: Apache-2.0
# Composition of objects: a linked list and a binary search tree implemented with classes.
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self):
        self.head = None
    def push(self, v):
        self.head = Node(v, self.head)
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        return LLIter(self.head)
class LLIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.val
        self.node = self.node.next
        return v
ll = LinkedList()
for i in range(5):
    ll.push(i)
print(list(ll))
ll.reverse()
print(list(ll))
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        self.root = self._ins(self.root, k)
    def _ins(self, n, k):
        if n is None:
            return [k, None, None]
        if k < n[0]:
            n[1] = self._ins(n[1], k)
        elif k > n[0]:
            n[2] = self._ins(n[2], k)
        return n
    def inorder(self, n, out):
        if n:
            out = self.inorder(n[1], out) + [n[0]]
            out = self.inorder(n[2], out)
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(t.inorder(t.root, []))
