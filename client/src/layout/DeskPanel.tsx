import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { PanelId } from './panelPlacement.ts';
import type { PanelLayout } from './usePanelLayout.ts';

interface Props {
  panel: PanelId;
  /** What the panel holds, for its toggle: "Paragraphs", "Side panel". */
  label: string;
  layout: PanelLayout;
  children: ReactNode;
}

/**
 * A panel beside the text that the reader can collapse to a narrow rail. Docked, it takes its own column;
 * as an overlay (not enough room beside the text) it floats over the text, and Escape or a click elsewhere closes it.
 */
export function DeskPanel({ panel, label, layout, children }: Props) {
  const { toggle, close } = layout;
  const placement = layout.placement[panel];
  const bodyId = useId();
  const root = useRef<HTMLElement>(null);
  const expanded = placement !== 'closed';
  const docked = placement === 'docked';

  useEffect(() => {
    if (placement !== 'overlay') return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close(panel);
    };
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(panel);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('pointerdown', closeOnOutsideClick);
    };
  }, [placement, close, panel]);

  return (
    <aside ref={root} className={`desk-panel desk-panel--${panel}`} data-placement={placement} data-testid={`panel-${panel}`}>
      <button
        type="button"
        className="desk-panel__toggle"
        aria-label={docked ? `Hide ${label.toLowerCase()}` : label}
        aria-expanded={expanded}
        aria-controls={bodyId}
        title={expanded ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
        data-testid={`panel-toggle-${panel}`}
        onClick={() => toggle(panel)}
      >
        <span className="desk-panel__chevron" aria-hidden="true" />
        {/* Docked, the panel shows its own heading: the toggle only offers to hide it. */}
        <span className="desk-panel__label" aria-hidden="true">
          {docked ? 'Hide' : label}
        </span>
      </button>
      <div className="desk-panel__body" id={bodyId} hidden={!expanded}>
        {children}
      </div>
    </aside>
  );
}
