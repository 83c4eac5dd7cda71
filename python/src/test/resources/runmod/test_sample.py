# a test module run by InterpreterTest through ftpython -m unittest
import unittest


class Sample(unittest.TestCase):
    def test_passes(self):
        self.assertEqual(2 + 2, 4)

    def test_fails(self):
        self.assertEqual(2 + 2, 5)
