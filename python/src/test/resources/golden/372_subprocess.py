# subprocess: run/call/check_*/getoutput, Popen with pipes in binary and text mode, communicate with input and
# timeouts, signals, environment and cwd, files as stdin/stdout, CPython's errors. A child's output that goes to
# the parent's stdout comes after a flush of what the script printed (CPython's own buffer would reorder it).
import os
import subprocess
import sys
import tempfile
import time

PIPE = subprocess.PIPE


def show(label, value):
    print(label, value)
    sys.stdout.flush()


print('before the children')
sys.stdout.flush()
show('run:', subprocess.run(['echo', 'hello from a child']))
show('capture:', subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True))
show('text:', subprocess.run('printf "a\\r\\nb\\rc"', shell=True, capture_output=True, text=True))
show('universal_newlines:', subprocess.run(['printf', 'x\\r\\n'], stdout=PIPE, universal_newlines=True).stdout)
show('input:', subprocess.check_output(['cat'], input=b'piped bytes'))
show('input text:', subprocess.check_output(['tr', 'a-z', 'A-Z'], input='shout\n', text=True))
show('statusoutput:', subprocess.getstatusoutput('echo x; exit 2'))
show('getoutput:', subprocess.getoutput('printf "no newline\\n\\n"'))
show('call:', (subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true'])))
show('merged:', subprocess.run(['sh', '-c', 'echo one; echo two >&2'], stderr=subprocess.STDOUT,
                               stdout=PIPE).stdout.split())
show('devnull:', subprocess.run(['echo', 'dropped'], stdout=subprocess.DEVNULL))
show('env:', subprocess.run(['sh', '-c', 'echo "$FOO-$BAR"'], env={'FOO': 'foo', 'BAR': 'bar'},
                            capture_output=True, text=True).stdout)
os.environ['FT_SUBPROCESS_TEST'] = 'inherited'
show('environ:', subprocess.run(['sh', '-c', 'echo $FT_SUBPROCESS_TEST'], capture_output=True).stdout)
del os.environ['FT_SUBPROCESS_TEST']
show('shell list:', subprocess.run(['echo "$0" "$1"', 'zero', 'one'], shell=True, capture_output=True).stdout)
show('executable:', subprocess.run('echo via sh', shell=True, executable='/bin/sh', capture_output=True).stdout)

with tempfile.TemporaryDirectory() as d:
    real = os.path.realpath(d)
    show('cwd:', subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout.strip() == real)
    old = os.getcwd()
    os.chdir(d)
    show('chdir:', subprocess.run(['pwd'], capture_output=True, text=True).stdout.strip() == real)
    os.chdir(old)
    path = os.path.join(d, 'out.txt')
    with open(path, 'w') as f:
        f.write('first line\n')
        f.flush()
        r = subprocess.run(['echo', 'into a file'], stdout=f)
    with open(path) as f:
        show('stdout file:', (r.returncode, f.read()))
    with open(path, 'rb') as f:
        show('stdin file:', subprocess.run(['wc', '-l'], stdin=f, capture_output=True).stdout.split())

try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    show('CalledProcessError:', (str(e), e.returncode, e.cmd, e.stdout, e.stderr))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 4'])
except subprocess.CalledProcessError as e:
    show('check_output error:', (str(e), e.output, e.stdout))
start = time.monotonic()
try:
    subprocess.run(['sleep', '5'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    show('TimeoutExpired:', (type(e).__name__, e.cmd, e.stdout, time.monotonic() - start < 3))
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    show('timeout output:', (str(e), e.stdout, e.stderr))
for bad in (['ft-no-such-command-xyz'], ['/etc/passwd']):
    try:
        subprocess.run(bad)
    except OSError as e:
        show('OSError:', (type(e).__name__, e.errno, e.strerror, e.filename))
try:
    subprocess.run(['ls'], cwd='/ft-no-such-dir')
except OSError as e:
    show('cwd error:', (type(e).__name__, str(e)))
for kwargs in ({'input': b'x', 'stdin': PIPE}, {'capture_output': True, 'stdout': PIPE}):
    try:
        subprocess.run(['true'], **kwargs)
    except ValueError as e:
        show('ValueError:', e)
try:
    subprocess.check_output(['true'], stdout=PIPE)
except ValueError as e:
    show('ValueError:', e)
try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    show('SubprocessError:', e)
try:
    subprocess.Popen(['true'], bufsize='x')
except TypeError as e:
    show('TypeError:', e)
try:
    subprocess.run([1, 2])
except TypeError as e:
    show('TypeError:', e)
try:
    subprocess.run(['echo'], env={'A=B': '1'})
except ValueError as e:
    show('ValueError:', e)

p = subprocess.Popen(['sleep', '10'])
show('running:', (p.poll(), p.returncode, isinstance(p.pid, int) and p.pid > 0))
p.terminate()
show('terminated:', (p.wait(), p.returncode, p.poll()))
p = subprocess.Popen(['sleep', '10'])
p.kill()
show('killed:', p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(10)
show('SIGUSR1:', p.wait())
try:
    p = subprocess.Popen(['sleep', '10'])
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    show('wait timeout:', str(e))
    p.kill()
    p.wait()
e = subprocess.CalledProcessError(-9, ['x'])
show('signal message:', (str(e), str(subprocess.CalledProcessError(-99, 'y'))))

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True)
p.stdin.write('line1\nline2\n')
p.stdin.close()
show('text pipe:', (p.stdout.readline(), list(p.stdout), p.wait()))
p.stdout.close()
with subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo $i; done'], stdout=PIPE) as p:
    show('lines:', [line for line in p.stdout])
show('after with:', (p.returncode, p.stdout.closed))
p = subprocess.Popen(['sh', '-c', 'read a; echo "got $a"; echo done >&2'], stdin=PIPE, stdout=PIPE,
                     stderr=PIPE)
show('communicate:', p.communicate(b'value\n'))
show('again:', p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo first; sleep 0.6; echo second'], stdout=PIPE, text=True)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    show('communicate timeout:', e.stdout)
show('communicate retried:', p.communicate())
try:
    p.communicate(input='late')
except ValueError as e:
    show('ValueError:', e)
p = subprocess.Popen(['head', '-c', '3'], stdin=PIPE, stdout=PIPE)
show('broken pipe ignored:', p.communicate(b'x' * 200000))
big = subprocess.run(['sh', '-c', 'yes 0123456789 | head -n 20000'], capture_output=True).stdout
show('big output:', (len(big), big.count(b'\n')))
show('repr:', repr(subprocess.Popen(['true'])).split(' args')[0])
show('CompletedProcess:', (subprocess.CompletedProcess(['a'], 0), subprocess.CompletedProcess('b', 1, 'o', 'e')))
cp = subprocess.CompletedProcess(['a'], 2)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    show('check_returncode:', e)
show('list2cmdline:', subprocess.list2cmdline(['a b', 'c"d', 'e\\', '', 'f\\\\"g', 'h\\ i']))
show('generic:', (subprocess.Popen[bytes], subprocess.CompletedProcess[str]))
show('constants:', (subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL))
show('all:', sorted(subprocess.__all__))
print('after the children')
