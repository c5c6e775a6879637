"""Edits a Word file in LibreOffice itself with Track Changes on, as a delegate would, and saves it as Word.

Usage: python3 libreoffice-tracked-edit.py INPUT.docx OUTPUT.docx EDITS.json AUTHOR

EDITS.json is a list of {"op": "replace", "find", "with"} | {"op": "delete-paragraph", "containing"} |
{"op": "insert-after", "containing", "text"}. Runs a private headless LibreOffice and stops it at the end.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.5)
    raise RuntimeError('LibreOffice did not start')


def set_author(context, author):
    provider = context.ServiceManager.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', context)
    access = provider.createInstanceWithArguments(
        'com.sun.star.configuration.ConfigurationUpdateAccess', (prop('nodepath', '/org.openoffice.UserProfile/Data'),)
    )
    given, _, family = author.partition(' ')
    access.setPropertyValue('givenname', given)
    access.setPropertyValue('sn', family)
    access.commitChanges()


def paragraph_containing(document, words):
    for paragraph in document.Text.createEnumeration():
        if paragraph.supportsService('com.sun.star.text.Paragraph') and words in paragraph.getString():
            return paragraph
    raise RuntimeError(f'No paragraph contains {words!r}')


def apply(document, edit):
    text = document.Text
    if edit['op'] == 'replace':
        search = document.createSearchDescriptor()
        search.SearchString = edit['find']
        found = document.findFirst(search)
        if found is None:
            raise RuntimeError(f"Nothing reads {edit['find']!r}")
        found.setString(edit['with'])
    elif edit['op'] == 'delete-paragraph':
        paragraph = paragraph_containing(document, edit['containing'])
        cursor = text.createTextCursorByRange(paragraph.getStart())
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)
        cursor.setString('')
    elif edit['op'] == 'insert-after':
        paragraph = paragraph_containing(document, edit['containing'])
        cursor = text.createTextCursorByRange(paragraph.getEnd())
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, edit['text'], False)
    else:
        raise RuntimeError(f"Unknown edit {edit['op']!r}")


def main():
    source, target, edits_file, author = sys.argv[1:5]
    with open(edits_file, encoding='utf-8') as f:
        edits = json.load(f)
    profile = tempfile.mkdtemp(prefix='lo-edit-')
    pipe = f'plenary_{os.getpid()}'
    office = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--norestore', '--nologo', f'-env:UserInstallation=file://{profile}',
         f'--accept=pipe,name={pipe};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        context = connect(pipe)
        set_author(context, author)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), '_blank', 0, (prop('Hidden', True),))
        document.RecordChanges = True
        for edit in edits:
            apply(document, edit)
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop('FilterName', 'MS Word 2007 XML'),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == '__main__':
    main()
