import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { download, temporaryFile, validateAgainstAkn } from './exports-fixtures.ts';
import { COMPACT, createOtherProcessCompact, expectError, loginAll, paragraph, paragraphs, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Values selected by an XPath expression over the file, read by xmllint (a real XML reader, not ours). */
function xpath(file: string, expression: string): string[] {
  const out = execFileSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.replace(/^\w+="(.*)"$/, '$1'));
}

const akn = (element: string) => `//*[local-name()='${element}' and namespace-uri()='${NS}']`;

async function exportAkn(client: ApiClient, documentId: string, query = ''): Promise<{ file: string; xml: string }> {
  const answer = await download(client, `/api/documents/${documentId}/export.akn.xml${query}`);
  expect(answer.status, answer.body.toString()).toBe(200);
  expect(answer.contentType).toMatch(/^application\/akn\+xml/);
  expect(answer.disposition).toMatch(new RegExp(`attachment; filename="${documentId}[^"]*\\.akn\\.xml"`));
  return { file: temporaryFile(answer.body, `${documentId}.akn.xml`), xml: answer.body.toString('utf8') };
}

describe('Akoma Ntoso export of the compact', () => {
  let file: string;
  let xml: string;
  let proposalIds: string[];

  beforeAll(async () => {
    const revision = await as.cofacilitator.post(`/api/documents/${COMPACT}/revisions`, {
      name: 'Rev.1',
      symbol: 'A/CONF.231/3',
      issuedOn: '2018-03-05',
    });
    expect(revision.status).toBe(201);
    const op3 = await paragraph(as.eu, 'OP3');
    const op5 = await paragraph(as.eu, 'OP5');
    const amend = await table(as.eu, {
      pid: op3.pid,
      kind: 'amend',
      text: `${op3.text} & in full respect of <international> law`,
      justification: 'Clearer "and" stronger.',
      cosponsors: ['CAN'],
    });
    expect((await as.canada.post(`/api/proposals/${amend.id}/cosponsorship/confirm`, {})).status).toBe(200);
    expect((await as.g77.post(`/api/proposals/${amend.id}/oppose`, {})).status).toBe(200);
    const added = await table(as.g77, { pid: op5.pid, kind: 'insert-after', text: 'A new paragraph on remittances.', justification: '' });
    const deleted = await table(as.canada, { pid: op5.pid, kind: 'delete', justification: 'Covered elsewhere.' });
    // A paragraph added since the revision keeps the numbers around it: OP2bis.
    const op2 = await paragraph(as.eu, 'OP2');
    const newParagraph = await table(as.canada, {
      pid: op2.pid,
      kind: 'insert-after',
      text: 'A paragraph agreed in the room.',
      justification: '',
    });
    expect((await as.cofacilitator.post(`/api/proposals/${newParagraph.id}/accept`, {})).status).toBe(200);
    proposalIds = [amend.id, added.id, deleted.id];
    ({ file, xml } = await exportAkn(as.observer, COMPACT));
  });

  it('validates against the OASIS Akoma Ntoso schema', () => {
    expect(validateAgainstAkn(file)).toBe('');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0"><statement name="resolution">/,
    );
  });

  it('numbers every paragraph as the product does: num, eId from the number, wId the pid', async () => {
    const shown = (await paragraphs(as.observer)).filter((p) => p.number);
    const wIds = xpath(file, `${akn('recital')}/@wId | ${akn('paragraph')}/@wId | ${akn('point')}/@wId`);
    expect(wIds).toEqual(shown.map((p) => p.pid));
    for (const p of shown.filter((p) => p.type === 'operativeParagraph')) {
      const stem = p.number.slice(2);
      expect(xpath(file, `${akn('paragraph')}[@wId='${p.pid}']/@eId`)).toEqual([`para_${stem}`]);
      expect(xpath(file, `string(${akn('paragraph')}[@wId='${p.pid}']/*[local-name()='num'])`)).toEqual([`${stem}.`]);
    }
    for (const p of shown.filter((p) => p.type === 'preambularParagraph')) {
      expect(xpath(file, `string(${akn('recital')}[@wId='${p.pid}']/*[local-name()='num'])`)).toEqual([p.number]);
    }
    const op2bis = shown.find((p) => p.number === 'OP2bis')!;
    expect(xpath(file, `${akn('paragraph')}[@wId='${op2bis.pid}']/@eId`)).toEqual(['para_2bis']);
    expect(xpath(file, `string(${akn('paragraph')}[@wId='${op2bis.pid}']/*[local-name()='num'])`)).toEqual(['2bis.']);
    const point = shown.find((p) => p.type === 'subPoint' && /^OP\d+\(a\)$/.test(p.number))!;
    const parent = /^OP(\d+)/.exec(point.number)![1];
    expect(xpath(file, `${akn('point')}[@wId='${point.pid}']/@eId`)).toEqual([`para_${parent}__list_1__point_a`]);
    expect(xpath(file, `string(${akn('point')}[@wId='${point.pid}']/*[local-name()='num'])`)).toEqual(['(a)']);
  });

  it('gives every element a unique eId', () => {
    const eIds = xpath(file, '//@eId');
    expect(eIds.length).toBeGreaterThan(50);
    expect(new Set(eIds).size).toBe(eIds.length);
  });

  it('puts the headings as sections, the revision in FRBRExpression and the symbol in the preface', () => {
    expect(xpath(file, `count(${akn('mainBody')}/${akn('section').slice(2)})`)[0]).not.toBe('0');
    expect(xpath(file, `${akn('FRBRExpression')}/*[local-name()='FRBRversionNumber']/@value`)).toEqual(['Rev.1']);
    expect(xpath(file, `${akn('FRBRExpression')}/*[local-name()='FRBRdate']/@date`)).toEqual(['2018-03-05']);
    expect(xpath(file, `${akn('FRBRExpression')}/*[local-name()='FRBRdate']/@name`)).toEqual(['Rev.1']);
    expect(xpath(file, `string(${akn('docNumber')})`)).toEqual(['A/CONF.231/3']);
    expect(xpath(file, `string(${akn('docStage')})`)).toEqual(['Rev.1']);
  });

  it('names every stakeholder of the pending proposals in references, and the proposals as amendment metadata', async () => {
    const shownAs = xpath(file, `${akn('TLCOrganization')}/@showAs`);
    expect(shownAs).toEqual(expect.arrayContaining(['European Union', 'Canada', 'Group of 77 and China']));
    const proposals = "//*[local-name()='proposal' and namespace-uri()='urn:plenary:proposals:1.0']";
    expect(xpath(file, `${proposals}/@id`)).toEqual(proposalIds);
    expect(xpath(file, `${proposals}/@kind`)).toEqual(['amend', 'insert-after', 'delete']);
    const op5 = await paragraph(as.eu, 'OP5');
    expect(xpath(file, `${proposals}[@kind='insert-after']/@label`)).toEqual(['5bis']);
    expect(xpath(file, `${proposals}[@kind='delete']/@targetWid`)).toEqual([op5.pid]);
    // Every stakeholder a proposal points at is in references.
    const eIds = new Set(xpath(file, `${akn('TLCOrganization')}/@eId`).map((id) => `#${id}`));
    for (const ref of xpath(file, `${proposals}/@tabledBy | ${proposals}/*/@by`)) expect(eIds.has(ref)).toBe(true);
    expect(xpath(file, `string(${proposals}[@kind='amend']/*[local-name()='text'])`)[0]).toMatch(
      /& in full respect of <international> law$/,
    );
    expect(xpath(file, `${proposals}[@kind='amend']/*[local-name()='oppose']/@by`)).toEqual(['#org_group-g77']);
  });

  it('leaves the proposals out with proposals=none, and still validates', async () => {
    const clean = await exportAkn(as.eu, COMPACT, '?proposals=none');
    expect(validateAgainstAkn(clean.file)).toBe('');
    expect(clean.xml).not.toContain('urn:plenary:proposals');
    expect(clean.xml).not.toContain('&lt;international&gt;');
  });

  it('carries bold and italic as b and i, and escapes what XML would read as markup', () => {
    expect(xml).toMatch(/<i>Recalling<\/i> the New York Declaration/);
    expect(xml).toContain('&amp; in full respect of &lt;international&gt; law');
  });
});

