import type { MouseEvent } from 'react';
import { DOCUMENT_TEXT_ID } from '../editor/documentTextId.ts';

/** The document page's first stop for the keyboard: straight past the top bar and the outline into the text. */
export function SkipToText() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const text = document.getElementById(DOCUMENT_TEXT_ID);
    if (!text) return;
    event.preventDefault();
    text.focus();
    text.scrollIntoView({ block: 'nearest' });
  };
  return (
    <a className="skip-link" href={`#${DOCUMENT_TEXT_ID}`} onClick={skip} data-testid="skip-to-text">
      Skip to the text
    </a>
  );
}
