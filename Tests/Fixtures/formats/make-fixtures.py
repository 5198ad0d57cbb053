#!/usr/bin/env python3
"""Makes the PDF, Word and web-page fixtures of the reader's format tests, from the seed protocols in QuestionBanks/.

Each seed is read with the project's own reader (`protocol-trainer protocol show SEED --json`, built first with
`swift build`) for its structure: headings, numbered clauses, unnumbered paragraphs, lists. The lines above its first
heading (council, title, dates) are copied as they are. The structure is then written out as real tools write it:

- DOCX with python-docx (PyPI `python-docx`): clause numbers and lettered items are Word's automatic numbering, a
  multi-level list in numbering.xml ("%1" headings, "%1.%2" clauses, "%1." top-level clauses), bullets a bullet list.
- PDF with fpdf2 (PyPI `fpdf2`), in DejaVu Sans (Debian `fonts-dejavu-core`): A4 pages, a running header with the
  council's name, "Page N of M" footers, numbers in a hanging indent, text wrapped by fpdf2 as Word wraps it.
- HTML as a council web site serves a page: site header and navigation, a cookie notice, the protocol in <main> with
  <h2> headings, <p> clauses or <ol start> lists, <ul> bullets, entities for quotes and ampersands, a site footer.

Besides the seeds, three invented fixtures: `struck.docx` (w:strike and w:dstrike runs, a tracked deletion w:del and
insertion w:ins), `struck.html` (<s>, <del>, <strike>, nested <ol start> lists with type, nav and footer) and
`struck.odt`, written with odfpy (PyPI `odfpy`): a numbered list style ("1.", "1.1" with display-levels 2, letters),
a line-through text style and a tracked deletion.

Run from the project's root:  python3 Tests/Fixtures/formats/make-fixtures.py
"""
import datetime, html, json, os, subprocess, sys
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SEEDS = ["iminster", "district-constitution"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def reading(seed):
    binary = os.path.join(ROOT, ".build", "debug", "protocol-trainer")
    out = subprocess.run([binary, "protocol", "show", seed, "--json"], check=True, capture_output=True, text=True).stdout
    document = json.loads(out)
    with open(os.path.join(ROOT, "QuestionBanks", seed, "protocol.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    first = min(s["line"] for s in document["sections"]) if document["sections"] else document["clauses"][0]["line"]
    document["titleLines"] = [l.strip() for l in lines[: first - 1] if l.strip()]
    return document


def blocks(document):
    """The document in order: ("heading", number, text), ("clause", clause), with clauses not under a section first."""
    by_id = {c["id"]: c for c in document["clauses"]}
    placed = set(i for s in document["sections"] for i in s["clauseIds"])
    out = [("clause", c) for c in document["clauses"] if c["id"] not in placed]
    for section in document["sections"]:
        out.append(("heading", section["number"], section["heading"]))
        out += [("clause", by_id[i]) for i in section["clauseIds"]]
    return out


# MARK: Word

def add_numbering(doc):
    """Two lists in numbering.xml: 1 is clauses (level 0 "%1", level 1 "%1.%2", level 2 "(%3)" letters), 2 bullets."""
    numbering = doc.part.numbering_part.element

    def abstract(abstract_id, levels):
        element = OxmlElement("w:abstractNum")
        element.set(qn("w:abstractNumId"), str(abstract_id))
        for level, (fmt, text) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(level))
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                lvl.append(child)
            element.append(lvl)
        numbering.insert(0, element)

    def num(num_id, abstract_id):
        element = OxmlElement("w:num")
        element.set(qn("w:numId"), str(num_id))
        child = OxmlElement("w:abstractNumId")
        child.set(qn("w:val"), str(abstract_id))
        element.append(child)
        numbering.append(element)

    abstract(90, [("decimal", "%1"), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")])
    abstract(91, [("bullet", "•")])
    abstract(92, [("decimal", "%1."), ("lowerLetter", "(%2)")])
    num(901, 90)
    num(902, 91)
    num(903, 92)


def numbered(paragraph, num_id, level):
    properties = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    numId = OxmlElement("w:numId")
    numId.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(numId)
    properties.append(numPr)


def write_docx(document, path):
    doc = Document()
    add_numbering(doc)
    for line in document["titleLines"]:
        doc.add_paragraph(line)
    # Headings with numbers are level 0 of list 901, their clauses level 1; a document whose clauses have one part
    # ("1", "2", …) numbers them in list 903.
    for kind, *rest in blocks(document):
        if kind == "heading":
            number, text = rest
            paragraph = doc.add_paragraph(text, style="Heading 2")
            if number:
                numbered(paragraph, 901, 0)
            continue
        clause = rest[0]
        number = clause["number"]
        paragraph = doc.add_paragraph(clause["text"])
        if number and "." in number:
            numbered(paragraph, 901, 1)
        elif number:
            numbered(paragraph, 903, 0)
        for item in clause["items"]:
            item_paragraph = doc.add_paragraph(item["text"])
            if item["label"] is None:
                numbered(item_paragraph, 902, 0)
            else:
                numbered(item_paragraph, 901 if number and "." in number else 903, 2 if number and "." in number else 1)
    doc.save(path)


def write_struck_docx(path):
    """Invented text: a struck run, a double-struck run, a tracked deletion and a tracked insertion."""
    doc = Document()
    add_numbering(doc)
    doc.add_paragraph("Oakford Parish Council")
    doc.add_paragraph("Protocol for Councillors and Staff")
    heading = doc.add_paragraph("Working Together", style="Heading 2")
    numbered(heading, 901, 0)
    p = doc.add_paragraph("Councillors should give the Clerk reasonable notice of any meeting they ask for. ")
    numbered(p, 901, 1)
    struck = p.add_run("Notice must be given in writing on the blue form.")
    struck.font.strike = True
    p = doc.add_paragraph("Staff should answer a councillor's letter within ten working days")
    numbered(p, 901, 1)
    run = p.add_run(" or sooner")
    rPr = run._r.get_or_add_rPr()
    dstrike = OxmlElement("w:dstrike")
    rPr.append(dstrike)
    p.add_run(".")
    p = doc.add_paragraph("Councillors may ask the Clerk for ")
    numbered(p, 901, 1)
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "1"); deletion.set(qn("w:author"), "Clerk"); deletion.set(qn("w:date"), "2026-01-05T10:00:00Z")
    deleted_run = OxmlElement("w:r")
    deleted_text = OxmlElement("w:delText")
    deleted_text.text = "printed copies of all papers"
    deleted_text.set(qn("xml:space"), "preserve")
    deleted_run.append(deleted_text)
    deletion.append(deleted_run)
    p._p.append(deletion)
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "2"); insertion.set(qn("w:author"), "Clerk"); insertion.set(qn("w:date"), "2026-01-05T10:00:00Z")
    inserted_run = OxmlElement("w:r")
    inserted_text = OxmlElement("w:t")
    inserted_text.text = "papers by email"
    inserted_run.append(inserted_text)
    insertion.append(inserted_run)
    p._p.append(insertion)
    p.add_run(" before each meeting.")
    p = doc.add_paragraph("The Clerk is responsible for:")
    numbered(p, 901, 1)
    for text in ("keeping the council's records;", "advising the council on procedure; and", "managing the staff."):
        numbered(doc.add_paragraph(text), 901, 2)
    doc.save(path)


# MARK: OpenDocument

def write_struck_odt(path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ListLevelProperties
    from odf.office import ChangeInfo
    from odf.text import (P, H, Span, List, ListItem, ListStyle, ListLevelStyleNumber, TrackedChanges, ChangedRegion,
                          Deletion, Change)
    from odf.dc import Creator, Date
    doc = OpenDocumentText()
    struck = Style(name="Struck", family="text")
    struck.addElement(TextProperties(textlinethroughstyle="solid", textlinethroughtype="single"))
    doc.automaticstyles.addElement(struck)
    numbering = ListStyle(name="Clauses")
    numbering.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", displaylevels=1))
    numbering.addElement(ListLevelStyleNumber(level=2, numformat="1", displaylevels=2))
    numbering.addElement(ListLevelStyleNumber(level=3, numformat="a", numprefix="(", numsuffix=")", displaylevels=1))
    doc.automaticstyles.addElement(numbering)
    changes = TrackedChanges()
    from odf.namespaces import TEXTNS, XMLNS
    from odf.element import Element
    region = Element(qname=(TEXTNS, "changed-region"), check_grammar=False)
    region.setAttrNS(XMLNS, "id", "ct1")
    region.setAttrNS(TEXTNS, "id", "ct1")
    deletion = Deletion()
    info = ChangeInfo()
    info.addElement(Creator(text="Clerk"))
    info.addElement(Date(text="2026-01-05T10:00:00"))
    deletion.addElement(info)
    deletion.addElement(P(text="printed copies of all papers"))
    region.addElement(deletion)
    changes.addElement(region)
    doc.text.addElement(changes)
    doc.text.addElement(P(text="Oakford Parish Council"))
    doc.text.addElement(P(text="Protocol for Councillors and Staff"))
    outer = List(stylename="Clauses")
    section = ListItem()
    section.addElement(H(outlinelevel=2, text="Working Together"))
    inner = List()
    item = ListItem()
    p = P(text="Councillors should give the Clerk reasonable notice of any meeting they ask for. ")
    p.addElement(Span(stylename=struck, text="Notice must be given in writing on the blue form."))
    item.addElement(p)
    inner.addElement(item)
    item = ListItem()
    p = P(text="Councillors may ask the Clerk for ")
    p.addElement(Change(changeid="ct1"))
    p.addText("papers by email before each meeting.")
    item.addElement(p)
    inner.addElement(item)
    item = ListItem()
    item.addElement(P(text="The Clerk is responsible for:"))
    letters = List()
    for text in ("keeping the council's records;", "advising the council on procedure; and", "managing the staff."):
        entry = ListItem()
        entry.addElement(P(text=text))
        letters.addElement(entry)
    item.addElement(letters)
    inner.addElement(item)
    section.addElement(inner)
    outer.addElement(section)
    doc.text.addElement(outer)
    doc.save(path)


# MARK: PDF

class Printed(FPDF):
    council = ""

    def header(self):
        self.set_font("Body", size=8)
        self.cell(0, 6, self.council, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Body", size=8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def write_pdf(document, path):
    pdf = Printed(format="A4")
    pdf.council = document["council"] or ""
    pdf.add_font("Body", "", FONT)
    pdf.add_font("Body", "B", FONT_BOLD)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(datetime.datetime(2026, 1, 5, tzinfo=datetime.timezone.utc))  # the same bytes each run
    pdf.add_page()
    pdf.set_font("Body", "B", 14)
    for line in document["titleLines"]:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def hanging(label, text, indent):
        pdf.set_font("Body", "", 10)
        y = pdf.get_y()
        if y > pdf.h - 40:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_x(20 + indent)
        pdf.cell(14, 5.5, label)
        pdf.set_xy(34 + indent, y)
        pdf.multi_cell(pdf.w - 54 - indent, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    for kind, *rest in blocks(document):
        if kind == "heading":
            number, text = rest
            pdf.ln(2)
            pdf.set_font("Body", "B", 11)
            pdf.multi_cell(0, 6, f"{number}  {text}" if number else text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        clause = rest[0]
        if clause["number"]:
            hanging(clause["number"] + ("." if "." not in clause["number"] else ""), clause["text"], 0)
        else:
            pdf.set_font("Body", "", 10)
            pdf.multi_cell(0, 5.5, clause["text"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        for item in clause["items"]:
            hanging("•" if item["label"] is None else f"({item['label']})", item["text"], 14)
    pdf.output(path)


# MARK: HTML

def page(title, council, body):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} &ndash; {html.escape(council)}</title>
<style>body {{ font-family: sans-serif; }} .cookie-banner {{ position: fixed; }}</style>
<script>window.dataLayer = window.dataLayer || []; if (1 < 2) {{ document.title += " <p>"; }}</script>
</head>
<body>
<div class="cookie-banner" id="cookie-notice"><p>We use cookies to make this site work. <a href="/cookies">Cookie settings</a> <button>Accept all cookies</button></p></div>
<header class="site-header">
  <a class="logo" href="/">{html.escape(council)}</a>
  <nav aria-label="Main menu"><ul><li><a href="/">Home</a></li><li><a href="/council">Your Council</a></li><li><a href="/meetings">Meetings &amp; Minutes</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/policies">Policies</a> &gt; Protocol</nav>
<main id="content">
<article>
{body}
</article>
</main>
<aside class="sidebar"><h3>Related documents</h3><ul><li><a href="/code">Code of Conduct</a></li></ul></aside>
<footer class="site-footer"><p>&copy; 2026 {html.escape(council)} &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p><p>The Council Offices<br>High Street</p></footer>
</body>
</html>
"""


def escaped(text):
    return html.escape(text, quote=False).replace("'", "&rsquo;" if False else "&#39;")


def write_html(document, path):
    parts = [f"<h1>{escaped(line)}</h1>" if i == 0 else f"<p class=\"lead\">{escaped(line)}</p>"
             for i, line in enumerate(document["titleLines"])]
    open_list = None  # the number the open <ol> is at

    def close():
        nonlocal open_list
        if open_list is not None:
            parts.append("</ol>")
            open_list = None

    def items(clause):
        if not clause["items"]:
            return ""
        if all(i["label"] is None for i in clause["items"]):
            return "<ul>" + "".join(f"<li>{escaped(i['text'])}</li>" for i in clause["items"]) + "</ul>"
        return "<ol type=\"a\">" + "".join(f"<li>{escaped(i['text'])}</li>" for i in clause["items"]) + "</ol>"

    for kind, *rest in blocks(document):
        if kind == "heading":
            close()
            number, text = rest
            parts.append(f"<h2>{number + ' ' if number else ''}{escaped(text)}</h2>")
            continue
        clause = rest[0]
        number = clause["number"]
        if number and "." not in number:
            # Top-level clauses as the site's own numbered list, broken where a paragraph of the page interrupts it.
            value = int(number)
            if open_list is None or open_list + 1 != value:
                close()
                parts.append(f"<ol start=\"{value}\">" if value != 1 else "<ol>")
            parts.append(f"<li>{escaped(clause['text'])}{items(clause)}</li>")
            open_list = value
            if value % 6 == 0:
                close()
            continue
        close()
        label = f"<strong>{number}</strong> " if number else ""
        parts.append(f"<p>{label}{escaped(clause['text'])}</p>{items(clause)}")
    close()
    with open(path, "w", encoding="utf-8") as f:
        f.write(page(document["title"] or "Protocol", document["council"] or "Council", "\n".join(parts)))


def write_struck_html(path):
    body = """<h1>Oakford Parish Council</h1>
<p>Protocol for Councillors and Staff</p>
<h2>1 Working Together</h2>
<p>1.1 Councillors should give the Clerk reasonable notice of any meeting they ask for.<s> Notice must be given in writing on the blue form.</s></p>
<p>1.2 Staff should answer a councillor&#8217;s letter within ten working days<del> or sooner</del>.</p>
<p>1.3 Councillors may ask the Clerk for <strike>printed copies of all papers</strike> papers by email before each meeting.</p>
<p>1.4 The Clerk is responsible for:</p>
<ol type="a"><li>keeping the council&rsquo;s records;</li><li>advising the council on procedure; and</li><li>managing the staff.</li></ol>
<h2>2 Meetings</h2>
<ol start="1">
<li>Meetings
<ol><li>Councillors must not direct staff at a meeting of the council.</li><li>Staff may ask the Chair for a short adjournment.</li></ol></li>
</ol>
<ol start="3">
<li>The Chair should make sure each side is heard &amp; may close a debate that goes on too long:
<ol type="i"><li>after a warning;</li><li>with the council&#x2019;s agreement.</li></ol></li>
</ol>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page("Protocol for Councillors and Staff", "Oakford Parish Council", body))


def main():
    for seed in SEEDS:
        document = reading(seed)
        write_docx(document, os.path.join(HERE, f"{seed}.docx"))
        write_pdf(document, os.path.join(HERE, f"{seed}.pdf"))
        write_html(document, os.path.join(HERE, f"{seed}.html"))
    write_struck_docx(os.path.join(HERE, "struck.docx"))
    write_struck_html(os.path.join(HERE, "struck.html"))
    write_struck_odt(os.path.join(HERE, "struck.odt"))


if __name__ == "__main__":
    sys.exit(main())
