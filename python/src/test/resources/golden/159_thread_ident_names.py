# SPDX-License-Identifier: Apache-2.0
# current_thread().name inside named threads and get_ident distinctness (only compared, never printed).
import threading
names = {}
idents = {}
lock = threading.Lock()
def who(slot):
    with lock:
        names[slot] = threading.current_thread().name
        idents[slot] = threading.get_ident()
threads = [threading.Thread(target=who, args=(i,), name="T" + str(i)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([names[i] for i in range(5)])
main_ident = threading.get_ident()
print(main_ident not in idents.values(), threading.get_ident() == main_ident)
print(threading.current_thread().name, isinstance(main_ident, int))
print(all(isinstance(v, int) for v in idents.values()))
