# SPDX-License-Identifier: Apache-2.0
# xml for ftpython: the package that holds etree (ftpython has no packages on disk: each submodule is a module
# attribute, which `import xml.etree.ElementTree` and `from xml.etree import ElementTree` find). Only ElementTree is
# written (lib/_xml_etree_ElementTree.py); no dom, sax or parsers.expat.
import sys as _sys
import _xml_etree as etree

_sys.modules.setdefault('xml.etree', etree)  # what pickle and importers look up
_sys.modules.setdefault('xml.etree.ElementTree', etree.ElementTree)
