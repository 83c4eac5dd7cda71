# SPDX-License-Identifier: Apache-2.0
# ascii() and the !a conversion escape non-ASCII code points as \xNN, \uNNNN and \UNNNNNNNN (python3.13).
print(ascii("é\u1234\U0001F600x"), ascii(["ü", {"ß": 1}]), ascii(1), ascii("plain"))
x = "é"
print(f"{x!a}", "%a" % x, "{!a}".format(x), f"{x!a:>8}")
