# SPDX-License-Identifier: Apache-2.0
# xml.etree for ftpython: holds ElementTree (cElementTree is its old alias, as in CPython).
import _xml_etree_ElementTree as ElementTree

cElementTree = ElementTree
