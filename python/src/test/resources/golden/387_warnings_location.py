# warnings.warn attributes a warning to the frame stacklevel levels up (file, line, module), so the default
# filters show a DeprecationWarning only where __main__ raised it; formatwarning adds the source line;
# -W/PYTHONWARNINGS options parse as CPython's (_setoption).
import os
import sys
import tempfile
import warnings

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'wmod387.py'), 'w') as f:
        f.write("import warnings\n"
                "def w():\n"
                "    warnings.warn('from wmod', UserWarning, stacklevel=1)\n"
                "def w2():\n"
                "    warnings.warn('attributed to caller', UserWarning, stacklevel=2)\n"
                "def dep():\n"
                "    warnings.warn('dep in module', DeprecationWarning)\n")
    sys.path.insert(0, d)
    import wmod387
    with warnings.catch_warnings(record=True) as ws:
        warnings.resetwarnings()
        warnings.simplefilter('default')
        wmod387.w()
        wmod387.w2()
        warnings.warn('main', UserWarning)
        f = lambda: warnings.warn('in lambda', stacklevel=2)
        f()
        warnings.warn('too deep', stacklevel=50)
    print([(os.path.basename(w.filename), w.lineno, str(w.message), w.category.__name__) for w in ws])
    with warnings.catch_warnings(record=True) as ws:
        warnings.resetwarnings()
        wmod387.dep()
        warnings.warn('main dep', DeprecationWarning)
    print([(os.path.basename(w.filename), w.lineno, str(w.message)) for w in ws])
    sys.path.remove(d)
print(warnings.formatwarning('msg', UserWarning, __file__, 9).replace(__file__, 'FILE'))
print(repr(warnings.formatwarning('msg', UserWarning, 'nofile', 1)))
with warnings.catch_warnings(record=True) as ws:
    warnings.resetwarnings()
    warnings._setoption('ignore::UserWarning')
    warnings._setoption('error:boom')
    warnings.warn('quiet', UserWarning)
    try:
        warnings.warn('boom here', RuntimeWarning)
    except RuntimeWarning as e:
        print('error:', e)
    for bad in ('bogus', 'ignore::NoSuchWarning', 'ignore:::::x', 'ignore::int', 'ignore::::x'):
        try:
            warnings._setoption(bad)
        except warnings._OptionError as e:
            print('_OptionError:', e)
print(len(ws))
