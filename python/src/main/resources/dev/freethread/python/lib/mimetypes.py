# SPDX-License-Identifier: Apache-2.0
# mimetypes: guess the MIME type of a file from its name or URL, for
# ftpython, written in pure Python.  Like CPython 3.13 on a POSIX system, the
# built-in table is extended by the mime.types files listed in `knownfiles`;
# there is no Windows registry support.

"""Guess the MIME type of a file.

guess_type(url, strict=True) -- guess the MIME type and encoding of a URL.
guess_extension(type, strict=True) -- guess the extension for a given MIME type.

Data: knownfiles, inited, suffix_map, encodings_map, types_map, common_types.
Functions: init([files]), read_mime_types(file).
"""

import os
import sys
import posixpath
import urllib.parse

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_file_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


def _words(line):
    """The words of a mime.types line, without its comment."""
    words = line.split()
    for i, w in enumerate(words):
        if w[0] == '#':
            return words[:i]
    return words


# Built-in tables, in mime.types format ("type ext ext ...").  Order matters:
# the first extension listed for a type is the one guess_extension() picks.
_STANDARD_TABLE = """
    text/javascript js mjs
    application/json json
    application/manifest+json webmanifest
    application/msword doc dot wiz
    application/n-quads nq
    application/n-triples nt
    application/octet-stream bin a dll exe o obj so
    application/oda oda
    application/pdf pdf
    application/pkcs7-mime p7c
    application/postscript ps ai eps
    application/trig trig
    application/vnd.apple.mpegurl m3u m3u8
    application/vnd.ms-excel xls xlb
    application/vnd.ms-powerpoint ppt pot ppa pps pwz
    application/wasm wasm
    application/x-bcpio bcpio
    application/x-cpio cpio
    application/x-csh csh
    application/x-dvi dvi
    application/x-gtar gtar
    application/x-hdf hdf
    application/x-hdf5 h5
    application/x-latex latex
    application/x-mif mif
    application/x-netcdf cdf nc
    application/x-pkcs12 p12 pfx
    application/x-pn-realaudio ram
    application/x-python-code pyc pyo
    application/x-sh sh
    application/x-shar shar
    application/x-shockwave-flash swf
    application/x-sv4cpio sv4cpio
    application/x-sv4crc sv4crc
    application/x-tar tar
    application/x-tcl tcl
    application/x-tex tex
    application/x-texinfo texi texinfo
    application/x-troff roff t tr
    application/x-troff-man man
    application/x-troff-me me
    application/x-troff-ms ms
    application/x-ustar ustar
    application/x-wais-source src
    application/xml xsl rdf wsdl xpdl
    application/zip zip
    audio/3gpp 3gp 3gpp
    audio/3gpp2 3g2 3gpp2
    audio/aac aac adts loas ass
    audio/basic au snd
    audio/mpeg mp3 mp2
    audio/opus opus
    audio/x-aiff aif aifc aiff
    audio/x-pn-realaudio ra
    audio/x-wav wav
    image/avif avif
    image/bmp bmp
    image/gif gif
    image/ief ief
    image/jpeg jpg jpe jpeg
    image/heic heic
    image/heif heif
    image/png png
    image/svg+xml svg
    image/tiff tiff tif
    image/vnd.microsoft.icon ico
    image/webp webp
    image/x-cmu-raster ras
    image/x-portable-anymap pnm
    image/x-portable-bitmap pbm
    image/x-portable-graymap pgm
    image/x-portable-pixmap ppm
    image/x-rgb rgb
    image/x-xbitmap xbm
    image/x-xpixmap xpm
    image/x-xwindowdump xwd
    message/rfc822 eml mht mhtml nws
    text/css css
    text/csv csv
    text/html html htm
    text/markdown md markdown
    text/n3 n3
    text/plain txt bat c h ksh pl srt
    text/richtext rtx
    text/rtf rtf
    text/tab-separated-values tsv
    text/vtt vtt
    text/x-python py
    text/x-rst rst
    text/x-setext etx
    text/x-sgml sgm sgml
    text/x-vcard vcf
    text/xml xml
    video/mp4 mp4
    video/mpeg mpeg m1v mpa mpe mpg
    video/quicktime mov qt
    video/webm webm
    video/x-msvideo avi
    video/x-sgi-movie movie
"""

_COMMON_TABLE = """
    application/rtf rtf
    audio/midi midi mid
    image/jpg jpg
    image/pict pict pct pic
    text/xul xul
"""


def _table(text):
    result = {}
    for line in text.splitlines():
        words = _words(line)
        if words:
            for ext in words[1:]:
                result['.' + ext] = words[0]
    return result


