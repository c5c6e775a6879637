import type { TextRun } from '@plenary/shared/document/index';
import type { DiffOp } from '@plenary/shared/diff/index';

// Characters that would otherwise format: emphasis, code, links, HTML, tables, strikethrough, headings.
const SPECIAL = /[\\`*_[\]<>#|~]/g;
const ENTITY = /&(?=#?\w+;)/g;

/** Text that reads as itself in Markdown, whatever it holds. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(ENTITY, '\\&');
}

/** Wraps text in a marker, keeping the spaces around it outside (emphasis may not start or end with one). */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [, before, inner, after] = match;
  return inner ? `${before}${marker}${inner}${marker}${after}` : text;
}

/** A block's runs: bold as `**…**`, italic as `*…*`. */
export function markdownRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let text = escapeMarkdown(run.text);
      if (run.marks.includes('italic')) text = wrap(text, '*');
      if (run.marks.includes('bold')) text = wrap(text, '**');
      return text;
    })
    .join('');
}

/** A redline: insertions in bold, deletions struck through. */
export function markdownRedline(ops: readonly DiffOp[]): string {
  return ops
    .map((op) => {
      const text = escapeMarkdown(op.text);
      return op.op === 'insert' ? wrap(text, '**') : op.op === 'delete' ? wrap(text, '~~') : text;
    })
    .join('');
}
