import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

/** A tracked change as LibreOffice read it: its kind, author, date and the words it covers. */
export interface ReadChange {
  kind: 'insertion' | 'deletion';
  creator: string;
  date: string;
  text: string;
}

/** A comment as LibreOffice read it, with the words it is anchored to. */
export interface ReadComment {
  creator: string;
  text: string;
  resolved: boolean;
  /** The words between the comment's start and end. */
  anchored: string;
}

/** A Word file as LibreOffice opened it (converted to flat ODF and read back). */
export interface OpenedDocument {
  xml: string;
  /** Every paragraph's text, tabs kept, comments left out. */
  paragraphs: string[];
  changes: ReadChange[];
  comments: ReadComment[];
  bookmarks: string[];
}

/**
 * Opens Word files with LibreOffice headless, all in one run (each start costs seconds), in a private
 * profile so that parallel runs do not share one, and reads what it understood from its flat ODF output.
 */
export async function openWithLibreOffice<K extends string>(files: Record<K, Buffer>): Promise<Record<K, OpenedDocument>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-lo-'));
  const profile = path.join(os.tmpdir(), `lo-${crypto.randomUUID()}`);
  try {
    const inputs = (Object.entries(files) as [K, Buffer][]).map(([name, content]) => {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, content);
      return file;
    });
    // Asynchronously: the test's own HTTP connections must go on seeing the server meanwhile.
    await promisify(execFile)(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'fodt', '--outdir', dir, ...inputs],
      { timeout: 180_000 },
    );
    return Object.fromEntries(
      (Object.keys(files) as K[]).map((name) => {
        const out = path.join(dir, `${name}.fodt`);
        if (!fs.existsSync(out)) throw new Error(`LibreOffice could not open ${name}.docx`);
        return [name, readFlatOdt(fs.readFileSync(out, 'utf8'))];
      }),
    ) as Record<K, OpenedDocument>;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Word files opened and saved again as Word by LibreOffice (as a delegate who edits in it would), in one run:
 * what an import will be handed back.
 */
export async function savedAgainByLibreOffice<K extends string>(files: Record<K, Buffer>): Promise<Record<K, Buffer>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-lo-'));
  const out = path.join(dir, 'saved');
  const profile = path.join(os.tmpdir(), `lo-${crypto.randomUUID()}`);
  try {
    const inputs = (Object.entries(files) as [K, Buffer][]).map(([name, content]) => {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, content);
      return file;
    });
    await promisify(execFile)(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        out,
        ...inputs,
      ],
      { timeout: 180_000 },
    );
    return Object.fromEntries((Object.keys(files) as K[]).map((name) => [name, fs.readFileSync(path.join(out, `${name}.docx`))])) as Record<
      K,
      Buffer
    >;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Text as a reader sees it: the layout's line breaks and indentation between elements folded away. */
const prose = (markup: string) => wordsOf(markup).replace(/\s+/g, ' ').trim();

/** The words of some ODF markup: tabs and spaces as written, comments' own text left out. */
function wordsOf(markup: string): string {
  return decode(
    markup
      .replace(/<office:annotation(?=[\s>])[\s\S]*?<\/office:annotation>/g, '')
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:s\/>/g, ' ')
      .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
      .replace(/<[^>]+>/g, ''),
  );
}

function readFlatOdt(xml: string): OpenedDocument {
  const body = xml.slice(xml.indexOf('<office:text'));
  const registry = body.slice(0, Math.max(0, body.indexOf('</text:tracked-changes>')));
  const text = body.slice(body.indexOf('</text:tracked-changes>') + 1);
  const changes: ReadChange[] = [];
  for (const region of registry.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)) {
    const [, id, inner] = region as unknown as [string, string, string];
    const kind = inner.includes('<text:insertion') ? 'insertion' : 'deletion';
    const creator = decode(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(inner)?.[1] ?? '');
    const date = /<dc:date>([\s\S]*?)<\/dc:date>/.exec(inner)?.[1] ?? '';
    const start = text.indexOf(`<text:change-start text:change-id="${id}"/>`);
    const end = text.indexOf(`<text:change-end text:change-id="${id}"/>`);
    // A deletion LibreOffice keeps in the registry (not between markers in the text) carries its words there.
    const words =
      start >= 0 && end > start
        ? wordsOf(text.slice(start, end))
        : wordsOf(inner.replace(/<office:change-info>[\s\S]*?<\/office:change-info>/, ''));
    changes.push({ kind, creator, date, text: words });
  }
  const comments: ReadComment[] = [];
  for (const match of text.matchAll(/<office:annotation(?=[\s>])([^>]*)>([\s\S]*?)<\/office:annotation>/g)) {
    const [whole, attributes, inner] = match as unknown as [string, string, string];
    const name = /office:name="([^"]+)"/.exec(attributes)?.[1];
    const after = match.index + whole.length;
    const end = name ? text.indexOf(`<office:annotation-end office:name="${name}"/>`, after) : -1;
    comments.push({
      creator: decode(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(inner)?.[1] ?? ''),
      text: prose(
        inner.replace(
          /<dc:creator>[\s\S]*?<\/dc:creator>|<dc:date>[\s\S]*?<\/dc:date>|<meta:creator-initials>[\s\S]*?<\/meta:creator-initials>/g,
          '',
        ),
      ),
      resolved: /loext:resolved="true"/.test(attributes),
      anchored: end >= 0 ? wordsOf(text.slice(after, end)) : '',
    });
  }
  const withoutComments = text.replace(/<office:annotation(?=[\s>])[\s\S]*?<\/office:annotation>/g, '');
  const paragraphs = [...withoutComments.matchAll(/<text:(p|h)\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:\1>)/g)].map((m) => wordsOf(m[2] ?? ''));
  const bookmarks = [...text.matchAll(/<text:bookmark-start text:name="([^"]+)"\/>/g)].map((m) => m[1]!);
  return { xml, paragraphs, changes, comments, bookmarks };
}
