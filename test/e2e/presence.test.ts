import type { Page } from 'playwright-core';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { paragraphByNumber } from '../support/paragraphs.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const suite = browserSuite();

/**
 * People simulated from Node over this many delegations, each with two stock y-websocket clients (two tabs,
 * counted once): 200 connections. Every account costs the server two password hashes, on two cores.
 */
const PARTICIPANTS = 100;
const TABS = 2;
const DELEGATIONS = 60;
const PASSWORD = 'a-long-test-password';

interface Simulated {
  email: string;
  name: string;
  stakeholder: string;
}

/** Runs `work` over `items`, `size` at a time: the server hashes every password, on two cores. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** The secretariat creates one delegate per simulated participant, spread over member states. */
async function createParticipants(url: string): Promise<Simulated[]> {
  const secretariat = await ApiClient.login(url, 'secretariat@demo.test');
  const all = await secretariat.json<{ id: string; shortName: string; kind: string }[]>('GET', '/api/stakeholders/all');
  const states = all.filter((s) => s.kind === 'member-state' && !['MEX', 'CHE'].includes(s.id)).slice(0, DELEGATIONS);
  expect(states).toHaveLength(DELEGATIONS);
  const people = Array.from({ length: PARTICIPANTS }, (_, i) => {
    const state = states[i % DELEGATIONS];
    assert(state, 'a delegation for every participant');
    const number = String(i + 1).padStart(3, '0');
    return {
      email: `participant.${number}@test.example`,
      name: `Participant ${number}`,
      stakeholderId: state.id,
      stakeholder: state.shortName,
    };
  });
  await inBatches(people, 4, async ({ email, name, stakeholderId }) => {
    const response = await secretariat.post('/api/admin/users', { email, name, password: PASSWORD, stakeholderId, role: 'delegate' });
    if (response.status !== 201) throw new Error(`Could not create ${email}: ${response.status} ${await response.text()}`);
  });
  return people.map(({ email, name, stakeholder }) => ({ email, name, stakeholder }));
}

/** Signs every participant in and opens the compact for each with a stock provider, claiming a false name. */
async function joinCompact(url: string, people: readonly Simulated[]): Promise<SyncClient[]> {
  const cookies = await inBatches(people, 4, async ({ email }) => (await ApiClient.login(url, email, PASSWORD)).cookie);
  const tabs = cookies.flatMap((cookie) => Array.from({ length: TABS }, () => cookie));
  return inBatches(tabs, 25, async (cookie) => {
    const client = connectSyncClient(url, DOC, cookie);
    // The server stamps the real name, stakeholder and role over whatever a client claims.
    client.provider.awareness.setLocalStateField('user', {
      name: 'Someone else',
      stakeholder: 'Nowhere',
      color: '#1b7f4b',
      role: 'emperor',
    });
    await client.synced;
    return client;
  });
}

/** Everything in the presence bar that is drawn outside it, and whether the bar or the room bar scrolls. */
function overflowOf(page: Page) {
  return page.getByTestId('presence').evaluate((bar) => {
    const box = bar.getBoundingClientRect();
    const outside = [...bar.querySelectorAll('*')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
      })
      .map((element) => element.outerHTML.slice(0, 120));
    const roomBar = bar.parentElement!;
    const status = roomBar.querySelector('[data-testid="connection-status"]')!.getBoundingClientRect();
    return {
      outside,
      barScrolls: bar.scrollWidth > bar.clientWidth,
      roomBarScrolls: roomBar.scrollWidth > roomBar.clientWidth,
      overlapsStatus: box.right > status.left + 0.5,
    };
  });
}

async function chipsShown(page: Page): Promise<{ shown: number; clipped: number; more: number }> {
  const chips = page.getByTestId('presence-chip');
  const clipped = await page.locator('[data-testid="presence-chip"].presence__chip--clipped').count();
  const moreButton = page.getByTestId('presence-more');
  const more = (await moreButton.count()) > 0 ? Number((await moreButton.innerText()).match(/\+(\d+) more/)?.[1]) : 0;
  return { shown: (await chips.count()) - clipped, clipped, more };
}

