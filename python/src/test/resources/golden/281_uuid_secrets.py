# uuid (UUID and uuid1/3/4/5 with CPython 3.13's fields, errors and name-based values), secrets and os.urandom.
import uuid, secrets, os
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes[:4], u.bytes_le[:4], u.time_low, u.node, u.clock_seq)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, b"x"))
v4 = uuid.uuid4(); print(v4.version, v4.variant, len(str(v4)), v4 == uuid.UUID(str(v4)), v4 != uuid.uuid4())
v1 = uuid.uuid1(); print(v1.version, v1.variant, v1.time > 0)
print(uuid.UUID(int=0).int == 0, hasattr(uuid, "NIL"), uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, "int", 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)])[0].int, hash(u) == hash(uuid.UUID(str(u))), {u: 1}[uuid.UUID(u.hex)])
print(len(os.urandom(16)), type(os.urandom(0)).__name__, len(secrets.token_bytes(8)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(9)))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(5) < 32, secrets.compare_digest("ab", "ab"), secrets.compare_digest(b"ab", b"ac"))
sr = secrets.SystemRandom(); print(0 <= sr.random() < 1, 1 <= sr.randint(1, 3) <= 3, sorted(sr.sample(range(5), 5)))
for bad in [lambda: os.urandom(-1), lambda: secrets.randbelow(0), lambda: secrets.choice([]), lambda: secrets.compare_digest("é", "é")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
