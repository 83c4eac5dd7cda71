# SPDX-License-Identifier: Apache-2.0
# zipfile for ftpython: reading and writing ZIP archives (stored and deflated members, ZIP64 records, archive and
# member comments, traditional PKWARE decryption) and zipfile.Path, written here after CPython 3.13's behaviour and
# PKWARE's APPNOTE.TXT. Headers are laid out as CPython lays them out, so the same inputs give the same bytes.
# There is no bz2 or lzma module here: ZIP_BZIP2 and ZIP_LZMA raise CPython's "missing module" RuntimeError.
import io
import os
import posixpath
import shutil
import stat
import struct
import sys
import threading
import time
import zlib

crc32 = zlib.crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need the ZIP64 extensions while they are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# record layouts (APPNOTE 4.3.7, 4.3.12, 4.3.14, 4.3.15, 4.3.16)
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)
_DD_SIGNATURE = 0x08074b50

# fields of the end record as a list (with the comment and the record's position appended)
_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
_ECD_COMMENT = 8
_ECD_LOCATION = 9

# general purpose flag bits
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode', 7: 'tokenize',
    8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}

# the upper half of code page 437, the names' encoding when the UTF-8 flag is clear
_CP437_HIGH = (
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6'
    '\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592'
    '\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c'
    '\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559'
    '\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393\u03c0\u03a3'
    '\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265\u2264\u2320\u2321\xf7'
    '\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0')


def _decode_name(raw, encoding):
    enc = encoding.lower().replace('_', '').replace('-', '') if encoding else 'cp437'
    if enc in ('cp437', '437', 'ibm437'):
        try:
            return raw.decode('ascii')
        except UnicodeDecodeError:
            return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)
    return raw.decode(encoding)


def _check_compression(compression):
    if compression == ZIP_STORED or compression == ZIP_DEFLATED:
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    _check_compression(compress_type)
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    descr = compressor_names.get(compress_type)
    if descr:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, descr))
    raise NotImplementedError("compression type %d" % (compress_type,))


def _strip_extra(data, ids):
    """The extra field blocks of `data` whose header ids are not in `ids`."""
    out = []
    pos = 0
    while pos + 4 <= len(data):
        xid, size = struct.unpack('<HH', data[pos:pos + 4])
        end = pos + 4 + size
        if xid not in ids:
            out.append(data[pos:end])
        pos = end
    out.append(data[pos:])
    return b''.join(out)


def _is_pathlike(obj):
    # ftpython's os.PathLike does not recognise classes that merely define __fspath__
    return isinstance(obj, os.PathLike) or hasattr(type(obj), '__fspath__')


def _splitdrive(path):
    # ftpython's posixpath has no splitdrive; on POSIX there is never a drive
    split = getattr(os.path, 'splitdrive', None)
    return split(path) if split is not None else (path[:0], path)


def _sanitize_filename(filename):
    cut = filename.find('\0')
    if cut >= 0:
        filename = filename[:cut]
    if os.sep != '/' and os.sep in filename:
        filename = filename.replace(os.sep, '/')
    if os.altsep and os.altsep != '/' and os.altsep in filename:
        filename = filename.replace(os.altsep, '/')
    return filename


# ---------------------------------------------------------------------------------------------------------------
# locating the end of central directory record

def _read_end_record(fp):
    """The end record's fields as a list, with the comment and the record's offset appended, or None."""
    fp.seek(0, 2)
    filesize = fp.tell()
    # the common case: no archive comment, the record is the file's last 22 bytes
    try:
        fp.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fp.read(sizeEndCentDir)
    if len(data) == sizeEndCentDir and data[:4] == stringEndArchive and data[-2:] == b"\0\0":
        rec = list(struct.unpack(structEndArchive, data))
        rec.append(b"")
        rec.append(filesize - sizeEndCentDir)
        return _read_end_record64(fp, -sizeEndCentDir, rec)
    # a comment follows the record: look for the signature in the last 64 KiB
    start = max(filesize - ZIP_MAX_COMMENT - sizeEndCentDir, 0)
    fp.seek(start, 0)
    data = fp.read()
    where = data.rfind(stringEndArchive)
    if where < 0:
        return None
    raw = data[where:where + sizeEndCentDir]
    if len(raw) != sizeEndCentDir:
        return None
    rec = list(struct.unpack(structEndArchive, raw))
    comment_at = where + sizeEndCentDir
    rec.append(data[comment_at:comment_at + rec[_ECD_COMMENT_SIZE]])
    rec.append(start + where)
    return _read_end_record64(fp, start + where - filesize, rec)


