/** How each kind of stakeholder is identified: ISO 3166 alpha-3 for states, prefixed slugs for the rest. */
export const stakeholderIds = {
  state: (iso3: string) => iso3,
  group: (short: string) => `group-${short.toLowerCase()}`,
  agency: (acronym: string) => `agency-${acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  secretariat: 'secretariat',
  observer: 'observer-civil-society',
};
