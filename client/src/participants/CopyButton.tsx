import { useEffect, useState } from 'react';

interface Props {
  text: string;
  label?: string;
  /** Names what is copied for screen readers ("Copy the link for jane@example.org"). */
  ariaLabel?: string;
  testId?: string;
}

/** Writes the text to the clipboard through the selection: works where the Clipboard API is refused. */
function copyThroughSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyThroughSelection(text);
  }
}

/** Copies a link (or a list of them) and says so, in words read out by screen readers. */
export function CopyButton({ text, label = 'Copy', ariaLabel, testId }: Props) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={ariaLabel}
        onClick={() => void copyText(text).then((copied) => setOutcome(copied ? 'copied' : 'failed'))}
        data-testid={testId}
      >
        {label}
      </button>
      <span className="copy-button__outcome" role="status">
        {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? 'Could not copy: select the text and copy it' : ''}
      </span>
    </span>
  );
}
