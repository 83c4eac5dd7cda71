# SPDX-License-Identifier: Apache-2.0
# locale for ftpython: the C locale (and its UTF-8 variant C.UTF-8) only, written here after CPython 3.13's
# behaviour on glibc. Each category holds a locale name; at start LC_CTYPE comes from the environment (LC_ALL,
# LC_CTYPE, LANG) as CPython sets it at startup, a plain C or POSIX there coerced to C.UTF-8 (PEP 538) with UTF-8
# mode on (PEP 540). setlocale accepts 'C', 'POSIX', 'C.<utf-8 codeset>', '' (from the environment) and glibc's
# composite 'LC_CTYPE=...;...' names; anything else raises Error('unsupported locale setting'). Numbers, currency
# and collation follow the C locale's conventions (localeconv()).
import os as _os
import re as _re
import sys as _sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'localeconv',
           'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string', 'currency', 'normalize', 'LC_CTYPE',
           'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding',
           'LC_MESSAGES']

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

# glibc's values
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11,
 ABMON_12) = range(131086, 131098)
MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12 = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

# glibc's categories, in the order of its composite names (LC_ALL = 6 is not one)
_CATEGORY_NAMES = [(0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'), (3, 'LC_COLLATE'), (4, 'LC_MONETARY'),
                   (5, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'), (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'),
                   (11, 'LC_MEASUREMENT'), (12, 'LC_IDENTIFICATION')]
_CATEGORIES = [c for c, n in _CATEGORY_NAMES]
_BY_NAME = {n: c for c, n in _CATEGORY_NAMES}


def _accepted(name):
    """The name glibc would report for locale name, or None where it has no such locale (only C ones here)."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.'):
        codeset = ''.join(ch for ch in name[2:].lower() if ch.isalnum())
        if codeset == 'utf8':
            return name
    return None


_coerced = False  # whether LC_CTYPE=C.UTF-8 stands in the environment, as CPython puts it there when coercing


def _getenv(var):
    if var == 'LC_CTYPE' and _coerced:
        return 'C.UTF-8'
    return _os.environ.get(var)


def _from_environment(category):
    """The locale name setlocale(category, '') picks: LC_ALL, then the category's variable, then LANG."""
    for var in ('LC_ALL', dict(_CATEGORY_NAMES)[category], 'LANG'):
        value = _getenv(var)
        if value:
            return value
    return 'C'


def _utf8_mode_and_ctype():
    env = _os.environ
    flags = getattr(_sys, 'flags', None)
    start = _accepted(_from_environment(LC_CTYPE)) or 'C'
    utf8 = getattr(flags, 'utf8_mode', None)
    if utf8 is None:
        setting = env.get('PYTHONUTF8')
        if setting in ('0', '1'):
            utf8 = int(setting)
        else:
            utf8 = 1 if start == 'C' else 0
    coerce = start == 'C' and not env.get('LC_ALL') and env.get('PYTHONCOERCECLOCALE') != '0'
    if coerce:
        start = 'C.UTF-8'
    return utf8, start, coerce


_utf8_mode, _start_ctype, _coerced = _utf8_mode_and_ctype()
_current = {c: 'C' for c in _CATEGORIES}
_current[LC_CTYPE] = _start_ctype


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c in _CATEGORIES]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join('%s=%s' % (n, _current[c]) for c, n in _CATEGORY_NAMES)
    if category not in _current:
        raise Error('locale query failed')
    return _current[category]


def _set(category, name):
    if category != LC_ALL and category not in _current:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        if ';' in name or name.startswith('LC_'):
            new = {}
            for part in name.split(';'):
                key, sep, value = part.partition('=')
                if not sep or key not in _BY_NAME:
                    raise Error('unsupported locale setting')
                accepted = _accepted(value)
                if accepted is None:
                    raise Error('unsupported locale setting')
                new[_BY_NAME[key]] = accepted
        elif name == '':
            new = {}
            for c in _CATEGORIES:
                accepted = _accepted(_from_environment(c))
                if accepted is None:
                    raise Error('unsupported locale setting')
                new[c] = accepted
        else:
            accepted = _accepted(name)
            if accepted is None:
                raise Error('unsupported locale setting')
            new = {c: accepted for c in _CATEGORIES}
        _current.update(new)
        return _query(LC_ALL)
    accepted = _accepted(_from_environment(category) if name == '' else name)
    if accepted is None:
        raise Error('unsupported locale setting')
    _current[category] = accepted
    return accepted


