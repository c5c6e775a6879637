import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ChangeIds, wordParagraph } from './word-paragraph.ts';

async function bodyXml(texts: string[]): Promise<string> {
  const ids = new ChangeIds();
  const children = texts.map((text) => wordParagraph({ style: 'paragraph', label: '1.', pieces: [{ text, marks: [] }], pid: 'p1' }, ids));
  const file = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
}

describe('wordParagraph', () => {
  it('lays an Arabic paragraph out right to left, and leaves Latin and Chinese ones left to right', async () => {
    const [arabic, latin, chinese] = (
      await bodyXml(['تلتزم الدول بالتعاون الدولي.', 'States commit to cooperate.', '各国承诺合作。'])
    ).split('</w:p>');
    expect(arabic).toContain('<w:bidi/>');
    expect(latin).not.toContain('<w:bidi');
    expect(chinese).not.toContain('<w:bidi');
  });
});
