const BASE = 'http://plenary.invalid';

/**
 * `returnTo` if it is a path on this site, else `/`: a sign-in must never end on someone else's page. `//host`
 * and `/\host` are read by browsers as other hosts, so the parsed origin decides, not the leading slash alone.
 */
export function sameSitePath(returnTo: string | undefined): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//') || /[\\\s]/.test(returnTo)) return '/';
  try {
    const url = new URL(returnTo, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