async function rightsOnHome(page: Page): Promise<Record<string, string>> {
  await page.goto('/');
  await page.getByTestId('doc-item').first().waitFor();
  const items = page.getByTestId('doc-item');
  const rights: Record<string, string> = {};
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const href = (await item.locator('a').first().getAttribute('href'))!;
    rights[decodeURIComponent(href.replace('/documents/', ''))] = await item.getByTestId('document-right').innerText();
  }
  return rights;
}

/** The demo briefs each role sees: drafts stay with their co-leads, delegations and observers see only what is published. */
const SEEN_BRIEFS = {
  delegation: ['gcm-brief-6'],
  agency: ['gcm-brief-1', 'gcm-brief-3', 'gcm-brief-6'],
};
const everywhere = (
  compact: string,
  brief: string,
  briefs: readonly string[],
  exceptions: Record<string, string> = {},
): Record<string, string> => ({
  [DOC]: compact,
  ...Object.fromEntries(briefs.map((id) => [id, brief])),
  ...exceptions,
});

describe('rights, said plainly', () => {
  it('tells a delegate, a co-facilitator, an observer and IOM what each can do, at home and in the document', async () => {
    const cases = [
      { email: 'delegate.eu@demo.test', home: everywhere('You can propose and comment', 'You can comment', SEEN_BRIEFS.delegation) },
      { email: 'cofacilitator@demo.test', home: everywhere('You hold the pen', 'You can comment', SEEN_BRIEFS.agency) },
      { email: 'observer@demo.test', home: everywhere('You can read', 'You can read', SEEN_BRIEFS.delegation) },
      {
        // Proposals on brief 1 while it is out for comments; the pen on brief 3, under finalization.
        email: 'agency.iom@demo.test',
        home: everywhere('You can comment', 'You can comment', SEEN_BRIEFS.agency, {
          'gcm-brief-1': 'You can propose and comment',
          'gcm-brief-3': 'You hold the pen',
        }),
      },
    ];
    for (const { email, home } of cases) {
      const { context, page } = await signIn(suite.browser, suite.server.url, email);
      expect({ email, rights: await rightsOnHome(page) }).toEqual({ email, rights: home });
      expect(await page.locator('body').innerText()).not.toMatch(/read only/i);

      const documentId = email.startsWith('agency') ? 'gcm-brief-3' : DOC;
      await openDocument(page, documentId);
      expect(await page.getByTestId('document-right').innerText()).toBe(home[documentId]);
      // Everyone who holds the pen is named, the secretariat included.
      expect(await page.getByTestId('pen-holders').innerText()).toMatch(
        documentId === DOC ? /^Pen: Mexico, Switzerland, Secretariat\b/ : /^Pen: IOM, UNITAR, Secretariat\b/,
      );
      await context.close();
    }
  });

  it('offers IOM "Propose a change" on a brief it does not lead, and not on its own brief, which it edits', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'agency.iom@demo.test');
    const proposeControls = () => page.locator('[data-testid="propose-button"], [data-testid="panel-propose-button"]');

    const elsewhere = await paragraphByNumber(suite.server.url, 'gcm-brief-1', '¶1');
    await openDocument(page, 'gcm-brief-1');
    await page.locator(`[data-testid="editor"] [data-pid="${elsewhere.pid}"]`).click();
    await page.locator(`[data-testid="propose-button"][data-for-pid="${elsewhere.pid}"]`).waitFor();
    await page.getByTestId('panel-propose-button').waitFor();

    const own = await paragraphByNumber(suite.server.url, 'gcm-brief-3', '¶1');
    await openDocument(page, 'gcm-brief-3');
    await expect(page.getByTestId('toolbar').count()).resolves.toBe(1);
    await page.locator(`[data-testid="editor"] [data-pid="${own.pid}"]`).click();
    // The paragraph is active in the proposals panel, and nothing offers to propose a change to it.
    await page.getByTestId('proposal-scope-paragraph').waitFor();
    await page.locator(`[data-testid="editor"] [data-pid="${own.pid}"]`).hover();
    await page.waitForTimeout(300);
    expect(await proposeControls().count()).toBe(0);
    await context.close();
  });
});

