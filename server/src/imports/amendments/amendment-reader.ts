import type { DocumentParagraph } from '@plenary/shared/document/index';
import { rebaseProposal } from '@plenary/shared/diff/index';
import { isNumberedType } from '@plenary/shared/schema/index';
import type { DocxParagraph } from '../ooxml/docx-paragraphs.ts';
import { paragraphIdOfBookmarks } from './paragraph-bookmarks.ts';
import { closestParagraph, cleanWords, withoutNumberLabel } from './paragraph-matching.ts';

/** A proposal an uploaded Word file will table once its uploader confirms. */
export interface ImportedProposal {
  pid: string;
  kind: 'amend' | 'delete' | 'insert-after';
  /** The whole proposed paragraph (absent for a deletion). */
  text?: string;
  /** "OP12" as the paragraph is numbered now. */
  paragraphLabel: string;
  /** The Word author of the tracked change(s), as the file names them. */
  authors: string[];
  /** The paragraph changed on the platform since the download and the change was re-applied to it. */
  rebased: boolean;
  /** How the paragraph was found: the id the export embeds, or its words (the file lost the id). */
  matchedBy: 'id' | 'text';
}

/** A tracked change that cannot become a proposal, and why: shown to the uploader, never dropped silently. */
export interface UnmatchedChange {
  /** The words of the change as the file has them. */
  text: string;
  reason: string;
}

export interface AmendmentReading {
  proposals: ImportedProposal[];
  unmatched: UnmatchedChange[];
}

/** One Word paragraph as it read before the tracked changes and after them. */
interface Piece {
  index: number;
  before: string;
  after: string;
  /** The words that stand on both sides: they say which original paragraph a result paragraph continues. */
  kept: string;
  changed: boolean;
  authors: string[];
  bookmarks: string[];
}

/**
 * Reads the tracked changes of a Word file exported from the platform into the proposals they amount to.
 * Word stores a paragraph break that was typed or removed as a tracked change of the paragraph mark, so the
 * text before the changes is read by joining the paragraphs whose mark was inserted, and the text after by
 * joining those whose mark was deleted. Each original paragraph is found by the id the export embeds as a
 * bookmark, or failing that by its words; one whose text moved on since the download is rebased.
 */
export function readAmendments(paragraphs: readonly DocxParagraph[], current: readonly DocumentParagraph[]): AmendmentReading {
  const pieces = paragraphs.map(toPiece);
  const originals = groupBy(pieces, (i) => paragraphs[i]!.mark?.kind === 'insertion');
  const results = groupBy(pieces, (i) => paragraphs[i]!.mark?.kind === 'deletion');
  const byPid = new Map(current.map((p) => [p.pid, p]));
  const reading: AmendmentReading = { proposals: [], unmatched: [] };
  const claimed = new Set<string>();

  // Which platform paragraph each original Word paragraph is (null: none could be found).
  const identity = new Map<Group, DocumentParagraph | null>();
  for (const group of originals) {
    const before = cleanWords(group.pieces.map((p) => p.before).join(''));
    const byId = paragraphIdOfBookmarks(group.pieces.flatMap((p) => p.bookmarks));
    const found = byId && byPid.get(byId) ? byPid.get(byId)! : null;
    const paragraph = found ?? (before ? closestParagraph(before, current, claimed) : null);
    if (paragraph) claimed.add(paragraph.pid);
    identity.set(group, paragraph);
  }
  const originalOf = (piece: Piece) => originals.find((g) => g.pieces.includes(piece))!;

  const amended = new Set<string>();
  let anchor: DocumentParagraph | null = null;
  for (const result of results) {
    const after = cleanWords(result.pieces.map((p) => p.after).join(''));
    const owners = unique(result.pieces.filter((p) => p.kept.trim() !== '').map(originalOf));
    const authors = unique(result.pieces.flatMap((p) => p.authors));
    if (owners.length === 0) {
      if (!after) continue;
      if (!anchor) reading.unmatched.push({ text: after, reason: 'It is a new paragraph before the first paragraph of the text.' });
      else reading.proposals.push(insertion(anchor, stripTypedNumber(after), authors));
      continue;
    }
    const owner = owners[0]!;
    const paragraph = identity.get(owner) ?? null;
    const changed = result.pieces.some((p) => p.changed) || owners.length > 1;
    if (!paragraph) {
      if (changed)
        reading.unmatched.push({ text: after || originalText(owner), reason: 'Its paragraph could not be found in the current text.' });
      continue;
    }
    anchor = paragraph;
    if (!changed) continue;
    // Paragraphs joined into the first: their words now stand in it, so they go.
    for (const joined of owners.slice(1)) {
      const other = identity.get(joined);
      if (other && !amended.has(other.pid) && other.pid !== paragraph.pid) {
        amended.add(other.pid);
        reading.proposals.push(deletion(other, authors, byPidMatched(joined, other)));
      }
    }
    if (amended.has(paragraph.pid)) {
      if (after) reading.proposals.push(insertion(paragraph, stripTypedNumber(after), authors));
      continue;
    }
    amended.add(paragraph.pid);
    const base = withoutNumberLabel(cleanWords(owner.pieces.map((p) => p.before).join('')), paragraph.number);
    const proposed = withoutNumberLabel(after, paragraph.number);
    const proposal = amendment(paragraph, base, proposed, authors, byPidMatched(owner, paragraph));
    if (proposal && 'reason' in proposal) reading.unmatched.push(proposal);
    else if (proposal) reading.proposals.push(proposal);
  }
  // An original paragraph whose words all went, with its paragraph mark, into no result: deleted outright.
  for (const group of originals) {
    const paragraph = identity.get(group);
    const deleted = group.pieces.every((p) => p.after.trim() === '') && group.pieces.some((p) => p.changed);
    if (!paragraph || !deleted || amended.has(paragraph.pid)) continue;
    if (results.some((r) => r.pieces.some((p) => group.pieces.includes(p) && p.after.trim() !== ''))) continue;
    amended.add(paragraph.pid);
    reading.proposals.push(deletion(paragraph, unique(group.pieces.flatMap((p) => p.authors)), byPidMatched(group, paragraph)));
  }
  for (const proposal of reading.proposals) {
    if (proposal.kind !== 'insert-after' && !isNumberedType(byPid.get(proposal.pid)!.type)) {
      reading.unmatched.push({
        text: proposal.text ?? '',
        reason: `Headings are not negotiated: the change to "${proposal.paragraphLabel}" is left out.`,
      });
    }
  }
  const order = new Map(current.map((p, i) => [p.pid, i]));
  const rank = (p: ImportedProposal) => order.get(p.pid)! * 2 + (p.kind === 'insert-after' ? 1 : 0);
  reading.proposals = reading.proposals
    .filter((p) => p.kind === 'insert-after' || isNumberedType(byPid.get(p.pid)!.type))
    .sort((a, b) => rank(a) - rank(b));
  return reading;
}

