# pathlib (pure paths and the file-system methods), os.stat/lstat/scandir/walk, and PathLike arguments to open and
# os.path, in a temporary directory.
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath
p = PurePath("/usr//local/./lib/python3.13/site.tar.gz")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, p.is_absolute())
print(list(map(str, p.parents)), p.with_name("x.py"), p.with_suffix(".bz2"), p.with_stem("other"))
q = PurePosixPath("a/b") / "c" / PurePosixPath("d.txt")
print(q, "x" / q, q.relative_to("a"), q.is_relative_to("a/b"), q.is_relative_to("z"), q.joinpath("e", "f"))
print(PurePath("a/b") == PurePath("a//b/"), PurePath("a") < PurePath("b"), hash(PurePath("a/b")) == hash(PurePath("a/b/")))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("a/b.py").match("a/*.txt"))
print(PurePath(""), PurePath("."), PurePath(".hidden").suffix, PurePath("a.").suffix, PurePath("..").name, PurePath("/").name)
print(PurePath("a/../b"), str(PurePath("//x")), PurePath("a").parent, PurePath("/").parent)
for bad in [lambda: PurePath("a").with_suffix("txt"), lambda: PurePath("").with_name("x"), lambda: PurePath("/a").relative_to("/b")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath), os.fspath(Path("a/b")))
d = Path(tempfile.mkdtemp())
try:
    (d / "sub" / "deep").mkdir(parents=True)
    f = d / "sub" / "hello.txt"
    print(f.write_text("hi there\n"), f.read_text(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    (d / "sub" / "data.bin").write_bytes(b"\x00\x01")
    print((d / "sub" / "data.bin").read_bytes(), os.path.getsize(d / "sub" / "data.bin"))
    (d / "top.py").touch()
    print(sorted(p.name for p in (d / "sub").iterdir()))
    print(sorted(str(p.relative_to(d)) for p in d.glob("*")), sorted(str(p.relative_to(d)) for p in d.rglob("*.txt")))
    print(sorted(str(p.relative_to(d)) for p in d.glob("**/*")))
    with open(d / "top.py", "w") as fh:
        fh.write("print(1)\n")
    with (d / "top.py").open() as fh:
        print(fh.read().strip())
    g = f.rename(d / "renamed.txt")
    print(g.name, f.exists(), g.exists())
    walked = [(os.path.relpath(dp, d), sorted(dn), sorted(fn)) for dp, dn, fn in os.walk(d)]
    print(sorted(walked))
    st = os.stat(g)
    print(st.st_size, st[6], isinstance(st.st_mtime, float), st.st_mtime > 1e9)
    print(sorted(e.name for e in os.scandir(d)), [e.is_dir() for e in sorted(os.scandir(d), key=lambda e: e.name)])
    g.unlink()
    g.unlink(missing_ok=True)
    try:
        g.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError")
    print(d.resolve() == d.absolute(), Path("rel").absolute().is_absolute(), Path.cwd().is_absolute())
finally:
    import shutil
    shutil.rmtree(d)
print(d.exists())
