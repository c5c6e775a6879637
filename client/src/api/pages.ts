import { request } from './http.ts';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a cursor-paged list route, read page by page: each request costs the server one page, so a pile
 * of thousands never holds it up for the others.
 */
export async function readAllPages<T>(path: string, pageSize: number, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(pageSize), ...(cursor ? { cursor } : {}) });
    const page: Page<T> = await request<Page<T>>(`${path}?${query}`, { signal });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
