import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, signIn, visibleText, type SignedInPage } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { eventually } from '../support/sync-client.ts';

const DOC = 'gcm-compact';
/** New proposals, positions and decisions must reach every open client within a second. */
const LIVE_MS = 1000;
const suite = browserSuite();

const paragraphByNumber = (number: string) => suite.paragraphByNumber(number);

const paragraph = (page: Page, pid: string) => page.locator(`[data-testid="editor"] [data-pid="${pid}"]`);
const card = (page: Page, label: string, pid?: string) =>
  page.locator(`[data-testid="proposal-card"][data-label="${label}"]${pid ? `[data-proposal-id="${pid}"]` : ''}`);
const trackedChange = (page: Page, proposalId: string) => page.locator(`[data-testid="tracked-change"][data-proposal-id="${proposalId}"]`);

/** Marks the page so that a reload (which would wipe the mark) can be detected. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}
async function wasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

/** Tables a proposal through the UI: click the paragraph, "Propose…", edit, justify, submit. Returns its id. */
async function tableThroughUi(page: Page, pid: string, edit: (text: string) => string, justification: string): Promise<string> {
  await paragraph(page, pid).click();
  await page.locator(`[data-testid="propose-button"][data-for-pid="${pid}"]`).click();
  const form = page.getByTestId('proposal-form');
  await form.getByTestId('proposal-kind').selectOption('amend');
  const text = form.getByTestId('proposal-text');
  const original = await text.inputValue();
  expect(original).toBe(await visibleText(page, pid));
  await text.fill(edit(original));
  await form.getByTestId('proposal-justification').fill(justification);
  await form.getByTestId('proposal-submit').click();
  await form.waitFor({ state: 'detached' });
  return (await page.locator('[data-testid="proposal-card"].is-focused').getAttribute('data-proposal-id'))!;
}

/** The European Union tables, through the API, an amendment adding `sentence` to OP5. */
async function euAmendsOp5(sentence: string, justification: string) {
  const op5 = await paragraphByNumber('OP5');
  const eu = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
  const proposal = await eu.json('POST', `/api/documents/${DOC}/proposals`, {
    pid: op5.pid,
    kind: 'amend',
    text: `${op5.text} ${sentence}`,
    justification,
  });
  return { op5, proposal };
}

