import { describe, expect, it } from 'vitest';
import { PROPOSAL_KINDS } from '../domain/index.ts';
import { rejectProposalInput, retableProposalInput, tableProposalInput } from './proposals.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('tableProposalInput', () => {
  it.each(PROPOSAL_KINDS)('has a schema for the kind %s', (kind) => {
    expect(tableProposalInput.parse({ pid: 'p', kind, text: 'New words' }).kind).toBe(kind);
  });

  it('accepts each kind, with text required except for a deletion', () => {
    expect(tableProposalInput.parse({ pid: 'p', kind: 'amend', text: 'New words' })).toMatchObject({ justification: '', cosponsors: [] });
    expect(tableProposalInput.parse({ pid: 'p', kind: 'delete', text: 'ignored' })).not.toHaveProperty('text', 'ignored');
    expect(tableProposalInput.safeParse({ pid: 'p', kind: 'insert-after' }).success).toBe(false);
  });

  it('refuses an unknown kind, blank or multi-line text and a repeated co-sponsor with a clear message', () => {
    expect(messages(tableProposalInput.safeParse({ pid: 'p', kind: 'rewrite', text: 'x' }))[0]).toMatch(/"kind" must be one of/);
    expect(messages(tableProposalInput.safeParse({ pid: 'p', kind: 'amend', text: ' \t ' }))[0]).toMatch(/only whitespace/);
    expect(messages(tableProposalInput.safeParse({ pid: 'p', kind: 'amend', text: 'a\nb' }))[0]).toMatch(/line breaks/);
    expect(messages(tableProposalInput.safeParse({ pid: 'p', kind: 'amend', text: 'x', cosponsors: ['CAN', 'CAN'] }))[0]).toMatch(/once/);
  });

  it('limits the justification', () => {
    expect(tableProposalInput.safeParse({ pid: 'p', kind: 'delete', justification: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('decision and retabling inputs', () => {
  it('requires a non-blank reason to reject, and text to re-table', () => {
    expect(rejectProposalInput.safeParse({ reason: '   ' }).success).toBe(false);
    expect(rejectProposalInput.parse({ reason: ' Not agreed ' })).toEqual({ reason: 'Not agreed' });
    expect(retableProposalInput.safeParse({ justification: 'x' }).success).toBe(false);
  });
});
