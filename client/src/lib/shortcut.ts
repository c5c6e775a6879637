const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Renders a Tiptap key binding ("Mod-Shift-z") the way the user's keyboard labels it. */
export function shortcutLabel(binding: string): string {
  return binding
    .split('-')
    .map((key) => {
      if (key === 'Mod') return isMac ? '⌘' : 'Ctrl';
      if (key === 'Shift') return isMac ? '⇧' : 'Shift';
      if (key === 'Alt') return isMac ? '⌥' : 'Alt';
      return key.length === 1 ? key.toUpperCase() : key;
    })
    .join(isMac ? '' : '+');
}

/** A button title such as "Bold (Ctrl+B)". */
export function titleWithShortcut(label: string, binding: string): string {
  return `${label} (${shortcutLabel(binding)})`;
}
