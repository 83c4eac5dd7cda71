# SPDX-License-Identifier: Apache-2.0
# Uncaught KeyError from a dict lookup ends the script with exit 1.
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("user", "anonymous"))
config["debug"] = False
print(len(config), "debug" in config)
print(sorted(config))
print(config["timeout"])
print("unreachable")