def _read_end_record64(fp, offset, rec):
    """Update `rec` from the ZIP64 end record, when a locator sits before the end record (`offset` from the end)."""
    try:
        fp.seek(offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return rec
    data = fp.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return rec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return rec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fp.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return rec
    (sig, sz, create_version, read_version, disk_num, disk_dir, dircount, dircount2, dirsize,
     diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return rec
    rec[_ECD_SIGNATURE] = sig
    rec[_ECD_DISK_NUMBER] = disk_num
    rec[_ECD_DISK_START] = disk_dir
    rec[_ECD_ENTRIES_THIS_DISK] = dircount
    rec[_ECD_ENTRIES_TOTAL] = dircount2
    rec[_ECD_SIZE] = dirsize
    rec[_ECD_OFFSET] = diroffset
    return rec


_EndRecData = _read_end_record


def _check_zipfile(fp):
    try:
        if _read_end_record(fp):
            return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """Whether `filename` (a path or a file object) looks like a ZIP file, by its end of central directory."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------------------------
# ZipInfo

def _dos_stamp(date_time):
    y, mo, d, h, mi, s = date_time[:6]
    return (y - 1980) << 9 | mo << 5 | d, h << 11 | mi << 5 | (s // 2)


class ZipInfo:
    """What an archive knows about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', 'compress_level', 'comment', 'extra',
                 'create_system', 'create_version', 'extract_version', 'reserved', 'flag_bits', 'volume',
                 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _sanitize_filename(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.compress_level = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __getattr__(self, name):
        # an unset slot (CRC, header_offset before writing) is named as CPython 3.13 names it
        if name in ZipInfo.__slots__:
            raise AttributeError("'zipfile.ZipInfo' object has no attribute %r" % name)
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    @property
    def _compresslevel(self):
        return self.compress_level

    @_compresslevel.setter
    def _compresslevel(self, value):
        self.compress_level = value

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        mode_bits = self.external_attr >> 16
        dos_bits = self.external_attr & 0xFFFF
        if mode_bits:
            parts.append(' filemode=%r' % stat.filemode(mode_bits))
        if dos_bits:
            parts.append(' external_attr=%#x' % dos_bits)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not isdir or self.compress_size) and (self.compress_type != ZIP_STORED
                                                  or self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def FileHeader(self, zip64=None):
        """The local file header for this member, as bytes."""
        dosdate, dostime = _dos_stamp(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0  # they follow the data, in the descriptor
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        needed = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            needed = ZIP64_VERSION
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self.compress_type == ZIP_BZIP2:
            needed = max(BZIP2_VERSION, needed)
        elif self.compress_type == ZIP_LZMA:
            needed = max(LZMA_VERSION, needed)
        self.extract_version = max(needed, self.extract_version)
        self.create_version = max(needed, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = struct.pack(structFileHeader, stringFileHeader, self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc, compress_size, file_size, len(name),
                           len(extra))
        return head + name + extra

    def _decodeExtra(self, filename_crc=None):
        extra = self.extra
        pos = 0
        while pos + 4 <= len(extra):
            xid, size = struct.unpack('<HH', extra[pos:pos + 4])
            if pos + 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (xid, size))
            body = extra[pos + 4:pos + 4 + size]
            if xid == 0x0001:
                # ZIP64 extended information: the 64-bit values of the fields that hold 0xFFFFFFFF
                field = None
                try:
                    if self.file_size in (0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF):
                        field = "File size"
                        self.file_size, = struct.unpack('<Q', body[:8])
                        body = body[8:]
                    if self.compress_size == 0xFFFFFFFF:
                        field = "Compress size"
                        self.compress_size, = struct.unpack('<Q', body[:8])
                        body = body[8:]
                    if self.header_offset == 0xFFFFFFFF:
                        field = "Header offset"
                        self.header_offset, = struct.unpack('<Q', body[:8])
                except struct.error:
                    raise BadZipFile("Corrupt zip64 extra field. %s not found." % field) from None
            elif xid == 0x7075 and filename_crc is not None:
                # Info-ZIP Unicode Path: a UTF-8 name, valid while the CRC of the header's name matches
                if len(body) < 5:
                    raise BadZipFile("Corrupt unicode path extra field (0x7075)")
                version, name_crc = struct.unpack('<BL', body[:5])
                if version == 1 and name_crc == filename_crc:
                    try:
                        name = body[5:].decode('utf-8')
                    except UnicodeDecodeError:
                        raise BadZipFile('Corrupt unicode path extra field (0x7075): invalid utf-8 bytes') \
                            from None
                    if name:
                        self.filename = _sanitize_filename(name)
                    else:
                        import warnings
                        warnings.warn("Empty unicode path extra field (0x7075)", stacklevel=2)
            pos += 4 + size

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory `filename`, named `arcname` in the archive."""
        if _is_pathlike(filename):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps:
            if date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            elif date_time[0] > 2107:
                date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(_splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename.endswith('/')


# ---------------------------------------------------------------------------------------------------------------
# traditional PKWARE encryption (APPNOTE 6.1): decryption only

_CRC_TABLE = None


def _crc_table():
    global _CRC_TABLE
    if _CRC_TABLE is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _CRC_TABLE = table
    return _CRC_TABLE


class _ZipDecrypter:
    def __init__(self, pwd):
        self._table = _crc_table()
        self._k0 = 305419896
        self._k1 = 591751049
        self._k2 = 878082192
        for b in pwd:
            self._update(b)

    def _update(self, b):
        table = self._table
        k0 = (self._k0 >> 8) ^ table[(self._k0 ^ b) & 0xFF]
        k1 = ((self._k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (self._k2 >> 8) ^ table[(self._k2 ^ (k1 >> 24)) & 0xFF]
        self._k0, self._k1, self._k2 = k0, k1, k2

    def __call__(self, data):
        out = bytearray()
        for c in data:
            t = self._k2 | 2
            c ^= ((t * (t ^ 1)) >> 8) & 0xFF
            self._update(c)
            out.append(c)
        return bytes(out)


# ---------------------------------------------------------------------------------------------------------------
# file objects over the archive

class _SharedFile:
    """A view of the archive's file at a position of its own, so several members can be read at once."""

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an open writing handle on it. "
                                 "Close the writing handle before trying to read.")
            if whence == 1:
                self._file.seek(self._pos + offset, 0)
            else:
                self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                                 "Close the writing handle before trying to read.")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            f = self._file
            self._file = None
            self._close(f)


class _Tellable:
    """Counts what is written to a stream that cannot tell its position."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class _WriteBuffer:
    """The archive being written to a write-only file object, kept in memory and written out whole at close.
    ftpython's write-only binary files ('wb') append every write, even after a seek, so the headers that
    ZipFile rewrites in place would land at the end; the bytes written at close are the same as CPython's."""

    def __init__(self, fp):
        self.fp = fp
        self.start = fp.tell()
        self.buf = io.BytesIO()

    def write(self, data):
        return self.buf.write(data)

    def tell(self):
        return self.start + self.buf.tell()

    def seek(self, pos, whence=0):
        if whence == 0:
            self.buf.seek(max(0, pos - self.start))
        else:
            self.buf.seek(pos, whence)
        return self.tell()

    def seekable(self):
        return True

    def flush(self):
        pass

    def truncate(self, size=None):
        return self.buf.truncate(None if size is None else size - self.start)

    def read(self, n=-1):
        return self.buf.read(n)

    def commit(self):
        data = self.buf.getvalue()
        self.buf = io.BytesIO()
        self.start += len(data)
        if data:
            self.fp.write(data)
        self.fp.flush()


def _write_only(fp):
    try:
        return not fp.readable() and fp.seekable()
    except (AttributeError, OSError, ValueError):
        return False


class ZipExtFile:
    """A member opened for reading: decompressed as it is read, its CRC-32 checked at the end."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._decompressor = _get_decompressor(self._compress_type)
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        self.closed = False
        self._expected_crc = getattr(zipinfo, 'CRC', None)
        self._zinfo = zipinfo
        self._file_size = zipinfo.file_size
        self._reset_state()
        self._decrypter = None
        if pwd:
            self._start_decrypting(pwd)
        try:
            self._seekable = bool(fileobj.seekable())
            self._data_start = fileobj.tell()
        except (AttributeError, OSError):
            self._seekable = False
            self._data_start = None
        self._decrypter_start = self._decrypter_state()
        self._start_compress_left = self._compress_left  # what follows the encryption header, if any

    def _reset_state(self):
        self._compress_left = self._zinfo.compress_size
        self._left = self._zinfo.file_size
        self._eof = False
        self._buffer = b''
        self._offset = 0
        self._running_crc = crc32(b'') if self._expected_crc is not None else None

    def _start_decrypting(self, pwd):
        zinfo = self._zinfo
        self._decrypter = _ZipDecrypter(pwd)
        header = self._fileobj.read(12)
        self._compress_left -= 12
        plain = self._decrypter(header)
        if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            check = (zinfo._raw_time >> 8) & 0xFF
        else:
            check = (zinfo.CRC >> 24) & 0xFF
        if plain[11] != check:
            raise RuntimeError("Bad password for file %r" % zinfo.orig_filename)

    def _decrypter_state(self):
        d = self._decrypter
        return None if d is None else (d._k0, d._k1, d._k2)

    # -- producing data

    def _raw(self, n):
        if self._compress_left <= 0:
            return b''
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def _more(self, n):
        """Up to about `n` more bytes of the member's data (possibly fewer, empty only at the end)."""
        if self._eof or n <= 0:
            return b''
        dec = self._decompressor
        if dec is None:
            data = self._raw(n)
            self._eof = self._compress_left <= 0
        else:
            pending = dec.unconsumed_tail
            if n > len(pending):
                pending += self._raw(n - len(pending))
            data = dec.decompress(pending, max(n, self.MIN_READ_SIZE))
            self._eof = dec.eof or (self._compress_left <= 0 and not dec.unconsumed_tail)
            if self._eof:
                data += dec.flush()
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        if self._running_crc is not None:
            self._running_crc = crc32(data, self._running_crc)
            if self._eof and self._running_crc != self._expected_crc:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return data

    # -- reading

    def _check_closed(self, what=None):
        if self.closed:
            raise ValueError(what or "I/O operation on closed file.")

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        return False

    def seekable(self):
        self._check_closed()
        return self._seekable

    def read(self, n=-1):
        self._check_closed("read from closed file.")
        if n is None or n < 0:
            out = [self._buffer[self._offset:]]
            self._buffer = b''
            self._offset = 0
            while not self._eof:
                out.append(self._more(self.MAX_N))
            return b''.join(out)
        end = self._offset + n
        if end < len(self._buffer):
            out = self._buffer[self._offset:end]
            self._offset = end
            return out
        out = [self._buffer[self._offset:]]
        need = n - len(out[0])
        self._buffer = b''
        self._offset = 0
        while need > 0 and not self._eof:
            data = self._more(need)
            if need < len(data):
                self._buffer = data
                self._offset = need
                out.append(data[:need])
                break
            out.append(data)
            need -= len(data)
        return b''.join(out)

    def read1(self, n):
        """At most n bytes, with at most one read of the archive's file."""
        self._check_closed("read from closed file.")
        if n is None or n < 0:
            out = self._buffer[self._offset:]
            self._buffer = b''
            self._offset = 0
            while not self._eof:
                data = self._more(self.MAX_N)
                if data:
                    out += data
                    break
            return out
        end = self._offset + n
        if end < len(self._buffer):
            out = self._buffer[self._offset:end]
            self._offset = end
            return out
        need = end - len(self._buffer)
        out = self._buffer[self._offset:]
        self._buffer = b''
        self._offset = 0
        while need > 0 and not self._eof:
            data = self._more(need)
            if need < len(data):
                self._buffer = data
                self._offset = need
                out += data[:need]
                break
            if data:
                out += data
                break
        return out

    def peek(self, n=1):
        self._check_closed()
        if n > len(self._buffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._buffer = chunk + self._buffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._buffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        self._check_closed()
        if limit is None:
            limit = -1
        parts = []
        got = 0
        while limit < 0 or got < limit:
            avail = self._buffer[self._offset:]
            if not avail:
                if self._eof:
                    break
                self._buffer = self._more(self.MIN_READ_SIZE)
                self._offset = 0
                continue
            stop = avail.find(b'\n') + 1
            if stop <= 0:
                stop = len(avail)
            if limit >= 0:
                stop = min(stop, limit - got)
            parts.append(avail[:stop])
            got += stop
            self._offset += stop
            if parts[-1].endswith(b'\n'):
                break
        return b''.join(parts)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_closed("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._file_size - self._left - len(self._buffer) + self._offset

    def seek(self, offset, whence=0):
        self._check_closed("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        here = self.tell()
        if whence == 0:
            target = offset
        elif whence == 1:
            target = here + offset
        elif whence == 2:
            target = self._file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._file_size))
        skip = target - here
        in_buffer = self._offset + skip
        if 0 <= in_buffer < len(self._buffer):
            self._offset = in_buffer
            skip = 0
        elif skip > 0 and self._compress_type == ZIP_STORED and self._decrypter is None:
            # stored and not encrypted: move in the archive without reading; the CRC can no longer be checked
            skip -= len(self._buffer) - self._offset
            self._fileobj.seek(skip, 1)
            self._left -= skip
            self._compress_left -= skip
            self._eof = self._left <= 0
            self._buffer = b''
            self._offset = 0
            self._running_crc = None
            skip = 0
        elif skip < 0:
            # start over from the member's first byte
            self._fileobj.seek(self._data_start)
            self._reset_state()
            self._compress_left = self._start_compress_left
            if self._decrypter is not None:
                self._decrypter._k0, self._decrypter._k1, self._decrypter._k2 = self._decrypter_start
            self._decompressor = _get_decompressor(self._compress_type)
            skip = target
        while skip > 0:
            step = min(self.MAX_SEEK_READ, skip)
            self.read(step)
            skip -= step
        return self.tell()

    def close(self):
        if self.closed:
            return
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            self.closed = True

    def flush(self):
        pass

    def isatty(self):
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if not self.closed:
            parts.append(' name=%r' % (self.name,))
            if self._compress_type != ZIP_STORED:
                parts.append(' compress_type=%s' % compressor_names.get(self._compress_type, self._compress_type))
        else:
            parts.append(' [closed]')
        parts.append('>')
        return ''.join(parts)


class _ZipWriteFile:
    """A member opened for writing: compressed as it is written; its header is completed at close."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo.compress_level)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self.closed = False

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        if self.closed:
            return
        try:
            self.closed = True
            fp = self._fileobj
            zinfo = self._zinfo
            if self._compressor:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                fp.write(tail)
                zinfo.compress_size = self._compress_size
            else:
                zinfo.compress_size = self._file_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                fmt = '<LLQQ' if self._zip64 else '<LLLL'
                fp.write(struct.pack(fmt, _DD_SIGNATURE, zinfo.CRC, zinfo.compress_size, zinfo.file_size))
                self._zipfile.start_dir = fp.tell()
            else:
                # go back and write the header again, now with the CRC and the sizes
                end = fp.tell()
                self._zipfile.start_dir = end
                fp.seek(zinfo.header_offset)
                fp.write(zinfo.FileHeader(self._zip64))
                fp.seek(end)
            self._zipfile.filelist.append(zinfo)
            self._zipfile.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._zipfile._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---------------------------------------------------------------------------------------------------------------
# ZipFile

def _ancestry(path):
    path = path.rstrip('/')
    while path.rstrip('/'):
        yield path
        path, _ = posixpath.split(path)


def _implied_dirs(names):
    """The directories named by the members' parents that have no member of their own, in order, once each."""
    present = set(names)
    seen = set()
    out = []
    for name in names:
        first = True
        for parent in _ancestry(name):
            if first:
                first = False
                continue
            d = parent + '/'
            if d not in present and d not in seen:
                seen.add(d)
                out.append(d)
    return out


class ZipFile:
    """A ZIP archive, opened to read ('r'), write ('w'), create ('x') or append to ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._path_dirs = False
        self._path_names = None
        if self.metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        if _is_pathlike(file):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            # a mode that fails falls back to the next one ('a' on a missing file creates it)
            tries = {'r': ['rb'], 'w': ['w+b', 'wb'], 'x': ['x+b', 'xb'], 'a': ['r+b', 'w+b', 'wb']}[mode]
            for i, filemode in enumerate(tries):
                try:
                    self.fp = io.open(file, filemode)
                    break
                except OSError:
                    if i == len(tries) - 1:
                        raise
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True
                if self._filePassed and _write_only(self.fp):
                    self.fp = _WriteBuffer(self.fp)
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive yet: the new one goes after what the file holds
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                parts.append(' file=%r' % (self.fp.fp if isinstance(self.fp, _WriteBuffer) else self.fp,))
            elif self.filename is not None:
                parts.append(' filename=%r' % self.filename)
            parts.append(' mode=%r' % self.mode)
        else:
            parts.append(' [closed]')
        parts.append('>')
        return ''.join(parts)

    def _RealGetContents(self):
        fp = self.fp
        try:
            rec = _read_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not rec:
            raise BadZipFile("File is not a zip file")
        size_cd = rec[_ECD_SIZE]
        offset_cd = rec[_ECD_OFFSET]
        self._comment = rec[_ECD_COMMENT]
        # bytes before the archive (a self-extractor stub, say) shift every offset
        concat = rec[_ECD_LOCATION] - size_cd - offset_cd
        if rec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            head = data[pos:pos + sizeCentralDir]
            if len(head) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            cd = struct.unpack(structCentralDir, head)
            if cd[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            pos += sizeCentralDir
            name_len, extra_len, comment_len = cd[12], cd[13], cd[14]
            raw_name = data[pos:pos + name_len]
            pos += name_len
            name_crc = crc32(raw_name)
            flags = cd[5]
            if flags & _MASK_UTF_FILENAME:
                name = raw_name.decode('utf-8')
            else:
                name = _decode_name(raw_name, self.metadata_encoding)
            x = ZipInfo(name)
            x.extra = data[pos:pos + extra_len]
            pos += extra_len
            x.comment = data[pos:pos + comment_len]
            pos += comment_len
            x.header_offset = cd[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits, x.compress_type,
             t, d, x.CRC, x.compress_size, x.file_size) = cd[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = cd[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra(name_crc)
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        # each member's data must end before the next member (by offset) begins
        end = self.start_dir
        for zinfo in sorted(self.filelist, key=lambda z: z.header_offset, reverse=True):
            zinfo._end_offset = end
            end = zinfo.header_offset

    # -- listing

    def namelist(self):
        names = [zinfo.filename for zinfo in self.filelist]
        if self._path_dirs:
            if self._path_names is not None:
                return list(self._path_names)
            names = names + _implied_dirs(names)
            if self.mode == 'r':
                self._path_names = names
                return list(names)
        return names

    def _name_set(self):
        return set(self.namelist())

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            if self._path_dirs and isinstance(name, str) and name.endswith('/') and name in self._name_set():
                return ZipInfo(filename=name)
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def _resolve_dir(self, name):
        names = self._name_set()
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # -- reading

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo.compress_level = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, self._lock, lambda: self._writing)
        try:
            head = shared.read(sizeFileHeader)
            if len(head) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            fh = struct.unpack(structFileHeader, head)
            if fh[0] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            raw_name = shared.read(fh[10])
            if fh[11]:
                shared.seek(fh[11], 1)
            if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if fh[3] & _MASK_UTF_FILENAME:
                local_name = raw_name.decode("utf-8")
            else:
                local_name = _decode_name(raw_name, self.metadata_encoding)
            if local_name != zinfo.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (zinfo.orig_filename, raw_name))
            if zinfo._end_offset is not None and shared.tell() + zinfo.compress_size > zinfo._end_offset:
                raise BadZipFile("Overlapped entries: %r (possible zip bomb)" % (zinfo.orig_filename,))
            if zinfo.flag_bits & _MASK_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for extraction" % (name,))
            else:
                pwd = None
            return ZipExtFile(shared, mode + 'b', zinfo, pwd, True)
        except BaseException:
            shared.close()
            raise

    # -- writing

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            why = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                why = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                why = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                why = "Zipfile size"
            if why:
                raise LargeZipFile(why + " would require ZIP64 extensions")

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16  # ?rw-------
        # the size may be a guess; leave room for the ZIP64 fields when it comes near the limit
        zip64 = force_zip64 or (zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if not self._allowZip64 and zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the file or directory `filename` into the archive as `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo.compress_level = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Put `data` (bytes, or str written as UTF-8) into the archive under a name or a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo.compress_level = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = (0o40775 << 16) | 0x10  # drwxrwxr-x, and the MS-DOS directory bit
            else:
                zinfo.external_attr = 0o600 << 16  # ?rw-------
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo.compress_level = compresslevel
        zinfo.file_size = len(data)
        with self._lock:
            with self.open(zinfo, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry (a name or a ZipInfo that describes a directory)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
            zinfo.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            if zinfo.compress_type == ZIP_LZMA:
                zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._writecheck(zinfo)
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()

    # -- extracting

    def extract(self, member, path=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        return arcname

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.altsep:
            arcname = arcname.replace(os.altsep, os.path.sep)
        arcname = _splitdrive(arcname)[1]
        # no absolute paths, no '..': every part of the name stays under targetpath
        arcname = os.path.sep.join(part for part in arcname.split(os.path.sep)
                                   if part not in ('', os.path.curdir, os.path.pardir))
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -- closing

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if isinstance(fp, _WriteBuffer):
                fp.commit()
                fp = fp.fp
            self._fpclose(fp)

    def _write_end_record(self):
        fp = self.fp
        for zinfo in self.filelist:
            dosdate, dostime = _dos_stamp(zinfo.date_time)
            big = []
            if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
                big.append(zinfo.file_size)
                big.append(zinfo.compress_size)
                file_size = compress_size = 0xffffffff
            else:
                file_size = zinfo.file_size
                compress_size = zinfo.compress_size
            if zinfo.header_offset > ZIP64_LIMIT:
                big.append(zinfo.header_offset)
                header_offset = 0xffffffff
            else:
                header_offset = zinfo.header_offset
            extra = zinfo.extra
            needed = 0
            if big:
                extra = struct.pack('<HH' + 'Q' * len(big), 1, 8 * len(big), *big) + _strip_extra(extra, (1,))
                needed = ZIP64_VERSION
            if zinfo.compress_type == ZIP_BZIP2:
                needed = max(BZIP2_VERSION, needed)
            elif zinfo.compress_type == ZIP_LZMA:
                needed = max(LZMA_VERSION, needed)
            extract_version = max(needed, zinfo.extract_version)
            create_version = max(needed, zinfo.create_version)
            name, flags = zinfo._encodeFilenameFlags()
            rec = struct.pack(structCentralDir, stringCentralDir, create_version, zinfo.create_system,
                              extract_version, zinfo.reserved, flags, zinfo.compress_type, dostime, dosdate,
                              zinfo.CRC, compress_size, file_size, len(name), len(extra), len(zinfo.comment), 0,
                              zinfo.internal_attr, zinfo.external_attr, header_offset)
            fp.write(rec)
            fp.write(name)
            fp.write(extra)
            fp.write(zinfo.comment)
        end = fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        offset = self.start_dir
        why = None
        if count > ZIP_FILECOUNT_LIMIT:
            why = "Files count"
        elif offset > ZIP64_LIMIT:
            why = "Central directory offset"
        elif size > ZIP64_LIMIT:
            why = "Central directory size"
        if why:
            if not self._allowZip64:
                raise LargeZipFile(why + " would require ZIP64 extensions")
            fp.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0, count, count, size,
                                 offset))
            fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size, offset,
                             len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()

    def __del__(self):
        self.close()


class PyZipFile(ZipFile):
    """Not available here: byte-compiling modules needs CPython's compiler."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, optimize=-1):
        super().__init__(file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy is not supported by ftpython")


# ---------------------------------------------------------------------------------------------------------------
# zipfile.Path

class _ZipText:
    """A text stream over a member opened in binary (universal newlines when reading, as io.TextIOWrapper)."""

    def __init__(self, stream, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        self.buffer = stream
        self.encoding = encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self._text = None
        self._pos = 0
        self.closed = False
        self.name = getattr(stream, 'name', None)

    def _load(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1):
        self._check()
        text = self._load()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check()
        text = self._load()
        pos = self._pos
        nl = self._newline
        if nl == '':
            # universal newlines recognised but kept as they are
            cr = text.find('\r', pos)
            lf = text.find('\n', pos)
            if cr < 0 and lf < 0:
                end = len(text)
            elif cr < 0 or (0 <= lf < cr):
                end = lf + 1
            else:
                end = cr + 2 if text[cr + 1:cr + 2] == '\n' else cr + 1
        else:
            sep = '\n' if nl is None else nl
            i = text.find(sep, pos)
            end = len(text) if i < 0 else i + len(sep)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _text_args(encoding=None, *args, **kwargs):
    return encoding, args, kwargs


class Path:
    """A path inside a ZIP archive, with pathlib's reading methods."""

    def __init__(self, root, at=""):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        root._path_dirs = True  # the root now also lists the directories its members imply
        self.root = root
        self.at = at

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _text_args(*args, **kwargs)
        return _ZipText(stream, encoding, *args, **kwargs)

    def _base(self):
        import pathlib
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_args(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return type(self)(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        info = self.root.getinfo(self.at)
        return stat.S_ISLNK(info.external_attr >> 16)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        import re
        matches = re.compile(re.escape(self.at) + _glob_regex(pattern)).fullmatch
        return map(self._next, filter(matches, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def relative_to(self, other, *extra):
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        return self._next(self.root._resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)


def _glob_regex(pattern):
    """The regular expression zipfile.Path.glob matches names with: '**' (a whole part) crosses parts, '*' and '?'
    stay within one ('*' alone as a part matches a non-empty part), '[...]' is kept as a regex set, and a
    trailing '/' may follow."""
    import re
    for part in pattern.split('/'):
        if '**' in part and part != '**':
            raise ValueError("** must appear alone in a path segment")
    pattern = '/'.join('?*' if part == '*' else part for part in pattern.split('/'))
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '[':
            j = pattern.find(']', i + 1)
            if j < 0:
                out.append(re.escape(pattern[i:]))
                break
            out.append(pattern[i:j + 1])
            i = j + 1
        elif pattern.startswith('**', i):
            out.append('.*')
            i += 2
        elif c == '*':
            out.append('[^/]*')
            i += 1
        elif c == '?':
            out.append('[^/]')
            i += 1
        else:
            out.append(re.escape(c))
            i += 1
    return '(?s:%s[/]?)\\Z' % ''.join(out)
