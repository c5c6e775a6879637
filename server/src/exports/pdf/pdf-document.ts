import type { DiffOp } from '@plenary/shared/diff/index';
import type { TextRun } from '@plenary/shared/document/index';
import type { DeletedNumber } from '@plenary/shared/numbering/index';
import { compilationHeading } from '../compilation-lines.ts';
import type { ExportBlock, ExportDocument, ExportProposal } from '../export-document.ts';
import { exportDate, longDate } from '../export-document.ts';
import { PAGE, PdfFlow, type Span } from './pdf-flow.ts';

export interface PdfOptions {
  /** Each paragraph followed by its pending proposals, with their attribution. */
  compilation: boolean;
}

const BODY = 11;
const HEADINGS = new Set(['sectionHeading', 'briefSectionHeading']);

const spansOf = (runs: readonly TextRun[]): Span[] =>
  runs.map((run) => ({ text: run.text, bold: run.marks.includes('bold'), italic: run.marks.includes('italic') }));

/** A redline: insertions underlined, deletions struck through. */
const redlineSpans = (ops: readonly DiffOp[]): Span[] =>
  ops.map((op) => ({ text: op.text, underline: op.op === 'insert', strike: op.op === 'delete' }));

/** The document as a PDF laid out as a UN text: symbol, revision and date in the header, page numbers in the footer. */
export async function pdfDocument(document: ExportDocument, options: PdfOptions): Promise<Buffer> {
  const flow = new PdfFlow({ title: document.title, subject: options.compilation ? 'Compilation of pending proposals' : 'Text' });
  flow.paragraph([{ text: document.title, bold: true }], { size: 15, indent: 0, align: 'center', spaceAfter: 6 });
  if (options.compilation) {
    flow.paragraph([{ text: 'Compilation of the pending proposals', italic: true }], { size: BODY, indent: 0, align: 'center' });
  }
  flow.skip(10);
  document.deletedFirst.forEach((deleted) => writeDeleted(flow, deleted));
  for (const block of document.blocks) {
    writeBlock(flow, block);
    block.deletedAfter.forEach((deleted) => writeDeleted(flow, deleted));
    if (options.compilation) for (const entry of block.proposals) writeProposal(flow, entry, block);
  }
  if (options.compilation && document.orphans.length > 0) {
    flow.paragraph([{ text: 'Proposals on paragraphs no longer in the text', bold: true }], { size: 12, indent: 0 });
    for (const entry of document.orphans) writeProposal(flow, entry, null);
  }
  writeHeadersAndFooters(flow, document);
  return flow.finish();
}

function writeBlock(flow: PdfFlow, block: ExportBlock): void {
  const spans = spansOf(block.runs);
  if (HEADINGS.has(block.type)) {
    flow.ensureRoom(BODY * 5);
    flow.skip(6);
    flow.paragraph(
      spans.map((s) => ({ ...s, bold: true })),
      { size: 12, indent: 0, spaceAfter: 8 },
    );
    return;
  }
  if (block.type === 'subPoint') {
    const level = block.level ?? 1;
    flow.paragraph(spans, { size: BODY, indent: 36 + 28 * level, margin: { text: block.margin ?? '', at: 36 + 28 * (level - 1) } });
    return;
  }
  flow.paragraph(spans, { size: BODY, indent: 36, margin: block.margin ? { text: block.margin, at: 0 } : undefined });
}

/** "OP12 [deleted]": the number a deleted paragraph leaves behind until the next revision. */
function writeDeleted(flow: PdfFlow, deleted: DeletedNumber): void {
  flow.paragraph(
    [
      { text: deleted.label, strike: true },
      { text: ' [deleted]', italic: true },
    ],
    { size: BODY, indent: 36 },
  );
}

function writeProposal(flow: PdfFlow, entry: ExportProposal, block: ExportBlock | null): void {
  const indent = 36 + (block?.type === 'subPoint' ? 28 * (block.level ?? 1) : 0) + 14;
  const heading = compilationHeading(entry);
  const size = BODY - 1;
  flow.paragraph([{ text: `${heading.label} `, bold: true }, { text: `(${heading.kind}) `, italic: true }, { text: heading.attribution }], {
    size,
    indent,
    spaceAfter: 2,
  });
  const wording = entry.proposal.kind === 'alternative' ? [{ text: `[${entry.proposal.text ?? ''}]` }] : redlineSpans(entry.redline);
  flow.paragraph(wording, { size, indent, spaceAfter: entry.proposal.justification ? 2 : size * 0.8 });
  if (entry.proposal.justification) {
    flow.paragraph([{ text: `Justification: ${entry.proposal.justification}`, italic: true }], { size: size - 1, indent });
  }
}

function writeHeadersAndFooters(flow: PdfFlow, document: ExportDocument): void {
  const range = flow.pdf.bufferedPageRange();
  const stage = [document.revision?.name ?? 'Live text', longDate(exportDate(document))].join(' · ');
  for (let i = range.start; i < range.start + range.count; i++) {
    flow.pdf.switchToPage(i);
    const top = 40;
    flow.fixed(document.symbol ?? 'Plenary', PAGE.left, top, { size: 9, bold: true });
    flow.fixed(stage, PAGE.width - PAGE.right, top, { size: 9, align: 'right' });
    flow.pdf
      .moveTo(PAGE.left, top + 16)
      .lineTo(PAGE.width - PAGE.right, top + 16)
      .lineWidth(0.5)
      .stroke();
    flow.fixed(`Page ${i - range.start + 1} of ${range.count}`, PAGE.width / 2, PAGE.height - 44, { size: 9, align: 'center' });
  }
}
