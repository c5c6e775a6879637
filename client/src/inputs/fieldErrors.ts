/** Problems by field path, as the server names them ("text", "sources.0.title"). */
export type FieldErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: FieldErrors = new Map();

/** The first problem of each field. */
export function fieldErrorsOf(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    if (!errors.has(path)) errors.set(path, issue.message);
  }
  return errors;
}

/** The problems no field of the form shows (the whole request, or a field it does not have). */
export function unplacedErrors(errors: FieldErrors, isPlaced: (path: string) => boolean): string[] {
  return [...errors].filter(([path]) => !isPlaced(path)).map(([, message]) => message);
}