describe('presence at the scale of a real room', () => {
  let people: Simulated[] = [];
  let clients: SyncClient[] = [];
  beforeAll(async () => {
    people = await createParticipants(suite.server.url);
    clients = await joinCompact(suite.server.url, people);
  });
  afterAll(() => {
    for (const client of clients) client.destroy();
  });

  it(`shows ${PARTICIPANTS} people in ${PARTICIPANTS * TABS} tabs as a count, fitting chips and "+N more", never overflowing, with a searchable list`, async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    try {
      await openDocument(page, DOC);
      const total = PARTICIPANTS + 1; // and the EU delegate watching
      const stakeholders = DELEGATIONS + 1;
      const summary = page.getByTestId('presence-summary');
      await eventually(async () => expect(await summary.innerText()).toBe(`${total} in the room`), 20_000);
      expect(await page.getByTestId('presence').getAttribute('data-count')).toBe(String(total));
      expect(await page.getByTestId('presence-chip').count()).toBe(stakeholders);
      // The real identity shows, never the one the clients claimed.
      expect(await page.locator('[data-stakeholder="Nowhere"]').count()).toBe(0);

      const shownAt: Record<number, number> = {};
      for (const [width, height] of [
        [1024, 768],
        [1920, 1080],
        [400, 700],
      ] as const) {
        await page.setViewportSize({ width, height });
        await eventually(async () => {
          expect({ width, ...(await overflowOf(page)) }).toEqual({
            width,
            outside: [],
            barScrolls: false,
            roomBarScrolls: false,
            overlapsStatus: false,
          });
          const chips = await chipsShown(page);
          if (width >= 1024) {
            expect(chips.shown).toBeGreaterThan(0);
            expect({ width, more: chips.more }).toEqual({ width, more: stakeholders - chips.shown });
          }
          shownAt[width] = chips.shown;
        });
        expect(await summary.isVisible()).toBe(true);
      }
      expect(shownAt[1920]).toBeGreaterThan(shownAt[1024] ?? Infinity);

      // The list opens from the keyboard, with the search box focused, and lists everyone.
      await page.setViewportSize({ width: 1024, height: 768 });
      await summary.focus();
      await page.keyboard.press('Enter');
      const directory = page.getByTestId('presence-directory');
      await expect(directory.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
      const search = page.getByTestId('presence-search');
      await expect(search.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
      const listed = directory.getByTestId('presence-person');
      await eventually(async () => expect(await listed.count()).toBe(total));

      // Search narrows it: by a person's name, then by a delegation.
      await page.keyboard.type('participant 017');
      await eventually(async () => expect(await listed.allInnerTexts()).toEqual([expect.stringContaining('Participant 017')]));
      const delegation = people[0]!.stakeholder;
      await search.fill(delegation.toUpperCase());
      const expected = people.filter((p) => p.stakeholder.toLowerCase().includes(delegation.toLowerCase())).length;
      await eventually(async () => expect(await listed.count()).toBe(expected));
      expect(expected).toBeGreaterThanOrEqual(Math.floor(PARTICIPANTS / DELEGATIONS));
      await search.fill('nobody by this name');
      await eventually(async () => expect(await listed.count()).toBe(0));

      // Escape closes it and gives the focus back; "+N more" opens it again.
      await page.keyboard.press('Escape');
      await expect(directory.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
      await expect(summary.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
      await page.getByTestId('presence-more').click();
      await eventually(async () => expect(await listed.count()).toBe(total));
      await page.keyboard.press('Escape');

      // People leave, all their tabs: the count follows.
      expect(clients).toHaveLength(PARTICIPANTS * TABS);
      for (const client of clients.splice(0, 25 * TABS)) client.destroy();
      await eventually(async () => expect(await summary.innerText()).toBe(`${total - 25} in the room`), 20_000);
    } finally {
      await context.close();
    }
  });
});
