# SPDX-License-Identifier: Apache-2.0
# unittest: TestCase assertions, fixtures, skips, expected failures, subtests, cleanups, TestLoader/TextTestRunner, main.
import unittest
import sys

class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    def setUp(self):
        self.data = [3, 1, 2]

    def tearDown(self):
        self.data = None

    def test_sort(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        {}["missing"]

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(KeyError, "k"):
            {}["k"]

    def test_misc(self):
        self.assertTrue(1)
        self.assertFalse([])
        self.assertIn(2, self.data)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", "l+")

    @unittest.skip("not now")
    def test_skipped(self):
        self.fail("never")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class Other(unittest.TestCase):
    def test_ok(self):
        self.addCleanup(print, "cleanup ran")
        self.assertNotEqual(1, 2)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
          "skipped", len(result.skipped), "expected", len(result.expectedFailures), result.wasSuccessful())
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromTestCase(Other)
    import io
    import re
    out = io.StringIO()  # the run's time varies with the machine's load: printed as X.XXX
    r = unittest.TextTestRunner(stream=out, verbosity=0).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()), end="")
    print(r.wasSuccessful())
    unittest.main(defaultTest="Other")
