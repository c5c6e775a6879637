import { AlignmentType, convertMillimetersToTwip, type IStylesOptions } from 'docx';

/** How a block is laid out, as UN texts set them: numbers in a hanging margin, sub-points indented. */
export type BlockStyle = 'title' | 'heading' | 'paragraph' | 'subPoint1' | 'subPoint2' | 'proposal' | 'attribution';

export const STYLE_IDS: Record<BlockStyle, string> = {
  title: 'PlenaryTitle',
  heading: 'PlenaryHeading',
  paragraph: 'PlenaryParagraph',
  subPoint1: 'PlenarySubPoint1',
  subPoint2: 'PlenarySubPoint2',
  proposal: 'PlenaryProposal',
  attribution: 'PlenaryAttribution',
};

const FONT = 'Times New Roman';
// Chinese in the font UN Chinese texts are set in; Arabic and other complex scripts in Times New Roman, which has them.
const RUN_FONT = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: 'SimSun' };
const mm = convertMillimetersToTwip;
const hanging = (left: number, hang: number) => ({
  indent: { left: mm(left), hanging: mm(hang) },
  tabStops: [{ type: 'left' as const, position: mm(left) }],
});

export const WORD_STYLES: IStylesOptions = {
  default: { document: { run: { font: RUN_FONT, size: 24 }, paragraph: { spacing: { after: 120 } } } },
  paragraphStyles: [
    {
      id: STYLE_IDS.title,
      name: 'Plenary title',
      basedOn: 'Normal',
      run: { bold: true, size: 28 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } },
    },
    {
      id: STYLE_IDS.heading,
      name: 'Plenary heading',
      basedOn: 'Normal',
      next: STYLE_IDS.paragraph,
      run: { bold: true },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 0 },
    },
    {
      id: STYLE_IDS.paragraph,
      name: 'Plenary paragraph',
      basedOn: 'Normal',
      paragraph: { ...hanging(12, 12), alignment: AlignmentType.JUSTIFIED },
    },
    {
      id: STYLE_IDS.subPoint1,
      name: 'Plenary sub-point',
      basedOn: 'Normal',
      paragraph: { ...hanging(22, 10), alignment: AlignmentType.JUSTIFIED },
    },
    {
      id: STYLE_IDS.subPoint2,
      name: 'Plenary sub-point 2',
      basedOn: 'Normal',
      paragraph: { ...hanging(32, 10), alignment: AlignmentType.JUSTIFIED },
    },
    { id: STYLE_IDS.proposal, name: 'Plenary proposal', basedOn: 'Normal', paragraph: { ...hanging(24, 12) } },
    {
      id: STYLE_IDS.attribution,
      name: 'Plenary attribution',
      basedOn: 'Normal',
      run: { italics: true, size: 20 },
      paragraph: { indent: { left: mm(24) }, spacing: { after: 60 }, keepNext: true },
    },
  ],
};
