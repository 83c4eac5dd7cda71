# SPDX-License-Identifier: Apache-2.0
# string for ftpython: the character constants, capwords, and Template ($-substitution).
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _convert(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        d = self.delimiter
        while i < n:
            c = t[i]
            if c != d:
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == d:
                out.append(d)
                i += 2
                continue
            braced = i + 1 < n and t[i + 1] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (t[k].isalnum() or t[k] == '_') and t[k].isascii():
                k += 1
            name = t[j:k]
            valid = bool(name) and not name[0].isdigit() and (not braced or k < n and t[k] == '}')
            if not valid:
                if safe:
                    out.append(d)
                    i += 1
                    continue
                line = t[:i].count('\n') + 1
                col = i - (t.rfind('\n', 0, i) + 1) + 1
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._convert(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._convert(m, True)
