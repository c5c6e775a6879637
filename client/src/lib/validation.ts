type Validation = typeof import('@plenary/shared/validation/index');

let loading: Promise<Validation> | null = null;

/**
 * The shared request schemas, the same the server validates with. They (and zod under them) load on the
 * first submit rather than with the document page, which stays smaller for everyone who only reads.
 */
export function loadValidation(): Promise<Validation> {
  loading ??= import('@plenary/shared/validation/index').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
