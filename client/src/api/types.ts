export type {
  DocumentDetailResponse as DocumentDetail,
  DocumentSummaryResponse as DocumentSummary,
  StakeholderResponse as Stakeholder,
} from '@plenary/shared/api/index';
import type { ParticipantMeResponse } from '@plenary/shared/api/index';

/** The signed-in person and the capacity in which they act: the client only runs for participants of a process. */
export type Me = ParticipantMeResponse;
