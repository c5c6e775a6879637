import type { Page } from 'playwright-core';

interface Watched {
  errors: string[];
  allowed: RegExp[];
}

const watched = new Map<Page, Watched>();

/** Records a page's console errors and uncaught exceptions, to be checked after each browser test. */
export function watchConsole(page: Page): void {
  if (watched.has(page)) return;
  const entry: Watched = { errors: [], allowed: [] };
  watched.set(page, entry);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    entry.errors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => entry.errors.push(`Uncaught ${error.name}: ${error.message}`));
}

/** Console errors a test provokes on purpose (a refused socket, a stopped server) on this page. */
export function allowConsoleErrors(page: Page, ...patterns: RegExp[]): void {
  watched.get(page)?.allowed.push(...patterns);
}

/** The console errors nobody allowed on every watched page since the last call; forgets those pages. */
export function takeUnexpectedConsoleErrors(): string[] {
  const unexpected = [...watched.values()].flatMap(({ errors, allowed }) =>
    errors.filter((error) => !allowed.some((pattern) => pattern.test(error))),
  );
  watched.clear();
  return unexpected;
}
