import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousAccessibilityViolations } from '../support/axe.ts';
import { signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { allowConsoleErrors } from '../support/console-watch.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { eventually } from '../support/sync-client.ts';

const suite = browserSuite();

async function openParticipants(email: string = DEMO_EMAILS.secretariat) {
  const signedIn = await signIn(suite.browser, suite.server.url, email);
  await signedIn.page.goto('/participants');
  return signedIn;
}

const personRow = (page: Page, email: string) => page.locator(`[data-testid="participant-row"][data-email="${email}"]`);

async function invitationsOf(api: ApiClient): Promise<{ email: string; state: string; purpose: string; role: string }[]> {
  return (await api.json('GET', '/api/admin/participants')).invitations;
}

async function participantOf(api: ApiClient, email: string) {
  const { participants } = await api.json('GET', '/api/admin/participants');
  return participants.find((p: { email: string }) => p.email === email);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

describe('the secretariat sets up a process and its participants', () => {
  it('is for the secretariat only: a delegate is told so and has no link to it', async () => {
    const { context, page } = await openParticipants(DEMO_EMAILS.canada);
    await page.getByTestId('participants-refused').waitFor();
    expect(await page.getByTestId('participants-refused').innerText()).toContain('Only the secretariat');
    expect(await page.getByTestId('participants-link').count()).toBe(0);
    await page.goto('/processes/new');
    await page.getByTestId('new-process-refused').waitFor();
    // The server refuses too.
    const canada = await ApiClient.login(suite.server.url, DEMO_EMAILS.canada);
    expect((await canada.get('/api/admin/participants')).status).toBe(403);
    await context.close();
  });

  it('lists the people of the process from the nav link, and their own row cannot be changed', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, DEMO_EMAILS.secretariat);
    await page.getByTestId('participants-link').click();
    await page.waitForURL((url) => url.pathname === '/participants');
    await page.getByRole('heading', { name: 'Participants', level: 1 }).waitFor();
    const canada = personRow(page, DEMO_EMAILS.canada);
    await canada.waitFor();
    expect(await canada.locator('th, td').allInnerTexts()).toEqual([
      expect.stringContaining('Emily Tremblay'),
      'Canada',
      'delegate',
      'Active',
      expect.stringMatching(/^(Not signed in|Signed in on \d+ devices?)$/),
      'Password',
      expect.any(String),
    ]);
    const self = personRow(page, DEMO_EMAILS.secretariat);
    expect(await self.innerText()).toContain('Your own account');
    expect(await self.getByTestId('deactivate').isDisabled()).toBe(true);
    expect(await self.getByTestId('capacity-open').isDisabled()).toBe(true);
    expect(await self.getByTestId('password-link').isDisabled()).toBe(true);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await context.close();
  });

  it('opens a new process through the form, with a brief, its leads and a co-facilitator, and switches to it', async () => {
    const api = await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
    const { context, page } = await openParticipants();
    await page.getByTestId('new-process-link').click();
    await page.waitForURL((url) => url.pathname === '/processes/new');
    const form = page.getByTestId('new-process-form');
    await form.waitFor();

    // A co-facilitator without a stakeholder is refused in the form, and nothing typed is lost.
    await page.getByLabel('Title', { exact: true }).fill('Intergovernmental Conference on Safe Migration Pathways');
    await page.getByLabel('Short title').fill('SMP');
    await page.getByLabel('Symbol prefix (optional)').fill('A/CONF.240/');
    await page.getByLabel('French').check();
    await page.getByLabel('Time zone').fill('Europe/Zurich');
    await page.getByTestId('process-add-brief').click();
    await page.getByLabel('Title of brief 1').fill('Labour mobility and decent work');
    await page.getByLabel('Lead agency 1 of brief 1', { exact: true }).fill('ILO');
    await page.getByTestId('process-brief-add-lead').click();
    await page.getByLabel('Lead agency 2 of brief 1', { exact: true }).fill('International Organization for Migration');
    await page.getByTestId('process-add-cofacilitator').click();
    await page.getByLabel('Email of co-facilitator 1').fill('pr.mexico@example.org');
    await page.getByLabel('Name of co-facilitator 1').fill('Juan Ramírez');
    await page.getByTestId('new-process-submit').click();
    await page.getByTestId('new-process-error').waitFor();
    expect(await page.locator('[data-testid="field-error"][data-field="cofacilitators.0.stakeholderId"]').innerText()).toContain(
      'Choose the state or office',
    );
    expect(await page.getByLabel('Title of brief 1').inputValue()).toBe('Labour mobility and decent work');
    await page.getByLabel('Speaks for (co-facilitator 1)').fill('Mexico');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await page.getByTestId('new-process-submit').click();

    await page.getByTestId('process-created').waitFor();
    expect(await page.getByTestId('process-created-title').innerText()).toContain(
      'Intergovernmental Conference on Safe Migration Pathways',
    );
    const documents = page.getByTestId('created-document');
    expect(await documents.allInnerTexts()).toEqual([
      expect.stringContaining('Intergovernmental Conference on Safe Migration Pathways: draft'),
      expect.stringContaining('Issue brief 1: Labour mobility and decent work'),
    ]);
    const links = page.getByTestId('created-cofacilitator-links');
    expect(await links.getByTestId('invitation-link').inputValue()).toMatch(/\/invitations\/[\w-]{20,}$/);
    expect(await links.innerText()).toContain('pr.mexico@example.org');

    // The process exists, as typed, with the secretariat in it.
    const me = await api.json('GET', '/api/me');
    const created = me.processes.find((p: { title: string }) => p.title === 'Intergovernmental Conference on Safe Migration Pathways');
    expect(created).toMatchObject({ shortTitle: 'SMP', role: 'secretariat' });
    expect(me.process.id).toBe('gcm');
    const inside = await api.json('GET', `/api/admin/participants?processId=${created.id}`);
    expect(inside.process).toMatchObject({ symbolPrefix: 'A/CONF.240/', languages: ['en', 'fr'], timeZone: 'Europe/Zurich' });
    expect(inside.invitations.map((i: any) => [i.email, i.role, i.stakeholder.id, i.state])).toEqual([
      ['pr.mexico@example.org', 'cofacilitator', 'MEX', 'pending'],
    ]);
    const brief = await api.json(
      'GET',
      `/api/documents/${(await documents.nth(1).getByRole('link').getAttribute('href'))!.split('/').pop()}`,
    );
    expect([...brief.leadStakeholderIds].sort()).toEqual(['agency-ilo', 'agency-iom']);

    await page.getByTestId('work-in-process').click();
    await page.waitForURL((url) => url.pathname === '/');
    await eventually(
      async () => expect(page.locator('.top-bar__process').innerText()).resolves.toContain('Safe Migration Pathways'),
      10_000,
    );
    await context.close();
  });

  it('invites a delegation from a CSV file: the bad line is named, nothing is created before confirming, then only the good lines', async () => {
    const api = await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
    const { context, page } = await openParticipants();
    const csv = page.getByTestId('csv-invite');
    await csv.waitFor();

    const template = await downloaded(page, () => csv.getByTestId('csv-template').click());
    expect(template.text.split(/\r?\n/)[0]).toBe('email,name,stakeholder,role');

    // A file without the columns is refused as a whole.
    await csv
      .getByLabel('CSV file')
      .setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('mail,who\nx@y.org,X\n') });
    expect(await csv.getByTestId('csv-file-errors').innerText()).toContain('missing: name, stakeholder, role');
    expect(await csv.getByTestId('csv-confirm').count()).toBe(0);

    const before = await invitationsOf(api);
    const file = [
      'email,name,stakeholder,role',
      'ana.perez@rree.example,Ana Pérez,PER,delegate',
      'luis.soto@rree.example,Luis Soto,Peru,Delegate',
      'bad.row@rree.example,Bad Row,Republic of Narnia,delegate',
      '"quispe@rree.example","Quispe, María",peru,observer',
    ].join('\r\n');
    await csv.getByLabel('CSV file').setInputFiles({ name: 'peru.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const rows = csv.getByTestId('csv-row');
    await eventually(async () => expect(rows.count()).resolves.toBe(4), 10_000);
    expect(await rows.evaluateAll((all) => all.map((row) => [row.getAttribute('data-line'), row.getAttribute('data-ok')]))).toEqual([
      ['2', 'true'],
      ['3', 'true'],
      ['4', 'false'],
      ['5', 'true'],
    ]);
    expect(await rows.nth(2).getByTestId('csv-row-errors').innerText()).toBe('Line 4: No stakeholder is called "Republic of Narnia".');
    expect(await rows.nth(3).innerText()).toContain('Quispe, María');
    expect(await csv.getByTestId('csv-summary').innerText()).toContain('3 people can be invited; 1 line has problems');
    expect(await csv.getByTestId('csv-confirm').innerText()).toBe('Invite 3 people');
    // Nothing is created while the secretariat reads the preview.
    expect(await invitationsOf(api)).toHaveLength(before.length);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);

    await csv.getByTestId('csv-confirm').click();
    const done = csv.getByTestId('csv-done');
    await done.waitFor();
    expect(await done.getByTestId('created-link').count()).toBe(3);
    const after = await invitationsOf(api);
    expect(after).toHaveLength(before.length + 3);
    const made = after.filter((i) => i.email.endsWith('@rree.example'));
    expect(made.map((i) => [i.email, i.role, i.state]).sort()).toEqual([
      ['ana.perez@rree.example', 'delegate', 'pending'],
      ['luis.soto@rree.example', 'delegate', 'pending'],
      ['quispe@rree.example', 'observer', 'pending'],
    ]);

    const links = await downloaded(page, () => done.getByTestId('download-links').click());
    const lines = links.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('email,link');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual(['ana.perez@rree.example', 'luis.soto@rree.example', 'quispe@rree.example']);
    expect(lines[1]).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/invitations\/[\w-]{20,}$/);
    await done.getByTestId('copy-all-links').click();
    await done.getByText(/^(Copied|Could not copy: select the text and copy it)$/).waitFor();

    // The list of invitations shows them, pending.
    await eventually(
      async () =>
        expect(page.locator('[data-testid="invitation-row"][data-state="pending"][data-email$="@rree.example"]').count()).resolves.toBe(3),
      10_000,
    );
    await context.close();
  });

  it('invites one person through the form, shows the link, says why a participant cannot be invited again, and withdraws a link', async () => {
    const api = await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
    const { context, page } = await openParticipants();
    allowConsoleErrors(page, /status of 409/);
    const form = page.getByTestId('invite-form');
    await form.waitFor();

    // Required fields are named before anything is sent.
    await form.getByTestId('invite-email').fill('not an address');
    await form.getByTestId('invite-stakeholder').fill('IOM');
    await form.getByTestId('invite-submit').click();
    expect(await form.locator('[data-testid="field-error"][data-field="email"]').innerText()).toBe('Enter an email address.');
    expect(await form.locator('[data-testid="field-error"][data-field="name"]').innerText()).toBe('A name is required.');

    // Only the roles the agency allows.
    const roles = await form.getByTestId('invite-role').locator('option').allInnerTexts();
    expect(roles).toEqual(['agency lead', 'agency contributor', 'observer']);
    await form.getByTestId('invite-email').fill('k.osei@iom.example');
    await form.getByTestId('invite-name').fill('Kofi Osei');
    await form.getByTestId('invite-role').selectOption('agency-contributor');
    expect(await form.locator('[data-testid="field-error"]').count()).toBe(0);
    await form.getByTestId('invite-submit').click();
    const done = form.getByTestId('invite-done');
    await done.waitFor();
    expect(await done.innerText()).toContain('k.osei@iom.example is invited');
    expect(await done.getByTestId('invitation-link').inputValue()).toMatch(/\/invitations\/[\w-]{20,}$/);
    expect(await done.innerText()).toContain('not e-mailed');
    expect((await invitationsOf(api)).find((i) => i.email === 'k.osei@iom.example')).toMatchObject({
      role: 'agency-contributor',
      state: 'pending',
    });

    // Someone who takes part already: the server's refusal is shown by the email, and what was typed stays.
    await form.getByTestId('invite-email').fill(DEMO_EMAILS.eu);
    await form.getByTestId('invite-name').fill('Claire Dubois');
    await form.getByTestId('invite-stakeholder').fill('European Union');
    await form.getByTestId('invite-submit').click();
    const conflict = form.locator('[data-testid="field-error"][data-field="email"]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('already takes part in this process');
    expect(await form.getByTestId('invite-name').inputValue()).toBe('Claire Dubois');
    expect(await form.getByTestId('invite-stakeholder').inputValue()).toBe('European Union');

    const pending = page.locator('[data-testid="invitation-row"][data-email="k.osei@iom.example"][data-state="pending"]');
    await pending.getByTestId('invitation-withdraw').click();
    await page.locator('[data-testid="invitation-row"][data-email="k.osei@iom.example"][data-state="revoked"]').waitFor();
    expect(await page.getByTestId('invitations-notice').innerText()).toContain('withdrawn');
    expect((await invitationsOf(api)).find((i) => i.email === 'k.osei@iom.example')?.state).toBe('revoked');
    await context.close();
  });

  it("changes a delegate's capacity through the page, among the roles their stakeholder allows", async () => {
    const api = await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
    const { context, page } = await openParticipants();
    const row = personRow(page, DEMO_EMAILS.canada);
    await row.getByTestId('capacity-open').click();
    const editor = page.getByTestId('capacity-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('capacity-stakeholder').inputValue()).toBe('Canada');
    expect(await editor.getByTestId('capacity-role').locator('option').allInnerTexts()).toEqual(['co-facilitator', 'delegate', 'observer']);
    await editor.getByTestId('capacity-role').selectOption('observer');
    await editor.getByTestId('capacity-save').click();
    await editor.waitFor({ state: 'detached' });
    expect(await row.getByTestId('participant-role').innerText()).toBe('observer');
    expect(await row.getByTestId('participant-notice').innerText()).toContain('Emily Tremblay now acts as Canada, observer');
    expect(await participantOf(api, DEMO_EMAILS.canada)).toMatchObject({ role: 'observer', stakeholder: { id: 'CAN' } });

    // Another stakeholder: the roles follow its kind.
    await row.getByTestId('capacity-open').click();
    await editor.getByTestId('capacity-stakeholder').fill('G77 and China');
    expect(await editor.getByTestId('capacity-role').locator('option').allInnerTexts()).toEqual(['delegate', 'observer']);
    await editor.getByTestId('capacity-role').selectOption('delegate');
    await editor.getByTestId('capacity-stakeholder').fill('Canada');
    await editor.getByTestId('capacity-save').click();
    await editor.waitFor({ state: 'detached' });
    expect(await participantOf(api, DEMO_EMAILS.canada)).toMatchObject({ role: 'delegate', stakeholder: { id: 'CAN' } });
    await context.close();
  });

  it('deactivates someone after a confirmation, ending their sessions, reactivates them, and makes a new password link', async () => {
    const api = await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
    const observer = await ApiClient.login(suite.server.url, DEMO_EMAILS.observer);
    const { context, page } = await openParticipants();
    const row = personRow(page, DEMO_EMAILS.observer);
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Signed in on [1-9]\d* devices?/);

    await row.getByTestId('deactivate').click();
    // The confirmation step: nothing has happened yet.
    await row.getByTestId('deactivate-confirm').waitFor();
    expect((await participantOf(api, DEMO_EMAILS.observer)).active).toBe(true);
    await row.getByTestId('deactivate-confirm').click();
    await page.locator(`[data-testid="participant-row"][data-email="${DEMO_EMAILS.observer}"][data-active="false"]`).waitFor();
    expect(await row.getByTestId('participant-status').innerText()).toMatch(/^Deactivated on /);
    expect(await row.innerText()).toContain('Not signed in');
    expect((await participantOf(api, DEMO_EMAILS.observer)).active).toBe(false);
    expect(await observer.json('GET', '/api/auth/session')).toEqual({ signedIn: false });
    expect(await row.getByTestId('password-link').isDisabled()).toBe(true);

    await row.getByTestId('reactivate').click();
    await page.locator(`[data-testid="participant-row"][data-email="${DEMO_EMAILS.observer}"][data-active="true"]`).waitFor();
    expect((await participantOf(api, DEMO_EMAILS.observer)).active).toBe(true);
    await ApiClient.login(suite.server.url, DEMO_EMAILS.observer);

    await row.getByTestId('password-link').click();
    const result = page.getByTestId('password-link-result');
    await result.waitFor();
    expect(await result.getByTestId('invitation-link').inputValue()).toMatch(/\/invitations\/[\w-]{20,}$/);
    expect((await invitationsOf(api)).find((i) => i.email === DEMO_EMAILS.observer)).toMatchObject({ purpose: 'reset', state: 'pending' });
    await context.close();
  });

  it("edits a group's member states: adds one, removes one, and saves", async () => {
    const api = await ApiClient.login(suite.server.url, DEMO_EMAILS.secretariat);
    const before: string[] = (await api.json('GET', '/api/admin/groups/group-ag/members')).members.map((m: { id: string }) => m.id);
    expect(before).not.toContain('NOR');
    const { context, page } = await openParticipants();
    const section = page.getByTestId('group-members');
    await section.getByLabel('Group', { exact: true }).selectOption({ label: 'African Group' });
    const members = section.getByTestId('group-member');
    await eventually(async () => expect(members.count()).resolves.toBe(before.length), 10_000);

    await section.getByTestId('group-member-add-input').fill('Republic of Narnia');
    await section.getByTestId('group-member-add').click();
    expect(await section.locator('[data-testid="field-error"]').innerText()).toBe('No member state is called “Republic of Narnia”.');
    // An agency is no member state.
    await section.getByTestId('group-member-add-input').fill('IOM');
    await section.getByTestId('group-member-add').click();
    expect(await section.locator('[data-testid="field-error"]').innerText()).toBe('No member state is called “IOM”.');

    await section.getByTestId('group-member-add-input').fill('Norway');
    await section.getByTestId('group-member-add-input').press('Enter');
    await eventually(async () => expect(members.count()).resolves.toBe(before.length + 1), 10_000);
    const removed = (await members.first().getAttribute('data-id'))!;
    await members.first().getByTestId('group-member-remove').click();
    expect(await section.getByTestId('group-member-count').innerText()).toContain('(not saved)');
    // Not saved yet.
    expect((await api.json('GET', '/api/admin/groups/group-ag/members')).members).toHaveLength(before.length);

    await section.getByTestId('group-save').click();
    await eventually(async () => expect(section.getByTestId('group-notice').innerText()).resolves.toContain('Saved'), 10_000);
    const after: string[] = (await api.json('GET', '/api/admin/groups/group-ag/members')).members.map((m: { id: string }) => m.id);
    expect(after).toContain('NOR');
    expect(after).not.toContain(removed);
    expect(after).toHaveLength(before.length);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});
