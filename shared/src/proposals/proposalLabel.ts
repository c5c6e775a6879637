/**
 * How a proposal is attributed in lists and tracked changes: the tabling stakeholder's short name, plus the
 * number of co-sponsors who confirmed ("EU", "Canada +2"). Unconfirmed invitations never count.
 */
export function proposalLabel(tablingShortName: string, confirmedCosponsors: number): string {
  return confirmedCosponsors > 0 ? `${tablingShortName} +${confirmedCosponsors}` : tablingShortName;
}
