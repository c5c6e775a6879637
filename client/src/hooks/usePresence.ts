import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { stakeholderColor } from '../lib/stakeholderColor.ts';

/** The `user` field every client publishes in awareness (the server stamps the identity part). */
export interface PresenceUser {
  userId: string;
  name: string;
  stakeholder: string;
  color: string;
  role: string;
}

export interface Participant extends PresenceUser {
  clientId: number;
  isSelf: boolean;
}

export interface StakeholderPresence {
  stakeholder: string;
  color: string;
  participants: Participant[];
}

/** How many people are in the room (each counted once, whatever the number of tabs). */
export function countParticipants(groups: readonly StakeholderPresence[]): number {
  return groups.reduce((sum, group) => sum + group.participants.length, 0);
}

function isPresenceUser(value: unknown): value is PresenceUser {
  const user = value as Partial<PresenceUser> | null;
  return typeof user?.name === 'string' && typeof user.stakeholder === 'string';
}

/**
 * Everyone in the document, one entry per person (several tabs count once), grouped by stakeholder: the
 * largest delegations first, as a room's bar shows them.
 */
export function groupParticipants(awareness: Awareness): StakeholderPresence[] {
  const people = new Map<string, Participant>();
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state.user;
    if (!isPresenceUser(user)) continue;
    const isSelf = clientId === awareness.clientID;
    // The server stamps the user id on every state it relays; a state without one is keyed by name.
    const key = typeof user.userId === 'string' ? user.userId : `${user.stakeholder}\u0000${user.name}`;
    const known = people.get(key);
    if (!known || isSelf) people.set(key, { ...user, clientId, isSelf: isSelf || (known?.isSelf ?? false) });
  }

  const groups = new Map<string, StakeholderPresence>();
  for (const person of people.values()) {
    // The stakeholder's own colour, whatever colour its people's clients claim.
    const group = groups.get(person.stakeholder) ?? {
      stakeholder: person.stakeholder,
      color: stakeholderColor(person.stakeholder),
      participants: [],
    };
    group.participants.push(person);
    groups.set(person.stakeholder, group);
  }
  const ordered = [...groups.values()];
  for (const group of ordered) group.participants.sort((a, b) => a.name.localeCompare(b.name));
  return ordered.sort((a, b) => b.participants.length - a.participants.length || a.stakeholder.localeCompare(b.stakeholder));
}

export function usePresence(awareness: Awareness | undefined): StakeholderPresence[] {
  const [groups, setGroups] = useState<StakeholderPresence[]>([]);

  useEffect(() => {
    if (!awareness) return;
    let signature = '';
    let scheduled = false;
    let active = true;
    // Awareness changes with every caret move; the bar only re-renders when the people change.
    // Deferred because the editor publishes our own state while it is being created, during a render.
    const refresh = () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        if (!active) return;
        const next = groupParticipants(awareness);
        const nextSignature = JSON.stringify(next);
        if (nextSignature === signature) return;
        signature = nextSignature;
        setGroups(next);
      });
    };
    awareness.on('change', refresh);
    refresh();
    return () => {
      active = false;
      awareness.off('change', refresh);
    };
  }, [awareness]);

  return groups;
}
