import type { Configuration } from 'openid-client';
import type { OidcConfig } from '../../config.ts';
import { PendingLogins } from './pending-logins.ts';
import { providerDiscovery } from './provider-discovery.ts';

/** This server's side of one configured identity provider: its discovered configuration and the sign-ins under way. */
export interface OidcClient {
  configuration: () => Promise<Configuration>;
  pending: PendingLogins;
}

// Keyed by the configuration object: each app instance (one per loaded config) keeps its own, tests included.
const clients = new WeakMap<OidcConfig, OidcClient>();

export function oidcClientFor(oidc: OidcConfig): OidcClient {
  let found = clients.get(oidc);
  if (!found) {
    found = { configuration: providerDiscovery(oidc), pending: new PendingLogins() };
    clients.set(oidc, found);
  }
  return found;
}
