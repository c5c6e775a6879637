import { stageLabel } from '@plenary/shared/domain/index';
import { INPUT_STATUS_LABELS } from '@plenary/shared/domain/index';
import type { DocumentRow, TechnicalInputRow } from '../../db/types.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import type { InputAccess } from '../../queries/input-access.ts';
import {
  INPUTS_OPEN_STAGE,
  isSettledStage,
  isSubmittingAgency,
  mayDecideInput,
  maySubmitInput,
  takesInputDecisions,
  takesInputs,
} from '../../policies/input-policy.ts';

/** The authorize step of the input routes: each check answers 403 or 409 with the reason. */

const lower = (stage: string) => stageLabel(stage).toLocaleLowerCase();

/** Technical inputs go to issue briefs only. */
export function assertBrief(doc: DocumentRow): void {
  if (doc.kind !== 'brief') throw conflict('Technical inputs are submitted to issue briefs; the compact takes proposals from delegations.');
}

export function assertMaySubmit(access: DocumentAccess): void {
  if (!maySubmitInput(access)) throw forbidden('Only the UN agencies of the Network submit technical inputs to a brief.');
}

export function assertMayDecide(access: DocumentAccess): void {
  if (!mayDecideInput(access)) throw forbidden("Only the brief's co-lead agencies decide on its technical inputs.");
}

/** Editing, withdrawing and attaching belong to the agency that submitted the input. */
export function assertSubmittingAgency(access: InputAccess, what: string): void {
  if (!isSubmittingAgency(access.participant, access.input)) throw forbidden(`Only the agency that submitted this input can ${what} it.`);
}

/** Inputs are submitted, and edited, only while the brief is out for comments. */
export function assertTakesInputs(doc: DocumentRow, what = 'submitted'): void {
  if (!takesInputs(doc.status)) {
    throw conflict(`Technical inputs are ${what} while a brief is ${lower(INPUTS_OPEN_STAGE)}; this brief is ${lower(doc.status)}.`);
  }
}

export function assertTakesDecisions(doc: DocumentRow): void {
  if (!takesInputDecisions(doc.status)) {
    throw conflict(`Technical inputs are decided while a brief is circulated or under finalization; this brief is ${lower(doc.status)}.`);
  }
}

/** An endorsed or published brief is the record: its inputs no longer change. */
export function assertNotSettled(doc: DocumentRow): void {
  if (isSettledStage(doc.status)) throw conflict(`This brief is ${lower(doc.status)}: its text and its inputs are read-only.`);
}

/** Every change to an input applies while it is still undecided. */
export function assertSubmitted(input: TechnicalInputRow, what: string): void {
  if (input.status !== 'submitted') {
    throw conflict(`The input is already ${INPUT_STATUS_LABELS[input.status].toLocaleLowerCase()}: it can no longer be ${what}.`);
  }
}
