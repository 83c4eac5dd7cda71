# tempfile (mkdtemp, TemporaryDirectory, NamedTemporaryFile, TemporaryFile) and shutil (copy, copytree, copyfile,
# move, rmtree and their errors), with no path printed: the names are random.
import os, shutil, tempfile
d = tempfile.mkdtemp(prefix="ftt_", suffix=".d")
print(os.path.isdir(d), os.path.basename(d).startswith("ftt_"), d.endswith(".d"), len(os.path.basename(d)))
print(tempfile.gettempdir() == "/tmp", tempfile.gettempprefix())
with open(os.path.join(d, "a.txt"), "w") as f:
    f.write("alpha\n")
os.makedirs(os.path.join(d, "sub", "deeper"))
with open(os.path.join(d, "sub", "deeper", "b.bin"), "wb") as f:
    f.write(b"\x00beta")
print(shutil.copy(os.path.join(d, "a.txt"), os.path.join(d, "sub")) == os.path.join(d, "sub", "a.txt"))
print(open(os.path.join(d, "sub", "a.txt")).read(), end="")
t = shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "copy"))
print(sorted(os.listdir(t)), open(os.path.join(t, "deeper", "b.bin"), "rb").read())
try:
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "copy"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "copy"), dirs_exist_ok=True)
try:
    shutil.copyfile(os.path.join(d, "a.txt"), os.path.join(d, "a.txt"))
except shutil.SameFileError as e:
    print("SameFileError", isinstance(e, OSError), str(e) == "%r and %r are the same file" % ((os.path.join(d, "a.txt"),) * 2))
print(shutil.move(os.path.join(d, "a.txt"), os.path.join(d, "moved.txt")) == os.path.join(d, "moved.txt"))
print(sorted(os.listdir(d)))
try:
    shutil.rmtree(os.path.join(d, "moved.txt"))
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
try:
    shutil.rmtree(os.path.join(d, "nothing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(os.path.join(d, "nothing"), ignore_errors=True)
errs = []
shutil.rmtree(os.path.join(d, "nothing"), onexc=lambda f, p, e: errs.append(type(e).__name__))
print(errs)
shutil.rmtree(d)
print(os.path.exists(d))
with tempfile.TemporaryDirectory(prefix="ftx") as td:
    print(os.path.isdir(td), os.path.basename(td)[:3])
    open(os.path.join(td, "f"), "w").close()
print(os.path.exists(td))
tdo = tempfile.TemporaryDirectory()
print(repr(tdo) == "<TemporaryDirectory %r>" % tdo.name)
tdo.cleanup(); print(os.path.exists(tdo.name))
with tempfile.NamedTemporaryFile() as f:
    print(f.mode, f.write(b"data"), os.path.exists(f.name))
    f.seek(0)
    print(f.read())
    name = f.name
print(os.path.exists(name))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as f:
    f.write("text\n")
    f.flush()
    print(f.mode, f.name.endswith(".txt"), open(f.name).read(), end="")
print(os.path.exists(f.name)); os.remove(f.name)
with tempfile.TemporaryFile() as f:
    f.write(b"x"); f.seek(0); print(f.read())
for line in tempfile.NamedTemporaryFile("w+"):
    print("never")
