# xml.etree.ElementTree as CPython 3.13's (lib/_xml_etree_ElementTree.py, written here with its own parser): Element API, ElementPath, serialization,
# parsing (fromstring/XMLParser/TreeBuilder/XMLPullParser/iterparse), errors.
# Output must be identical under CPython 3.13 and ftpython.
import io
import os
import copy
import warnings
import xml.etree.ElementTree as ET

warnings.simplefilter("ignore")


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


def desc(e):
    # a repr-free description of an element subtree
    if e is None:
        return None
    tag = e.tag
    if tag is ET.Comment:
        tag = "!Comment"
    elif tag is ET.PI:
        tag = "!PI"
    out = [tag]
    if e.attrib:
        out.append(dict(e.attrib))
    if e.text is not None:
        out.append("t=" + repr(e.text))
    if e.tail is not None:
        out.append("tail=" + repr(e.tail))
    kids = [desc(c) for c in e]
    if kids:
        out.append(kids)
    return out


def U(e, **kw):
    return ET.tostring(e, encoding="unicode", **kw)


def perr(label, text, **kw):
    try:
        r = ET.fromstring(text, **kw)
    except ET.ParseError as e:
        print(label, repr(text), "->", type(e).__name__, e, e.position, e.code)
    except Exception as e:
        print(label, repr(text), "->", type(e).__name__, e)
    else:
        print(label, repr(text), "->", desc(r))


print("== Element basics")
e = ET.Element("root", {"a": "1"}, b="2")
print(e.tag, e.attrib, e.text, e.tail, len(e), ET.iselement(e), ET.iselement("x"))
print(repr(e).startswith("<Element 'root' at 0x"), repr(e).endswith(">"))
d = {"k": "v"}
e2 = ET.Element("x", d)
d["z"] = "changed"
print(e2.attrib, e2.attrib is d)
show("Element(attrib=str)", ET.Element, "a", "x")
show("Element()", ET.Element)
e3 = ET.Element("kw", attrib={"p": "q"})
print(e3.attrib)
for i in range(4):
    ET.SubElement(e, "c%d" % i, {"n": str(i)}).text = "t%d" % i
print(len(e), [c.tag for c in e], e[0].tag, e[-1].tag, [c.tag for c in e[1:3]], [c.tag for c in e[::-1]])
show("e[10]", lambda: e[10])
show("e['x']", lambda: e["x"])
show("append(str)", e.append, "x")
show("insert(str)", e.insert, 0, "x")
show("extend([str])", e.extend, ["x"])
show("remove(missing)", e.remove, ET.Element("q"))
show("remove(str)", e.remove, "q")
show("SubElement(str)", ET.SubElement, "p", "q")


def setitem(i, v):
    e[i] = v


def delitem(i):
    del e[i]


show("e[0]=str", setitem, 0, "x")
show("e[9]=elem", setitem, 9, ET.Element("q"))
show("del e[9]", delitem, 9)
show("e[0:4:2]=[one]", setitem, slice(0, 4, 2), [ET.Element("q")])
show("e[0:1]=[str]", setitem, slice(0, 1), ["x"])
e.insert(1, ET.Element("ins"))
e.insert(100, ET.Element("last"))
e.insert(-100, ET.Element("first"))
print([c.tag for c in e])
e[1:3] = [ET.Element("s1"), ET.Element("s2"), ET.Element("s3")]
print([c.tag for c in e])
del e[::2]
print([c.tag for c in e])
e.remove(e[0])
e.append(ET.Element("app"))
e.extend(ET.Element(t) for t in ("x1", "x2"))
print([c.tag for c in e])
e[0] = ET.Element("repl")
print([c.tag for c in e], len(e))
print(e.get("a"), e.get("zz"), e.get("zz", "dflt"), e.keys(), e.items())
e.set("c", "3")
e.set("a", "first")
print(e.items())
old_attrib = e.attrib
e.text = "text"
e.tail = "tail"
e.clear()
print(e.tag, e.attrib, e.text, e.tail, len(e), old_attrib)

print("== copy")
src = ET.fromstring('<a x="1"><b y="2">t<c/></b>tail</a>')
c1 = copy.copy(src)
c1.set("new", "v")
c1.append(ET.Element("added"))
print(desc(src), len(src), len(c1), c1[0] is src[0])
c2 = copy.deepcopy(src)
c2[0].set("y", "changed")
c2[0][0].tag = "cc"
print(desc(src))
print(desc(c2), c2[0] is src[0])
m = src.makeelement("made", {"k": "v"})
print(desc(m), type(m).__name__)


class MyElement(ET.Element):
    pass


me = MyElement("mine", {"q": "1"})
me.extra = "ok"
print(type(me).__name__, me.extra, desc(me), type(me.makeelement("z", {})).__name__)
print(type(copy.copy(me)).__name__, type(ET.SubElement(me, "s")).__name__)

print("== iter / itertext")
doc = ET.fromstring("<r>a<x>b<y>c</y>d</x>e<y>f<x>g</x></y>h<z/></r>")
print([x.tag for x in doc.iter()], [x.tag for x in doc.iter("y")], [x.tag for x in doc.iter("*")])
print(list(doc.itertext()), "".join(doc[0].itertext()))
com = ET.Element("r")
com.text = "x"
com.append(ET.Comment("cm"))
com[0].tail = "ct"
com.append(ET.PI("tgt", "data"))
com[1].tail = "pt"
print(list(com.itertext()), [desc(c) for c in com], len(list(com.iter(ET.Comment))))
print(type(doc.iter()).__name__ in ("generator", "_element_iterator"), sum(1 for _ in doc.iter()))

