import type { TextRun } from '@plenary/shared/document/index';
import type { ExportBlock } from '../export-document.ts';
import { marginStem, numberStem } from './akn-ids.ts';
import { preambleLength, textTree, type PointNode, type TextNode } from './akn-tree.ts';
import { element, escapeText } from './xml.ts';

/** Hands out eIds, making each unique even if two blocks ever showed the same number. */
class EidRegistry {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let eId = wanted;
    for (let n = 2; this.used.has(eId); n++) eId = `${wanted}_${n}`;
    this.used.add(eId);
    return eId;
  }
}

/** A block's runs as AKN inline content: bold as `<b>`, italic as `<i>`. */
export function inlineRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let text = escapeText(run.text);
      if (run.marks.includes('italic')) text = `<i>${text}</i>`;
      if (run.marks.includes('bold')) text = `<b>${text}</b>`;
      return text;
    })
    .join('');
}

const paragraphText = (block: ExportBlock) => element('p', {}, inlineRuns(block.runs));
const num = (block: ExportBlock) => (block.margin ? element('num', {}, escapeText(block.margin)) : '');
const ids = (eId: string, block: ExportBlock) => ({ eId, wId: block.pid });

/** The preamble and main body of a document's text, numbered and identified as the product shows it. */
export function aknBody(blocks: readonly ExportBlock[]): { preamble: string; mainBody: string } {
  const eIds = new EidRegistry();
  const nodes = textTree(blocks);
  const split = preambleLength(nodes);
  const preamble = split > 0 ? element('preamble', {}, ...preambleParts(nodes.slice(0, split), eIds)) : '';
  const body = mainBodyParts(nodes.slice(split), eIds);
  // The main body may not be empty: a text with nothing after its preamble says so.
  return { preamble, mainBody: element('mainBody', {}, ...(body.length > 0 ? body : [element('p', {})])) };
}

function preambleParts(nodes: readonly TextNode[], eIds: EidRegistry): string[] {
  const parts: string[] = [];
  let recitals: string[] = [];
  let groupEid = '';
  const closeRecitals = () => {
    if (recitals.length > 0) parts.push(element('recitals', { eId: groupEid }, ...recitals));
    recitals = [];
  };
  let containers = 0;
  let groups = 0;
  for (const node of nodes) {
    if (node.kind === 'paragraph' && node.block.type === 'preambularParagraph') {
      if (recitals.length === 0) groupEid = eIds.take(`recs_${++groups}`);
      const eId = eIds.take(`${groupEid}__rec_${numberStem(node.block.number ?? '')}`);
      recitals.push(
        element('recital', ids(eId, node.block), num(node.block), paragraphText(node.block), blockList(node.points, eId, eIds)),
      );
    } else {
      closeRecitals();
      const eId = eIds.take(`preamble__container_${++containers}`);
      parts.push(
        element(
          'container',
          { ...ids(eId, node.block), name: node.kind === 'heading' ? 'heading' : node.block.type },
          paragraphText(node.block),
        ),
      );
    }
  }
  closeRecitals();
  return parts;
}

/** Sub-points of a preambular paragraph: a block list (recitals hold blocks, not hierarchies). */
function blockList(points: readonly PointNode[], parentEid: string, eIds: EidRegistry): string {
  if (points.length === 0) return '';
  const listEid = eIds.take(`${parentEid}__list_1`);
  const items = points.map((point) => {
    const eId = eIds.take(`${listEid}__item_${marginStem(point.block.margin ?? '')}`);
    return element('item', ids(eId, point.block), num(point.block), paragraphText(point.block), blockList(point.points, eId, eIds));
  });
  return element('blockList', { eId: listEid }, ...items);
}

function mainBodyParts(nodes: readonly TextNode[], eIds: EidRegistry): string[] {
  const parts: string[] = [];
  let section: { eId: string; block: ExportBlock; children: string[] } | null = null;
  let sections = 0;
  const closeSection = () => {
    if (section) {
      const heading = element('heading', {}, inlineRuns(section.block.runs));
      parts.push(element('section', ids(section.eId, section.block), heading, ...section.children));
    }
    section = null;
  };
  for (const node of nodes) {
    if (node.kind === 'heading') {
      closeSection();
      section = { eId: eIds.take(`sec_${++sections}`), block: node.block, children: [] };
      continue;
    }
    const eId = eIds.take(`para_${numberStem(node.block.number ?? '')}`);
    const paragraph = hierarchy('paragraph', eId, node.block, node.points, eIds);
    if (section) (section as { children: string[] }).children.push(paragraph);
    else parts.push(paragraph);
  }
  closeSection();
  return parts;
}

/** A paragraph or point: its text as `content`, or as `intro` followed by the list of its sub-points. */
function hierarchy(name: string, eId: string, block: ExportBlock, points: readonly PointNode[], eIds: EidRegistry): string {
  if (points.length === 0) return element(name, ids(eId, block), num(block), element('content', {}, paragraphText(block)));
  const listEid = eIds.take(`${eId}__list_1`);
  const list = points.map((point) =>
    hierarchy('point', eIds.take(`${listEid}__point_${marginStem(point.block.margin ?? '')}`), point.block, point.points, eIds),
  );
  return element(name, ids(eId, block), num(block), element('intro', {}, paragraphText(block)), element('list', { eId: listEid }, ...list));
}
