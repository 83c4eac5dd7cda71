# SPDX-License-Identifier: Apache-2.0
# urllib for ftpython: the package that holds parse (ftpython has no packages on disk: the submodule is a module
# attribute, which `import urllib.parse` and `from urllib.parse import ...` find). No request, response, error or
# robotparser: ftpython has no network access.
import sys as _sys
import _urllib_parse as parse

_sys.modules.setdefault('urllib.parse', parse)  # what pickle and importers look up
