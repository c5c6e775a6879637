import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { takeUnexpectedConsoleErrors } from './console-watch.ts';
import { paragraphByNumber, type NumberedParagraph } from './paragraphs.ts';
import { startServerProcess, type ServerOptions, type ServerProcess } from './server-process.ts';

export interface BrowserSuite {
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** A paragraph of the suite's document by its current number, read through the API. */
  paragraphByNumber(number: string): Promise<NumberedParagraph>;
}

/**
 * One real server and one Chromium for the browser tests of a file, started before them and stopped after. A test
 * fails if a page it opened through `signIn` logged a console error it did not allow (`allowConsoleErrors`).
 */
export function browserSuite(documentId = 'gcm-compact', serverOptions: ServerOptions = {}): BrowserSuite {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerProcess(serverOptions), launchBrowser()]);
  });
  afterEach(() => {
    expect(takeUnexpectedConsoleErrors(), 'console errors in the browser').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`The ${what} of the browser suite is not started yet`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    paragraphByNumber: (number) => paragraphByNumber(started(server, 'server').url, documentId, number),
  };
}
