interface Props {
  id: string;
  message: string | undefined;
  field: string;
}

/** A field's problem under it, named by the field's `aria-describedby`. */
export function FieldError({ id, message, field }: Props) {
  if (!message) return null;
  return (
    <span id={id} className="participants-form__error" data-testid="field-error" data-field={field}>
      {message}
    </span>
  );
}

/** The `aria-*` attributes of a field that may show a problem. */
export function invalidProps(errorId: string, message: string | undefined) {
  return message ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
}
