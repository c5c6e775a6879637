import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  convertMillimetersToTwip,
  type ICommentOptions,
} from 'docx';
import type { ModelBlock } from '@plenary/shared/document/index';
import type { ExportModel } from '../export-model.ts';
import { plainPieces } from './tracked-pieces.ts';
import { ChangeIds, wordParagraph, type WordBlock } from './word-paragraph.ts';
import { WORD_STYLES, type BlockStyle } from './word-styles.ts';

const HEADINGS = new Set(['sectionHeading', 'briefSectionHeading']);

export function blockStyle(block: Pick<ModelBlock, 'type' | 'level'>): BlockStyle {
  if (HEADINGS.has(block.type)) return 'heading';
  if (block.type === 'subPoint') return block.level === 2 ? 'subPoint2' : 'subPoint1';
  return 'paragraph';
}

/** A block of the text as it stands. */
export function cleanBlock(block: ModelBlock): WordBlock {
  return { style: blockStyle(block), label: block.margin, pieces: plainPieces(block.runs), pid: block.pid };
}

/** "14 March 2026" from 2026-03-14. */
export function issuedDate(isoDay: string): string {
  const date = new Date(`${isoDay.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export interface WordFile {
  model: ExportModel;
  /** What the file holds besides the text, under the title ("Compilation of proposals"). */
  subtitle?: string;
  blocks: WordBlock[];
  comments?: ICommentOptions[];
}

/** The .docx of a document laid out as a UN text: symbol, revision and date in the header, pages numbered. */
export async function packWordFile(file: WordFile): Promise<Buffer> {
  const ids = new ChangeIds();
  const { model } = file;
  const header = [model.symbol, model.revision?.name, model.revision ? issuedDate(model.revision.issuedOn) : null]
    .filter(Boolean)
    .join('\t');
  const wordDocument = new Document({
    title: model.title,
    creator: 'Plenary',
    styles: WORD_STYLES,
    features: { trackRevisions: false },
    ...(file.comments && file.comments.length > 0 ? { comments: { children: file.comments } } : {}),
    sections: [
      {
        headers: { default: new Header({ children: [headerParagraph(header)] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ style: 'PlenaryTitle', children: [new TextRun(model.title)] }),
          ...(file.subtitle
            ? [new Paragraph({ style: 'PlenaryTitle', children: [new TextRun({ text: file.subtitle, bold: false })] })]
            : []),
          ...file.blocks.map((block) => wordParagraph(block, ids)),
        ],
      },
    ],
  });
  return Packer.toBuffer(wordDocument);
}

function headerParagraph(text: string): Paragraph {
  const width = convertMillimetersToTwip(160);
  return new Paragraph({
    tabStops: [
      { type: TabStopType.CENTER, position: width / 2 },
      { type: TabStopType.RIGHT, position: width },
    ],
    children: [new TextRun({ text, size: 20 })],
  });
}
