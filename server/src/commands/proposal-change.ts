/** A proposal a command changed, for the announcers to tell its readers about after commit. */
export interface ProposalChange {
  proposalId: string;
  pid: string;
}
