import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn, visibleText, type SignedInPage } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
const SPAN_WORDS = 'sovereign right of States';
const NOTE_WORDS = 'national migration policy';
const NOTE_BODY = 'Internal note: capital asks us to hold firm on this wording, do not concede.';
const SECOND_CANADIAN = { email: 'delegate2.canada@demo.test', name: 'Marc Gagnon', password: 'second-canadian' };
const FRENCH_DELEGATE = {
  email: 'delegate.france.comments@demo.test',
  name: 'Camille Laurent',
  password: 'french-delegate',
  stakeholderId: 'FRA',
};
const EGYPTIAN_DELEGATE = {
  email: 'delegate.egypt.comments@demo.test',
  name: 'Nour Hassan',
  password: 'egyptian-delegate',
  stakeholderId: 'EGY',
};
const EU_GROUP_BODY = 'For EU coordination: we could accept this wording if the Union speaks with one voice.';

const suite = browserSuite();

const paragraphByNumber = (number: string) => suite.paragraphByNumber(number);

/** Selects `words` inside a paragraph as a drag of the mouse would (caret labels of other people skipped). */
async function selectWords(page: Page, pid: string, words: string, options: { focus?: boolean } = {}): Promise<void> {
  // An editable editor follows the selection only while it has the focus.
  if (options.focus) await page.locator(`[data-testid="editor"] [data-pid="${pid}"]`).click({ position: { x: 5, y: 5 } });
  await page.locator(`[data-testid="editor"] [data-pid="${pid}"]`).evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('.collaboration-carets__caret, .collaboration-carets__selection')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const from = text.indexOf(wanted);
    if (from === -1) throw new Error(`"${wanted}" is not in the paragraph: ${text}`);
    const to = from + wanted.length;
    const locate = (offset: number, end: boolean) => {
      const hit = nodes.find(({ node, start }) => (end ? offset > start : offset >= start) && offset <= start + node.data.length)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(from, false));
    range.setEnd(...locate(to, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
  await page.waitForTimeout(100);
}

/** Puts the caret before the first character of a paragraph. */
async function placeCursorAtStart(page: Page, pid: string): Promise<void> {
  const paragraph = page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
  await paragraph.click({ position: { x: 40, y: 5 } });
  await paragraph.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode() as Text | null;
    const range = document.createRange();
    if (first) range.setStart(first, 0);
    else range.setStart(element, 0);
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.waitForTimeout(100);
}

/** The words a thread's highlight covers in this viewer's editor (a highlight may be split by formatting). */
function highlightedWords(page: Page, threadId: string): Promise<string> {
  return page
    .locator(`[data-testid="editor"] .comment-span[data-thread-id="${threadId}"]`)
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? '').join(''));
}

const card = (page: Page, threadId: string) => page.locator(`[data-testid="thread-card"][data-thread-id="${threadId}"]`);
const marker = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-testid="comment-marker"][data-marker-for="${pid}"]`);

function optionValues(select: Locator): Promise<string[]> {
  return select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
}

async function openCommentsTab(page: Page): Promise<void> {
  await page.getByTestId('sidebar-tab-comments').click();
  await page.getByTestId('comments-panel').waitFor();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/comments-${name}.png` });
}

