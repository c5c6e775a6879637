import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  memberships,
  proposals,
  stakeholders,
  technicalInputs,
  users,
  yjsClients,
  yjsUpdateClients,
  yjsUpdates,
  yjsUpdateWriters,
} from '../db/schema.ts';
import { inputAttributionLabel } from '@plenary/shared/domain/index';
import type { YjsClientSource } from '@plenary/shared/domain/index';
import type { ItemId } from '../text/block-characters.ts';

/** Where a change came from: an accepted proposal, an incorporated technical input, or a pen-holder's own edit. */
export type ChangeAttribution =
  | { kind: 'proposal'; proposalId: string; stakeholderId: string; stakeholder: string; acceptedAt: string | null }
  | { kind: 'input'; inputId: string; stakeholderId: string; stakeholder: string; label: string; incorporatedAt: string | null }
  | { kind: 'edit'; userId: string; userName: string; stakeholderId: string; stakeholder: string; role: string; at: string | null };

interface WriterRow {
  userId: string;
  stakeholderId: string;
  role: string;
  source: YjsClientSource;
  proposalId: string | null;
  /** The technical input whose incorporation wrote it (claims only; per-update writers do not carry it). */
  inputId?: string | null;
}

/**
 * Attributes the changes between two texts from the update log: text written by a Yjs client id to that id's
 * claim, text deleted by a logged update to that update's writer. Words that came in or went out through an
 * accepted proposal belong to the stakeholder that tabled it; the rest to the pen-holder, in their capacity.
 * Every answer is memoised: one comparison asks about the same writers many times.
 */
export class ChangeAttributor {
  private readonly claims = new Map<number, WriterRow | null>();
  private readonly updates = new Map<number, ChangeAttribution | null>();
  private readonly proposalCache = new Map<string, ChangeAttribution | null>();
  private readonly inputCache = new Map<string, ChangeAttribution | null>();
  private readonly people = new Map<string, { userName: string; stakeholder: string } | null>();
  private readonly times = new Map<number, { from: number; at: string }[]>();

  constructor(
    private readonly db: Db,
    private readonly documentId: string,
    private readonly processId: string,
  ) {}

  /** Who wrote the character (or block) with this id, and when. */
  ofWritten(id: ItemId): ChangeAttribution | null {
    let claim = this.claims.get(id.client);
    if (claim === undefined) this.claims.set(id.client, (claim = this.loadClaim(id.client)));
    if (!claim) return null;
    return (
      (appliesInput(claim) && this.ofInput(claim.inputId)) ||
      (appliesProposal(claim) && this.ofProposal(claim.proposalId, this.writtenAt(id))) ||
      this.edit(claim, this.writtenAt(id))
    );
  }

  /** Who made the logged update (the one that deleted something), and when. */
  ofUpdate(updateId: number): ChangeAttribution | null {
    let attribution = this.updates.get(updateId);
    if (attribution === undefined) this.updates.set(updateId, (attribution = this.loadUpdate(updateId)));
    return attribution;
  }

  private loadClaim(clientId: number): WriterRow | null {
    return (
      this.db
        .select({
          userId: yjsClients.userId,
          stakeholderId: yjsClients.stakeholderId,
          role: yjsClients.role,
          source: yjsClients.source,
          proposalId: yjsClients.proposalId,
          inputId: yjsClients.inputId,
        })
        .from(yjsClients)
        .where(and(eq(yjsClients.documentId, this.documentId), eq(yjsClients.clientId, clientId)))
        .get() ?? null
    );
  }

