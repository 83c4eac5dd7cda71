# Golden test for html.parser: the handler events HTMLParser reports for many
# snippets (well-formed, malformed, split at every point, both charref modes),
# plus the public API; stdout must match CPython 3.13.0 byte for byte.
from html.parser import HTMLParser
import html.parser


def fmt(ev):
    kind = ev[0]
    if kind in ('start', 'startend'):
        attrs = ','.join('%s=%s' % (n, ascii(v)) for n, v in ev[2])
        return '%s:%s[%s]%s@%d.%d' % (kind, ascii(ev[1])[1:-1], attrs,
                                      ascii(ev[3]), ev[4][0], ev[4][1])
    if kind == '|':
        return '|'
    return '%s:%s@%d.%d' % (kind, ascii(ev[1]), ev[2][0], ev[2][1])


class Recorder(HTMLParser):
    def __init__(self, **kw):
        self.events = []
        super().__init__(**kw)

    def _add(self, *ev):
        self.events.append(ev + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self._add('start', tag, attrs, self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self._add('startend', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self._add('end', tag)

    def handle_data(self, data):
        self._add('data', data)

    def handle_entityref(self, name):
        self._add('entityref', name)

    def handle_charref(self, name):
        self._add('charref', name)

    def handle_comment(self, data):
        self._add('comment', data)

    def handle_decl(self, decl):
        self._add('decl', decl)

    def handle_pi(self, data):
        self._add('pi', data)

    def unknown_decl(self, data):
        self._add('unknown', data)


def parse(chunks, convert=True, close=True, cls=Recorder):
    p = cls(convert_charrefs=convert)
    try:
        for chunk in chunks:
            p.feed(chunk)
            p.events.append(('|',))
        if close:
            p.close()
    except AssertionError as e:
        p.events.append(('error', str(e), p.getpos()))
    tail = 'rest=%s last=%s cdata=%s pos=%s' % (
        ascii(p.rawdata), ascii(p.lasttag), p.cdata_elem, p.getpos())
    return [fmt(e) for e in p.events], tail


def plain(events):
    return [e for e in events if e != '|']


SNIPPETS = [
    # ordinary documents
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    '<title>T &amp; U</title></head>\n<body class=main id="b" '
    "data-x='c'><p>Hi&nbsp;there<br/>bye</p></body></html>\n",
    '<ul>\n  <li><a href="/x?a=1&amp;b=2">one</a></li>\n  <li>two</ul>',
    '<img src="a.png" alt="A &lt; B" width=10 height=\'20\' hidden />',
    '<table border=1><tr><td>1<td>2</table>',
    '<A HREF="X" Class=Y ID=z>Upper</A>',
    # script / style content
    '<script>var s = "</script" + ">"; if (a<b && c>d) x="</div>";</script>z',
    '<script type="text/javascript">a</scripts>b</script >c</SCRIPT>d',
    '<style>p > a { color: red }</style\n>after',
    '<script><!-- document.write("</scr"+"ipt>"); --></script>',
    '<script>x</script\x1c>y', '<script>a&amp;b<b></b></script>',
    '<style>x</ſtyle>y</style>z', '<script>unterminated &amp; <b>',
    '<title>a &amp; <b> c</title>', '<textarea><b>x</b></textarea>',
    # comments and declarations
    '<!---->', '<!-->', '<!--->', '<!-- a -- b --  >', '<!--x--!>y-->',
    '<!-->x-->', '<!--[if IE]><p>ie</p><![endif]-->', '<![if !IE]>x<![endif]>',
    '<![CDATA[ a ]] ]]>', '<![cdata[x]]>y', '<![if x', '<!ELEMENT x>', '<!>',
    '<! x>', '<!-x->', '<!doctypehtml>', '<!DocType html PUBLIC "-//W3C//'
    'DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">',
    '<!DOCTYPE html [<!ENTITY x "y">]>', '<?xml version="1.0"?>',
    '<?php echo "a>b" ?>', '<?>', '<?',
    # end tags
    '</>', '</ x>', '</a b c>', '</a\n>', '</3>', '</x-y:z.w>',
    '</x y="a>b">', '</p/>',
    # character references
    '&#x110000;', '&#0;', '&#65;&#x41;&#X41;&#65x', '&#;', '&#x;', '&#xg;',
    '&amp', '&ampx', '&amp;x', '&notit;', '&notin;', '&not', '&AMP;&AMP',
    '&copy2', '&x.y;', '&x-y z', '&a.', '& x', '&', '&a', '&#', '&#1',
    'a &lt b', '&lt;&gt;&quot;&apos;', '&#123a;', 'x&#123', 'text&#x',
    '<p>&#x1F600; &#128512; &#xD800; &#x80; &#150; &#x9F; &#1; &#xFFFE;</p>',
    '&#99999999999999999999;', '&#x0000000041;',
    'a very long text with a trailing ampersand far from the end & then '
    'more than thirty-four characters of text',
    'tail &amp',
    # attributes
    '<a href="x?a=1&amp;b=2&c=3&notit;">', '<a b=\'&lt;\' c=&#65; d e>',
    '<a b = "c" d =e f= g>', '<a b="c"d=e>', '<a/b/c>', '<a / >', '<br/>',
    '<br />', '<br/ >', '<img src=x/>', '<a b=c/>', '<a =b>', '<a ==b>',
    '<a b==c>', '<a "b">', "<a 'b'>", '<a b="x>y">', "<a b='x>y'>",
    '<a b=x>y>', '<p a="b"/>', '<p a=b/ >', '<p a="b" / >', '<p a="b"c>',
    '<p =>', '<p <a>', '<a\tb\nc\rd\x0ce>', '<a b\x1cc>', '<a\x1cb>',
    '<a b=\x1cc>', '<div\u3000class=x>', '<DIV CLASS="ÄÖ" İD=1>', '<İ>',
    '<a b="1\n2"\nc>\nx', '<a b="" c=\'\' d=>', '<x-y:z.w q>',
    # truncated / malformed
    '<a b="c', '<a b=', '<a b', '<a', '<', 'x<', 'a < b', '<1>', '<a\x00b>',
    '<script>', '<style>x</st', '<a href=x', 'text&', '<![ x', '<![foo[x]]>',
    'a\r\nb\rc', '<p>a\nb\n<i>c</i>\n</p>',
]


def show(title, lines):
    print(title)
    for line in lines:
        print('   ', line)


def run_snippets():
    for idx, text in enumerate(SNIPPETS):
        for convert in (True, False):
            print('#%d convert=%s %s' % (idx, convert, ascii(text)))
            whole, tail = parse([text], convert)
            show('  whole: ' + tail, whole)
            # one character at a time: shows what stays buffered
            chars, tail = parse(list(text), convert)
            show('  chars: ' + tail, chars)
            # every two-way split that changes the events (short inputs)
            base = plain(whole)
            for k in range(1, len(text) if len(text) <= 12 else 0):
                ev, tail2 = parse([text[:k], text[k:]], convert)
                if plain(ev) != base:
                    show('  split %d: %s' % (k, tail2), ev)
            # no close(): what is left unprocessed
            ev, tail = parse([text], convert, close=False)
            print('  noclose:', len(ev), tail)


class CustomCdata(Recorder):
    CDATA_CONTENT_ELEMENTS = ('title', 'textarea', 'x-y')


class DefaultStartEnd(HTMLParser):
    """Leaves handle_startendtag alone: it calls starttag then endtag."""

    def __init__(self):
        super().__init__()
        self.out = []

    def handle_starttag(self, tag, attrs):
        self.out.append('S' + tag + repr(attrs))

    def handle_endtag(self, tag):
        self.out.append('E' + tag)

    def handle_data(self, data):
        self.out.append('D' + data)


class RawText(Recorder):
    """Switches to CDATA mode for <pre> from a handler."""

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag == 'pre':
            self.set_cdata_mode('PRE')

    def handle_endtag(self, tag):
        super().handle_endtag(tag)
        if tag == 'pre':
            self.clear_cdata_mode()


class Failing(Recorder):
    """Raises from a handler once; the input stays buffered."""

    raised = False

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag == 'boom' and not self.raised:
            self.raised = True
            raise ValueError('boom')


class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            for name, value in attrs:
                if name == 'href':
                    self.links.append(value)

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


def api():
    print('module', HTMLParser.__module__, html.parser.__all__)
    print('cdata elements', HTMLParser.CDATA_CONTENT_ELEMENTS)
    print('mro', ['%s.%s' % (c.__module__, c.__qualname__)
                  for c in HTMLParser.__mro__])
    p = HTMLParser()
    print('fresh', p.get_starttag_text(), p.getpos(), ascii(p.lasttag),
          ascii(p.rawdata), p.cdata_elem, p.convert_charrefs)
    print('off', HTMLParser(convert_charrefs=False).convert_charrefs)
    try:
        HTMLParser(False)
    except TypeError:
        print('positional convert_charrefs: TypeError')
    p.feed('<p class=x>abc')
    print('after feed', ascii(p.get_starttag_text()), p.getpos(),
          ascii(p.lasttag), ascii(p.rawdata))
    p.feed('<script>x')
    print('in script', p.cdata_elem, ascii(p.rawdata))
    p.close()
    print('closed in script', p.cdata_elem, ascii(p.rawdata), p.getpos())
    p.reset()
    print('reset', p.cdata_elem, ascii(p.rawdata), p.getpos(),
          ascii(p.lasttag))
    print('incomplete tag start', ascii(p.get_starttag_text()))
    p.feed('<a href="x')
    print('incomplete tag', p.get_starttag_text(), ascii(p.rawdata))

    for text in ('<title>a<b>&amp;</b></title><x-y><z></x-y>after',
                 '<TEXTAREA>x</textarea >y'):
        for convert in (True, False):
            ev, tail = parse([text], convert, cls=CustomCdata)
            show('custom cdata %s %s: %s' % (ascii(text), convert, tail), ev)

    d = DefaultStartEnd()
    d.feed('<br/><img src=a />x<p/>')
    d.close()
    print('default startendtag', d.out)

    ev, tail = parse(['<pre>a <b> &amp; </Pre>', '<b>x</b>'], cls=RawText)
    show('raw text via set_cdata_mode: ' + tail, ev)

    f = Failing()
    try:
        f.feed('<a>x<boom>y<c>')
    except ValueError as e:
        print('handler raised', e, ascii(f.rawdata), f.getpos())
    f.feed('</c>')
    f.close()
    show('after handler error', [fmt(e) for e in f.events])

    for bad in ('<![foo[x]]>', '<![ x]>', '<![CDATA'):
        ev, tail = parse([bad + 'z'])
        show('marked section %s: %s' % (ascii(bad), tail), ev)

    page = ('<html><body><h1>Links</h1><p>See <a href="https://example.com/'
            '?q=1&amp;r=2">example</a> and <a HREF=/local>local</a>.</p>'
            '<a name=anchor>no href</a><script>var a = "<a href=x>";'
            '</script></body></html>')
    le = LinkExtractor()
    for i in range(0, len(page), 7):
        le.feed(page[i:i + 7])
    le.close()
    print('links', le.links)
    print('text', le.text)


def mini_fuzz():
    # a fixed linear congruential generator keeps this independent of random
    state = [12345]

    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2147483648
        return (state[0] >> 8) % n

    frags = ['<', '>', '/', '</', '<!', '<!--', '-->', '<?', '<![', ']]>',
             '&', '&#', 'x', '1', ';', 'amp', '"', "'", '=', ' ', '\n', 'a',
             'script', 'style', 'p', 'CDATA[', 'doctype', '&lt;', '<b>',
             '</b>', '<script>', '</script>', '<a href=x>', '<br/>', 'if',
             '&#65;', '&notit;', '\x1c', 'é']
    total = 0
    for case in range(60):
        text = ''.join(frags[rnd(len(frags))] for _ in range(1 + rnd(14)))
        cut1 = rnd(len(text) + 1)
        cut2 = rnd(len(text) + 1)
        lo, hi = min(cut1, cut2), max(cut1, cut2)
        convert = rnd(2) == 0
        ev, tail = parse([text[:lo], text[lo:hi], text[hi:]], convert)
        total += len(ev)
        print('fuzz %d %s %s' % (case, convert, ascii(text)))
        print('   ', ' '.join(ev), tail)
    print('fuzz events', total)


run_snippets()
api()
mini_fuzz()
