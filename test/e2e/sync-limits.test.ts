import { describe, expect, it } from 'vitest';
import { openDocument, placeCursorAtEnd, signIn } from '../support/browser.ts';
import { browserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/sync-client.ts';

/**
 * The editor under the sync limits, set low enough here for fast typing to cross them: the server closes the
 * socket with 4429, and the page reconnects by itself and sends what it had not, instead of giving up as a
 * stock y-websocket client does on that code.
 */

const DOC = 'gcm-compact';
const suite = browserSuite(DOC, { env: { SYNC_MESSAGES_PER_SECOND: '2', SYNC_MESSAGE_BURST: '12' } });

describe('typing faster than the server accepts', () => {
  it('slows the tab down without losing a keystroke: it reconnects and the server gets every word', async () => {
    const { context, page } = await signIn(suite.browser, suite.server.url, 'cofacilitator@demo.test');
    let sockets = 0;
    page.on('websocket', () => sockets++);
    await openDocument(page, DOC);
    const before = await suite.paragraphByNumber('OP1');
    await placeCursorAtEnd(page, before.pid);
    const words = ' and not one keystroke is lost';
    await page.keyboard.type(words);

    await eventually(async () => expect((await suite.paragraphByNumber('OP1')).text).toBe(`${before.text}${words}`), 20_000);
    // It got there through at least one reconnection, and the page says it is connected again.
    expect(sockets).toBeGreaterThanOrEqual(2);
    await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 10_000 });
    await context.close();
  });
});