/** Waits until the decisions the page took have waited out their time to undo and been sent. */
async function decisionSent(page: Page): Promise<void> {
  await page.getByTestId('decision-pending').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** Waits for a condition and returns how long it took, failing past `limit` ms. */
async function timeUntil(check: () => Promise<void>, limit: number): Promise<number> {
  const start = Date.now();
  await eventually(check, limit);
  return Date.now() - start;
}

describe('proposals', () => {
  it('EU tables on OP3, G77 opposes live, Canada supports, a co-facilitator accepts, and the competing G77 proposal is rebased', async () => {
    const op3 = await paragraphByNumber('OP3');
    expect(op3.text).toContain('Member States should ensure');
    expect(op3.text).toContain('consular assistance');
    const [eu, g77, canada, cofac] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.g77@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
    ]);
    const everyone: SignedInPage[] = [eu, g77, canada, cofac];
    await Promise.all(everyone.map(({ page }) => openDocument(page, DOC)));
    await Promise.all(everyone.map(({ page }) => markPage(page)));

    // The EU tables an amendment with a live redline preview.
    await paragraph(eu.page, op3.pid).click();
    await eu.page.locator(`[data-testid="propose-button"][data-for-pid="${op3.pid}"]`).click();
    const form = eu.page.getByTestId('proposal-form');
    await expect(form.getByTestId('proposal-text').inputValue()).resolves.toBe(op3.text);
    await form.getByTestId('proposal-text').fill(op3.text.replace('should ensure', 'shall ensure'));
    await eventually(async () => {
      const preview = form.getByTestId('proposal-preview');
      expect(await preview.locator('del').allInnerTexts()).toEqual(['should']);
      expect(await preview.locator('ins').allInnerTexts()).toEqual(['shall']);
    });
    await form.getByTestId('proposal-justification').fill('Aligns the commitment with existing human rights obligations.');
    await form.getByTestId('proposal-submit').click();
    const euCard = card(eu.page, 'EU');
    await euCard.waitFor();
    const submittedAt = Date.now();
    const euProposalId = (await euCard.getAttribute('data-proposal-id'))!;
    expect(await euCard.getAttribute('data-status')).toBe('tabled');

    // G77 sees it arrive as tracked changes labelled EU, under OP3, without reloading.
    const g77Sees = trackedChange(g77.page, euProposalId);
    await eventually(async () => {
      expect(await g77Sees.count()).toBe(1);
    }, LIVE_MS * 3);
    const arrival = Date.now() - submittedAt;
    expect(arrival).toBeLessThan(LIVE_MS);
    expect(await g77Sees.getAttribute('data-label')).toBe('EU');
    expect(await g77Sees.locator('ins').allInnerTexts()).toEqual(['shall']);
    expect(await g77Sees.locator('del').allInnerTexts()).toEqual(['should']);
    const followsOp3 = await g77Sees.evaluate((widget, pid) => {
      let previous = widget.previousElementSibling;
      while (previous && !previous.hasAttribute('data-pid')) previous = previous.previousElementSibling;
      return previous?.getAttribute('data-pid') === pid;
    }, op3.pid);
    expect(followsOp3).toBe(true);
    // Nobody's text changed: a proposal is not an edit.
    expect(await visibleText(g77.page, op3.pid)).toBe(op3.text);

    // G77 tables a competing amendment to other words of OP3, through the same form.
    const g77ProposalId = await tableThroughUi(
      g77.page,
      op3.pid,
      (text) => text.replace('consular assistance', 'consular assistance and protection'),
      'Consular protection matters as much as assistance.',
    );

    // G77 opposes the EU proposal, chosen from the tracked change in the text, with a reason.
    await g77Sees.click();
    const euCardForG77 = card(g77.page, 'EU', euProposalId);
    await euCardForG77.getByTestId('position-reason').fill('The commitment must stay voluntary.');
    await euCardForG77.getByTestId('oppose-button').click();
    await eventually(async () => {
      expect(await euCardForG77.getByTestId('my-position').innerText()).toMatch(/opposes/);
    });

    // Canada sees both proposals live and supports the EU's.
    const euCardForCanada = card(canada.page, 'EU', euProposalId);
    await eventually(async () => {
      expect(await euCardForCanada.getByTestId('proposal-opposers').innerText()).toContain('G77 and China');
      expect(await trackedChange(canada.page, g77ProposalId).getAttribute('data-label')).toBe('G77 and China');
    }, LIVE_MS * 3);
    await euCardForCanada.getByTestId('support-button').click();

    // The co-facilitator sees who stands where, then accepts.
    const euCardForCofac = card(cofac.page, 'EU', euProposalId);
    await eventually(async () => {
      expect(await euCardForCofac.getByTestId('proposal-supporters').innerText()).toContain('Canada');
      expect(await euCardForCofac.getByTestId('proposal-opposers').innerText()).toContain('G77 and China');
      expect(await euCardForCofac.getByTestId('proposal-opposers').innerText()).toContain('The commitment must stay voluntary.');
    }, LIVE_MS * 3);
    // Over G77's objection the acceptance is confirmed, then waits out its time to undo before it is sent.
    await euCardForCofac.getByTestId('accept-button').click();
    await cofac.page.getByTestId('accept-dialog-confirm').click();
    await decisionSent(cofac.page);
    const acceptedAt = Date.now();

    // Every client shows the new OP3 text and the proposal as accepted, without a reload.
    const expected = op3.text.replace('should ensure', 'shall ensure');
    const settled = await timeUntil(async () => {
      for (const { page } of everyone) {
        expect(await visibleText(page, op3.pid)).toBe(expected);
        expect(await card(page, 'EU', euProposalId).getAttribute('data-status')).toBe('accepted');
        expect(await trackedChange(page, euProposalId).count()).toBe(0);
      }
    }, LIVE_MS * 5);
    expect(settled, `clients settled ${Date.now() - acceptedAt} ms after the acceptance`).toBeLessThan(LIVE_MS * 2);

    // The competing G77 proposal was rebased onto the new text: still pending, and its redline now shows only its own change.
    for (const { page } of everyone) {
      await eventually(async () => {
        const g77Change = trackedChange(page, g77ProposalId);
        expect(await g77Change.getAttribute('data-state')).toBe('current');
        expect((await g77Change.locator('ins').allInnerTexts()).map((t) => t.trim())).toEqual(['and protection']);
        expect(await g77Change.locator('del').count()).toBe(0);
        expect(await card(page, 'G77 and China', g77ProposalId).getAttribute('data-status')).toBe('tabled');
      });
    }
    const api = await ApiClient.login(suite.server.url, 'observer@demo.test');
    const stored = await api.json<any[]>('GET', `/api/documents/${DOC}/proposals?pid=${op3.pid}`);
    const g77Stored = stored.find((p) => p.id === g77ProposalId);
    expect(g77Stored.baseText).toBe(expected);
    expect(g77Stored.text).toBe(expected.replace('consular assistance', 'consular assistance and protection'));

    for (const { page } of everyone) expect(await wasNotReloaded(page)).toBe(true);

    // The compilation lists OP3 with its proposals in tabling order, attributed, with status.
    await cofac.page.getByTestId('compilation-link').click();
    const compilation = cofac.page.getByTestId('compilation');
    await compilation.waitFor();
    const op3Section = compilation.locator(`[data-testid="compilation-paragraph"][data-pid="${op3.pid}"]`);
    await eventually(async () => {
      const entries = op3Section.getByTestId('compilation-entry');
      expect(await entries.evaluateAll((list) => list.map((e) => e.getAttribute('data-label')))).toEqual(['EU', 'G77 and China']);
      expect(await entries.first().getByTestId('compilation-attribution').innerText()).toBe(
        'EU, supported by Canada; opposed by G77 and China',
      );
      expect(await entries.first().getByTestId('compilation-status').innerText()).toMatch(/Accepted/);
      expect(await entries.nth(1).getByTestId('compilation-status').innerText()).toMatch(/Pending/);
    });
    expect(await op3Section.innerText()).toContain(expected);

    await Promise.all(everyone.map(({ context }) => context.close()));
  });

  it('tables new paragraphs, alternatives and deletions, confirms co-sponsors, rejects with a reason, and re-tables an outdated proposal', async () => {
    const [op6, op7, op8] = await Promise.all([paragraphByNumber('OP6'), paragraphByNumber('OP7'), paragraphByNumber('OP8')]);
    const [eu, g77, canada, cofac] = await Promise.all([
      signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.g77@demo.test'),
      signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test'),
      signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test'),
    ]);
    const everyone: SignedInPage[] = [eu, g77, canada, cofac];
    await Promise.all(everyone.map(({ page }) => openDocument(page, DOC)));
    const openForm = async (page: Page, pid: string, kind: string) => {
      await paragraph(page, pid).click();
      await page.locator(`[data-testid="propose-button"][data-for-pid="${pid}"]`).click();
      const form = page.getByTestId('proposal-form');
      await form.getByTestId('proposal-kind').selectOption(kind);
      return form;
    };

    // The EU proposes a new paragraph after OP6 and invites Canada to co-sponsor it.
    let form = await openForm(eu.page, op6.pid, 'insert-after');
    expect(await form.getByTestId('proposal-text').inputValue()).toBe('');
    await form.getByTestId('proposal-submit').click();
    expect(await form.getByTestId('proposal-form-error').innerText()).toMatch(/empty/);
    await form.getByTestId('proposal-text').fill('Member States should also review these objectives every four years.');
    await form.getByTestId('cosponsor-input').fill('Canada');
    await form.getByTestId('cosponsor-input').press('Enter');
    expect(await form.getByTestId('cosponsor-chip').allInnerTexts()).toEqual([expect.stringContaining('Canada')]);
    await form.getByTestId('proposal-submit').click();
    await form.waitFor({ state: 'detached' });
    const insertion = card(eu.page, 'EU').and(eu.page.locator('[data-kind="insert-after"]'));
    const insertionId = (await insertion.getAttribute('data-proposal-id'))!;
    expect(await insertion.getByTestId('proposal-cosponsors').innerText()).toContain('Canada (invited)');

    // Canada confirms; only then does its name count, everywhere, live.
    const invited = canada.page.locator(`[data-testid="proposal-card"][data-proposal-id="${insertionId}"]`);
    await invited.getByTestId('cosponsor-confirm-button').click();
    for (const { page } of everyone) {
      await eventually(async () => {
        const change = trackedChange(page, insertionId);
        expect(await change.getAttribute('data-label')).toBe('EU +1');
        expect(await change.innerText()).toContain('6bis');
      }, LIVE_MS * 3);
    }

    // G77 offers an alternative to OP6 (shown bracketed as 6alt) and proposes deleting OP8.
    form = await openForm(g77.page, op6.pid, 'alternative');
    await form.getByTestId('proposal-text').fill('The framework rests on objectives that each State pursues as it sees fit.');
    await form.getByTestId('proposal-submit').click();
    await form.waitFor({ state: 'detached' });
    form = await openForm(g77.page, op8.pid, 'delete');
    expect(await form.getByTestId('proposal-text').count()).toBe(0);
    await form.getByTestId('proposal-justification').fill('Covered elsewhere.');
    await form.getByTestId('proposal-submit').click();
    await form.waitFor({ state: 'detached' });
    const alternative = cofac.page.locator('[data-testid="tracked-change"][data-kind="alternative"]');
    const deletion = cofac.page.locator('[data-testid="tracked-change"][data-kind="delete"]');
    await eventually(async () => {
      expect(await alternative.innerText()).toContain('[6alt The framework rests on objectives');
      expect(await deletion.locator('del').innerText()).toBe(op8.text);
    }, LIVE_MS * 3);

    // The co-facilitator rejects the deletion, with a reason everyone sees.
    await deletion.click();
    const deletionCard = card(cofac.page, 'G77 and China').and(cofac.page.locator('[data-kind="delete"]'));
    await deletionCard.getByTestId('reject-button').click();
    await deletionCard.getByTestId('decision-confirm').click();
    expect(await deletionCard.getByTestId('decision-reason-error').innerText()).toMatch(/reason/i);
    await deletionCard.getByTestId('decision-reason').fill('OP8 is needed for the data commitments.');
    await deletionCard.getByTestId('decision-confirm').click();
    const deletionId = (await deletionCard.getAttribute('data-proposal-id'))!;
    await decisionSent(cofac.page);
    await eventually(async () => {
      const seen = card(g77.page, 'G77 and China', deletionId);
      expect(await seen.getAttribute('data-status')).toBe('rejected');
      expect(await seen.getByTestId('proposal-decision').innerText()).toContain('OP8 is needed for the data commitments.');
      expect(await trackedChange(g77.page, deletionId).count()).toBe(0);
    }, LIVE_MS * 3);

    // Two amendments to the same words of OP7: accepting the EU's leaves G77's outdated, and G77 re-tables it.
    const euAmendment = await tableThroughUi(
      eu.page,
      op7.pid,
      (t) => t.replace('We commit to ensure', 'We undertake to ensure'),
      'Firmer.',
    );
    const g77Amendment = await tableThroughUi(
      g77.page,
      op7.pid,
      (t) => t.replace('We commit to ensure', 'We will strive to ensure'),
      'Softer.',
    );
    await trackedChange(cofac.page, euAmendment).click();
    await card(cofac.page, 'EU', euAmendment).getByTestId('accept-button').click();
    await decisionSent(cofac.page);
    const outdated = card(g77.page, 'G77 and China', g77Amendment);
    await eventually(async () => {
      expect(await outdated.getAttribute('data-outdated')).toBe('true');
      expect(await outdated.getByTestId('proposal-outdated').innerText()).toMatch(/re-table/i);
      expect(await trackedChange(g77.page, g77Amendment).getAttribute('data-state')).toBe('outdated');
    }, LIVE_MS * 3);
    await outdated.getByTestId('retable-button').click();
    form = g77.page.getByTestId('proposal-form');
    const current = await visibleText(g77.page, op7.pid);
    expect(current).toContain('We undertake to ensure');
    await form.getByTestId('proposal-text').fill(current.replace('We undertake to ensure', 'We will strive to ensure'));
    await form.getByTestId('proposal-submit').click();
    await form.waitFor({ state: 'detached' });
    await eventually(async () => {
      const retabled = card(cofac.page, 'G77 and China', g77Amendment);
      expect(await retabled.getAttribute('data-outdated')).toBeNull();
      expect(await retabled.getByTestId('proposal-redline').locator('del').allInnerTexts()).toEqual(['undertake']);
    }, LIVE_MS * 3);

    await Promise.all(everyone.map(({ context }) => context.close()));
  });

  it('shows an observer the tracked changes but no controls to propose or decide', async () => {
    const { op5, proposal } = await euAmendsOp5('Observers read this too.', 'For the observer test.');

    const observer = await signIn(suite.browser, suite.server.url, 'observer@demo.test');
    await openDocument(observer.page, DOC);
    const change = trackedChange(observer.page, proposal.id);
    await change.waitFor();
    expect(await change.getAttribute('data-label')).toBe('EU');
    expect(await change.locator('ins').innerText()).toContain('Observers read this too.');

    await paragraph(observer.page, op5.pid).click();
    await change.click();
    const observed = card(observer.page, 'EU', proposal.id);
    await observed.waitFor();
    expect(await observed.getAttribute('data-status')).toBe('tabled');
    for (const testId of ['propose-button', 'panel-propose-button', 'proposal-form']) {
      expect(await observer.page.getByTestId(testId).count(), testId).toBe(0);
    }
    for (const testId of ['support-button', 'oppose-button', 'accept-button', 'reject-button', 'withdraw-button']) {
      expect(await observed.getByTestId(testId).count(), testId).toBe(0);
    }

    // "Clean text" hides every tracked change, and brings them back.
    await observer.page.getByTestId('clean-text-toggle').check();
    await eventually(async () => expect(await observer.page.getByTestId('tracked-change').count()).toBe(0));
    await observer.page.getByTestId('clean-text-toggle').uncheck();
    await change.waitFor();
    await observer.context.close();
  });

  it("lets a French delegate table on the European Union's behalf, labelled EU for everyone", async () => {
    const secretariat = await ApiClient.login(suite.server.url, 'secretariat@demo.test');
    const created = await secretariat.post('/api/admin/users', {
      email: 'delegate.france@demo.test',
      name: 'Julien Martin',
      password: 'a-long-password',
      stakeholderId: 'FRA',
      role: 'delegate',
    });
    expect(created.status).toBe(201);
    const op7 = await paragraphByNumber('OP7');
    const france = await signIn(suite.browser, suite.server.url, 'delegate.france@demo.test', 'a-long-password');
    await openDocument(france.page, DOC);
    await paragraph(france.page, op7.pid).click();
    await france.page.locator(`[data-testid="propose-button"][data-for-pid="${op7.pid}"]`).click();
    const form = france.page.getByTestId('proposal-form');
    const onBehalf = form.getByTestId('proposal-on-behalf');
    expect(await onBehalf.locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/France/), expect.stringMatching(/EU|European Union/)]),
    );
    await onBehalf.selectOption('group-eu');
    const text = form.getByTestId('proposal-text');
    await text.fill(`${await text.inputValue()} Tabled for the Union.`);
    await form.getByTestId('proposal-justification').fill('Agreed in EU coordination this morning.');
    await form.getByTestId('proposal-submit').click();
    await form.waitFor({ state: 'detached' });

    const api = await ApiClient.login(suite.server.url, 'observer@demo.test');
    const all = await api.json<any[]>('GET', `/api/documents/${DOC}/proposals?pid=${op7.pid}`);
    const proposal = all.find((p) => p.text?.endsWith('Tabled for the Union.'));
    expect(proposal.tabledBy.id).toBe('group-eu');
    expect(proposal.label).toBe('EU');
    expect(proposal.author.name).toBe('Julien Martin');
    await trackedChange(france.page, proposal.id).waitFor();
    expect(await trackedChange(france.page, proposal.id).getAttribute('data-label')).toBe('EU');
    await france.context.close();
  });
  it('follows a decision notice from the bell to the proposal: Proposals tab open, card focused, paragraph in view', async () => {
    const doc = await (await ApiClient.login(suite.server.url, 'observer@demo.test')).json('GET', `/api/documents/${DOC}`);
    const operative = (doc.paragraphs as { pid: string; number: string; text: string }[]).filter((p) => /^OP\d+$/.test(p.number));
    const [far, farther] = operative.slice(-2);
    const euApi = await ApiClient.login(suite.server.url, 'delegate.eu@demo.test');
    const table = (target: { pid: string; text: string }, words: string) =>
      euApi.json('POST', `/api/documents/${DOC}/proposals`, {
        pid: target.pid,
        kind: 'amend',
        text: `${target.text} ${words}`,
        justification: 'Deep link test.',
      });
    const first = await table(far!, 'Reviewed every four years.');
    const second = await table(farther!, 'With the support of the United Nations system.');
    const cofacApi = await ApiClient.login(suite.server.url, 'cofacilitator@demo.test');
    await cofacApi.json('POST', `/api/proposals/${first.id}/reject`, { reason: 'The review cycle is set elsewhere.' });

    const eu = await signIn(suite.browser, suite.server.url, 'delegate.eu@demo.test');
    const { page } = eu;
    const proposalsTab = page.getByTestId('sidebar-tab-proposals');
    const focusedProposal = () => page.evaluate(() => document.activeElement?.getAttribute('data-proposal-id') ?? null);
    const inView = (pid: string) =>
      paragraph(page, pid).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    const follow = async (proposalId: string) => {
      await page.getByTestId('notifications-bell').click();
      await page.locator(`[data-testid="notification-item"][data-proposal-id="${proposalId}"]`).click();
    };

    // From the list of documents: the notice opens the document at the proposal.
    await follow(first.id);
    await page.waitForURL((url) => url.pathname === `/documents/${DOC}`);
    await eventually(async () => {
      expect(await proposalsTab.getAttribute('aria-selected')).toBe('true');
      expect(await card(page, 'EU', first.id).getAttribute('class')).toContain('is-focused');
      expect(await focusedProposal()).toBe(first.id);
      expect(await inView(far!.pid)).toBe(true);
    }, 10_000);
    expect(await card(page, 'EU', first.id).getAttribute('data-status')).toBe('rejected');
    expect(new URL(page.url()).searchParams.has('proposal')).toBe(false);
    await page.screenshot({ path: '/tmp/proposals-deep-link.png' });

    // Inside the document, with the Comments tab open and the text scrolled back to the top.
    await markPage(page);
    await page.getByTestId('sidebar-tab-comments').click();
    await page.getByTestId('comments-panel').waitFor();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    expect(await inView(farther!.pid)).toBe(false);
    await cofacApi.json('POST', `/api/proposals/${second.id}/accept`, {});
    await eventually(async () => expect(await page.getByTestId('notifications-bell').getAttribute('data-unread')).not.toBe('0'));
    await follow(second.id);
    await eventually(async () => {
      expect(await proposalsTab.getAttribute('aria-selected')).toBe('true');
      expect(await page.getByTestId('comments-panel').count()).toBe(0);
      expect(await focusedProposal()).toBe(second.id);
      expect(await card(page, 'EU', second.id).getAttribute('data-status')).toBe('accepted');
      expect(await inView(farther!.pid)).toBe(true);
    }, 10_000);
    expect(await wasNotReloaded(page)).toBe(true);
    await eu.context.close();
  });

  it('says the proposals are loading until their cards are drawn, and offers to try again when they cannot be loaded', async () => {
    const { proposal } = await euAmendsOp5('Shown once loaded.', 'For the loading test.');
    const list = new RegExp(`/api/documents/${DOC}/proposals\\?`);

    const canada = await signIn(suite.browser, suite.server.url, 'delegate.canada@demo.test');
    const { page } = canada;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(list, async (route) => {
      await held;
      await route.continue();
    });
    await openDocument(page, DOC);
    const loading = page.getByTestId('proposal-loading');
    await loading.waitFor();
    expect(await loading.getAttribute('role')).toBe('status');
    expect(await loading.innerText()).toBe('Loading the proposals…');
    expect(await page.getByTestId('proposal-empty').count()).toBe(0);
    release();
    await card(page, 'EU', proposal.id).waitFor();
    await loading.waitFor({ state: 'detached' });
    await page.unroute(list);

    // A failed load says so, with no loading message left behind, and "Try again" brings the cards.
    allowConsoleErrors(page, /status of 503 .*\/proposals\?/);
    await page.route(list, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"Unavailable"}' }));
    await page.reload();
    const failure = page.getByTestId('proposal-panel').getByRole('alert');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('The proposals could not be loaded');
    expect(await loading.count()).toBe(0);
    await page.unroute(list);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await card(page, 'EU', proposal.id).waitFor();
    await failure.waitFor({ state: 'detached' });
    await canada.context.close();
  });

  it('moves between the sidebar tabs with the arrow keys', async () => {
    const observer = await signIn(suite.browser, suite.server.url, 'observer@demo.test');
    const { page } = observer;
    await openDocument(page, DOC);
    const tab = (id: string) => page.getByTestId(`sidebar-tab-${id}`);
    const focusedTab = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const selected = async () => ({
      proposals: await tab('proposals').getAttribute('aria-selected'),
      comments: await tab('comments').getAttribute('aria-selected'),
      tabIndex: [await tab('proposals').getAttribute('tabindex'), await tab('comments').getAttribute('tabindex')],
    });

    await tab('proposals').focus();
    expect(await selected()).toEqual({ proposals: 'true', comments: 'false', tabIndex: ['0', '-1'] });
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('sidebar-tab-comments');
    expect(await selected()).toEqual({ proposals: 'false', comments: 'true', tabIndex: ['-1', '0'] });
    await page.getByTestId('comments-panel').waitFor();
    expect(await page.getByTestId('proposal-panel').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('sidebar-tab-attribution');
    await page.getByTestId('attribution-panel').waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('sidebar-tab-statuses');
    await page.getByTestId('status-panel').waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('sidebar-tab-revisions');
    await page.getByTestId('revisions-panel').waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('sidebar-tab-evidence');
    await page.getByTestId('evidence-panel').waitFor();
    // Past the last tab, the first; and back.
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('sidebar-tab-proposals');
    await page.getByTestId('proposal-panel').waitFor();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab()).toBe('sidebar-tab-evidence');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab()).toBe('sidebar-tab-revisions');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab()).toBe('sidebar-tab-statuses');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab()).toBe('sidebar-tab-attribution');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab()).toBe('sidebar-tab-comments');
    expect(await selected()).toEqual({ proposals: 'false', comments: 'true', tabIndex: ['-1', '0'] });
    await page.keyboard.press('Home');
    expect(await focusedTab()).toBe('sidebar-tab-proposals');
    await page.keyboard.press('End');
    expect(await focusedTab()).toBe('sidebar-tab-evidence');
    // Tab leaves the tab list for the panel: only the selected tab is a stop in the tab order.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTab()).not.toBe('sidebar-tab-proposals');
    await observer.context.close();
  });
});
