type Validation = typeof import('@plenary/shared/validation/without-eval');

let loading: Promise<Validation> | null = null;

/**
 * The shared request schemas, the same the server validates with. They (and zod under them) load on the
 * first submit rather than with the document page, which stays smaller for everyone who only reads. They parse
 * without eval, which the page's Content Security Policy forbids.
 */
export function loadValidation(): Promise<Validation> {
  loading ??= import('@plenary/shared/validation/without-eval').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
