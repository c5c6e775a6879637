import { describe, expect, it } from 'vitest';
import { LIVE_EVENT_TYPES, LIVE_EVENTS_VERSION, parseLiveEvent, readyMessage, type LiveEvent } from './live-events.ts';

describe('parseLiveEvent', () => {
  const events: LiveEvent[] = [
    { type: 'proposal.changed', documentId: 'd', data: { proposalId: 'p1', pid: 'op3' } },
    { type: 'thread.changed', documentId: 'd', data: { threadId: 't1', pid: 'op3' } },
    { type: 'paragraph-status.changed', documentId: 'd', data: { pid: 'op3' } },
    { type: 'notification.created', data: { notificationId: 'n1', kind: 'mention' } },
    { type: 'silence.started', documentId: 'd', data: { procedureId: 's1' } },
    { type: 'silence.broken', documentId: 'd', data: { procedureId: 's1', stakeholderId: 'group-eu' } },
    { type: 'silence.ended', documentId: 'd', data: { procedureId: 's1', outcome: 'broken' } },
    { type: 'position-statement.recorded', documentId: 'd', data: { statementId: '7' } },
    { type: 'revision.issued', documentId: 'd', data: { revisionId: 'r1' } },
    { type: 'document.stage-changed', documentId: 'd', data: { stage: 'circulated' } },
    { type: 'input.changed', documentId: 'd', data: { inputId: 'i1' } },
    { type: 'evidence.changed', documentId: 'd', data: { linkId: 'l1', compactDocumentId: 'd', briefDocumentId: 'b' } },
    { type: 'membership.changed', data: { processId: 'gcm' } },
  ];

  it.each(events)('reads a $type event back as it was sent', (event) => {
    expect(parseLiveEvent(JSON.stringify(event))).toEqual(event);
  });

  it('knows every event type', () => {
    expect([...LIVE_EVENT_TYPES].sort()).toEqual(events.map((e) => e.type).sort());
  });

  it.each([
    ['text that is not JSON', 'proposal.changed'],
    ['a JSON value that is not an object', '"proposal.changed"'],
    ['null', 'null'],
    ['an unknown type', JSON.stringify({ type: 'proposal.deleted', data: { proposalId: 'p1' } })],
    ['no type', JSON.stringify({ data: {} })],
    ['the ready message', JSON.stringify(readyMessage())],
    ['data that is not an object', JSON.stringify({ type: 'thread.changed', data: 't1' })],
    ['no data', JSON.stringify({ type: 'thread.changed' })],
    ['a proposal event without its proposal id', JSON.stringify({ type: 'proposal.changed', documentId: 'd', data: { pid: 'op3' } })],
    [
      'a thread event whose thread id is not a string',
      JSON.stringify({ type: 'thread.changed', documentId: 'd', data: { threadId: 7, pid: 'op3' } }),
    ],
    ['a status event without its pid', JSON.stringify({ type: 'paragraph-status.changed', documentId: 'd', data: {} })],
    ['a notification without its kind', JSON.stringify({ type: 'notification.created', data: { notificationId: 'n1' } })],
    ['a silence break without its stakeholder', JSON.stringify({ type: 'silence.broken', documentId: 'd', data: { procedureId: 's1' } })],
    ['an input event without its input id', JSON.stringify({ type: 'input.changed', documentId: 'd', data: {} })],
    [
      'an evidence change without its brief',
      JSON.stringify({ type: 'evidence.changed', documentId: 'd', data: { linkId: 'l1', compactDocumentId: 'd' } }),
    ],
    ['a stage change without its stage', JSON.stringify({ type: 'document.stage-changed', documentId: 'd', data: {} })],
    ['a document id that is not a string', JSON.stringify({ type: 'thread.changed', documentId: 3, data: { threadId: 't1', pid: 'op3' } })],
  ])('ignores %s', (_, json) => {
    expect(parseLiveEvent(json)).toBeNull();
  });
});

describe('readyMessage', () => {
  it('names the version of the events the server speaks', () => {
    expect(readyMessage()).toEqual({ type: 'ready', data: { version: LIVE_EVENTS_VERSION } });
  });
});