describe('Akoma Ntoso export of a brief', () => {
  it('exports a published brief as a doc named issueBrief that validates, for a delegate', async () => {
    const { file, xml } = await exportAkn(as.eu, 'gcm-brief-6');
    expect(validateAgainstAkn(file)).toBe('');
    expect(xml).toContain('<doc name="issueBrief">');
    const shown = (await paragraphs(as.eu, 'gcm-brief-6')).filter((p) => p.type === 'briefParagraph');
    expect(xpath(file, `${akn('paragraph')}/@wId`)).toEqual(shown.map((p) => p.pid));
    expect(xpath(file, `${akn('paragraph')}/@eId`)).toEqual(shown.map((p) => `para_${p.number.slice(1)}`));
    expect(xpath(file, `${akn('section')}/@wId`).length).toBeGreaterThan(1);
    expect(xpath(file, `${akn('TLCOrganization')}/@showAs`).length).toBeGreaterThan(2);
  });

  it("exports a circulated brief with an agency's pending proposal, for its lead agency", async () => {
    const first = await paragraph(as.ohchr, '¶1', 'gcm-brief-1');
    await table(as.iom, { pid: first.pid, kind: 'amend', text: `${first.text} With data.`, justification: 'Evidence.' }, 'gcm-brief-1');
    const { file } = await exportAkn(as.ohchr, 'gcm-brief-1');
    expect(validateAgainstAkn(file)).toBe('');
    expect(xpath(file, "//*[local-name()='proposal']/@targetWid")).toEqual([first.pid]);
  });
});

