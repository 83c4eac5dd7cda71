# SPDX-License-Identifier: Apache-2.0
# threading.local as a class a program can derive from. threading.local() itself answers the native per-thread object
# (_thread._local: a dict per thread in Java, dropped when the thread ends; isinstance counts it as this class). A
# subclass's instances keep their per-thread dicts in two native locals: one for the attributes, one marking the
# threads that have run the subclass's __init__, which runs again, with the constructor's arguments, the first time
# another thread touches the object, as CPython's does.
import _thread

__all__ = ['local']

# The native per-thread object's factory; _thread._local itself becomes this module's class (below), so that
# _thread._local is threading.local and can be derived from, as CPython's type.
_native_local = getattr(_thread, '_native_local', _thread._local)
_thread._native_local = _native_local


def _thread_dict(self):
    """The calling thread's attribute dict of self, made (and __init__ run) on this thread's first use."""
    get = object.__getattribute__
    data = get(self, '_local__data')
    seen = get(self, '_local__seen')
    d = data.__dict__
    if 'init' not in seen.__dict__:
        seen.init = True
        args, kw = get(self, '_local__args')
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


def _data_descriptor(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            attr = base.__dict__[name]
            return hasattr(attr, '__set__') or hasattr(attr, '__delete__')
    return False


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        if cls is local:
            return _native_local()
        self = object.__new__(cls)
        object.__setattr__(self, '_local__data', _native_local())
        seen = _native_local()
        seen.init = True  # the creating thread: the class call runs __init__ itself
        object.__setattr__(self, '_local__seen', seen)
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def __getattribute__(self, name):
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        d = _thread_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        d = _thread_dict(self)
        if _data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        d = _thread_dict(self)
        if _data_descriptor(type(self), name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))


local.__module__ = '_thread'
_thread._local = local
