import type { DecorationAttrs } from '@tiptap/pm/view';

interface CaretUser {
  name?: string;
  stakeholder?: string;
  color?: string;
}

/** Another participant's caret, labelled "Name · Stakeholder" in the stakeholder's colour. */
export function renderCaret(user: CaretUser): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = user.color ?? '#555';

  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = user.color ?? '#555';
  label.textContent = [user.name, user.stakeholder].filter(Boolean).join(' · ');

  caret.append(label);
  return caret;
}

/** Their selection: a light wash of the same colour. */
export function renderSelection(user: CaretUser): DecorationAttrs {
  return {
    nodeName: 'span',
    class: 'collaboration-carets__selection',
    style: `background-color: ${user.color ?? '#555'}26`,
    'data-user': user.name ?? '',
  };
}