describe('who may export, and bad queries', () => {
  it('answers 404 for a draft brief to a delegate, an observer and an agency that does not lead it, and for an unknown document', async () => {
    for (const who of ['eu', 'observer', 'iom'] as const) {
      await expectError(await as[who].get('/api/documents/gcm-brief-2/export.akn.xml'), 404, 'not_found');
    }
    await expectError(await as.eu.get('/api/documents/gcm-brief-1/export.akn.xml'), 404, 'not_found');
    await expectError(await as.eu.get('/api/documents/nope/export.akn.xml'), 404, 'not_found');
    expect((await download(as.secretariat, '/api/documents/gcm-brief-2/export.akn.xml')).status).toBe(200);
  });

  it('refuses a document of a process the caller takes no part in, in every format', async () => {
    createOtherProcessCompact(server);
    for (const file of ['export.akn.xml', 'export.md', 'export.pdf']) {
      const refused = await expectError(await as.eu.get(`/api/documents/other-compact/${file}`), 403, 'forbidden');
      expect(refused.message).toMatch(/not a participant/);
    }
  });

  it('asks for a session', async () => {
    const response = await fetch(`${server.url}/api/documents/${COMPACT}/export.akn.xml`);
    expect(response.status).toBe(401);
  });

  it('answers 400 with a clear message for a proposals value this format does not take, or an unknown parameter', async () => {
    const compilation = await expectError(
      await as.eu.get(`/api/documents/${COMPACT}/export.akn.xml?proposals=compilation`),
      400,
      'invalid_input',
    );
    expect(compilation.message).toMatch(/proposals must be none or tracked for Akoma Ntoso/);
    await expectError(await as.eu.get(`/api/documents/${COMPACT}/export.akn.xml?proposals=`), 400, 'invalid_input');
    const unknown = await expectError(await as.eu.get(`/api/documents/${COMPACT}/export.akn.xml?format=pdf`), 400, 'invalid_input');
    expect(unknown.message).toMatch(/format/);
  });
});

describe('what the caller may not read never travels in an export', () => {
  it('leaves out a delegation-only comment, and an invitation to co-sponsor, for those who may not see them', async () => {
    const op7 = await paragraph(as.eu, 'OP7');
    const secret = 'Internal line of the Canadian delegation: do not concede on OP7.';
    const thread = await as.canada.post(`/api/documents/${COMPACT}/threads`, { pid: op7.pid, visibility: 'delegation', body: secret });
    expect(thread.status).toBe(201);
    const invited = await table(as.eu, {
      pid: op7.pid,
      kind: 'amend',
      text: `${op7.text} With the support of regional organizations.`,
      justification: 'Regional dimension.',
      cosponsors: ['NOR'],
    });
    const cosponsors = (xml: string) => {
      const entry = new RegExp(`<pl:proposal id="${invited.id}"[^>]*>(.*?)</pl:proposal>`).exec(xml)?.[1] ?? '';
      return [...entry.matchAll(/<pl:cosponsor by="([^"]+)" status="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    };
    for (const who of ['eu', 'g77', 'observer', 'cofacilitator'] as const) {
      for (const file of ['export.akn.xml', 'export.md?proposals=compilation', 'export.pdf?proposals=compilation']) {
        const answer = await download(as[who], `/api/documents/${COMPACT}/${file}`);
        expect(answer.status).toBe(200);
        const text = file.startsWith('export.pdf')
          ? execFileSync('pdftotext', ['-enc', 'UTF-8', temporaryFile(answer.body, 'export.pdf'), '-'], { encoding: 'utf8' })
          : answer.body.toString('utf8');
        expect(text).not.toContain('do not concede');
        if (file === 'export.akn.xml') {
          // The tabling side sees its pending invitation; nobody else learns of it before Norway confirms.
          expect(cosponsors(text)).toEqual(who === 'eu' ? ['#org_NOR invited'] : []);
          expect(text.includes('showAs="Norway"')).toBe(who === 'eu');
        }
      }
    }
  });
});
