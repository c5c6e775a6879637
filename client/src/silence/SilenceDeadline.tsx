import { formatInTimeZone, NEW_YORK_TIME_ZONE } from '../lib/dates.ts';

/** A deadline in the reader's own time zone and in New York time, where the Secretariat keeps it. */
export function SilenceDeadline({ deadline }: { deadline: string }) {
  const own = formatInTimeZone(deadline);
  const newYork = formatInTimeZone(deadline, NEW_YORK_TIME_ZONE);
  return (
    <span className="silence-deadline" data-testid="silence-deadline">
      <time dateTime={deadline}>{own}</time>
      {own !== newYork && <> · New York: {newYork}</>}
    </span>
  );
}
