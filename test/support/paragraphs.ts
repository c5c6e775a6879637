import { ApiClient } from './api-client.ts';

export interface NumberedParagraph {
  pid: string;
  type: string;
  number: string;
  text: string;
}

/**
 * A paragraph of the stored text by its current number ("OP3", "PP2"), read through the API as the secretariat,
 * which sees every document in every stage.
 */
export async function paragraphByNumber(baseUrl: string, documentId: string, number: string): Promise<NumberedParagraph> {
  const api = await ApiClient.login(baseUrl, 'secretariat@demo.test');
  const doc = await api.json<{ paragraphs: NumberedParagraph[] }>('GET', `/api/documents/${documentId}`);
  const paragraph = doc.paragraphs.find((p) => p.number === number);
  if (!paragraph) throw new Error(`${documentId} has no paragraph ${number}`);
  return paragraph;
}