print("== ElementPath")
doc = ET.fromstring(
    '<root xmlns:n="urn:n"><a id="1" k="x">A1<b>B1</b><b id="b2">B2<c/></b></a>'
    '<a id="2"><b>B3</b><n:b>NB</n:b></a><c k="y">C<d>D<e>E</e></d></c>'
    '<a id="3" k="x"/></root>')


def P(path, **kw):
    try:
        res = doc.findall(path, **kw)
    except Exception as ex:
        print(repr(path), "->", type(ex).__name__, ex)
    else:
        print(repr(path), "->", [(x.tag, x.get("id"), x.text) for x in res])


for path in ["a", "*", ".", "./a", "a/b", ".//b", "//b", "/a", "a/..", "..",
             "*/b", "a//c", ".//*", ".//.", "a[@id]", "a[@id='2']", 'a[@id="2"]',
             "a[@id!='2']", "a[@k]", "a[@k='x'][@id='3']", "a[b]", "a[b='B3']",
             "a[b!='B3']", "a[1]", "a[2]", "a[3]", "a[4]", "a[0]", "a[-1]", "a[last()]",
             "a[last()-1]", "a[last()-5]", "a[last()+1]", "b[1]", ".//b[1]", ".//b[2]",
             "*[2]", "c[.='CDE']", "c/d[.='DE']", ".//*[.='B1']", ".//b[.!='B1']",
             "{urn:n}b", "a/{urn:n}b", ".//{urn:n}b", ".//{*}b", ".//{}b", "a/{*}*",
             "a/{}*", "a/n:b", "a[@id=1]", "a[@]", "a[foo()]", "a[last(]", "a//",
             ".//b/..", ".//b/../..", "a[ @id = '1' ]", "a/b[@id]/c", "*[@k='x']",
             "*[@k!='x']", ".//c[@k]", "a[.='A1B1B2']", "a[b][2]", "a[2][b]",
             "a[b='B1'][b='B2']", ".//b[c]", "*[last()-0]", "a[@id=\"1\"]/b[last()]",
             "a/b/c/../..", ".//e/../../.."]:
    P(path)
ns = {"n": "urn:n"}
P("a/n:b", namespaces=ns)
P("a/x:b", namespaces=ns)
P("a/n:*", namespaces=ns)
P(".//b[n:b]", namespaces=ns)
P(".//*[n:b='NB']", namespaces=ns)
P("a/b", namespaces={"": "urn:n"})
P("a", namespaces={"": "urn:n"})
P("*", namespaces={"": "urn:n"})
ddoc = ET.fromstring('<a xmlns="urn:d"><b>1</b><b>2</b><c x="1"/></a>')
for path in ["b", "{urn:d}b", "b[.='2']", "c[@x]", "*", "b[1]"]:
    print(repr(path), [x.text for x in ddoc.findall(path, {"": "urn:d"})])
print(doc.find("a").get("id"), doc.find("zz"), doc.findtext("a"), repr(doc.findtext("a/b")),
      doc.findtext("zz"), doc.findtext("zz", "dflt"), repr(doc.findtext("a[3]")), repr(doc.findtext("c/d")))
print(doc.find(""), doc.findall(""), doc.findtext(""), [x.tag for x in doc.findall(".")])
print([x.tag for x in doc.iterfind(".//b")], [x.text for x in doc.iterfind("a/b")])
print(doc.find("n:b"), doc.findall("a/{urn:n}b")[0].text)
cdoc = ET.Element("r")
cdoc.append(ET.Comment("c"))
cdoc.append(ET.PI("p"))
ET.SubElement(cdoc, "x")
print(len(cdoc.findall("*")), len(cdoc.findall(".//*")), len(cdoc.findall("{*}*")),
      len(cdoc.findall(".//{*}*")), len(cdoc.findall("{}*")))
tree = ET.ElementTree(doc)
print(len(tree.findall(".//b")), len(tree.findall("//b")), tree.find("/a").get("id"),
      tree.findtext("a"), len(list(tree.iterfind("/a"))), tree.getroot() is doc,
      [x.tag for x in tree.iter("c")])
show("ElementTree().find", ET.ElementTree().find, "a")
print(ET.ElementTree().getroot())

print("== serialization")
t = ET.Element("t", {"a": "x&<>\"'\n\r\ty", "b": "plain"})
t.text = "x&<>\"'\n\r\ty"
t.tail = "tail&<>"
print(ET.tostring(t))
print(U(t))
print(ET.tostring(ET.Element("empty")), ET.tostring(ET.Element("empty"), short_empty_elements=False))
t = ET.Element("t")
t.text = ""
print(ET.tostring(t))
for enc in ["us-ascii", "utf-8", "UTF-8", "unicode", "latin-1", "ascii", "iso-8859-1",
            "utf-16", "utf-16-le", "cp1252", None, "nosuchcodec"]:
    t = ET.Element("t\u00e9", {"a\u00e9": "\u00e9\u20ac"})
    t.text = "\u00e9\u20ac"
    for xd in (None, True, False):
        show("tostring %s %s" % (enc, xd), ET.tostring, t, encoding=enc, xml_declaration=xd)
for v in [1, None, 1.5, b"x"]:
    t = ET.Element("t")
    t.text = v
    show("text=%r" % (v,), ET.tostring, t)
    t = ET.Element("t", a=v)
    show("attr=%r" % (v,), ET.tostring, t)
    t = ET.Element(v)
    show("tag=%r" % (v,), ET.tostring, t)
