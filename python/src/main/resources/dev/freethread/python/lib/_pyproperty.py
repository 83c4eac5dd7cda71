# SPDX-License-Identifier: Apache-2.0
# The property that classes deriving from property get in ftpython. The built-in property is a Java object that a
# class statement cannot extend, so `class cached(property)` is given this class, written in Python with the built-in
# one's behaviour (fget/fset/fdel, the getter's doc, getter/setter/deleter copies of the subclass, __set_name__'s name
# in messages, __isabstractmethod__); isinstance and issubclass count it as property, and its repr and name are
# property's. Only subclasses are made from it: property(...) itself stays the built-in object.
import builtins as _builtins

_builtin_property = _builtins.property


class property:
    """Property attribute.

      fget
        function to be used for getting an attribute value
      fset
        function to be used for setting an attribute value
      fdel
        function to be used for del'ing an attribute
      doc
        docstring
    """

    # what an instance made by property.__new__ alone has (CPython's fields start as NULL)
    fget = fset = fdel = None
    _prop_name = None
    _doc_from_getter = False

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self._prop_name = None
        self._doc_from_getter = False
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
            self._doc_from_getter = doc is not None
        # CPython keeps a subclass instance's doc in its __dict__, where the class's own docstring would hide it
        self.__dict__['__doc__'] = doc

    def __set_name__(self, owner, name):
        self._prop_name = name

    def _name_for_message(self):
        name = self._prop_name
        if name is None and self.fget is not None:
            name = getattr(self.fget, '__name__', None)
        return '' if name is None else repr(name) + ' '

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError(f"property {self._name_for_message()}of {type(obj).__qualname__!r} object has no getter")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(f"property {self._name_for_message()}of {type(obj).__qualname__!r} object has no setter")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError(f"property {self._name_for_message()}of {type(obj).__qualname__!r} object has no "
                                 f"deleter")
        self.fdel(obj)

    def _copy(self, fget, fset, fdel):
        # the copy is of the subclass; a doc that came from the old getter is the new getter's
        doc = None if self._doc_from_getter else self.__dict__.get('__doc__')
        prop = type(self)(fget, fset, fdel, doc)
        if isinstance(prop, property):  # a __new__ may answer something else, left as it is (CPython's)
            prop._prop_name = self._prop_name
        return prop

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)

    @_builtin_property
    def __isabstractmethod__(self):
        return any(getattr(f, '__isabstractmethod__', False) for f in (self.fget, self.fset, self.fdel))

    @_builtin_property
    def __name__(self):
        if self._prop_name is not None:
            return self._prop_name
        if self.fget is not None and hasattr(self.fget, '__name__'):
            return self.fget.__name__
        raise AttributeError("'property' object has no attribute '__name__'")


property.__module__ = 'builtins'
