import { useCallback, useLayoutEffect, useState } from 'react';
import { defaultPanelChoice, placePanels, stackedDesk, type PanelChoice, type PanelId, type PanelPlacement } from './panelPlacement.ts';

const storageKey = (userId: string) => `plenary.panels.${userId}`;

function rootRem(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

function readChoice(userId: string): PanelChoice | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(userId)) ?? 'null');
    const choice = stored as Partial<PanelChoice> | null;
    return typeof choice?.outline === 'boolean' && typeof choice.aside === 'boolean'
      ? { outline: choice.outline, aside: choice.aside }
      : null;
  } catch {
    return null;
  }
}

function saveChoice(userId: string, choice: PanelChoice): void {
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(choice));
  } catch {
    // Private mode: the choice lasts for this page.
  }
}

/** The width the desk will have before it is laid out: the page's, less the main area's padding. */
function expectedDeskWidthRem(): number {
  return window.innerWidth / rootRem() - 3;
}

export interface PanelLayout {
  open: PanelChoice;
  placement: Record<PanelId, PanelPlacement>;
  /** The panels' toggles above the text rather than beside it. */
  stacked: boolean;
  toggle: (panel: PanelId) => void;
  show: (panel: PanelId) => void;
  close: (panel: PanelId) => void;
}

/**
 * Which panels beside the text are open, and whether each fits beside it. The reader's choice is kept per user
 * in this browser; until they choose, panels that would squeeze the text start collapsed.
 */
export function usePanelLayout(userId: string, desk: HTMLElement | null): PanelLayout {
  const [open, setOpen] = useState<PanelChoice>(() => readChoice(userId) ?? defaultPanelChoice(expectedDeskWidthRem()));
  const [widthRem, setWidthRem] = useState(expectedDeskWidthRem);

  useLayoutEffect(() => {
    const element = desk;
    if (!element) return;
    const measure = () => setWidthRem(element.getBoundingClientRect().width / rootRem());
    measure();
    const resizes = new ResizeObserver(measure);
    resizes.observe(element);
    // A / A+ changes the root size, and with it how many rem the same pixels hold.
    const scales = new MutationObserver(measure);
    scales.observe(document.documentElement, { attributes: true, attributeFilter: ['data-font-scale'] });
    return () => {
      resizes.disconnect();
      scales.disconnect();
    };
  }, [desk]);

  const choose = useCallback(
    (update: (current: PanelChoice) => PanelChoice) =>
      setOpen((current) => {
        const next = update(current);
        saveChoice(userId, next);
        return next;
      }),
    [userId],
  );
  const toggle = useCallback((panel: PanelId) => choose((current) => ({ ...current, [panel]: !current[panel] })), [choose]);
  const show = useCallback((panel: PanelId) => choose((current) => (current[panel] ? current : { ...current, [panel]: true })), [choose]);
  const close = useCallback((panel: PanelId) => choose((current) => (current[panel] ? { ...current, [panel]: false } : current)), [choose]);

  return { open, placement: placePanels(widthRem, open), stacked: stackedDesk(widthRem), toggle, show, close };
}
