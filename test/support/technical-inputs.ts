import type { ApiClient } from './api-client.ts';

const SOURCE = { title: 'World Migration Report 2018', publisher: 'IOM', year: 2017, url: 'https://publications.iom.int/' };

/** Submits a technical input after a paragraph of a brief and returns its id (throws unless the answer is 201). */
export async function submitInput(client: ApiClient, documentId: string, pid: string, type: string, text: string): Promise<string> {
  const body = { pid, type, text, rationale: 'Evidence from the field.', sources: [SOURCE], sdgTargets: ['10.7'] };
  const response = await client.post(`/api/documents/${documentId}/inputs`, body);
  if (response.status !== 201) throw new Error(`Submitting an input failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Incorporates (optionally in an edited wording), declines or withdraws an input (throws unless the answer is 200). */
export async function decideInput(
  client: ApiClient,
  inputId: string,
  action: 'incorporate' | 'decline' | 'withdraw',
  body: Record<string, unknown> = {},
): Promise<void> {
  const response = await client.post(`/api/inputs/${inputId}/${action}`, body);
  if (response.status !== 200) throw new Error(`${action} of input ${inputId} failed: ${response.status} ${await response.text()}`);
}

/** Moves a brief to a stage (throws unless the answer is 200). */
export async function moveBrief(client: ApiClient, documentId: string, stage: string): Promise<void> {
  const response = await client.put(`/api/documents/${documentId}/stage`, { stage });
  if (response.status !== 200) throw new Error(`Moving ${documentId} to ${stage} failed: ${response.status} ${await response.text()}`);
}
