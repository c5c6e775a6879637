import { diffWords } from '@plenary/shared/diff/index';
import type { TechnicalInput } from '../api/inputs.ts';
import { marginButtonWidget } from '../editor/marginButton.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { redlineFragment } from '../proposals/trackedChangeWidgets.ts';
import { formatBytes, inputChip, inputStatusLabel, inputWhat, sdgTargetTitle } from './inputText.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface CardProps {
  input: TechnicalInput;
  /** The text of the paragraph it applies to, for the redline of an input against it. */
  blockText: string;
  focused: boolean;
  onFocus: (inputId: string) => void;
}

/**
 * One undecided input under its paragraph or section, in its agency's colour: what it is, its text (as a redline
 * when it rewrites the paragraph), its evidence, SDG targets and attachment. The widgets live outside React.
 */
export function inputCardWidget({ input, blockText, focused, onFocus }: CardProps): HTMLElement {
  const root = element('aside', `input-inline${focused ? ' is-focused' : ''}`);
  root.dataset.testid = 'input-inline';
  root.dataset.inputId = input.id;
  root.dataset.status = input.status;
  root.style.setProperty('--stakeholder', stakeholderColor(input.agency.shortName));
  root.setAttribute('aria-label', `${inputChip(input)}: ${inputWhat(input)}, ${inputStatusLabel(input)}`);

  const head = element('div', 'input-inline__head');
  head.append(element('span', 'input-inline__chip', inputChip(input)));
  head.append(element('span', 'input-inline__what', inputWhat(input)));
  head.append(element('span', 'input-inline__status', inputStatusLabel(input)));
  const show = element('button', 'input-inline__show link-button', 'Show in the panel');
  show.type = 'button';
  show.dataset.testid = 'input-inline-show';
  show.setAttribute('aria-label', `Show in the panel: ${inputChip(input)} ${input.seq}`);
  show.addEventListener('mousedown', (event) => event.preventDefault());
  show.addEventListener('click', (event) => {
    event.preventDefault();
    onFocus(input.id);
  });
  head.append(show);
  root.append(head);

  const body = element('p', 'input-inline__text');
  body.dataset.testid = 'input-inline-text';
  if (input.placement === 'against') body.append(redlineFragment(diffWords(blockText, input.text)));
  else body.append(element('ins', undefined, input.text));
  root.append(body);

  const facts = element('p', 'input-inline__facts');
  input.sources.forEach((source, index) => {
    if (index > 0) facts.append('; ');
    const title = `${source.title} (${[source.publisher, source.year].filter(Boolean).join(', ')})`;
    if (source.url) {
      const link = element('a', undefined, title);
      link.href = source.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      facts.append(link);
    } else {
      facts.append(title);
    }
  });
  for (const id of input.sdgTargets) {
    const target = element('abbr', 'input-inline__sdg', `SDG ${id}`);
    target.title = sdgTargetTitle(id);
    facts.append(' ', target);
  }
  if (input.attachment) {
    const link = element('a', 'input-inline__attachment', `${input.attachment.fileName} (${formatBytes(input.attachment.bytes)})`);
    link.href = input.attachment.url;
    facts.append(' · ', link);
  }
  root.append(facts);
  return root;
}

/** The margin button that opens the input form for a paragraph or section heading. */
export function submitInputButtonWidget(pid: string, label: string, onPress: (pid: string) => void): HTMLElement {
  return marginButtonWidget({
    name: 'input-submit',
    text: 'Technical input',
    testId: 'input-submit-button',
    pid,
    ariaLabel: `Technical input: ${label}`,
    title: `Submit a technical input on ${label}`,
    onPress,
  });
}
