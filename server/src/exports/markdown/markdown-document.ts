import type { DeletedNumber } from '@plenary/shared/numbering/index';
import type { ExportBlock, ExportDocument, ExportProposal } from '../export-document.ts';
import { exportDate, longDate } from '../export-document.ts';
import { compilationHeading } from '../compilation-lines.ts';
import { escapeMarkdown, markdownRedline, markdownRuns } from './markdown-text.ts';

export interface MarkdownOptions {
  /** Each paragraph followed by its pending proposals, with their attribution. */
  compilation: boolean;
}

const HEADINGS = new Set(['sectionHeading', 'briefSectionHeading']);

/** The document as Markdown: title, revision, headings, and each paragraph with its number ("**OP12** …"). */
export function markdownDocument(document: ExportDocument, options: MarkdownOptions): string {
  const lines: string[] = [`# ${escapeMarkdown(document.title)}`, '', headerLine(document), ''];
  if (options.compilation) lines.push('_Compilation of the pending proposals._', '');
  for (const deleted of document.deletedFirst) lines.push(deletedLine(deleted), '');
  document.blocks.forEach((block, i) => {
    lines.push(blockLine(block));
    const entries = options.compilation ? block.proposals : [];
    for (const entry of entries) lines.push('', ...proposalLines(entry, block));
    for (const deleted of block.deletedAfter) lines.push('', deletedLine(deleted));
    // Sub-points one after another make one tight list: no blank line between them.
    const next = document.blocks[i + 1];
    const tight = block.type === 'subPoint' && next?.type === 'subPoint' && entries.length === 0 && block.deletedAfter.length === 0;
    if (!tight) lines.push('');
  });
  if (options.compilation && document.orphans.length > 0) {
    lines.push('## Proposals on paragraphs no longer in the text', '');
    for (const entry of document.orphans) lines.push(...proposalLines(entry, null), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function headerLine(document: ExportDocument): string {
  const parts = [
    document.symbol ? `**Symbol:** ${escapeMarkdown(document.symbol)}` : null,
    `**Revision:** ${document.revision ? escapeMarkdown(document.revision.name) : 'live text (no revision issued yet)'}`,
    `**Date:** ${longDate(exportDate(document))}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The number a deleted paragraph leaves behind until the next revision: a struck "OP12" and "[deleted]". */
function deletedLine(deleted: DeletedNumber): string {
  return `~~${escapeMarkdown(deleted.label)}~~ ${escapeMarkdown('[deleted]')}`;
}

function blockLine(block: ExportBlock): string {
  const text = markdownRuns(block.runs);
  if (HEADINGS.has(block.type)) return `## ${text}`;
  if (block.type === 'subPoint') {
    const indent = '  '.repeat((block.level ?? 1) - 1);
    return `${indent}- **${escapeMarkdown(block.margin ?? '')}** ${text}`;
  }
  return block.number ? `**${escapeMarkdown(block.number)}** ${text}` : text;
}

/** One pending proposal as a quotation under its paragraph: label, kind, attribution, redline, justification. */
function proposalLines(entry: ExportProposal, block: ExportBlock | null): string[] {
  const heading = compilationHeading(entry);
  const indent = block?.type === 'subPoint' ? '  '.repeat(block.level ?? 1) : '';
  const quote = (line: string) => (line ? `${indent}> ${line}` : `${indent}>`);
  const wording = entry.proposal.kind === 'alternative' ? `[${escapeMarkdown(entry.proposal.text ?? '')}]` : markdownRedline(entry.redline);
  const lines = [
    quote(`**${escapeMarkdown(heading.label)}** (${heading.kind}) ${escapeMarkdown(heading.attribution)}`),
    quote(''),
    quote(wording || '_(no wording)_'),
  ];
  if (entry.proposal.justification) lines.push(quote(''), quote(`_Justification:_ ${escapeMarkdown(entry.proposal.justification)}`));
  return lines;
}
