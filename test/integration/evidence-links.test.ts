import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { insertText } from '../support/yjs-text.ts';
import { COMPACT, loginAll, openDatabase, openEventStream, paragraph, paragraphs, table, type Who } from './proposals-fixtures.ts';
import { inputBody, submit } from './inputs-fixtures.ts';
import { BRIEF_1, BRIEF_3, PUBLISHED_BRIEF, documentLinks, link, linksOf, linksPath } from './evidence-links-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

function sql<T>(query: (db: ReturnType<typeof openDatabase>) => T, readonly = true): T {
  const db = openDatabase(server, { readonly });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

const ids = (links: { id: string }[]) => links.map((l) => l.id);

describe('linking a compact paragraph to its evidence', () => {
  it('links from the compact side, numbered as the texts read now, and lists the link on both sides', async () => {
    const op5 = await paragraph(as.cofacilitator, 'OP5');
    const evidence = await paragraph(as.cofacilitator, '¶2', PUBLISHED_BRIEF);
    const created = await link(as.cofacilitator, op5.pid, PUBLISHED_BRIEF, evidence.pid);
    expect(created).toMatchObject({
      compact: { documentId: COMPACT, pid: op5.pid, paragraphLabel: 'OP5', briefNumber: null },
      brief: { documentId: PUBLISHED_BRIEF, pid: evidence.pid, paragraphLabel: '¶2', briefNumber: 6 },
      input: null,
      label: 'Informed by Issue brief 6, ¶2',
      createdBy: { name: expect.any(String), stakeholder: { shortName: expect.any(String) }, role: 'cofacilitator' },
      canRemove: true,
    });
    expect(ids(await linksOf(as.eu, COMPACT, op5.pid))).toEqual([created.id]);
    expect(ids(await linksOf(as.eu, PUBLISHED_BRIEF, evidence.pid))).toEqual([created.id]);
    expect(ids(await documentLinks(as.eu, COMPACT))).toContain(created.id);
    expect(ids(await documentLinks(as.eu, PUBLISHED_BRIEF))).toContain(created.id);
    // Other paragraphs of either document list nothing.
    expect(await linksOf(as.eu, COMPACT, (await paragraph(as.eu, 'OP6')).pid)).toEqual([]);
    // Who cannot remove it is told so.
    expect((await linksOf(as.eu, COMPACT, op5.pid))[0].canRemove).toBe(false);

    const audit = sql<any>((db) => db.prepare("SELECT * FROM audit_log WHERE action = 'evidence.link' AND target = ?").get(created.id));
    expect(audit).toMatchObject({ document_id: COMPACT, role: 'cofacilitator' });
  });

  it("links from a brief's side, by one of its co-leads, to a compact paragraph", async () => {
    const op3 = await paragraph(as.iom, 'OP3');
    const evidence = await paragraph(as.iom, '¶1', BRIEF_3);
    const response = await as.iom.post(linksPath(BRIEF_3, evidence.pid), { documentId: COMPACT, pid: op3.pid });
    expect(response.status).toBe(201);
    const created = await response.json();
    // Stored the same way whichever side it was made from.
    expect(created).toMatchObject({
      compact: { documentId: COMPACT, pid: op3.pid, paragraphLabel: 'OP3' },
      brief: { documentId: BRIEF_3, pid: evidence.pid, paragraphLabel: '¶1' },
      label: 'Informed by Issue brief 3, ¶1',
    });
    const row = sql<any>((db) => db.prepare('SELECT * FROM evidence_links WHERE id = ?').get(created.id));
    expect(row).toMatchObject({ compact_document_id: COMPACT, compact_pid: op3.pid, brief_document_id: BRIEF_3, brief_pid: evidence.pid });
    expect(ids(await linksOf(as.cofacilitator, COMPACT, op3.pid))).toEqual([created.id]);
  });

  it('cites an incorporated input, naming its agency, as taken in or as revised', async () => {
    const op4 = await paragraph(as.cofacilitator, 'OP4');
    const first = await paragraph(as.ohchr, '¶1', BRIEF_1);
    const input = await submit(as.iom, BRIEF_1, inputBody(first.pid));
    const decided = await as.ohchr.json('POST', `/api/inputs/${input.id}/incorporate`, {
      text: 'In 2020, 281 million people were international migrants.',
    });
    expect(decided.status).toBe('incorporated-with-edit');
    const resultPid = decided.decision.resultPid as string;
    const label = (await paragraphs(as.ohchr, BRIEF_1)).find((p) => p.pid === resultPid)!.number;

    const created = await link(as.ohchr, op4.pid, BRIEF_1, resultPid, input.id);
    expect(created).toMatchObject({
      brief: { pid: resultPid, paragraphLabel: label },
      input: { id: input.id, agency: { shortName: 'IOM' } },
      label: `Informed by Issue brief 1, ${label}, IOM input`,
    });
    expect(sql((db) => db.prepare('SELECT input_id FROM evidence_links WHERE id = ?').get(created.id))).toEqual({ input_id: input.id });
    // The paragraph itself and the input in it are two pieces of evidence.
    const paragraphOnly = await link(as.ohchr, op4.pid, BRIEF_1, resultPid);
    expect(paragraphOnly.label).toBe(`Informed by Issue brief 1, ${label}`);
    expect(ids(await linksOf(as.unicef, BRIEF_1, resultPid))).toEqual([created.id, paragraphOnly.id]);
  });

  it('keeps the link through an edit of the linked paragraph', async () => {
    const op5 = await paragraph(as.cofacilitator, 'OP5');
    const [before] = await linksOf(as.cofacilitator, COMPACT, op5.pid);
    const pen = connectSyncClient(server.url, COMPACT, as.cofacilitator.cookie);
    try {
      await pen.synced;
      insertText(pen.doc, op5.pid, 0, 'Reaffirming the evidence, ');
      await eventually(async () => expect((await paragraph(as.eu, 'OP5')).text).toMatch(/^Reaffirming the evidence, /));
    } finally {
      pen.destroy();
    }
    const [after] = await linksOf(as.eu, COMPACT, op5.pid);
    expect(after).toMatchObject({ id: before.id, compact: { pid: op5.pid, paragraphLabel: 'OP5' }, label: before.label });
  });

  it('follows renumbering: a paragraph inserted before the linked one changes its label, not the link', async () => {
    const op4 = await paragraph(as.cofacilitator, 'OP4');
    const op5 = await paragraph(as.cofacilitator, 'OP5');
    const [linked] = await linksOf(as.eu, COMPACT, op5.pid);
    expect(linked.compact.paragraphLabel).toBe('OP5');
    const proposal = await table(as.eu, { pid: op4.pid, kind: 'insert-after', text: 'We commit to publish the evidence we rely on.' });
    const accepted = await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    expect((await paragraph(as.eu, 'OP5')).pid).toBe(accepted.resultPid);
    expect((await paragraph(as.eu, 'OP6')).pid).toBe(op5.pid);

    const [renumbered] = await linksOf(as.eu, COMPACT, op5.pid);
    expect(renumbered).toMatchObject({ id: linked.id, compact: { pid: op5.pid, paragraphLabel: 'OP6' } });
    const fromBrief = await linksOf(as.eu, PUBLISHED_BRIEF, linked.brief.pid);
    expect(fromBrief.find((l) => l.id === linked.id).compact.paragraphLabel).toBe('OP6');
    // The new paragraph has no links of its own.
    expect(await linksOf(as.eu, COMPACT, accepted.resultPid)).toEqual([]);
  });

  it('lists the links of a paragraph no longer in the text, with no number', async () => {
    const op7 = await paragraph(as.cofacilitator, 'OP7');
    const evidence = await paragraph(as.cofacilitator, '¶1', PUBLISHED_BRIEF);
    const created = await link(as.cofacilitator, op7.pid, PUBLISHED_BRIEF, evidence.pid);
    const proposal = await table(as.eu, { pid: op7.pid, kind: 'delete', justification: 'Covered elsewhere.' });
    await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/accept`, {});
    expect((await paragraphs(as.eu)).some((p) => p.pid === op7.pid)).toBe(false);
    const [kept] = await linksOf(as.eu, COMPACT, op7.pid);
    expect(kept).toMatchObject({ id: created.id, compact: { pid: op7.pid, paragraphLabel: null } });
  });
});

describe('who sees a link', () => {
  it('shows a delegation and an observer only the links to published briefs', async () => {
    const op8 = await paragraph(as.cofacilitator, 'OP8');
    const circulated = await link(as.cofacilitator, op8.pid, BRIEF_1, (await paragraph(as.cofacilitator, '¶2', BRIEF_1)).pid);
    const published = await link(
      as.cofacilitator,
      op8.pid,
      PUBLISHED_BRIEF,
      (await paragraph(as.cofacilitator, '¶3', PUBLISHED_BRIEF)).pid,
    );
    expect(ids(await linksOf(as.cofacilitator, COMPACT, op8.pid))).toEqual([circulated.id, published.id]);
    expect(ids(await linksOf(as.unicef, COMPACT, op8.pid))).toEqual([circulated.id, published.id]);
    for (const reader of [as.eu, as.observer]) {
      expect(ids(await linksOf(reader, COMPACT, op8.pid))).toEqual([published.id]);
      expect(ids(await documentLinks(reader, COMPACT))).not.toContain(circulated.id);
    }
  });

  it('announces a link to the readers of both documents only', async () => {
    const delegate = await openEventStream(server, as.eu);
    const agency = await openEventStream(server, as.unicef);
    try {
      const op9 = await paragraph(as.cofacilitator, 'OP9');
      const hidden = await link(as.cofacilitator, op9.pid, BRIEF_1, (await paragraph(as.cofacilitator, '¶1', BRIEF_1)).pid);
      const shown = await link(as.cofacilitator, op9.pid, PUBLISHED_BRIEF, (await paragraph(as.cofacilitator, '¶1', PUBLISHED_BRIEF)).pid);
      const about = (stream: typeof delegate, linkId: string) =>
        stream.events.filter((e) => e.type === 'evidence.changed' && e.data.linkId === linkId).map((e) => e.documentId);
      await eventually(() => expect(about(delegate, shown.id).sort()).toEqual([COMPACT, PUBLISHED_BRIEF].sort()));
      await eventually(() => expect(about(agency, hidden.id).sort()).toEqual([BRIEF_1, COMPACT].sort()));
      expect(delegate.events.find((e) => e.data.linkId === hidden.id)).toBeUndefined();
      expect(delegate.events.find((e) => e.data.linkId === shown.id)).toMatchObject({
        name: 'evidence.changed',
        data: { compactDocumentId: COMPACT, briefDocumentId: PUBLISHED_BRIEF },
      });
    } finally {
      delegate.close();
      agency.close();
    }
  });
});

describe('removing a link', () => {
  it('records who removed it and when; the row stays and the lists drop it', async () => {
    const op10 = await paragraph(as.cofacilitator, 'OP10');
    const created = await link(as.cofacilitator, op10.pid, PUBLISHED_BRIEF, (await paragraph(as.cofacilitator, '¶2', PUBLISHED_BRIEF)).pid);
    const removed = await as.secretariat.request('DELETE', `/api/links/${created.id}`);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ id: created.id, canRemove: false });
    expect(await linksOf(as.eu, COMPACT, op10.pid)).toEqual([]);
    expect(ids(await documentLinks(as.cofacilitator, PUBLISHED_BRIEF))).not.toContain(created.id);

    const row = sql<any>((db) => db.prepare('SELECT * FROM evidence_links WHERE id = ?').get(created.id));
    expect(row.removed_at).toEqual(expect.any(String));
    expect(row.removed_by_user_id).toEqual(expect.any(String));
    const audit = sql<any>((db) => db.prepare("SELECT * FROM audit_log WHERE action = 'evidence.unlink' AND target = ?").get(created.id));
    expect(audit).toMatchObject({ role: 'secretariat', document_id: COMPACT });
    // The same paragraphs may be linked again: a new link, the old one still on record.
    const again = await link(as.cofacilitator, op10.pid, PUBLISHED_BRIEF, row.brief_pid);
    expect(again.id).not.toBe(created.id);
  });

  it('refuses raw SQL that would delete a link or rewrite it', async () => {
    const op11 = await paragraph(as.cofacilitator, 'OP11');
    const created = await link(as.cofacilitator, op11.pid, PUBLISHED_BRIEF, (await paragraph(as.cofacilitator, '¶1', PUBLISHED_BRIEF)).pid);
    const attempts = [
      'DELETE FROM evidence_links WHERE id = ?',
      "UPDATE evidence_links SET compact_pid = 'elsewhere' WHERE id = ?",
      "UPDATE evidence_links SET removed_at = '2026-01-01', removed_by_user_id = created_by_user_id, brief_pid = 'x' WHERE id = ?",
    ];
    for (const statement of attempts) {
      expect(() => sql((db) => db.prepare(statement).run(created.id), false)).toThrow(/evidence link|evidence_links/);
    }
    sql(
      (db) =>
        db
          .prepare("UPDATE evidence_links SET removed_at = '2026-01-01', removed_by_user_id = created_by_user_id WHERE id = ?")
          .run(created.id),
      false,
    );
    expect(() =>
      sql((db) => db.prepare('UPDATE evidence_links SET removed_at = NULL, removed_by_user_id = NULL WHERE id = ?').run(created.id), false),
    ).toThrow(/only be removed, once/);
    expect(sql((db) => db.prepare('SELECT count(*) AS n FROM evidence_links WHERE id = ?').get(created.id))).toEqual({ n: 1 });
  });
});
