import { condenseRedline, splitEdges, type Redline } from '@plenary/shared/compilation/index';
import type { DiffOp } from '@plenary/shared/diff/index';
import type { Proposal } from '../api/proposals.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { KIND_VERBS } from './proposalText.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `<del>`/`<ins>` runs of a redline, as DOM (the widgets live outside React). */
export function redlineFragment(ops: readonly DiffOp[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const op of ops) {
    if (op.op === 'equal') {
      fragment.append(op.text);
      continue;
    }
    const { lead, core, trail } = splitEdges(op.text);
    fragment.append(lead, element(op.op === 'insert' ? 'ins' : 'del', undefined, core), trail);
  }
  return fragment;
}

interface WidgetProps {
  proposal: Proposal;
  /** The paragraph's node type and sub-point level, so the widget lines up with it. */
  block: { type: string; level: number | null };
  redline: Redline;
  focused: boolean;
  onFocus: (proposalId: string) => void;
}

/**
 * One pending proposal under its paragraph: a chip with the stakeholder's label, what it proposes, and
 * its redline against the current text (a struck-through marker for a deletion, the new text for 12bis,
 * the bracketed wording for 12alt).
 */
export function trackedChangeWidget({ proposal, block, redline, focused, onFocus }: WidgetProps): HTMLElement {
  const root = element('div', `tracked-change tracked-change--${proposal.kind}${focused ? ' is-focused' : ''}`);
  root.dataset.testid = 'tracked-change';
  root.dataset.proposalId = proposal.id;
  root.dataset.label = proposal.label;
  root.dataset.kind = proposal.kind;
  root.dataset.state = redline.state;
  root.dataset.forType = block.type;
  if (block.level) root.dataset.level = String(block.level);
  root.style.setProperty('--stakeholder', stakeholderColor(proposal.tabledBy.shortName));
  root.setAttribute('role', 'button');
  root.tabIndex = 0;
  root.title = `${proposal.label}: ${KIND_VERBS[proposal.kind]} ${proposal.paragraphLabel ?? ''} (show in the panel)`;

  const head = element('div', 'tracked-change__head');
  head.append(element('span', 'tracked-change__chip', proposal.label));
  head.append(element('span', 'tracked-change__what', `${KIND_VERBS[proposal.kind]} ${proposal.paragraphLabel ?? ''}`.trim()));
  if (redline.state === 'outdated') head.append(element('span', 'tracked-change__flag', 'outdated'));
  const { supporters, opposers } = proposal.counts;
  if (supporters + opposers > 0) {
    head.append(element('span', 'tracked-change__counts', `${supporters} for · ${opposers} against`));
  }
  root.append(head);

  const body = element('p', 'tracked-change__text');
  if (proposal.kind === 'alternative') {
    body.append(element('span', 'tracked-change__bracket', `[${proposal.paragraphLabel ?? 'alt'} `));
    body.append(element('ins', undefined, proposal.text ?? ''));
    body.append(element('span', 'tracked-change__bracket', ']'));
  } else {
    body.append(redlineFragment(proposal.kind === 'amend' ? condenseRedline(redline.ops) : redline.ops));
  }
  root.append(body);

  const focus = (event: Event) => {
    event.preventDefault();
    onFocus(proposal.id);
  };
  root.addEventListener('click', focus);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') focus(event);
  });
  return root;
}

/** The margin button that opens the tabling form for a paragraph. */
export function proposeButtonWidget(pid: string, label: string, onPropose: (pid: string) => void): HTMLElement {
  const anchor = element('div', 'propose-anchor');
  const button = element('button', 'propose-anchor__button', 'Propose…');
  button.type = 'button';
  button.dataset.testid = 'propose-button';
  button.dataset.forPid = pid;
  button.setAttribute('aria-label', `Propose a change to ${label}`);
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onPropose(pid);
  });
  anchor.append(button);
  return anchor;
}
