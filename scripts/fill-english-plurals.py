#!/usr/bin/env python3
"""Fills the English numerus forms of translations/masthead_en.ts.

Source strings write plurals as "word(s)"; English wants "word" for one and
"words" otherwise. Run after `cmake --build build --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/masthead_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source") or ""
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    forms[0].text, forms[1].text = singular, plural
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
