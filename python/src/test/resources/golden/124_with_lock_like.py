# SPDX-License-Identifier: Apache-2.0
# Context managers for resource bookkeeping: nested acquisition, release on error, reuse.
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        Resource.open_count += 1
        self.log.append("open")
        return self
    def __exit__(self, *exc):
        Resource.open_count -= 1
        self.log.append("close")
        return False
    def use(self, v):
        if v < 0:
            raise ValueError("negative")
        self.log.append(v)
r = Resource("db")
with r:
    r.use(1)
    with Resource("cache") as c:
        c.use(2)
        print("open now", Resource.open_count)
    print("open now", Resource.open_count, c.log)
try:
    with r:
        r.use(5)
        r.use(-1)
        r.use(6)
except ValueError as e:
    print("error", e)
print(r.log, Resource.open_count)