t = ET.Element("t")
t.set(1, "x")
show("attrkey=1", ET.tostring, t)
t = ET.Element(None)
t.text = "x<"
ET.SubElement(t, "b").tail = "y"
t.tail = "z"
print(ET.tostring(t), ET.tostring(t, method="html"), ET.tostring(t, method="text"))
print(ET.tostring(ET.Comment("a -- b <&>")), ET.tostring(ET.PI("target", "data <&>")),
      ET.tostring(ET.PI("t")), ET.PI("x", "y").text, ET.Comment("x").tag is ET.Comment,
      ET.PI is ET.ProcessingInstruction)
mixed = ET.fromstring('<a x="1" y="2">t<b/>u<c>v</c></a>')
mixed.append(ET.Comment("com"))
mixed.append(ET.PI("pi", "d"))
print(ET.tostringlist(mixed, encoding="unicode"))
print(ET.tostringlist(mixed))
print(ET.tostringlist(mixed, encoding="latin-1"))
print(ET.tostringlist(mixed, encoding="unicode", xml_declaration=True))
show("method=foo", ET.tostring, mixed, method="foo")

print("== html / text methods")
h = ET.fromstring(
    '<html><head><script>S</script><style>x</style><meta charset="x"/>'
    '<title>T&amp;</title></head><body a="&lt;&gt;&amp;&quot;&#10;&#9;\'">'
    '<br/><p>x<img src="y"/></p><hr></hr><input/><textarea></textarea><BR/><p/>'
    '<embed/><source/><track/><wbr/><isindex/><basefont/><frame/><area/><base/>'
    '<col/><link/><param/><keygen/></body></html>')
h[0][0].text = "a < b && c"
h[0][1].text = " x<y "
h[0][0].tail = "q&<"
h[1].append(ET.Comment("c <&>"))
h[1].append(ET.PI("pi", "x"))
print(ET.tostring(h, method="html"))
print(U(h, method="html"))
print(ET.tostring(h, method="text"))
print(ET.tostringlist(h, encoding="unicode", method="text"))
print(ET.tostring(ET.fromstring('<a xmlns="http://h"><b/></a>'), method="html"))
print(ET.tostring(ET.fromstring("<a>x</a>"), method="html", xml_declaration=True))
print(ET.tostring(ET.fromstring("<a>x</a>"), method="text", encoding="latin-1"))
print(ET.tostring(ET.fromstring("<a>\u00e9</a>"), method="text"))
print(repr(U(ET.fromstring("<a>x</a>"), method="text", xml_declaration=True)))
print(repr(U(ET.fromstring("<a>x</a>"), xml_declaration=True)))
print(ET.tostring(ET.fromstring("<a><b>1</b>tail<c>2<d>3</d></c></a>"), method="text"))

print("== namespaces in output")
r = ET.Element("{http://a}root", {"{http://b}x": "1", "y": "2",
                                  "{http://www.w3.org/XML/1998/namespace}lang": "en"})
s = ET.SubElement(r, "{http://c}child", {"{http://a}z": "3"})
ET.SubElement(s, "{http://www.w3.org/2001/XMLSchema}el")
ET.SubElement(s, "{http://d}x")
ET.SubElement(s, "plain")
print(U(r))
show("default_namespace", U, r, default_namespace="http://a")
del s[2]
show("default_namespace attr", U, r, default_namespace="http://a")
print(U(ET.Element("{http://a}root", {"{http://a}y": "1"}), default_namespace="http://a"))
print(U(ET.fromstring('<a:x xmlns:a="http://www.w3.org/1999/xhtml" xmlns:b="urn:b" b:c="1"><b:b/></a:x>')))
print(U(ET.fromstring('<x xmlns="urn:1"><y xmlns="urn:2"><z xmlns="urn:1"/></y></x>')))
print(U(ET.fromstring('<x xmlns="urn:1"><y xmlns="urn:2"/></x>'), default_namespace="urn:1"))
q = ET.QName("http://q", "tag")
print(q, repr(q), q.text, q == "{http://q}tag", q == ET.QName("{http://q}tag"),
      hash(q) == hash("{http://q}tag"), q < ET.QName("{http://r}a"), q < "z", q != "x",
      ET.QName("plain").text, str(ET.QName("u", "l")))
e = ET.Element(q, {ET.QName("http://q", "at"): ET.QName("http://v", "val"), "k": ET.QName("noval")})
print(U(e))
e.text = ET.QName("http://t", "tt")
show("QName text", U, e)
print(U(ET.Element(ET.QName("x"))))
print(U(ET.Element("{urn:same}a", {"{urn:same}b": "1"})))
ET.register_namespace("foo", "http://c")
print(U(r))
ET.register_namespace("bar", "http://c")
print(U(r))
ET.register_namespace("bar", "http://d")
print(U(r))
show("register ns3", ET.register_namespace, "ns3", "http://e")
show("register ns", ET.register_namespace, "ns", "http://e")
print(sorted(ET._namespace_map.items())[:3])

print("== ElementTree I/O")
tree = ET.ElementTree(ET.fromstring('<a>\u00e9<b x="1"/></a>'))
for kw in [{}, {"encoding": "utf-8"}, {"encoding": "utf-8", "xml_declaration": True},
           {"xml_declaration": True}, {"encoding": "latin-1"}, {"method": "html"},
           {"method": "text", "encoding": "utf-8"}, {"short_empty_elements": False},
           {"encoding": "utf-16"}]:
    b = io.BytesIO()
    tree.write(b, **kw)
    print(sorted(kw.items()), b.getvalue())