def setlocale(category, locale=None):
    """Sets the locale of category to locale (a name, or a (language, encoding) pair), or answers it."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if locale is None:
        return _query(category)
    return _set(category, locale)


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def _codeset(name):
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _codeset(_current[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """'utf-8' in UTF-8 mode, else the encoding of the LC_CTYPE locale (the environment's if do_setlocale)."""
    if _utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    accepted = _accepted(_from_environment(LC_CTYPE))
    return _codeset(accepted) if accepted is not None else getencoding()


_LANGINFO = {
    RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
    T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '',
    ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
}
for _i, _day in enumerate(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']):
    _LANGINFO[DAY_1 + _i] = _day
    _LANGINFO[ABDAY_1 + _i] = _day[:3]
for _i, _month in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                             'September', 'October', 'November', 'December']):
    _LANGINFO[MON_1 + _i] = _month
    _LANGINFO[ABMON_1 + _i] = _month[:3]


def nl_langinfo(key, /):
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        pass
    raise ValueError('unsupported langinfo constant')


def strcoll(os1, os2, /):
    """Compares two strings by code point, as the C locale collates."""
    if not isinstance(os1, _builtin_str):
        raise TypeError('strcoll() argument 1 must be str, not %s' % type(os1).__name__)
    if not isinstance(os2, _builtin_str):
        raise TypeError('strcoll() argument 2 must be str, not %s' % type(os2).__name__)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(string).__name__)
    return string


# ---------------------------------------------------------------------------------------------------------------
# number formatting

