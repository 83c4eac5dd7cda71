# SPDX-License-Identifier: Apache-2.0
# A module imported by 177_import_user_module.py (not a golden script itself: its name has no number).
print("golden_helper runs once, as", __name__)
COUNT = 0


def bump():
    global COUNT
    COUNT += 1
    return COUNT


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello, " + self.name
