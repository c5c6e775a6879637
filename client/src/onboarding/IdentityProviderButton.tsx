interface Props {
  /** The identity provider's name, as the server gives it. */
  name: string;
  /** The server's start of the sign-in: a full page navigation, since the provider's pages are not ours. */
  href: string;
}

/** "Sign in with <name>": leaves for the identity provider, which sends the person back signed in. */
export function IdentityProviderButton({ name, href }: Props) {
  return (
    <a className="button button--primary identity-provider-button" href={href} data-testid="identity-provider-sign-in">
      Sign in with {name}
    </a>
  );
}
