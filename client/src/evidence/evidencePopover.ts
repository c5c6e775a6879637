import type { EvidenceMark } from './evidenceBridge.ts';

interface PopoverActions {
  /** Follows a link within the page (no reload). */
  go(href: string): void;
  /** Opens the Evidence tab at the paragraph: who linked what, and removal. */
  details(pid: string): void;
}

let current: { element: HTMLElement; close: () => void } | null = null;

/** Closes the open evidence popover, if any. */
export function closeEvidencePopover(): void {
  current?.close();
}

/**
 * The links of one paragraph, in a small popover under its margin mark: each one click from the other text.
 * Outside the editor's DOM (ProseMirror redraws the margin), closed by Escape, a click elsewhere or a choice.
 */
export function openEvidencePopover(button: HTMLElement, pid: string, mark: EvidenceMark, actions: PopoverActions): void {
  const reopening = current?.element.dataset.forPid === pid;
  closeEvidencePopover();
  if (reopening) return;

  const popover = document.createElement('div');
  popover.className = 'evidence-popover';
  popover.dataset.testid = 'evidence-popover';
  popover.dataset.forPid = pid;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-label', mark.ariaLabel);
  const list = document.createElement('ul');
  list.className = 'evidence-popover__links';
  for (const link of mark.links) {
    const item = document.createElement('li');
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.text;
    anchor.dataset.testid = 'evidence-popover-link';
    anchor.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      close();
      actions.go(link.href);
    });
    item.append(anchor);
    list.append(item);
  }
  const details = document.createElement('button');
  details.type = 'button';
  details.className = 'evidence-popover__details';
  details.textContent = 'Details in the Evidence tab';
  details.addEventListener('click', () => {
    close();
    actions.details(pid);
  });
  popover.append(list, details);

  const box = button.getBoundingClientRect();
  popover.style.top = `${box.bottom + window.scrollY + 4}px`;
  popover.style.left = `${Math.max(8, box.right + window.scrollX - 288)}px`;
  document.body.append(popover);

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    close();
    button.focus();
  };
  const onPointer = (event: PointerEvent) => {
    if (!popover.contains(event.target as Node) && event.target !== button) close();
  };
  function close() {
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('pointerdown', onPointer, true);
    popover.remove();
    if (current?.element === popover) current = null;
  }
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onPointer, true);
  current = { element: popover, close };
  popover.querySelector('a')?.focus();
}
