import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_INVALID_UPDATE } from '@plenary/shared/protocol/index';
import type { ApiClient } from '../support/api-client.ts';
import { editThroughProvider } from '../support/hostile-updates.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';
import { findBlock, insertText } from '../support/yjs-text.ts';
import { COMPACT, expectError, loginAll, openDatabase, paragraph, paragraphs, table, type Who } from './proposals-fixtures.ts';
import { issueRevision } from './silence-fixtures.ts';

/** What a hostile pen-holder might try against the record: hidden data, agreed sub-points, silence on a changed text. */
let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

const storedUpdates = () => {
  const db = openDatabase(server);
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM yjs_updates WHERE document_id = ?').get(COMPACT) as { n: number }).n;
  } finally {
    db.close();
  }
};

async function agree(pid: string): Promise<void> {
  expect((await as.cofacilitator.put(`/api/documents/${COMPACT}/paragraphs/${pid}/status`, { status: 'agreed' })).status).toBe(200);
}

describe('agreed text', () => {
  it('refuses data hidden in the attributes of its text, and stores nothing', async () => {
    const op3 = await paragraph(as.observer, 'OP3');
    await agree(op3.pid);
    const before = storedUpdates();
    const outcome = await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) => {
      (findBlock(doc, op3.pid).get(0) as Y.XmlText).setAttribute('hidden', 'payload');
    });
    expect(outcome).toBe(CLOSE_INVALID_UPDATE);
    expect(storedUpdates()).toBe(before);
  });

  it('refuses the same hidden data on any paragraph: the editor never writes it', async () => {
    const op9 = await paragraph(as.observer, 'OP9');
    const outcome = await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) => {
      (findBlock(doc, op9.pid).get(0) as Y.XmlText).setAttribute('hidden', 'payload');
    });
    expect(outcome).toBe(CLOSE_INVALID_UPDATE);
  });

  it('locks the sub-points of an agreed paragraph: no edit through the socket, no proposal through the API', async () => {
    const all = await paragraphs(as.observer);
    const sub = all.find((p) => /^OP\d+\(a\)$/.test(p.number))!;
    const parent = all.find((p) => p.number === sub.number.replace(/\(a\)$/, ''))!;
    await agree(parent.pid);
    const before = storedUpdates();
    const edit = await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) => insertText(doc, sub.pid, 0, 'SUB-EDIT '));
    expect(edit).toBe(CLOSE_INVALID_UPDATE);
    expect(storedUpdates()).toBe(before);
    const refused = await expectError(
      await as.eu.post(`/api/documents/${COMPACT}/proposals`, {
        pid: sub.pid,
        kind: 'amend',
        text: `${sub.text} More.`,
        justification: 'J.',
      }),
      409,
      'conflict',
    );
    expect(refused.message).toBe(`${parent.number} is agreed: a co-facilitator must reopen it before it can be amended.`);
    expect((await paragraph(as.observer, sub.number)).text).toBe(sub.text);
  });
});

describe('compare', () => {
  it('dates words a proposal brought by its acceptance, even after the decision was reopened and the proposal rejected', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    const before = await issueRevision(as.cofacilitator, 'Rev.C0');
    const proposal = await table(as.eu, { pid: op5.pid, kind: 'amend', text: `${op5.text} Amended by the EU.`, justification: 'J.' });
    expect((await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`)).status).toBe(200);
    const accepted = await as.eu.json('GET', `/api/proposals/${proposal.id}`);
    const after = await issueRevision(as.cofacilitator, 'Rev.C1');
    expect((await as.cofacilitator.post(`/api/proposals/${proposal.id}/reopen`)).status).toBe(200);
    expect((await as.cofacilitator.post(`/api/proposals/${proposal.id}/reject`, { reason: 'No.' })).status).toBe(200);
    const rejected = await as.eu.json('GET', `/api/proposals/${proposal.id}`);
    const comparison = await as.observer.json('GET', `/api/documents/${COMPACT}/compare?from=${before.id}&to=${after.id}`);
    const block = comparison.blocks.find((b: any) => b.pid === op5.pid);
    const inserted = block.segments.find((s: any) => s.op === 'insert' && s.text.includes('Amended'));
    const acceptedAt = Date.parse(inserted.attribution.acceptedAt);
    expect(Math.abs(acceptedAt - Date.parse(accepted.decision.at))).toBeLessThan(1000);
    expect(acceptedAt).toBeLessThan(Date.parse(rejected.decision.at));
  });
});

describe('audit log', () => {
  it('keeps to the tabling side who was invited to co-sponsor and declined, as the proposal view does', async () => {
    const op2 = await paragraph(as.observer, 'OP2');
    const proposal = await table(as.eu, { pid: op2.pid, kind: 'amend', text: `${op2.text} X.`, justification: 'J.', cosponsors: ['CAN'] });
    expect((await as.canada.post(`/api/proposals/${proposal.id}/cosponsorship/decline`, {})).status).toBe(200);
    expect((await as.cofacilitator.json('GET', `/api/proposals/${proposal.id}`)).cosponsors).toEqual([]);
    const audit = await as.cofacilitator.json('GET', `/api/documents/${COMPACT}/audit`);
    const rows = audit.entries.filter((e: any) => e.target === proposal.id);
    expect(rows.map((r: any) => r.action)).toEqual(['proposal.table']);
    expect(rows[0].details).not.toHaveProperty('cosponsors');
    expect(audit.filters.actions.map((a: any) => a.action ?? a)).not.toContain('proposal.cosponsor-decline');
  });
});

describe('silence', () => {
  it('puts under silence only a revision the text still reads as: what is adopted is what was circulated', async () => {
    const op1 = await paragraph(as.observer, 'OP1');
    const revision = await issueRevision(as.cofacilitator, 'Rev.A');
    const edited = await editThroughProvider(server.url, COMPACT, as.cofacilitator.cookie, (doc) =>
      insertText(doc, op1.pid, 0, 'AFTER-REV '),
    );
    expect(edited).toBe('still open');
    await eventually(async () => expect((await paragraph(as.observer, 'OP1')).text).toBe(`AFTER-REV ${op1.text}`));
    const refused = await expectError(
      await as.cofacilitator.post(`/api/documents/${COMPACT}/silence`, { revisionId: revision.id }),
      409,
      'conflict',
    );
    expect(refused.message).toBe('The text has changed since Rev.A was issued: issue a new revision to put the text under silence.');
    const next = await issueRevision(as.cofacilitator, 'Rev.B');
    expect((await as.cofacilitator.post(`/api/documents/${COMPACT}/silence`, { revisionId: next.id })).status).toBe(201);
  });
});