describe('comment threads', () => {
  it('keeps a span comment on its words, a delegation note inside the delegation, and lets a co-facilitator settle it live', async () => {
    const op5 = await paragraphByNumber('OP5');
    expect(op5.text).toContain(SPAN_WORDS);
    expect(op5.text).toContain(NOTE_WORDS);

    const secretariat = await ApiClient.login(suite.server.url, 'secretariat@demo.test');
    const created = await secretariat.post('/api/admin/users', {
      email: SECOND_CANADIAN.email,
      name: SECOND_CANADIAN.name,
      password: SECOND_CANADIAN.password,
      stakeholderId: 'CAN',
      role: 'delegate',
    });
    expect(created.status).toBe(201);

    const [canada, canada2, eu, cofac] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
      signIn(suite.browser, suite.server.url, SECOND_CANADIAN.email, SECOND_CANADIAN.password),
      signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test'),
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
    ]);
    const everyone: SignedInPage[] = [canada, canada2, eu, cofac];
    await Promise.all(everyone.map(({ page }) => openDocument(page, DOC)));
    await Promise.all([canada2, eu, cofac].map(({ page }) => openCommentsTab(page)));

    // 1. A Canada delegate (read-only text) selects words of OP5 and comments on them, visible to all, mentioning the EU.
    await canada.page.locator(`[data-testid="editor"] [data-pid="${op5.pid}"]`).scrollIntoViewIfNeeded();
    await selectWords(canada.page, op5.pid, SPAN_WORDS);
    await canada.page.getByTestId('comment-button').waitFor();
    await shoot(canada.page, '0-comment-button');
    await canada.page.getByTestId('comment-button').click();
    const form = canada.page.getByTestId('thread-form');
    await expect(form.innerText()).resolves.toContain(SPAN_WORDS);
    await expect(form.getByTestId('thread-visibility').inputValue()).resolves.toBe('all');
    const body = form.getByTestId('thread-body');
    await body.click();
    await body.pressSequentially('Canada would prefer “sovereign prerogative”. @EU');
    await canada.page.getByTestId('mention-option').filter({ hasText: 'European Union' }).first().waitFor();
    await body.press('Enter');
    await body.pressSequentially('can you support?');
    await expect(body.inputValue()).resolves.toBe('Canada would prefer “sovereign prerogative”. @[EU] can you support?');
    await form.getByTestId('thread-submit').click();

    const first = canada.page.locator('[data-testid="thread-card"][data-visibility="all"]');
    await first.waitFor();
    const spanThread = (await first.getAttribute('data-thread-id'))!;
    await expect(first.getByTestId('thread-visibility-badge').innerText()).resolves.toBe('All participants');
    await expect(first.getByTestId('message').first().innerText()).resolves.toMatch(/Emily Tremblay\s+— Canada\s+— delegate/);
    await expect(highlightedWords(canada.page, spanThread)).resolves.toBe(SPAN_WORDS);

    // Everyone else sees it arrive without reloading: marker, highlight, card; the EU hears about the mention.
    await eventually(async () => {
      for (const viewer of [canada2, eu, cofac]) {
        await expect(marker(viewer.page, op5.pid).getAttribute('data-count')).resolves.toBe('1');
        await expect(highlightedWords(viewer.page, spanThread)).resolves.toBe(SPAN_WORDS);
        await expect(card(viewer.page, spanThread).count()).resolves.toBe(1);
      }
      await expect(eu.page.getByTestId('notifications-bell').getAttribute('data-unread')).resolves.toBe('1');
    }, 5_000);
    await shoot(canada.page, '1-span-comment');

    // 2. A second Canadian writes a delegation-only note on other words of OP5, with the keyboard shortcut.
    await selectWords(canada2.page, op5.pid, NOTE_WORDS);
    await canada2.page.keyboard.press('Control+Alt+KeyM');
    const noteForm = canada2.page.getByTestId('thread-form');
    await noteForm.waitFor();
    await noteForm.getByTestId('thread-visibility').selectOption('delegation');
    await noteForm.getByTestId('thread-body').fill(NOTE_BODY);
    await noteForm.getByTestId('thread-submit').click();
    const noteCard = canada2.page.locator('[data-testid="thread-card"][data-visibility="delegation"]');
    await noteCard.waitFor();
    const noteThread = (await noteCard.getAttribute('data-thread-id'))!;
    await expect(noteCard.getByTestId('thread-visibility-badge').innerText()).resolves.toBe('Canada only');

    // The first Canadian sees it live; the co-facilitator and the EU do not.
    await eventually(async () => {
      await expect(card(canada.page, noteThread).count()).resolves.toBe(1);
      await expect(highlightedWords(canada.page, noteThread)).resolves.toBe(NOTE_WORDS);
      await expect(marker(canada.page, op5.pid).getAttribute('data-count')).resolves.toBe('2');
    }, 5_000);
    await shoot(canada2.page, '2-delegation-note');

    // 3. The co-facilitator replies (Mod-Enter sends) and the Canadian sees the reply arrive within a second or so.
    await card(cofac.page, spanThread).locator('.thread-card__head').click();
    const reply = cofac.page.getByTestId('reply-body');
    await reply.fill('Noted. The co-facilitators will reflect this in Rev.1.');
    const sentAt = Date.now();
    await reply.press('Control+Enter');
    const canadaMessages = card(canada.page, spanThread).getByTestId('message');
    await eventually(async () => {
      await expect(canadaMessages.count()).resolves.toBe(2);
    }, 5_000);
    const latency = Date.now() - sentAt;
    expect(latency).toBeLessThan(2_000);
    await expect(canadaMessages.nth(1).innerText()).resolves.toMatch(/Ana Morales\s+— Mexico\s+— co-facilitator/);
    await expect(canadaMessages.nth(1).locator('time').getAttribute('title')).resolves.toMatch(/\d{4}/);
    await eventually(async () => {
      await expect(canada.page.getByTestId('notifications-bell').getAttribute('data-unread')).resolves.toBe('1');
    });

    // 4. The co-facilitator inserts words before the span: every viewer's highlight still covers exactly the same words.
    await placeCursorAtStart(cofac.page, op5.pid);
    await cofac.page.keyboard.type('In this spirit, ');
    await eventually(async () => {
      for (const viewer of everyone) {
        await expect(visibleText(viewer.page, op5.pid)).resolves.toMatch(/^In this spirit, We reaffirm/);
        await expect(highlightedWords(viewer.page, spanThread)).resolves.toBe(SPAN_WORDS);
      }
      for (const viewer of [canada, canada2]) await expect(highlightedWords(viewer.page, noteThread)).resolves.toBe(NOTE_WORDS);
    }, 10_000);
    const stored = await paragraphByNumber('OP5');
    expect(stored.text.startsWith('In this spirit, ')).toBe(true);
    await shoot(eu.page, '3-after-edit-eu');

    // 5. The co-facilitator resolves the thread; everyone sees it resolved, and it can be reopened.
    await card(cofac.page, spanThread).getByTestId('resolve-button').click();
    await card(cofac.page, spanThread).getByTestId('reopen-button').waitFor();
    await eventually(async () => {
      for (const viewer of [canada, canada2, eu]) {
        await expect(card(viewer.page, spanThread).getAttribute('data-status')).resolves.toBe('resolved');
      }
    }, 5_000);
    await shoot(cofac.page, '4-resolved-cofacilitator');

    // The EU delegate never saw the delegation-only note: not in the panel, not in the text, not in notifications.
    await eu.page.getByTestId('comments-scope-document').click();
    await expect(card(eu.page, noteThread).count()).resolves.toBe(0);
    await expect(eu.page.locator('[data-testid="thread-card"][data-visibility="delegation"]').count()).resolves.toBe(0);
    await expect(eu.page.locator(`.comment-span[data-thread-id="${noteThread}"]`).count()).resolves.toBe(0);
    await expect(eu.page.locator('body').innerText()).resolves.not.toContain(NOTE_BODY);
    await eu.page.getByTestId('notifications-bell').click();
    const euNotifications = eu.page.getByTestId('notification-item');
    await euNotifications.first().waitFor();
    await expect(euNotifications.count()).resolves.toBe(1);
    await expect(euNotifications.first().getAttribute('data-thread-id')).resolves.toBe(spanThread);
    await expect(euNotifications.first().innerText()).resolves.toContain('mentioned EU on OP5');
    await shoot(eu.page, '5-eu-notifications');
    // Following the notification opens the thread in the panel.
    await euNotifications.first().click();
    await eventually(async () => {
      await expect(card(eu.page, spanThread).getAttribute('class')).resolves.toContain('is-active');
      await expect(eu.page.getByTestId('notifications-bell').getAttribute('data-unread')).resolves.toBe('0');
    });
    // Nor does the co-facilitator read it: co-facilitators are not in the Canadian delegation.
    await expect(card(cofac.page, noteThread).count()).resolves.toBe(0);
    const euApi = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    expect((await euApi.get(`/api/threads/${noteThread}`)).status).toBe(404);

    await Promise.all(everyone.map(({ context }) => context.close()));
  });

  it('keeps the text when sending fails, edits and deletes own messages, and falls back to the paragraph when the words go', async () => {
    const op7 = await paragraphByNumber('OP7');
    const words = op7.text.split(' ').slice(3, 6).join(' ');
    const [canada, cofac] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
      signIn(suite.browser, suite.server.url, 'cofacilitator2@demo.test'),
    ]);
    await Promise.all([canada, cofac].map(({ page }) => openDocument(page, DOC)));
    await openCommentsTab(cofac.page);

    // Canada belongs to no group: the form offers no group layer, and the server refuses one all the same.
    await selectWords(canada.page, op7.pid, words);
    await canada.page.keyboard.press('Control+Alt+KeyM');
    const form = canada.page.getByTestId('thread-form');
    await expect(optionValues(form.getByTestId('thread-visibility'))).resolves.toEqual(['all', 'delegation', 'cofacilitators']);
    const canadaApi = await ApiClient.login(suite.server.url, 'delegate.canada@demo.test');
    const refused = await canadaApi.post(`/api/documents/${DOC}/threads`, { pid: op7.pid, visibility: 'group', body: 'For our group.' });
    expect(refused.status).toBe(400);
    await expect(refused.json()).resolves.toMatchObject({ error: { message: expect.stringMatching(/belongs to no group/) } });

    // The connection drops while sending: the form says why and keeps what was typed.
    let dropped = 0;
    allowConsoleErrors(canada.page, /ERR_INTERNET_DISCONNECTED .*\/threads/);
    await canada.page.route('**/api/documents/*/threads', (route) =>
      route.request().method() === 'POST' && dropped++ === 0 ? route.abort('internetdisconnected') : route.fallback(),
    );
    await form.getByTestId('thread-body').fill('A first thought on these words.');
    await form.getByTestId('thread-submit').click();
    await expect(form.getByTestId('composer-error').innerText()).resolves.toMatch(/cannot be reached/);
    await expect(form.getByTestId('thread-body').inputValue()).resolves.toBe('A first thought on these words.');
    expect(dropped).toBe(1);
    await form.getByTestId('thread-submit').click();
    const mine = canada.page.locator('[data-testid="thread-card"].is-active');
    await mine.waitFor();
    const threadId = (await mine.getAttribute('data-thread-id'))!;
    await expect(highlightedWords(canada.page, threadId)).resolves.toBe(words);

    // An edit and a deletion reach the co-facilitator live; the deleted message stays as a tombstone.
    await mine.getByTestId('message-edit').click();
    await mine.getByTestId('edit-body').fill('A better thought on these words.');
    await mine.getByTestId('edit-body').press('Control+Enter');
    await eventually(async () => {
      const edited = await mine.getByTestId('message').first().innerText();
      expect(edited).toContain('A better thought on these words.');
      expect(edited).toContain('(edited)');
    });
    await mine.getByTestId('reply-body').fill('And a second message.');
    await mine.getByTestId('reply-submit').click();
    await eventually(async () => expect(mine.getByTestId('message').count()).resolves.toBe(2));
    await mine.getByTestId('message').first().getByTestId('message-delete').click();
    await mine.getByTestId('message').first().getByTestId('message-delete-confirm').click();
    await card(cofac.page, threadId).locator('.thread-card__head').click();
    await eventually(async () => {
      const messages = card(cofac.page, threadId).getByTestId('message');
      await expect(messages.count()).resolves.toBe(2);
      await expect(messages.first().innerText()).resolves.toContain('Message deleted');
      await expect(messages.first().innerText()).resolves.not.toContain('better thought');
      await expect(messages.nth(1).innerText()).resolves.toContain('And a second message.');
    }, 5_000);

    // The co-facilitator deletes the commented words: the thread falls back to the whole paragraph for both.
    await selectWords(cofac.page, op7.pid, words, { focus: true });
    await cofac.page.keyboard.press('Backspace');
    await eventually(async () => {
      for (const viewer of [canada, cofac]) {
        await expect(visibleText(viewer.page, op7.pid)).resolves.not.toContain(words);
        await expect(viewer.page.locator(`.comment-span[data-thread-id="${threadId}"]`).count()).resolves.toBe(0);
        await expect(marker(viewer.page, op7.pid).getAttribute('data-count')).resolves.toBe('1');
        await expect(card(viewer.page, threadId).locator('.thread-card__note').innerText()).resolves.toMatch(/whole paragraph/);
      }
    }, 10_000);
    await shoot(canada.page, '6-fallback');
    await Promise.all([canada, cofac].map(({ context }) => context.close()));
  });
  it('lets a French delegate write to the EU group, which EU delegates read and Canada does not; a member of two groups names one', async () => {
    const op9 = await paragraphByNumber('OP9');
    const words = op9.text.split(' ').slice(2, 5).join(' ');
    const secretariat = await ApiClient.login(suite.server.url, 'secretariat@demo.test');
    for (const person of [FRENCH_DELEGATE, EGYPTIAN_DELEGATE]) {
      const created = await secretariat.post('/api/admin/users', { ...person, role: 'delegate' });
      expect(created.status).toBe(201);
    }
    const [france, eu, canada] = await Promise.all([
      signIn(suite.browser, suite.server.url, FRENCH_DELEGATE.email, FRENCH_DELEGATE.password),
      signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
    ]);
    await Promise.all([france, eu, canada].map(({ page }) => openDocument(page, DOC)));
    await Promise.all([eu, canada].map(({ page }) => openCommentsTab(page)));

    // France belongs to one group, the EU: the form names it, with nothing more to choose.
    await selectWords(france.page, op9.pid, words);
    await france.page.keyboard.press('Control+Alt+KeyM');
    const form = france.page.getByTestId('thread-form');
    const visibility = form.getByTestId('thread-visibility');
    await expect(optionValues(visibility)).resolves.toEqual(['all', 'delegation', 'group', 'cofacilitators']);
    await visibility.selectOption({ label: 'EU group' });
    await expect(form.getByTestId('thread-group').count()).resolves.toBe(0);
    await form.getByTestId('thread-body').fill(EU_GROUP_BODY);
    await shoot(france.page, '7-france-eu-group-form');
    await form.getByTestId('thread-submit').click();
    const mine = france.page.locator('[data-testid="thread-card"][data-visibility="group"]');
    await mine.waitFor();
    const threadId = (await mine.getAttribute('data-thread-id'))!;
    await expect(mine.getByTestId('thread-visibility-badge').innerText()).resolves.toBe('EU group');

    // The EU delegate sees it arrive live; Canada does not, not even after loading the document afresh.
    await eventually(async () => {
      await expect(card(eu.page, threadId).count()).resolves.toBe(1);
      await expect(card(eu.page, threadId).innerText()).resolves.toContain(EU_GROUP_BODY);
      await expect(highlightedWords(eu.page, threadId)).resolves.toBe(words);
    }, 5_000);
    await expect(card(eu.page, threadId).getByTestId('thread-visibility-badge').innerText()).resolves.toBe('EU group');
    await openDocument(canada.page, DOC);
    await openCommentsTab(canada.page);
    await canada.page.getByTestId('comments-scope-document').click();
    await expect(card(canada.page, threadId).count()).resolves.toBe(0);
    await expect(canada.page.locator(`.comment-span[data-thread-id="${threadId}"]`).count()).resolves.toBe(0);
    await expect(canada.page.locator('body').innerText()).resolves.not.toContain(EU_GROUP_BODY);
    const canadaApi = await ApiClient.login(suite.server.url, 'delegate.canada@demo.test');
    expect((await canadaApi.get(`/api/threads/${threadId}`)).status).toBe(404);
    const euApi = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    await expect(euApi.json('GET', `/api/threads/${threadId}`)).resolves.toMatchObject({
      visibility: 'group',
      audienceStakeholderId: 'group-eu',
    });

    // Egypt sits in the African Group and in the G77: the form asks which, and the thread goes to that one only.
    const egypt = await signIn(suite.browser, suite.server.url, EGYPTIAN_DELEGATE.email, EGYPTIAN_DELEGATE.password);
    await openDocument(egypt.page, DOC);
    await selectWords(egypt.page, op9.pid, words);
    await egypt.page.keyboard.press('Control+Alt+KeyM');
    const egyptForm = egypt.page.getByTestId('thread-form');
    await egyptForm.getByTestId('thread-visibility').selectOption('group');
    await expect(optionValues(egyptForm.getByTestId('thread-group'))).resolves.toEqual(['', 'group-ag', 'group-g77']);
    await egyptForm.getByTestId('thread-body').fill('For African Group coordination only.');
    await egyptForm.getByTestId('thread-submit').click();
    await expect(egyptForm.getByTestId('composer-error').innerText()).resolves.toMatch(/Choose the group/);
    await egyptForm.getByTestId('thread-group').selectOption({ label: 'African Group' });
    await shoot(egypt.page, '8-egypt-group-choice');
    await egyptForm.getByTestId('thread-submit').click();
    const egyptCard = egypt.page.locator('[data-testid="thread-card"][data-visibility="group"]');
    await egyptCard.waitFor();
    const africanThread = (await egyptCard.getAttribute('data-thread-id'))!;
    const egyptApi = await ApiClient.login(suite.server.url, EGYPTIAN_DELEGATE.email, EGYPTIAN_DELEGATE.password);
    await expect(egyptApi.json('GET', `/api/threads/${africanThread}`)).resolves.toMatchObject({ audienceStakeholderId: 'group-ag' });
    const g77Api = await ApiClient.login(suite.server.url, 'delegate.g77@demo.test');
    expect((await g77Api.get(`/api/threads/${africanThread}`)).status).toBe(404);

    await Promise.all([france, eu, canada, egypt].map(({ context }) => context.close()));
  });
});