interface Group {
  pieces: Piece[];
}

function toPiece(paragraph: DocxParagraph, index: number): Piece {
  const kept = (kind: 'insertion' | 'deletion') =>
    paragraph.segments
      .filter((s) => s.change?.kind !== kind)
      .map((s) => s.text)
      .join('');
  const changes = [...paragraph.segments.map((s) => s.change), paragraph.mark].filter((c) => c !== null);
  return {
    index,
    before: kept('insertion'),
    after: kept('deletion'),
    kept: paragraph.segments
      .filter((s) => s.change === null)
      .map((s) => s.text)
      .join(''),
    changed: changes.length > 0,
    authors: unique(changes.map((c) => c.author ?? 'Unknown author')),
    bookmarks: paragraph.bookmarks,
  };
}

/** Consecutive pieces joined while `joinsNext(index)`: a paragraph mark that did not exist on that side. */
function groupBy(pieces: readonly Piece[], joinsNext: (index: number) => boolean): Group[] {
  const groups: Group[] = [];
  let open: Group | null = null;
  for (const piece of pieces) {
    if (!open) groups.push((open = { pieces: [] }));
    open.pieces.push(piece);
    if (!joinsNext(piece.index)) open = null;
  }
  return groups;
}

function byPidMatched(group: Group, paragraph: DocumentParagraph): 'id' | 'text' {
  return paragraphIdOfBookmarks(group.pieces.flatMap((p) => p.bookmarks)) === paragraph.pid ? 'id' : 'text';
}

function amendment(
  paragraph: DocumentParagraph,
  base: string,
  proposed: string,
  authors: string[],
  matchedBy: 'id' | 'text',
): ImportedProposal | UnmatchedChange | null {
  if (!proposed) return deletion(paragraph, authors, matchedBy);
  const rebased = rebaseProposal(base, proposed, paragraph.text);
  if (rebased.status === 'conflict')
    return {
      text: proposed,
      reason: `${paragraph.number} changed since the file was downloaded and this change touches the same words: table it again against the current text.`,
    };
  if (rebased.text === paragraph.text) return null;
  return {
    pid: paragraph.pid,
    kind: 'amend',
    text: rebased.text,
    paragraphLabel: paragraph.number,
    authors,
    rebased: base !== paragraph.text,
    matchedBy,
  };
}

function deletion(paragraph: DocumentParagraph, authors: string[], matchedBy: 'id' | 'text'): ImportedProposal {
  return { pid: paragraph.pid, kind: 'delete', paragraphLabel: paragraph.number, authors, rebased: false, matchedBy };
}

function insertion(anchor: DocumentParagraph, text: string, authors: string[]): ImportedProposal {
  return { pid: anchor.pid, kind: 'insert-after', text, paragraphLabel: anchor.number, authors, rebased: false, matchedBy: 'id' };
}

function originalText(group: Group): string {
  return cleanWords(group.pieces.map((p) => p.before).join(''));
}

/** A number typed at the start of a new paragraph ("12bis.", "OP 12 bis", "(c)") is the platform's to give. */
function stripTypedNumber(text: string): string {
  return text.replace(/^(?:(?:PP|OP)\s*\d+\s*(?:[a-z]{2,6})?\.?|\d+\s*(?:bis|ter|quater|quinquies)?\.|\([a-z]{1,4}\)|¶\s*\d+\w*)\s+/i, '');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
