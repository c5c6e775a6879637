/** The name the next revision most likely bears: "Rev.1" after a zero draft, "Rev.3" after "Rev.2". */
export function nextRevisionName(lastName: string | undefined): string {
  if (!lastName) return 'Zero draft';
  const numbered = /^Rev\.\s?(\d+)$/i.exec(lastName.trim());
  if (numbered) return `Rev.${Number(numbered[1]) + 1}`;
  return 'Rev.1';
}
