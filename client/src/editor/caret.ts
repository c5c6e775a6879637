import type { DecorationAttrs } from '@tiptap/pm/view';
import { caretPerson, type CaretActivity } from './caretActivity.ts';

interface CaretUser {
  name?: string;
  stakeholder?: string;
  color?: string;
}

/**
 * Another participant's caret, labelled "Name · Stakeholder" in the stakeholder's colour. The label shows
 * only while hovered or for a moment after its person moved it (`activity`), so it does not sit on the text.
 */
export function renderCaret(user: CaretUser, activity?: CaretActivity): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = user.color ?? '#555';
  const person = caretPerson(user);
  caret.dataset.person = person;
  if (activity?.isActive(person)) caret.classList.add('is-active');

  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = user.color ?? '#555';
  label.textContent = person;

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
