# SPDX-License-Identifier: Apache-2.0
# Uncaught IndexError from a list ends the script with exit 1.
queue = ["x", "y"]
print(queue.pop(0), queue)
stack = [1, 2]
print(stack.pop(), stack.pop())
print("stack empty:", stack == [])
items = ["a", "b", "c"]
for i in range(4):
    print(i, items[i])
