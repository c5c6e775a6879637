import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { Db } from '../db/client.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import type { SilenceProcedureRow } from '../db/types.ts';
import type { CurrentRevisionResponse, StatusCountsResponse } from '@plenary/shared/api/index';
import { countStatuses, currentStatuses } from './paragraph-statuses.ts';
import { penHolderNames } from './pen-holders.ts';
import { latestRevisionKey } from './revision-reader.ts';
import { runningSilence, textAdoption } from './silence-reader.ts';

/** What a document's answer says besides its own row and text: the pen, the statuses, the record. */
export interface DocumentFacts {
  penHolders: string[];
  paragraphCount: number;
  statusCounts: StatusCountsResponse;
  /** The last revision issued: the document's stage. */
  revision: CurrentRevisionResponse | undefined;
  /** The procedure that adopted the text, if one did: the text is then final. */
  adoption: Pick<SilenceProcedureRow, 'revisionId' | 'endedAt'> | undefined;
  /** The procedure running on the document, if one is: the text is frozen until its deadline. */
  silence: Pick<SilenceProcedureRow, 'deadline'> | undefined;
}

export function readDocumentFacts(db: Db, access: DocumentAccess, paragraphs: readonly DocumentParagraph[]): DocumentFacts {
  const { doc, target } = access;
  return {
    penHolders: penHolderNames(db, doc, target),
    paragraphCount: paragraphs.length,
    statusCounts: countStatuses(
      currentStatuses(db, doc.id),
      paragraphs.map((p) => p.pid),
    ),
    revision: latestRevisionKey(db, doc.id),
    adoption: textAdoption(db, doc.id),
    silence: runningSilence(db, doc.id),
  };
}
