const DEMO_ACCOUNTS = [
  ['cofacilitator@demo.test', 'Co-facilitator (Mexico)'],
  ['cofacilitator2@demo.test', 'Co-facilitator (Switzerland)'],
  ['secretariat@demo.test', 'Secretariat'],
  ['delegate.eu@demo.test', 'Delegate, European Union'],
  ['delegate.g77@demo.test', 'Delegate, G77 and China'],
  ['delegate.canada@demo.test', 'Delegate, Canada'],
  ['agency.iom@demo.test', 'Agency, IOM'],
  ['agency.ohchr@demo.test', 'Agency, OHCHR'],
  ['observer@demo.test', 'Observer'],
] as const;

export const DEMO_PASSWORD = 'demo';

/** The seeded demo accounts; choosing one fills in the form. */
export function DemoAccounts({ onPick }: { onPick: (email: string) => void }) {
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
      <h2 id="demo-accounts-title">Demo accounts</h2>
      <p>
        Password for all: <code>{DEMO_PASSWORD}</code>
      </p>
      <ul>
        {DEMO_ACCOUNTS.map(([email, label]) => (
          <li key={email}>
            <button type="button" className="link-button" onClick={() => onPick(email)}>
              {email}
            </button>{' '}
            <span className="demo-accounts__label">{label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
