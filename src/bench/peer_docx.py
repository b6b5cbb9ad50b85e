#!/usr/bin/env python3
"""Writes a Word (.docx) home plan equivalent to Homeplan's printed family copy, from a family file.

The yardstick for src/bench/peer.sh: what a clinic without Homeplan does is keep a home plan in a word
processor and convert it to PDF. This builds that document from the same family (cover with the team,
goals one by one, one section per routine with what to try, who and how often, a weekly tracker table
per week, a notes page), with page breaks where the printed plan has them, using only the standard
library (a .docx is a zip of a few XML parts).

Usage: peer_docx.py FAMILY.homeplan.json OUT.docx [weeks, default 4]
"""
import json
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, bold=False, size=None):
    props = ""
    if bold or size:
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text="", style=None, bold=False, size=None, page_break_before=False):
    props = ""
    if style or page_break_before:
        props = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
                ("<w:pageBreakBefore/>" if page_break_before else "") + "</w:pPr>"
    return f"<w:p>{props}{run(text, bold, size) if text else ''}</w:p>"


def table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           f'<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="888888"/>'
                                         for s in ("top", "left", "bottom", "right", "insideH", "insideV")) +
           f'</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""))
        for cell, width in zip(row, widths):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{para(cell, bold=(i == 0))}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document(family, weeks):
    child = family["child"]
    name = child.get("preferredName") or child["name"]
    routines = {r["id"]: r for r in family["routines"]}
    body = [para(f"{name}'s home plan", "Title"),
            para("Made together by " + ", ".join(c["name"] for c in family["caregivers"] if c.get("attended"))
                 + " and " + ", ".join(c["name"] for c in family["clinicians"])),
            para(f"Next review: {family.get('reviewDate') or 'to be agreed'}"),
            para("Our team", "Heading1"),
            table([["Name", "Role", "Contact"]] + [[c["name"], c.get("discipline", ""), c.get("contact", "")]
                                                    for c in family["clinicians"]], [3000, 3000, 3000]),
            para("About us", "Heading1")]
    about = family.get("aboutUs", {})
    for key in ("strengths", "interests", "goingWell"):
        if about.get(key):
            body.append(para(about[key]))
    body.append(para("Our goals, one by one", "Heading1", page_break_before=True))
    for i, goal in enumerate(family["goals"], 1):
        body.append(para(f"Goal {i}: {goal['outcome']}", "Heading2"))
        body.append(para(f"In our words: {goal.get('familyWords', '')}"))
        body.append(para(f"We'll know it's working when: {goal.get('criterion', '')}"))
    body.append(para("Our day", "Heading1", page_break_before=True))
    for routine in family["routines"]:
        tried = [s for s in family["strategies"] if s.get("routineId") == routine["id"]]
        if not tried:
            continue
        body.append(para(f"{routine['name']} ({routine.get('usualTime', '')})", "Heading2"))
        for s in tried:
            body.append(para(s["what"]))
            body.append(para(f"Who: {s.get('who', '')}    How often: {s.get('howOften', '')}"))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for week in range(1, weeks + 1):
        body.append(para(f"Week {week}: our practice tracker", "Heading1", page_break_before=True))
        rows = [["Goal and routine"] + days]
        for s in family["strategies"]:
            goal = next((g for g in family["goals"] if g["id"] == s.get("goalId")), None)
            label = (goal["outcome"][:60] if goal else "") + " - " + routines.get(s.get("routineId"), {}).get("name", "")
            rows.append([label] + [""] * 7)
        body.append(table(rows, [3600] + [780] * 7))
    body.append(para("Notes", "Heading1", page_break_before=True))
    body.extend(para("_" * 80) for _ in range(20))
    section = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
               '</w:sectPr>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}{section}</w:body></w:document>'


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:cs="Noto Sans"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        family = json.load(f)["family"]
    weeks = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", RELS)
        docx.writestr("word/_rels/document.xml.rels", DOC_RELS)
        docx.writestr("word/styles.xml", STYLES)
        docx.writestr("word/document.xml", document(family, weeks))


if __name__ == "__main__":
    main()
