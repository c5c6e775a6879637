import * as client from 'openid-client';
import type { OidcConfig } from '../../config.ts';

/** Seconds any request to the provider may take before the sign-in is given up. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/** Plain http is accepted for a provider on this machine only (the config refuses it elsewhere). */
function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
}

/**
 * The provider's metadata and this client's credentials, discovered on first use rather than at start, so a
 * provider that is down does not keep the server from starting. A failed discovery is not kept: the next
 * sign-in tries again.
 *
 * @example const configuration = await discover(); // the same Configuration on every later call
 */
export function providerDiscovery(oidc: OidcConfig): () => Promise<client.Configuration> {
  let discovered: Promise<client.Configuration> | undefined;
  return function discover() {
    discovered ??= discoverProvider(oidc).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };
}

async function discoverProvider(oidc: OidcConfig): Promise<client.Configuration> {
  const issuer = new URL(oidc.issuer);
  // Basic is the token endpoint's default method in the specification, the one every provider supports.
  const configuration = await client.discovery(issuer, oidc.clientId, undefined, client.ClientSecretBasic(oidc.clientSecret), {
    execute: isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [],
    timeout: PROVIDER_TIMEOUT_SECONDS,
  });
  return configuration;
}
