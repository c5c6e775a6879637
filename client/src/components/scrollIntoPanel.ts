/**
 * Brings a sidebar card into view by scrolling its own panel only. The page's scroll belongs to the text: a
 * card that scrolled the window (as `scrollIntoView` does) would undo the scroll that brought its paragraph
 * into view, depending on which of the two ran last. Outside a panel it falls back to the usual scroll.
 */
export function scrollIntoPanel(element: HTMLElement): void {
  const panel = element.closest<HTMLElement>('.desk-panel__body');
  if (!panel) {
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return;
  }
  const box = element.getBoundingClientRect();
  const frame = panel.getBoundingClientRect();
  const above = box.top - frame.top;
  const below = box.bottom - frame.bottom;
  const delta = above < 0 ? above : below > 0 ? Math.min(below, above) : 0;
  if (delta !== 0) panel.scrollBy({ top: delta, behavior: 'smooth' });
}