  private loadUpdate(updateId: number): ChangeAttribution | null {
    const logged = this.db
      .select({ userId: yjsUpdates.userId, at: yjsUpdates.createdAt })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.id, updateId), eq(yjsUpdates.documentId, this.documentId)))
      .get();
    if (!logged) return null;
    const writer =
      this.db.select().from(yjsUpdateWriters).where(eq(yjsUpdateWriters.updateId, updateId)).get() ??
      this.olderWriter(updateId, logged.userId);
    if (!writer) return null;
    const input = writer.source === 'server' && !writer.proposalId ? this.carriedInput(updateId) : null;
    return (
      (input && this.ofInput(input)) ||
      (appliesProposal(writer) && this.ofProposal(writer.proposalId, logged.at)) ||
      this.edit(writer, logged.at)
    );
  }

  /** The input a server-side update incorporated, read from the claim of the client id it carries. */
  private carriedInput(updateId: number): string | null {
    const carried = this.db
      .select({ clientId: yjsUpdateClients.clientId })
      .from(yjsUpdateClients)
      .where(eq(yjsUpdateClients.updateId, updateId))
      .get();
    const claim = carried ? this.loadClaim(carried.clientId) : null;
    return claim?.inputId ?? null;
  }

  /** A change an incorporated input brought: its agency, labelled as the brief credits it, dated by the decision. */
  private ofInput(inputId: string): ChangeAttribution | null {
    let attribution = this.inputCache.get(inputId);
    if (attribution !== undefined) return attribution;
    const row = this.db
      .select({
        stakeholderId: technicalInputs.stakeholderId,
        stakeholder: stakeholders.name,
        shortName: stakeholders.shortName,
        status: technicalInputs.status,
        decidedBy: technicalInputs.decidedByStakeholderId,
        decidedAt: technicalInputs.decidedAt,
      })
      .from(technicalInputs)
      .innerJoin(stakeholders, eq(stakeholders.id, technicalInputs.stakeholderId))
      .where(eq(technicalInputs.id, inputId))
      .get();
    const reviser =
      row?.status === 'incorporated-with-edit' && row.decidedBy
        ? this.db.select({ shortName: stakeholders.shortName }).from(stakeholders).where(eq(stakeholders.id, row.decidedBy)).get()
        : undefined;
    attribution = row
      ? {
          kind: 'input',
          inputId,
          stakeholderId: row.stakeholderId,
          stakeholder: row.stakeholder,
          label: inputAttributionLabel(row.shortName, reviser?.shortName),
          incorporatedAt: row.decidedAt,
        }
      : null;
    this.inputCache.set(inputId, attribution);
    return attribution;
  }

  /**
   * The writer of an update logged before writers were recorded per update: the claim of a client id it
   * carries, or else (an update that only deletes) its user in their capacity in the process.
   */
  private olderWriter(updateId: number, userId: string | null): WriterRow | null {
    const carried = this.db
      .select({ clientId: yjsUpdateClients.clientId })
      .from(yjsUpdateClients)
      .where(eq(yjsUpdateClients.updateId, updateId))
      .get();
    const claim = carried ? this.loadClaim(carried.clientId) : null;
    if (claim) return claim;
    if (!userId) return null;
    const membership = this.db
      .select({ stakeholderId: memberships.stakeholderId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.processId, this.processId)))
      .get();
    return membership ? { userId, ...membership, source: 'socket', proposalId: null } : null;
  }

  /**
   * A change an accepted proposal brought: its tabling stakeholder, dated by its acceptance. A proposal no
   * longer accepted (reopened, then rejected) is dated by the logged change itself, not by the later decision.
   */
  private ofProposal(proposalId: string, appliedAt: string | null): ChangeAttribution | null {
    const key = `${proposalId}\u0000${appliedAt ?? ''}`;
    let attribution = this.proposalCache.get(key);
    if (attribution !== undefined) return attribution;
    const row = this.db
      .select({
        stakeholderId: proposals.tablingStakeholderId,
        stakeholder: stakeholders.name,
        acceptedAt: proposals.decidedAt,
        status: proposals.status,
      })
      .from(proposals)
      .innerJoin(stakeholders, eq(stakeholders.id, proposals.tablingStakeholderId))
      .where(eq(proposals.id, proposalId))
      .get();
    attribution = row
      ? {
          kind: 'proposal',
          proposalId,
          stakeholderId: row.stakeholderId,
          stakeholder: row.stakeholder,
          acceptedAt: row.status === 'accepted' ? row.acceptedAt : (appliedAt ?? row.acceptedAt),
        }
      : null;
    this.proposalCache.set(key, attribution);
    return attribution;
  }

  private edit(writer: WriterRow, at: string | null): ChangeAttribution | null {
    const key = `${writer.userId}\u0000${writer.stakeholderId}`;
    let person = this.people.get(key);
    if (person === undefined) {
      const user = this.db.select({ name: users.name }).from(users).where(eq(users.id, writer.userId)).get();
      const stakeholder = this.db
        .select({ name: stakeholders.name })
        .from(stakeholders)
        .where(eq(stakeholders.id, writer.stakeholderId))
        .get();
      person = user && stakeholder ? { userName: user.name, stakeholder: stakeholder.name } : null;
      this.people.set(key, person);
    }
    if (!person) return null;
    return { kind: 'edit', userId: writer.userId, stakeholderId: writer.stakeholderId, role: writer.role, ...person, at };
  }

  /** When the update carrying this clock of the client id was logged (its ranges read once per client id). */
  private writtenAt({ client, clock }: ItemId): string | null {
    let ranges = this.times.get(client);
    if (!ranges) {
      ranges = this.db
        .select({ from: yjsUpdateClients.clockFrom, at: yjsUpdates.createdAt })
        .from(yjsUpdateClients)
        .innerJoin(yjsUpdates, eq(yjsUpdates.id, yjsUpdateClients.updateId))
        .where(and(eq(yjsUpdateClients.documentId, this.documentId), eq(yjsUpdateClients.clientId, client)))
        .orderBy(asc(yjsUpdateClients.clockFrom))
        .all();
      this.times.set(client, ranges);
    }
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ranges[middle]!.from <= clock) low = middle + 1;
      else high = middle - 1;
    }
    return ranges[high]?.at ?? null;
  }
}

/**
 * A server-side change that applied an accepted proposal: its words belong to the proposal. One that reverted it
 * (source 'revert', when a pen-holder reopened the decision) belongs to the pen-holder who did.
 */
function appliesProposal(writer: WriterRow): writer is WriterRow & { proposalId: string } {
  return writer.source === 'server' && writer.proposalId !== null;
}

/** A server-side change that incorporated a technical input: its words belong to the contributing agency. */
function appliesInput(writer: WriterRow): writer is WriterRow & { inputId: string } {
  return writer.source === 'server' && typeof writer.inputId === 'string';
}

/** Whether two attributions name the same origin (the same proposal or input, or the same person in the same capacity). */
export function sameOrigin(a: ChangeAttribution, b: ChangeAttribution): boolean {
  if (a.kind === 'proposal') return b.kind === 'proposal' && a.proposalId === b.proposalId;
  if (a.kind === 'input') return b.kind === 'input' && a.inputId === b.inputId;
  return b.kind === 'edit' && a.userId === b.userId && a.stakeholderId === b.stakeholderId && a.role === b.role;
}
