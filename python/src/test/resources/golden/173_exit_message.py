# SPDX-License-Identifier: Apache-2.0
# sys.exit with a string prints it to stderr and exits with status 1.
import sys
settings = {"mode": "fast"}
print("mode is", settings["mode"])
print("known keys:", sorted(settings))
if "path" not in settings:
    print("path setting missing")
    sys.exit("fatal: path not configured")
print("not reached")