s = io.StringIO()
tree.write(s, encoding="unicode")
print(repr(s.getvalue()))
s = io.StringIO()
tree.write(s, encoding="unicode", xml_declaration=True)
print(repr(s.getvalue()))
fname = "/tmp/_golden_et_%d.xml" % os.getpid()
try:
    tree.write(fname, encoding="utf-8", xml_declaration=True)
    with open(fname, "rb") as f:
        print(f.read())
    t2 = ET.parse(fname)
    print(type(t2).__name__, t2.getroot().tag, t2.getroot().text)
    with open(fname, "rb") as f:
        print(ET.parse(f).getroot()[0].attrib)
    with open(fname, "r", encoding="utf-8") as f:
        print(ET.parse(f).getroot().text)
    tree.write(fname)
    with open(fname, "rb") as f:
        print(f.read())
    print([(ev, el.tag) for ev, el in ET.iterparse(fname, events=["start", "end"])])
    t3 = ET.ElementTree()
    print(t3.parse(fname).tag, t3.getroot().tag)
    t4 = ET.ElementTree(file=fname)
    print(t4.getroot()[0].tag)
    tree.write(fname, encoding="latin-1")
    with open(fname, "rb") as f:
        print(f.read())
    print(ET.parse(fname).getroot().text)
finally:
    if os.path.exists(fname):
        os.remove(fname)
show("parse missing", ET.parse, "/tmp/_golden_et_missing_file.xml")
show("iterparse missing", ET.iterparse, "/tmp/_golden_et_missing_file.xml")

print("== dump / indent")
e = ET.fromstring("<a><b /></a>")
e.tail = "x"
ET.dump(e)
e.tail = "x\n"
ET.dump(e)
ET.dump(ET.ElementTree(e))
for src in ["<a><b><c>x</c><d/></b><e> </e><f>t<g/>  </f>tail</a>",
            "<a>text<b/>x<c>  <d/></c></a>", "<a/>", "<a>  <b>  </b>  </a>",
            "<a><b/>tail<c/></a>", "<a>\n<b>\n<c/></b></a>"]:
    e = ET.fromstring(src)
    ET.indent(e)
    print(repr(U(e)))
    e = ET.fromstring(src)
    ET.indent(ET.ElementTree(e), space="\t", level=2)
    print(repr(U(e)))
show("indent level -1", ET.indent, ET.Element("a"), level=-1)

print("== parsing")
for text in [
        "<a>x</a>", "<a/>", "<a />", "<a></a >", "<a b = '1' c=\"2\"/>",
        "<a>\n  <b>t</b>\n  <c/>\n</a>",
        "<a>a\r\nb\rc\n\rd</a>",
        "<a b='x\ny\tz\r\nw\rv' c='&#10;&#9;&#13;' d='&lt;&amp;&gt;&quot;&apos;'/>",
        "<a b='\"' c=\"'\"/>",
        "<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F;x&#xe9;&#233;</a>",
        "<a><![CDATA[<b>&amp;</b>]]>x<![CDATA[]]>y</a>",
        "<a><!-- comment --><?pi data?>text</a>",
        "<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>",
        "<?xml version=\"1.0\"?>\n<!-- c -->\n<?p?>\n<a/>\n<!-- after -->\n",
        "<!DOCTYPE a [<!ENTITY e 'ent'><!ENTITY f \"&e;&#65;\">]><a x='&e;'>&e;-&f;</a>",
        "<!DOCTYPE a SYSTEM 'a.dtd'><a/>",
        "<!DOCTYPE a PUBLIC '-//X//EN' 'a.dtd'><a>t</a>",
        "<!DOCTYPE a [<!ELEMENT a (#PCDATA)><!ATTLIST a b CDATA 'dflt' c ID #IMPLIED"
        " d NMTOKENS '  x   y '><!-- c --><?p x?>]><a c='  i  d '>t</a>",
        "<!DOCTYPE a [<!ENTITY e '<b>in</b>tail'>]><a>&e;</a>",
        "<!DOCTYPE a [<!ENTITY e '&#60;b/&#62;'>]><a>&e;</a>",
        "<r xmlns='urn:d' xmlns:p='urn:p' p:a='1' b='2'><p:c/><d xmlns=''/></r>",
        "<r xml:lang='en'><x:y xmlns:x='urn:x' x:z='1'/></r>",
        "<\u00e9l\u00e9ment attr\u00e9='v\u00e9'>\u00e9\u20ac</\u00e9l\u00e9ment>",
        "<_a-b.c d.e-f='1'/>", "<a>\xa0\u2028</a>", "  \n<a/>\n  ",
        "<a>]</a>", "<a>]]</a>", "<a>x]y]]z</a>"]:
    perr("parse", text)
print(repr(ET.fromstring(b"\xef\xbb\xbf<a>\xc3\xa9</a>").text))
print(repr(ET.fromstring("<a>\u00e9</a>".encode("utf-16")).text))
print(repr(ET.fromstring("<a>\u00e9</a>".encode("utf-16-be")).text))
print(repr(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text))
print(repr(ET.fromstring(b"<?xml version='1.0' encoding='latin-1'?><a b='\xe9'>\xe9</a>").attrib))
print(repr(ET.fromstring(b"<?xml version='1.0' encoding='cp1252'?><a>\x80</a>").text))
print(repr(ET.fromstring("<?xml version='1.0' encoding='utf-16'?><a>\u00e9</a>".encode("utf-16")).text))
print(repr(ET.fromstring("<?xml version='1.0' encoding='latin-1'?><a>\u00e9\u20ac</a>").text))
p = ET.XMLParser(encoding="latin-1")
p.feed(b"<a>\xe9</a>")
print(repr(p.close().text))
p = ET.XMLParser()
p.feed("<a>")
p.feed(b"x\xc3")
p.feed(b"\xa9")
p.feed("</a>")
print(repr(p.close().text))
print(ET.fromstringlist(["<a>", "x", "</a>"]).text, ET.XML("<a/>").tag,
      ET.fromstringlist([b"<a>", b"\xc3", b"\xa9</a>"]).text)