def _group(digits, monetary=False):
    """Inserts the locale's thousands separator into a number's integer part by its grouping (group sizes from
    the right; CHAR_MAX stops grouping, 0 repeats the size before): (string, separators inserted)."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return digits, 0
    stripped = digits.rstrip()
    tail = digits[len(stripped):]
    i = 0
    while i < len(stripped) and not stripped[i].isdigit():
        i += 1
    head, body = stripped[:i], stripped[i:]
    groups = []
    last = None
    sizes = list(grouping)
    while body:
        if sizes:
            size = sizes.pop(0)
            if size == CHAR_MAX:
                break
            if size == 0:
                if last is None:
                    raise ValueError('invalid grouping')
                sizes = [0]
                size = last
        elif last is None or grouping[-1] != 0:
            break
        else:
            size = last
        last = size
        if len(body) <= size:
            break
        groups.append(body[-size:])
        body = body[:-size]
    groups.append(body)
    groups.reverse()
    return head + sep.join(groups) + tail, len(groups) - 1


def _localize(formatted, grouping=False, monetary=False):
    parts = formatted.split('.')
    if grouping:
        parts[0], seps = _group(parts[0], monetary)
    if len(parts) > 1:
        conv = localeconv()
        formatted = conv['mon_decimal_point' if monetary else 'decimal_point'].join(parts)
    else:
        formatted = parts[0]
    return formatted


def _format(spec, value, grouping=False, monetary=False, *more):
    formatted = spec % ((value,) + more) if more else spec % value
    if spec[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


_SPEC = _re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point, and its thousands separators if grouping, in each number."""
    specs = list(_SPEC.finditer(f))
    template = _SPEC.sub('%s', f)
    pieces = []
    if isinstance(val, dict) or (hasattr(val, 'keys') and hasattr(val, '__getitem__')
                                 and not isinstance(val, (tuple, list, _builtin_str))):
        for m in specs:
            pieces.append('%' if m.group()[-1] == '%' else _format(m.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in specs:
            if m.group()[-1] == '%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            pieces.append(_format(m.group(), val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    text = _format('%%.%if' % digits, abs(val), grouping, monetary=True)
    text = '<' + text + '>'
    if symbol:
        sym = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if val < 0 else 'p_cs_precedes']
        spaced = conv['n_sep_by_space' if val < 0 else 'p_sep_by_space']
        if precedes:
            text = sym + (' ' if spaced else '') + text
        else:
            text = text + (' ' if spaced else '') + sym
    position = conv['n_sign_posn' if val < 0 else 'p_sign_posn']
    sign = conv['negative_sign' if val < 0 else 'positive_sign']
    if position == 0:
        text = '(' + text + ')'
    elif position == 1:
        text = sign + text
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """Formats a float as str() did once: %.12g, in the locale's conventions."""
    return _format('%.12g', val)


def delocalize(string):
    """Turns a number written in the locale's conventions into one float() and int() read."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Writes a number string (as str(float) does) in the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# ---------------------------------------------------------------------------------------------------------------
# locale names

# language (lowercase) -> its usual full locale name
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1', 'c.utf8': 'C.UTF-8',
    'cextend': 'en_US.ISO8859-1', 'universal': 'en_US.utf', 'universal.utf8@ucs4': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1', 'english': 'en_EN.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1',
    'en_in': 'en_IN.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1', 'en_nz': 'en_NZ.ISO8859-1',
    'en_za': 'en_ZA.ISO8859-1', 'en_us.utf8': 'en_US.UTF-8', 'english_us': 'en_US.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'german': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1',
    'de_ch': 'de_CH.ISO8859-1', 'de_be': 'de_BE.ISO8859-1', 'de_lu': 'de_LU.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'french': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'fr_ca': 'fr_CA.ISO8859-1',
    'fr_be': 'fr_BE.ISO8859-1', 'fr_ch': 'fr_CH.ISO8859-1', 'fr_lu': 'fr_LU.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'spanish': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1',
    'es_ar': 'es_AR.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'italian': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'it_ch': 'it_CH.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'portuguese': 'pt_PT.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1', 'nl': 'nl_NL.ISO8859-1', 'dutch': 'nl_NL.ISO8859-1',
    'nl_nl': 'nl_NL.ISO8859-1', 'nl_be': 'nl_BE.ISO8859-1', 'sv': 'sv_SE.ISO8859-1', 'swedish': 'sv_SE.ISO8859-1',
    'sv_se': 'sv_SE.ISO8859-1', 'sv_fi': 'sv_FI.ISO8859-1', 'da': 'da_DK.ISO8859-1', 'danish': 'da_DK.ISO8859-1',
    'da_dk': 'da_DK.ISO8859-1', 'fi': 'fi_FI.ISO8859-15', 'finnish': 'fi_FI.ISO8859-1',
    'fi_fi': 'fi_FI.ISO8859-15', 'nb_no': 'nb_NO.ISO8859-1', 'no': 'no_NO.ISO8859-1', 'no_no': 'no_NO.ISO8859-1',
    'norwegian': 'no_NO.ISO8859-1', 'is': 'is_IS.ISO8859-1', 'is_is': 'is_IS.ISO8859-1',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'russian': 'ru_RU.KOI8-R', 'uk': 'uk_UA.KOI8-U',
    'uk_ua': 'uk_UA.KOI8-U', 'pl': 'pl_PL.ISO8859-2', 'polish': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2',
    'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2', 'czech': 'cs_CZ.ISO8859-2', 'hu': 'hu_HU.ISO8859-2',
    'hu_hu': 'hu_HU.ISO8859-2', 'sk': 'sk_SK.ISO8859-2', 'sk_sk': 'sk_SK.ISO8859-2', 'el': 'el_GR.ISO8859-7',
    'el_gr': 'el_GR.ISO8859-7', 'greek': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9', 'tr_tr': 'tr_TR.ISO8859-9',
    'turkish': 'tr_TR.ISO8859-9', 'he': 'he_IL.ISO8859-8', 'he_il': 'he_IL.ISO8859-8', 'hebrew': 'he_IL.ISO8859-8',
    'ar_sa': 'ar_SA.ISO8859-6', 'ar_eg': 'ar_EG.ISO8859-6', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'japanese': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR', 'korean': 'ko_KR.eucKR',
    'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'zh_hk': 'zh_HK.big5hkscs', 'zh_sg': 'zh_SG.GB2312',
    'th': 'th_TH.ISO8859-11', 'th_th': 'th_TH.ISO8859-11', 'vi_vn': 'vi_VN.TCVN', 'hi_in': 'hi_IN.ISCII-DEV',
    'sr_rs': 'sr_RS.UTF-8', 'sr_rs@latin': 'sr_RS.UTF-8@latin', 'ca_es': 'ca_ES.ISO8859-1',
    'ca_es@valencia': 'ca_ES.UTF-8@valencia', 'uz_uz': 'uz_UZ.UTF-8', 'uz_uz@cyrillic': 'uz_UZ.UTF-8',
    'ro_ro': 'ro_RO.ISO8859-2', 'bg_bg': 'bg_BG.CP1251', 'hr_hr': 'hr_HR.ISO8859-2', 'sl_si': 'sl_SI.ISO8859-2',
    'et_ee': 'et_EE.ISO8859-15', 'lt_lt': 'lt_LT.ISO8859-13', 'lv_lv': 'lv_LV.ISO8859-13',
    'id_id': 'id_ID.ISO8859-1', 'ms_my': 'ms_MY.ISO8859-1', 'af_za': 'af_ZA.ISO8859-1',
    'eo': 'eo_XX.ISO8859-3', 'ga_ie': 'ga_IE.ISO8859-1', 'cy_gb': 'cy_GB.ISO8859-1', 'eu_es': 'eu_ES.ISO8859-1',
    'gl_es': 'gl_ES.ISO8859-1',
}

# encoding (lowercase, no '-' or '_') -> how locale names spell it
locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'jis': 'JIS7', 'jis7': 'JIS7', 'ajec': 'eucJP', 'koi8c': 'KOI8-C',
    'microsoftcp1251': 'CP1251', 'microsoftcp1255': 'CP1255', 'microsoftcp1256': 'CP1256',
    '88591': 'ISO8859-1', '88592': 'ISO8859-2', '88595': 'ISO8859-5', '885915': 'ISO8859-15',
    'ascii': 'ISO8859-1', 'usascii': 'ISO8859-1', 'ansix341968': 'ISO8859-1', '646': 'ISO8859-1',
    'latin1': 'ISO8859-1', 'latin': 'ISO8859-1', 'l1': 'ISO8859-1', 'iso88591': 'ISO8859-1',
    'iso885910': 'ISO8859-10', 'iso885911': 'ISO8859-11', 'iso885913': 'ISO8859-13', 'iso885914': 'ISO8859-14',
    'iso885915': 'ISO8859-15', 'iso885916': 'ISO8859-16', 'iso88592': 'ISO8859-2', 'iso88593': 'ISO8859-3',
    'iso88594': 'ISO8859-4', 'iso88595': 'ISO8859-5', 'iso88596': 'ISO8859-6', 'iso88597': 'ISO8859-7',
    'iso88598': 'ISO8859-8', 'iso88599': 'ISO8859-9', 'latin9': 'ISO8859-15', 'latin2': 'ISO8859-2',
    'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U', 'koi8t': 'KOI8-T', 'cp1251': 'CP1251', 'cp1255': 'CP1255',
    'eucjp': 'eucJP', 'euckr': 'eucKR', 'euctw': 'eucTW', 'gb2312': 'gb2312', 'gbk': 'GBK', 'gb18030': 'gb18030',
    'big5': 'big5', 'big5hkscs': 'big5hkscs', 'tis620': 'TIS620', 'tactis': 'TIS620', 'utf8': 'UTF-8',
    'utf': 'UTF-8', 'u8': 'UTF-8', 'utf8ucs2': 'UTF-8', 'utf8ucs4': 'UTF-8', 'sjis': 'SJIS',
}

windows_locale = {
    0x0409: 'en_US', 0x0809: 'en_GB', 0x0c09: 'en_AU', 0x1009: 'en_CA', 0x0407: 'de_DE', 0x040c: 'fr_FR',
    0x0c0c: 'fr_CA', 0x0c0a: 'es_ES', 0x0410: 'it_IT', 0x0413: 'nl_NL', 0x0416: 'pt_BR', 0x0816: 'pt_PT',
    0x041d: 'sv_SE', 0x0406: 'da_DK', 0x040b: 'fi_FI', 0x0414: 'nb_NO', 0x0419: 'ru_RU', 0x0415: 'pl_PL',
    0x0405: 'cs_CZ', 0x040e: 'hu_HU', 0x0408: 'el_GR', 0x041f: 'tr_TR', 0x040d: 'he_IL', 0x0411: 'ja_JP',
    0x0412: 'ko_KR', 0x0804: 'zh_CN', 0x0404: 'zh_TW', 0x041e: 'th_TH', 0x042a: 'vi_VN',
}


def _encoding_key(encoding):
    return ''.join(c for c in encoding.lower() if c not in '-_')


def _with_encoding(full, encoding):
    """full (a locale_alias value) with its encoding part replaced by how locale names spell encoding."""
    lang = full.split('.', 1)[0]
    return lang + '.' + locale_encoding_alias.get(_encoding_key(encoding), encoding)


def normalize(localename):
    """The full name of a locale name: language_TERRITORY.ENCODING[@modifier], filled in from the alias tables;
    a name the tables do not know comes back as it is."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        lang, encoding = code.split('.')[:2]
    else:
        lang, encoding = code, ''
    key = lang + ('.' + _encoding_key(encoding) if encoding else '')
    found = locale_alias.get(key + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(key)
        if found is not None:
            if '@' not in found:
                return _add_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            base, _, mod = found.partition('@')
            return _with_encoding(base, encoding) + ('@' + mod if mod else '')
        found = locale_alias.get(lang) if modifier else None
        if found is not None:
            return _add_modifier(_with_encoding(found.partition('@')[0], encoding), modifier)
    return localename


def _add_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, '
                        'encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current locale; (None, None) for C."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _getenv(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    raise AttributeError("module 'locale' has no attribute 'resetlocale'")


del resetlocale


# ---------------------------------------------------------------------------------------------------------------
# message catalogs: none in the C locale, so each message is its own translation

_domain = 'messages'
_bindings = {}
_codesets = {}


def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    global _domain
    if domain is not None:
        _domain = domain
    return _domain


def bindtextdomain(domain, dir, /):
    if dir is not None:
        _bindings[domain] = _os.path.abspath(dir)
    return _bindings.get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset, /):
    if codeset is not None:
        _codesets[domain] = codeset
    return _codesets.get(domain)
