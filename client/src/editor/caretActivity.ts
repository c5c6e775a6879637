import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Awareness } from 'y-protocols/awareness';

interface CaretUser {
  name?: string;
  stakeholder?: string;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** The person a caret belongs to ("Name · Stakeholder"); their tabs share it. */
export function caretPerson(user: CaretUser | undefined): string {
  return [user?.name, user?.stakeholder].filter(Boolean).join(' · ');
}

/** A caret shows its name while its person moves it (types) and for this long after. */
const SHOW_NAME_MS = 3000;

/**
 * Remembers whose caret moved lately, and marks their carets in the text with `is-active` for a few seconds,
 * so names show while someone types and then get out of the way of the text.
 */
export class CaretActivity {
  private readonly activeUntil = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly cursors = new Map<number, string>();
  private root: HTMLElement | null = null;

  constructor(private readonly awareness: Awareness) {}

  isActive(person: string): boolean {
    return (this.activeUntil.get(person) ?? 0) > Date.now();
  }

  attach(root: HTMLElement): void {
    this.root = root;
    this.awareness.on('change', this.handleChange);
  }

  detach(): void {
    this.awareness.off('change', this.handleChange);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.root = null;
  }

  private readonly handleChange = ({ added, updated, removed }: AwarenessChange) => {
    for (const clientId of removed) this.cursors.delete(clientId);
    for (const clientId of [...added, ...updated]) {
      if (clientId === this.awareness.clientID) continue;
      const state = this.awareness.getStates().get(clientId);
      const cursor = JSON.stringify(state?.cursor ?? null);
      if (this.cursors.get(clientId) === cursor) continue;
      this.cursors.set(clientId, cursor);
      const person = caretPerson(state?.user as CaretUser | undefined);
      if (person && state?.cursor) this.markActive(person);
    }
  };

  private markActive(person: string): void {
    this.activeUntil.set(person, Date.now() + SHOW_NAME_MS);
    this.mark(person, true);
    clearTimeout(this.timers.get(person));
    this.timers.set(
      person,
      setTimeout(() => {
        this.timers.delete(person);
        this.mark(person, false);
      }, SHOW_NAME_MS),
    );
  }

  private mark(person: string, active: boolean): void {
    for (const caret of this.root?.querySelectorAll<HTMLElement>('.collaboration-carets__caret') ?? []) {
      if (caret.dataset.person === person) caret.classList.toggle('is-active', active);
    }
  }
}

/** Binds a CaretActivity to the editor's text for the editor's life. */
export const CaretActivityMarks = Extension.create<{ activity: CaretActivity | null }>({
  name: 'caretActivityMarks',
  addOptions: () => ({ activity: null }),
  addProseMirrorPlugins() {
    const { activity } = this.options;
    if (!activity) return [];
    return [
      new Plugin({
        key: new PluginKey('caretActivityMarks'),
        view(view) {
          activity.attach(view.dom);
          return { destroy: () => activity.detach() };
        },
      }),
    ];
  },
});
