import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_INVALID_UPDATE } from '@plenary/shared/protocol/index';
import { ApiClient } from '../support/api-client.ts';
import { openDocument, placeCursorAtEnd, signIn, visibleText, type SignedInPage } from '../support/browser.ts';
import { editThroughProvider, insertAfterFirstOperative, STRUCTURAL_ATTACKS } from '../support/hostile-updates.ts';
import type { NumberedParagraph } from '../support/paragraphs.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

/**
 * What the refused hostile updates leave behind, seen in the editor itself: every paragraph opens, numbered
 * as the API numbers it, for a co-facilitator and a delegate, with no error in the page.
 */

const DOC = 'gcm-compact';
const suite = browserSuite();
let observer: ApiClient;

beforeAll(async () => {
  observer = await ApiClient.login(suite.server.url, 'observer@demo.test');
});

async function listedParagraphs(): Promise<NumberedParagraph[]> {
  return (await observer.json<{ paragraphs: NumberedParagraph[] }>('GET', `/api/documents/${DOC}`)).paragraphs;
}

/** Signs in and opens the document, recording every uncaught error of the page. */
async function openAs(email: string): Promise<SignedInPage & { errors: Error[] }> {
  const signedIn = await signIn(suite.browser, suite.server.url, email);
  const errors: Error[] = [];
  signedIn.page.on('pageerror', (error) => errors.push(error));
  await openDocument(signedIn.page, DOC);
  return { ...signedIn, errors };
}

/** The page shows every listed paragraph with the API's number and text. */
async function expectWholeText(page: Page, paragraphs: NumberedParagraph[]): Promise<void> {
  const labels = await page
    .locator('[data-testid="editor"] [data-label]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-label')));
  expect(labels).toEqual(paragraphs.filter((p) => p.number).map((p) => p.number));
  for (const paragraph of paragraphs) expect(await visibleText(page, paragraph.pid)).toBe(paragraph.text);
}

async function cookieOf(signedIn: SignedInPage): Promise<string> {
  return (await signedIn.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

async function typeAtEndOf(page: Page, pid: string, words: string): Promise<void> {
  await placeCursorAtEnd(page, pid);
  await page.keyboard.type(words);
  await eventually(async () => expect((await listedParagraphs()).find((p) => p.pid === pid)!.text.endsWith(words)).toBe(true), 10_000);
}

describe('after hostile updates were refused', () => {
  it('a co-facilitator and a delegate open every paragraph, numbered as the API numbers them', async () => {
    const attacker = await ApiClient.login(suite.server.url, 'cofacilitator@demo.test');
    const before = await listedParagraphs();
    for (const attack of STRUCTURAL_ATTACKS) {
      expect({ attack: attack.name, outcome: await editThroughProvider(suite.server.url, DOC, attacker.cookie, attack.edit) }).toEqual({
        attack: attack.name,
        outcome: attack.expectedCode,
      });
    }
    const paragraphs = await listedParagraphs();
    expect(paragraphs).toEqual(before);
    const op1 = paragraphs.find((p) => p.number === 'OP1')!;
    expect(op1.text.length).toBeGreaterThan(20);

    const [cofacilitator, delegate] = await Promise.all([openAs('cofacilitator2@demo.test'), openAs('delegate.eu@demo.test')]);
    for (const { page } of [cofacilitator, delegate]) {
      await expect(page.getByText(op1.text.slice(0, 40)).count()).resolves.toBeGreaterThan(0);
      await expectWholeText(page, paragraphs);
    }
    // Opening must not have "repaired" anything: a co-facilitator's editor deletes what it cannot read.
    await cofacilitator.page.waitForTimeout(500);
    expect(await listedParagraphs()).toEqual(paragraphs);
    expect([...cofacilitator.errors, ...delegate.errors]).toEqual([]);
    await Promise.all([cofacilitator, delegate].map(({ context }) => context.close()));
  });

  it('a co-facilitator keeps working while a hostile socket under their own session is refused', async () => {
    const cofacilitator = await openAs('cofacilitator@demo.test');
    const paragraphs = await listedParagraphs();
    const op1 = paragraphs.find((p) => p.number === 'OP1')!;

    const outcome = await editThroughProvider(suite.server.url, DOC, await cookieOf(cofacilitator), (doc) =>
      insertAfterFirstOperative(doc, new Y.XmlText('HOSTILE root text')),
    );
    expect(outcome).toBe(CLOSE_INVALID_UPDATE);

    const { page } = cofacilitator;
    await page.waitForTimeout(300);
    await expect(page.getByTestId('connection-status').getAttribute('data-state')).resolves.toBe('connected');
    await expect(page.locator('.refused-change').count()).resolves.toBe(0);
    await expectWholeText(page, paragraphs);
    await expect(page.getByText('HOSTILE root text').count()).resolves.toBe(0);
    await typeAtEndOf(page, op1.pid, ' Still typing.');
    expect(cofacilitator.errors).toEqual([]);
    await cofacilitator.context.close();
  });

  it("a co-facilitator's browser whose own change is refused reloads the server's text and keeps working", async () => {
    const cofacilitator = await openAs('cofacilitator@demo.test');
    const { page } = cofacilitator;
    const paragraphs = await listedParagraphs();
    const op1 = paragraphs.find((p) => p.number === 'OP1')!;

    // The editor's own Y.Doc writes outside the text: its socket is the one the server refuses.
    await page.evaluate(() => {
      type WithEditor = HTMLElement & {
        editor: {
          extensionManager: { extensions: { name: string; options: { document: { getMap(name: string): Map<string, unknown> } } }[] };
        };
      };
      const view = document.querySelector('[data-testid="editor"] .ProseMirror') as WithEditor;
      const collaboration = view.editor.extensionManager.extensions.find((extension) => extension.name === 'collaboration')!;
      collaboration.options.document.getMap('hostile').set('HOSTILE', 'x');
    });

    await page.locator('.refused-change').waitFor({ timeout: 10_000 });
    expect(await page.locator('.refused-change').innerText()).toMatch(/could not be saved/);
    await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
    await page.locator(`[data-testid="editor"] [data-pid="${op1.pid}"]`).waitFor();
    await page.waitForTimeout(500);
    // The reloaded editor must not write a placeholder paragraph into the still-empty new document.
    expect(await listedParagraphs()).toEqual(paragraphs);
    await expectWholeText(page, paragraphs);
    await typeAtEndOf(page, op1.pid, ' Typed after the reload.');
    expect(cofacilitator.errors).toEqual([]);
    await cofacilitator.context.close();
  });
});
