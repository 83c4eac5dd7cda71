# SPDX-License-Identifier: Apache-2.0
# A manual weak-value registry built on weakref.ref callbacks that remove dead entries.
import weakref
class Session:
    def __init__(self, sid):
        self.sid = sid
registry = {}
def register(s):
    def cleanup(ref, sid=s.sid):
        print("cleanup", sid)
        del registry[sid]
    registry[s.sid] = weakref.ref(s, cleanup)
sessions = [Session(i) for i in range(5)]
for s in sessions:
    register(s)
s = None
print(sorted(registry))
sessions.pop(2)
print(sorted(registry))
sessions = sessions[:1]
print(sorted(registry))
print(registry[0]().sid)
sessions = None
print(sorted(registry))
