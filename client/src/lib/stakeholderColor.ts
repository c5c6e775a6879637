/**
 * Colours that stay legible as white caret labels and as text on white, and are far enough apart
 * to tell delegations apart on a projected screen.
 */
const PALETTE = [
  '#1f4e8c', // UN blue
  '#b3261e', // red
  '#1b7f4b', // green
  '#8a4baf', // violet
  '#b25e09', // amber
  '#0f7c8c', // teal
  '#a3366f', // plum
  '#4a5d23', // olive
  '#5b4bd1', // indigo
  '#7a4a2a', // brown
  '#c2185b', // magenta
  '#2f6f9f', // steel
] as const;

/** The same stakeholder gets the same colour in every browser and every session. */
export function stakeholderColor(stakeholder: string): string {
  let hash = 2166136261;
  for (let i = 0; i < stakeholder.length; i++) {
    hash ^= stakeholder.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length]!;
}
