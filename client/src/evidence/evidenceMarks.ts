import type { DocumentKind } from '@plenary/shared/domain/index';
import type { EvidenceLink } from './api.ts';
import type { EvidenceMark } from './evidenceBridge.ts';
import { paragraphPath } from './evidencePath.ts';

/** The pid of this document's end of a link. */
export function ownPid(link: EvidenceLink, kind: DocumentKind): string {
  return kind === 'compact' ? link.compact.pid : link.brief.pid;
}

/** The links of each paragraph of this document, in the order given. */
export function linksByPid(links: readonly EvidenceLink[], kind: DocumentKind): Map<string, EvidenceLink[]> {
  const byPid = new Map<string, EvidenceLink[]>();
  for (const link of links) {
    const pid = ownPid(link, kind);
    byPid.set(pid, [...(byPid.get(pid) ?? []), link]);
  }
  return byPid;
}

/** "OP5" for a compact paragraph still in the text; a removed one says so. */
export function compactLabel(link: EvidenceLink): string {
  return link.compact.paragraphLabel ?? 'a paragraph no longer in the compact';
}

/** "Issue brief 6, ¶2, IOM input": the evidence end, as the compact's readers look for it. */
export function evidenceName(link: EvidenceLink): string {
  return link.label.replace(/^Informed by /, '');
}

/** Where one click on a link leads: the other text, opened at the other paragraph. */
export function linkTarget(link: EvidenceLink, kind: DocumentKind): { href: string; text: string } {
  return kind === 'compact'
    ? { href: paragraphPath(link.brief.documentId, link.brief.pid), text: evidenceName(link) }
    : { href: paragraphPath(link.compact.documentId, link.compact.pid), text: `Compact, ${compactLabel(link)}` };
}

/** On the compact: "Evidence (2)"; on a brief: "Cited by OP5, OP12". */
export function evidenceMarks(links: readonly EvidenceLink[], kind: DocumentKind): Map<string, EvidenceMark> {
  const marks = new Map<string, EvidenceMark>();
  for (const [pid, own] of linksByPid(links, kind)) {
    if (kind === 'compact') {
      marks.set(pid, {
        text: `Evidence (${own.length})`,
        ariaLabel: `Evidence behind this paragraph: ${own.length} link${own.length === 1 ? '' : 's'}`,
        links: own.map((link) => linkTarget(link, kind)),
      });
    } else {
      const citing = [...new Set(own.map((link) => link.compact.paragraphLabel ?? 'a removed paragraph'))];
      const text = `Cited by ${citing.join(', ')}`;
      marks.set(pid, { text, ariaLabel: `${text} of the compact`, links: own.map((link) => linkTarget(link, kind)) });
    }
  }
  return marks;
}
