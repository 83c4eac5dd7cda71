# SPDX-License-Identifier: Apache-2.0
# unittest.main() on failing tests: exit status 1 and CPython's summary line.
import unittest


class Failing(unittest.TestCase):
    def test_wrong_sum(self):
        self.assertEqual(sum([1, 2]), 4)

    def test_not_in(self):
        self.assertIn("z", "abc")

    def test_raises_other(self):
        int([])

    def test_passes(self):
        self.assertTrue(True)

    @unittest.skipIf(True, "condition holds")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertFalse(True)


print("before main")
unittest.main()