root, ids = ET.XMLID('<a id="x"><b id="y"/><c/><d id=""/></a>')
print(root.tag, sorted(ids), ids["y"].tag)
p = ET.XMLParser()
print(type(p.entity).__name__, type(p.target).__name__, p.version.startswith("Expat "))
p.entity["foo"] = "FOO"
p.feed('<!DOCTYPE a SYSTEM "foo.dtd"><a>x&foo;y</a>')
print(repr(p.close().text))
p = ET.XMLParser()
p.feed('<!DOCTYPE a SYSTEM "foo.dtd"><a b="&foo;">x</a>')
print(p.close().attrib)

print("== TreeBuilder")
tb = ET.TreeBuilder()
r1 = tb.start("a", {"x": "1"})
tb.data("t")
tb.data("u")
r2 = tb.start("b", {})
r3 = tb.end("b")
tb.data("tail")
c = tb.comment("cm")
p = tb.pi("p", "d")
r4 = tb.end("a")
r = tb.close()
print(U(r), r.text, r1 is r, r2 is r3, r4 is r, desc(c), desc(p))
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.comment("top")
tb.start("a", {})
tb.comment("in")
tb.data("x")
tb.pi("p", "d")
tb.data("y")
tb.pi("q")
tb.end("a")
tb.comment("after")
print(U(tb.close()))
print(ET.TreeBuilder().close())
tb = ET.TreeBuilder()
tb.start("a", {})
print(tb.close().tag)
d = {"x": "1"}
print(ET.TreeBuilder().start("a", d).attrib is d)


def factory(tag, attrs):
    print("factory", tag, attrs)
    return ET.Element(tag.upper(), attrs)


tb = ET.TreeBuilder(element_factory=factory, comment_factory=lambda t: ET.Comment(t.upper()),
                    pi_factory=lambda t, d: ET.PI(t, "X" + (d or "")),
                    insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a x="1"><b/><!--c--><?p d?></a>')
print(U(p.close()))
p = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
p.feed("<!--c0--><a><!--c1--></a><!--c2-->")
print(U(p.close()))
print(U(ET.fromstring("<a><!--c--><?p d?></a>",
                      parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True)))))

print("== custom targets")


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(data)

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end_ns", prefix))

    def doctype(self, name, pubid, system):
        self.log.append(("doctype", name, pubid, system))

    def close(self):
        return "closed"


def run_target(*chunks):
    t = Target()
    p = ET.XMLParser(target=t)
    out = []
    try:
        for ch in chunks:
            p.feed(ch)
            out.append(list(t.log))
            t.log.clear()
        out.append(p.close())
        out.append(t.log)
    except ET.ParseError as e:
        out.append(("ParseError", str(e)))
    print(chunks, out)


run_target('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "EE">]>\n<r xmlns="u" xmlns:p="v" '
           'p:a="1" b="2&amp;">a\nb&amp;c&#65;&e;d<![CDATA[x\ny<z]]>e\r\nf<!-- c -->'
           '<?pi  data  x ?><?pi2?>  </r>\n')
run_target("<a>a]b a]]b ]] ]</a>")
run_target("<a>x\r\ny\rz\n\nw</a>")
run_target("<a>ab", "cd", "e]", "f]]", "g\r", "\nh", "&am", "p;i&#", "65;</a>")
run_target("<a><![CDATA[]]><![CDATA[x]y]]z\n]]]]><![CDATA[<&>]]></a>")
run_target("<a>x</a>\n\n<!--c-->\n")
run_target("\n\n<!--c-->\n<?p x?><!DOCTYPE a>  <a/>")
run_target('<!DOCTYPE a [<!-- dc --><?dpi x?><!ENTITY e "v">]><a>&e;</a>')
run_target('<!DOCTYPE a PUBLIC "pub" "sys"><a/>')
run_target('<!DOCTYPE a SYSTEM "sys"><a/>')
run_target("<a>x", "y")
run_target("<a>", "</a>")
run_target("<", "a>", "</a>")
run_target("<a ", 'b="1">', "</a>")
run_target("<a>x&", "amp;y</a>")
run_target("<a>x&", "amp", ";y</a>")
run_target("<a>x</a", ">")
run_target("<a/>", " ")
run_target('<?xml version="1.0"?>', "<a/>")
run_target("<?xml", ' version="1.0"?><a/>')
run_target("<a><b/></a>", "<c/>")
run_target('<a xmlns:p="u" xmlns:q="v"><p:b xmlns:r="w"/><c xmlns="x"/></a>')
run_target('<a xmlns="u"><b xmlns=""/></a>')
run_target(b"<a>\xc3", b"\xa9</a>")


class Minimal:
    def start(self, tag, attrib):
        print("S", tag, attrib)

    def end(self, tag):
        print("E", tag)


p = ET.XMLParser(target=Minimal())
p.feed('<a x="1"><!--c-->t<?p?><b/></a>')
print(p.close())

print("== XMLPullParser / iterparse")


def ev(event, el):
    if event in ("start", "end", "comment", "pi"):
        tag = el.tag if isinstance(el.tag, str) else el.tag.__name__
        return (event, tag, el.text)
    return (event, el)


