import type { ApiClient } from '../support/api-client.ts';
import { COMPACT } from './proposals-fixtures.ts';

/** Shared helpers of the silence tests (not a test file itself). */

/** Issues a revision of the document through the API, as the signed-in pen-holder; fails unless 201. */
export async function issueRevision(client: ApiClient, name: string, documentId = COMPACT): Promise<{ id: string; name: string }> {
  const response = await client.post(`/api/documents/${documentId}/revisions`, { name });
  if (response.status !== 201) throw new Error(`Issuing ${name} failed: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  return { id, name };
}
