# SPDX-License-Identifier: Apache-2.0
# concurrent for ftpython: the package that holds futures (ftpython has no packages on disk: the submodule is a
# module attribute, which `import concurrent.futures` and `from concurrent.futures import ...` find).
import _concurrent_futures as futures
