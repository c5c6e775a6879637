import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './audit.ts';

describe('auditActionLabel', () => {
  it('names known actions in plain words', () => {
    expect(auditActionLabel('proposal.accept')).toBe('Accepted a proposal');
    expect(auditActionLabel('thread.message.delete')).toBe('Deleted a comment');
  });

  it('turns an action without a label into words rather than showing its code', () => {
    expect(auditActionLabel('revision.annotate')).toBe('Revision: annotate');
    expect(auditActionLabel('paragraph.status-change')).toBe('Paragraph: status change');
    expect(auditActionLabel('silence.statement.add')).toBe('Silence: statement add');
    expect(auditActionLabel('export')).toBe('Export');
  });
});
