const count = new Intl.NumberFormat('en-GB');

/** From this share of the limit on, the counter shows: far from it, it would only be noise. */
const NEAR_LIMIT = 0.9;

interface Props {
  length: number;
  max: number;
  /** For `aria-describedby` on the field it counts. */
  id?: string;
}

/** "9,950 / 10,000" under a text field once it nears the limit the server accepts; nothing before that. */
export function LengthCounter({ length, max, id }: Props) {
  if (length < max * NEAR_LIMIT) return null;
  const over = length > max;
  return (
    <span id={id} className={`length-counter${over ? ' length-counter--over' : ''}`} data-testid="length-counter" aria-live="polite">
      {count.format(length)} / {count.format(max)}
      {over && ' (too long)'}
    </span>
  );
}
