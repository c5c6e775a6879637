import { Fragment, type ReactNode } from 'react';

const MENTION = /@\[([^\]\n]{1,200})\]/g;

/** A message's text with `@[Name]` mentions shown as highlighted names. */
export function withMentions(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    nodes.push(<Fragment key={nodes.length}>{text.slice(last, match.index)}</Fragment>);
    nodes.push(
      <span key={nodes.length} className="mention">
        @{match[1]}
      </span>,
    );
    last = match.index + match[0].length;
  }
  nodes.push(<Fragment key={nodes.length}>{text.slice(last)}</Fragment>);
  return nodes;
}

/** A message's text, line breaks kept. */
export function MessageBody({ text }: { text: string }) {
  return <p className="message__body">{withMentions(text)}</p>;
}