class MimeTypes:
    """MIME-types datastore.

    This datastore can handle information from mime.types-style files
    and supports basic determination of MIME type from a filename or
    URL, and can guess a reasonable extension given a MIME type.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        # index 0: non-strict (common) types, index 1: strict (standard) ones
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Add a mapping between a type and an extension.

        When the extension is already known, the new
        type will replace the old one. When the type
        is already known the extension will be added
        to the list of known extensions.

        If strict is true, information will be added to
        list of standard types, else to the list of non-standard
        types.
        """
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Guess the type of a file which is either a URL or a path-like object.

        Return value is a tuple (type, encoding) where type is None if
        the type can't be guessed (no or unknown suffix) or a string
        of the form type/subtype, usable for a MIME Content-type
        header; and encoding is None for no encoding or the name of
        the program used to encode (e.g. compress or gzip).
        """
        url = os.fspath(url)
        parts = urllib.parse.urlparse(url)
        if not (parts.scheme and len(parts.scheme) > 1):
            return self.guess_file_type(url, strict=strict)
        path = parts.path
        if parts.scheme == 'data':
            # data:[<mediatype>][;base64],<data>
            comma = path.find(',')
            if comma < 0:
                return None, None
            semi = path.find(';', 0, comma)
            mediatype = path[:semi] if semi >= 0 else path[:comma]
            if '=' in mediatype or '/' not in mediatype:
                mediatype = 'text/plain'
            return mediatype, None
        return self._guess_file_type(path, strict, posixpath.splitext)

    def guess_file_type(self, path, *, strict=True):
        """Guess the type of a file based on its path.

        Similar to guess_type(), but takes file path istead of URL.
        """
        path = os.fsdecode(path)
        path = os.path.splitdrive(path)[1]
        return self._guess_file_type(path, strict, os.path.splitext)

    def _guess_file_type(self, path, strict, splitext):
        base, ext = splitext(path)
        # Expand compound suffixes such as .tgz -> .tar.gz
        while ext.lower() in self.suffix_map:
            base, ext = splitext(base + self.suffix_map[ext.lower()])
        # encodings_map is case sensitive
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        standard = self.types_map[True]
        if ext in standard:
            return standard[ext], encoding
        if strict:
            return None, encoding
        common = self.types_map[False]
        if ext in common:
            return common[ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Guess the extensions for a file based on its MIME type.

        Return value is a list of strings giving the possible filename
        extensions, including the leading dot ('.').
        """
        type = type.lower()
        result = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in result:
                    result.append(ext)
        return result

    def guess_extension(self, type, strict=True):
        """Guess the extension for a file based on its MIME type.

        Return value is a string giving a filename extension,
        including the leading dot ('.'), or None.
        """
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """
        Read a single mime.types-format file, specified by pathname.

        If strict is true, information will be added to
        list of standard types, else to the list of non-standard
        types.
        """
        with open(filename, encoding='utf-8') as fp:
            # Reading the whole file at once is much faster on ftpython
            # than a readline() loop; the result is the same.
            self._add_lines(fp.read().split('\n'), strict)

    def readfp(self, fp, strict=True):
        """
        Read a single mime.types-format file.

        If strict is true, information will be added to
        list of standard types, else to the list of non-standard
        types.
        """
        while True:
            line = fp.readline()
            if not line:
                break
            self._add_lines((line,), strict)

    def _add_lines(self, lines, strict):
        add = self.add_type
        for line in lines:
            words = line.split()
            if not words:
                continue
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            type = words[0]
            for suffix in words[1:]:
                add(type, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Load the MIME types database from the Windows registry.

        There is no registry on this platform: this does nothing.
        """
        return None


def guess_type(url, strict=True):
    """Guess the type of a file based on its URL."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_file_type(path, *, strict=True):
    """Guess the type of a file based on its path.

    Similar to guess_type(), but takes file path istead of URL.
    """
    if _db is None:
        init()
    return _db.guess_file_type(path, strict=strict)


def guess_all_extensions(type, strict=True):
    """Guess the extensions for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Guess the extension for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping between a type and an extension."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True   # MimeTypes() below must not call init() again
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _default_mime_types():
    global suffix_map, _suffix_map_default
    global encodings_map, _encodings_map_default
    global types_map, _types_map_default
    global common_types, _common_types_default
    suffix_map = _suffix_map_default = {
        '.svgz': '.svg.gz',
        '.tgz': '.tar.gz',
        '.taz': '.tar.gz',
        '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2',
        '.txz': '.tar.xz',
    }
    encodings_map = _encodings_map_default = {
        '.gz': 'gzip',
        '.Z': 'compress',
        '.bz2': 'bzip2',
        '.xz': 'xz',
        '.br': 'br',
    }
    types_map = _types_map_default = _table(_STANDARD_TABLE)
    common_types = _common_types_default = _table(_COMMON_TABLE)


_default_mime_types()


def _main():
    import getopt
    usage_text = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

    def usage(code, msg=''):
        print(usage_text)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle',
                                   ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    want_ext = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            want_ext = True
    for arg in args:
        if want_ext:
            guess = guess_extension(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
