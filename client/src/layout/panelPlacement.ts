/** The two panels beside the text: the outline on the left, the side panel (proposals, comments) on the right. */
export type PanelId = 'outline' | 'aside';

/** Which panels the reader wants open. */
export type PanelChoice = Record<PanelId, boolean>;

/** Where an open panel goes: beside the text, or over it when beside it the text would get too narrow. */
export type PanelPlacement = 'docked' | 'overlay' | 'closed';

/**
 * Widths in rem, so that A+ (a larger root size) scales them with the type. `text` is the narrowest the
 * editor frame may get: about 60 characters of the document's type plus the margin for paragraph numbers.
 * The same figures are in `styles/document.css` (`--outline-width`, `--aside-width`, `--rail-width`, `--desk-gap`).
 */
export const PANEL_WIDTHS_REM = { outline: 14, aside: 22, rail: 2.75, gap: 1.25, text: 47 } as const;

function fits(widthRem: number, outline: boolean, aside: boolean): boolean {
  const w = PANEL_WIDTHS_REM;
  return w.text + (outline ? w.outline : w.rail) + (aside ? w.aside : w.rail) + 2 * w.gap <= widthRem;
}

/**
 * Too narrow even for the two rails (a tablet, or A+ on a small screen): the toggles go above the text and the
 * panels open over it.
 */
export function stackedDesk(deskWidthRem: number): boolean {
  const w = PANEL_WIDTHS_REM;
  return w.text + 2 * w.rail + 2 * w.gap > deskWidthRem;
}

/** Docks what fits beside a text column of at least `PANEL_WIDTHS_REM.text`, the side panel first. */
export function placePanels(deskWidthRem: number, open: PanelChoice): Record<PanelId, PanelPlacement> {
  const asideDocked = open.aside && fits(deskWidthRem, false, true);
  const outlineDocked = open.outline && fits(deskWidthRem, true, asideDocked);
  return {
    outline: open.outline ? (outlineDocked ? 'docked' : 'overlay') : 'closed',
    aside: open.aside ? (asideDocked ? 'docked' : 'overlay') : 'closed',
  };
}

/** Before the reader chooses: open what fits beside the text, collapse the rest. */
export function defaultPanelChoice(deskWidthRem: number): PanelChoice {
  const aside = fits(deskWidthRem, false, true);
  return { aside, outline: fits(deskWidthRem, true, aside) };
}