src = ('<?xml version="1.0"?>\n<!-- top --><?tpi x?><r xmlns="urn:d" xmlns:p="urn:p">'
       '<p:a x="1">t<!--c--><?pi d?></p:a><b xmlns:q="urn:q"/></r><!--after-->')
pp = ET.XMLPullParser(events=("start", "end", "comment", "pi", "start-ns", "end-ns"))
for chunk in [src[:30], src[30:60], src[60:90], src[90:]]:
    pp.feed(chunk)
    print([ev(*x) for x in pp.read_events()])
print(pp.close(), list(pp.read_events()))
pp = ET.XMLPullParser(["start", "end"])
for chunk in ["<roo", "t>", "<a", ">x", "</a", ">", "</root>"]:
    pp.feed(chunk)
    print(repr(chunk), [(e, x.tag) for e, x in pp.read_events()])
pp.close()
pp = ET.XMLPullParser(["start", "end"])
pp.feed("<roo")
pp.feed("t>")
print([(e, x.tag) for e, x in pp.read_events()])
pp.flush()
print([(e, x.tag) for e, x in pp.read_events()])
pp = ET.XMLPullParser()
pp.feed("<a><b/></c>")
try:
    print(list(pp.read_events()))
except ET.ParseError as e:
    print("read_events ParseError", e)
