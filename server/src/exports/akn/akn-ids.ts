/**
 * Akoma Ntoso identifiers after the naming convention, from the numbers the product shows: "OP12bis" is
 * `para_12bis`, its sub-point (a) `para_12bis__list_1__point_a`, "PP3" `recs_1__rec_3`, "¶4" `para_4`.
 */

/** The stem of a paragraph's number: "OP12bis" → "12bis", "PP3" → "3", "¶4" → "4". */
export function numberStem(label: string): string {
  return idPart(label.replace(/^(PP|OP|¶)/, '').replace(/\(.*$/, ''));
}

/** The letter or numeral of a sub-point's margin: "(a)" → "a", "(iv)" → "iv". */
export function marginStem(margin: string): string {
  return idPart(margin.replace(/^\(|\)$/g, '').replace(/\.$/, ''));
}

/** Only characters an eId may hold, lower case. */
function idPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'x';
}

/** A stakeholder's eId in the references: its id, with only characters an id may hold. */
export function stakeholderEid(id: string): string {
  return `org_${id.replace(/[^A-Za-z0-9_-]+/g, '_')}`;
}
