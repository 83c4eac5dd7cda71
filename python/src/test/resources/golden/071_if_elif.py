# SPDX-License-Identifier: Apache-2.0
# if/elif/else chains, nested ifs and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"
for n in [-5, 0, 3, 4, 10, 99]:
    print(n, classify(n))
def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(" ".join(fizz(i) for i in range(1, 21)))
x = 7
y = "big" if x > 5 else "small"
print(y, ("a" if x else "b"), (1 if None else 2))
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
else:
    print("empties are false")
if x:
    pass
print("done")
