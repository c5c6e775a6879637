import type { StakeholderPresence } from '../hooks/usePresence.ts';

function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The people a search finds: everyone of a stakeholder whose name matches, and anyone whose own name or
 * role matches. Accents and case are ignored ("mexico" finds México).
 */
export function searchPresence(groups: readonly StakeholderPresence[], query: string): StakeholderPresence[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  const matches = (text: string) => {
    const haystack = folded(text);
    return words.every((word) => haystack.includes(word));
  };
  const found: StakeholderPresence[] = [];
  for (const group of groups) {
    if (matches(group.stakeholder)) {
      found.push(group);
      continue;
    }
    const participants = group.participants.filter((person) => matches(`${person.name} ${person.role} ${group.stakeholder}`));
    if (participants.length > 0) found.push({ ...group, participants });
  }
  return found;
}
