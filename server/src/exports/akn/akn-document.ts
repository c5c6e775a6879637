import type { ExportDocument } from '../export-document.ts';
import { exportDate, longDate } from '../export-document.ts';
import { aknBody } from './akn-body.ts';
import { aknMeta } from './akn-meta.ts';
import { element, escapeText } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknOptions {
  /** Carry the pending proposals as amendment metadata. */
  proposals: boolean;
}

/**
 * The document as Akoma Ntoso 3.0 after AKN4UN: the compact as a General Assembly `statement` (resolution),
 * a brief as a `doc` named issueBrief; title, symbol, revision and date in the preface.
 */
export function aknDocument(document: ExportDocument, options: AknOptions): string {
  const { preamble, mainBody } = aknBody(document.blocks);
  const date = exportDate(document);
  const preface = element(
    'preface',
    {},
    element('longTitle', {}, element('p', {}, element('docTitle', {}, escapeText(document.title)))),
    document.symbol ? element('p', {}, element('docNumber', {}, escapeText(document.symbol))) : '',
    document.revision ? element('p', {}, element('docStage', {}, escapeText(document.revision.name))) : '',
    element('p', {}, element('docDate', { date }, escapeText(longDate(date)))),
  );
  const [type, name] = document.kind === 'compact' ? ['statement', 'resolution'] : ['doc', 'issueBrief'];
  const root = element(
    'akomaNtoso',
    { xmlns: AKN_NAMESPACE },
    element(type, { name }, aknMeta(document, options.proposals), preface, preamble, mainBody),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
