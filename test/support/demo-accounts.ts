/** The demo accounts every installation outside production seeds (password `demo`). */
export const DEMO_EMAILS = {
  cofacilitator: 'cofacilitator@demo.test',
  cofacilitator2: 'cofacilitator2@demo.test',
  secretariat: 'secretariat@demo.test',
  eu: 'delegate.eu@demo.test',
  g77: 'delegate.g77@demo.test',
  canada: 'delegate.canada@demo.test',
  iom: 'agency.iom@demo.test',
  ohchr: 'agency.ohchr@demo.test',
  who: 'agency.who@demo.test',
  unicef: 'agency.unicef@demo.test',
  observer: 'observer@demo.test',
} as const;