pp = ET.XMLPullParser()
pp.feed("<a>")
show("pull close", pp.close)
show("pull feed after close", pp.feed, "x")
show("bad event", ET.XMLPullParser, ["start", "bogus"])
got = []
for event, el in ET.iterparse(io.StringIO(src), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    got.append(ev(event, el))
print(got)
it = ET.iterparse(io.BytesIO(src.encode()), events=("end", "comment"))
print(it.root)
print([(e, x.tag if isinstance(x.tag, str) else "C") for e, x in it], it.root.tag, len(it.root[0]))
it = ET.iterparse(io.BytesIO(b"<a><b/></c>"))
try:
    for x in it:
        print(ev(*x))
except ET.ParseError as e:
    print("iterparse ParseError", e, e.position)
show("iterparse bad event", ET.iterparse, io.BytesIO(b"<a/>"), events=("foo",))
big = "<root>" + "".join('<item n="%d">v%d</item>' % (i, i) for i in range(800)) + "</root>"
count = 0
for event, el in ET.iterparse(io.BytesIO(big.encode()), events=("end",)):
    if el.tag == "item":
        count += 1
        el.clear()
print("iterparse big", count)
root = ET.fromstring(big)
print(len(root), root[567].get("n"), root[-1].text, len(ET.tostring(root)))

print("== parse errors")
for text in [
        "", " ", "<a>", "<a", "<a></b>", "<a><b></a>", "<a/><b/>", "<a/>x", "<a>&foo;</a>",
        "<a>&</a>", "<a>&amp</a>", "<a b=c/>", "<a b='1' b='2'/>", "<a>\x01</a>", "<a>&#0;</a>",
        "<a>&#xD800;</a>", "<a><!-- x -- y --></a>", "<a><![CDATA[x</a>",
        "<?xml version='1.0'?><?xml version='1.0'?><a/>", " <?xml version='1.0'?><a/>",
        "<a:b/>", "<a x:y='1'/>", "<1a/>", "<a b='<'/>", "<a>]]></a>", "<a></ a>", "< a/>",
        "<a b='1'c='2'/>", "<a\n\n  <b/></a>", "<a>\n<b>\n</c></a>", "<!DOCTYPE a><a>&foo;</a>",
        "<!DOCTYPE a [<!ENTITY e 'x&f;'>]><a>&e;</a>", "text", "<a>x</a>\n<b/>", "<a>x</a>\n\x00",
        "<?xml?><a/>", "<a b='1' xmlns:b='u' b:c='1' xmlns:c='u' c:c='2'/>",
        "<a xmlns:xml='foo'/>", "<a xmlns:p=''/>", "<a>&#x110000;</a>", "<a>&#xzz;</a>",
        "<!-- a --><!-- b -- -->", "<a><b>", "<a>\n  <b>\n", "<a b='1", "<a><!-- ", "<a><?pi ",
        "<a>&am", "<a>&#12", "<a><![CDATA[ab", "<a></a", "<a>\u00e9\u00e9<b></c></a>",
        "<a b='\u00e9\u00e9'\u00e9/>", "<a>\ufffe</a>", "<!DOCTYPE>", "<!DOCTYPE a",
        "<a><!DOCTYPE a></a>", "<a>&lt;&gt;&quot;&apos;</a>x", "<a/><!--x", "<a/>\r\n\r\n<b/>",
        "<a>\r\n\r\n</b>", "<a b='1'/ >", "<a b='&#60;'/><", "<a\tb='1'\n/><a", "<a b='1'></a><",
        "<a>\t</a><!DOCTYPE a>", "<?pi?><a/><?xml version='1.0'?>", "<?XML version='1.0'?><a/>",
        "<a xmlns='http://www.w3.org/XML/1998/namespace'/>", '<a b="x&foo;"/>', '<a b="x&"/>',
        '<a b="x&#0;"/>', '<a b="x&am"/>', '<!DOCTYPE a [<!ENTITY e SYSTEM "u">]><a b="&e;"/>',
        '<!DOCTYPE a [<!ENTITY e "<">]><a b="&e;"/>', '<a b="1"\n c="2" b="3"/>',
        '<a:b xmlns:a="u"></a:c>', "<a>x</a>\n\n  junk", "<a:b:c xmlns:a='u'/>",
        '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>', '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "x&#60;y">]><a>&e;</a>', '<!DOCTYPE a SYSTEM "foo.dtd"><a>&foo;</a>',
        "<?xml version='1.0' standalone='maybe'?><a/>", '<?xml encoding="utf-8"?><a/>', "</a>", "<a/></a>",
        "<a xmlns:xmlns='u'/>", "<a><?xml version='1.0'?></a>"]:
    perr("err", text)
for data in [b"<a>\xe9</a>", b"<a>x\xe9\xe9</a>", b"<a b='\xff'/>"]:
    perr("err", data)
try:
    ET.fromstring("<a>\n <b>\n</a>")
except ET.ParseError as e:
    print(isinstance(e, SyntaxError), e.code, e.position, e.msg, e.args)
p = ET.XMLParser()
p.feed("<a>")
try:
    p.close()
except ET.ParseError as e:
    print("close", e, e.position)
try:
    p.close()
except ET.ParseError as e:
    print("close again", e)
pe = ET.ParseError("msg")
print(isinstance(pe, SyntaxError), pe.msg, pe.args)

print("== more API details")
import pickle
src = ET.fromstring('<a x="1">t<b y="2"/>u</a>')
back = pickle.loads(pickle.dumps(src))
print(U(back), type(back).__name__, sorted(src.__getstate__()))
e = ET.Element.__new__(ET.Element)
e.__setstate__({"tag": "q", "attrib": {"k": "v"}, "text": "t", "tail": None, "_children": [ET.Element("c")]})
print(U(e))
p = ET.Element("p")
show("SubElement attrib=str", ET.SubElement, p, "x", "str")
show("SubElement attrib=None", ET.SubElement, p, "x", None)
show("SubElement()", ET.SubElement, p)
print(ET.SubElement(p, "x", {"a": "1"}, b="2").attrib, ET.SubElement(p, "y", attrib={"c": "3"}).attrib)
show("Element(a, None)", ET.Element, "a", None)
show("append(None)", p.append, None)
for enc in ["utf8", "ASCII", "US-ASCII", "Latin-1", "UTF-16-LE"]:
    show("encoding " + enc, ET.tostring, ET.Element("a"), encoding=enc)
p = ET.XMLParser()
show("feed int", p.feed, 123)
show("feed None", p.feed, None)
p.feed(bytearray(b"<a>"))
p.feed(memoryview(b"</a>"))
print(p.close().tag)
show("feed after close", p.feed, "<b/>")
show("close again", p.close)
show("fromstring(None)", ET.fromstring, None)
show("fromstring(b'')", ET.fromstring, b"")
print(doc.findall(b"a"), [x.tag for x in ET.XMLID(b'<a id="1"><b id="2"/></a>')[1].values()])
it = ET.iterparse(io.BytesIO(b"<a><b/><c/></a>"), events=("start",))
print(next(it)[1].tag)
it.close()
show("next after close", next, it)
tree = ET.parse(io.BytesIO(b"<r><x/></r>"), parser=ET.XMLParser(target=Target()))
print(type(tree).__name__, tree.getroot())
it = ET.iterparse(io.BytesIO(b"<a><!--c--><b/></a>"), events=("start", "comment", "end"),
                  parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
print([(ev, x.tag if isinstance(x.tag, str) else "C") for ev, x in it], U(it.root))

print("== incremental feeding and reparse deferral")


def pull(*chunks):
    pp = ET.XMLPullParser(["start", "end", "comment"])
    out = []
    try:
        for ch in chunks:
            pp.feed(ch)
            out.append([(e, x.tag if isinstance(x.tag, str) else "C") for e, x in pp.read_events()])
        pp.close()
        out.append([(e, x.tag if isinstance(x.tag, str) else "C") for e, x in pp.read_events()])
    except ET.ParseError as e:
        out.append(str(e))
    print(chunks, out)


pull(b'<?xml version="1.0" encoding="utf-8"?', b'>\n<!-', b'- c --><a/>')
pull(b'<?xml version="1.0" encoding="utf-8"?', b'>\n', b'\n', b'<a>', b'</a>')
pull(b'<?xml version="1.0" encoding="utf-8"?>', b'\n', b'<a>', b'</a>')
pull('<?xml version="1.0" encoding="utf-8"?', '>\n', '\n', '<a>', '</a>')
pull(b'<?xml version="1.0"?', b'>x', b'y', b'<a>')
pull(b'<?xml version="1.0"?', b"><a>", b"<b>", b"</b></a>")
pull(b"<a>", b"<b>", b"</b>", b"</a>")
pull(b"<?x", b'ml version="1.0"?>', b"<a>", b"<b>", b"</b></a>")
pull(b"<", b"a>", b"<b>", b"</b></a>")
pull("<a>", "<", "/", "a>-")
pull("<a>", "</a", ">  ", "<!-", "-x-->")
pull("<a><![", "%pe", ";CDATA[", "]]></a>")
pull('<?xml version="1.0" en\x01coding=', '"utf-8"?><a/>')
pull(b'<?xml', b' version="1.0" en\x01coding=', b'"utf-8"?><a/>')
pull("<doc x", "q:ml:spac", "e='1'/>")
pull("<r>", "x" * 40, "</r>")
pull("<r>" + "<i/>" * 30, "</r>")
run_target("<a>x\r", "\ny]", "]", ">")
run_target("<a>x]", "]>")
run_target("<a><![CDATA[x]", "]", ">y</a>")



class Sizes:
    def __init__(self):
        self.log = []

    def data(self, d):
        self.log.append(len(d))

    def close(self):
        return self.log


for text in ["<a>" + "x" * 3000 + "</a>", "<a><![CDATA[" + "y" * 3000 + "]]></a>",
             "<a>" + ("z" * 100 + "\n") * 12 + "</a>", "<a>" + "q" * 20000 + "&amp;" + "r" * 700 + "</a>"]:
    p = ET.XMLParser(target=Sizes())
    p.feed(text)
    one = p.close()
    p = ET.XMLParser(target=Sizes())
    for k in range(0, len(text), 1000):
        p.feed(text[k:k + 1000])
    print(one, p.close())
print(len(ET.fromstring("<a>" + "x" * 100000 + "</a>").text))

print("== prolog, epilog and DTD errors")
for text in ["<a/>x]", "<a/>x[", "<a/>x=", "<a/>x:", "<a/>x:y", '<a/>"a"', '<a/>"a"x', '<a/>"a', "<a/>1x",
             "<a/>#", "<a/>#x", "<a/>#1", "<a/>%", "<a/>%x;", "<a/>)x", "<a/>*", "<a/>&x;", "<a/><!x ",
             "<a/><![", "<a/><!-x", "<a/><1", "<a/></", "x]", "x[", "x:", '"a"', '"a"x', "#x", "%x;", "% ",
             ")*", "*", "<!x ", "<![", "<!-x", "<!DOCTY [", "<!DP[", "<!DéOCTYPE r>", "q:<a/>", "-<a/>",
             ":?xml", "<!DOCTYPE r<a>", "<!DOCTYPE rq: [", "<!DOCTYPE :r []><r/>", "<!DOCTYPE r []]><r/>",
             '<!DOCTYPE r [<!ENTITY e:"x">]><r/>', '<!DOCTYPE r [<!ENTITY e: "x">]><r/>',
             '<!DOCTYPE r [<!ENTITY " "x">]><r/>', '<!DOCTYPE r [<!ENTITY e "x"t">]><r/>',
             '<!DOCTYPE r [<!ENTITY e "e&nt">]><r/>', '<!DOCTYPE r [<!ENTITY e "&#xent">]><r/>',
             '<!DOCTYPE r [<!ENTITY e "en%pe;t">]><r/>', '<!DOCTYPE r [<!ENTITY e "&#3;">]><r/>',
             '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>junk', '<!DOCTYPE r [<!ENT% pe "x">]><r/>',
             '<!DOCTYPE r [<!ATTLIS%pe; r q CDATA "d">]><r/>', '<!DOCTYPE r [<!ATTLIST r q CDATA "&#">]><r/>',
             '<!DOCTYPE r [<!ATTLIST r q CDATA "<">]><r/>', '<!DOCTYPE r [<!ATTLIST r q (x|y)%pe; "x">]><r/>',
             '<!DOCTYPE r [<!ATTLIST r q (xq:|y) "x" #REQ[U>]><r/>', '<!DOCTYPE r [<!ATTLIST r q #q:FIXED "x">]><r/>',
             '<!DOCTYPE r [<!ATTLIST r <!--q CDATA "d">]><r/>', '<!DOCTYPE r [<!NOTATION q:n SYSTEM "s">]><r/>',
             '<!DOCTYPE r [<!ENTITY % x:y "v">]><r/>', '<!DOCTYPE r [<!ELEMENT r (#PCD:TA)>]><r/>',
             '<!DOCTYPE r PUBLIC "-//a{b//EN" "x"><r/>', '<!DOCTYPE r PUBLIC "-//a\nb//EN" "x"><r/>',
             '<!DOCTYPE r [<!ENTITY e "x">%pe;<!ENTITY f "y">]><r>&e;&f;</r>',
             '<!DOCTYPE r [<!ENTITY e "ent</a>">]><r>&e;</r>', '<!DOCTYPE r [<!ENTITY e "a]]>b">]><r>&e;</r>',
             '<!DOCTYPE r [<!ELEMENT r (a,(b|c)*,d?)+><!ELEMENT a EMPTY><!ATTLIST a t NOTATION (n) #IMPLIED>'
             '<!NOTATION n PUBLIC "p">]><r><a t="n"/></r>',
             "<?xml version='1.0' encoding='utf-8' standalone='no' ?><a/>", "<?xml version='1.0'encoding='x'?><a/>",
             "<?xml version=\"q:1.0\"?><a/>", "<?xml vers'ion='1.0'?><a/>", "<?xml versio\"1.0\" encoding='x'?><a/>",
             "<?xml version\n'1.0'?><a/>", "<?xml version='1.0' encoding='utf->8'?><a/>", "<?xml?version='1.0'?><a/>",
             "<?xml version='1.0' en\x01coding='x'?><a/>", "<?xm:l version='1.0'?><a/>", "<?xml version='1.0' foo='1'?><a/>",
             "<a><b/></bq:></a>", "<a><p: x='1'/></a>", "<a:b:c/>", "<a xmlns:a='u'><a: b='1'/></a>",
             "<a>&p:x;</a>", "<r xmlns='urn:a' xmlns:-->p='u'/>", "<do:></do:>"]:
    perr("err", text)
print("== unicode beyond the BMP")
t = ET.Element("t")
t.text = "x\U0001F600y"
t.set("a", "\U0001F600")
print(ET.tostring(t), ET.tostring(t, encoding="utf-8"), repr(U(t)))
print(repr(ET.fromstring("<a b='&#x1F600;'>&#128512;\U0001F601</a>").text),
      ET.fromstring("<a b='&#x1F600;'/>").get("b") == "\U0001F600")
print(repr(ET.fromstring("<a>\U0001F600</a>".encode("utf-8")).text))
perr("err", "<a>\U0001F600</b>")
print("done")
