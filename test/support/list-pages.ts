import { expect } from 'vitest';
import type { ApiClient } from './api-client.ts';

/** Every page of a cursor-paged listing, following `nextCursor` from the first; each page holds at most `limit`. */
export async function allPages(client: ApiClient, listing: string, limit: number, filter = ''): Promise<{ pages: number; items: any[] }> {
  const items: any[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `?limit=${limit}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: { items: any[]; nextCursor: string | null } = await client.json('GET', `${listing}${query}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { pages, items };
}
