import { useNow } from '../hooks/useNow.ts';
import { formatCountdown } from '../lib/dates.ts';

interface Props {
  deadline: string;
  /** Server time minus this browser's: the countdown follows the server's clock. */
  clockOffsetMs: number;
}

/** The time left until the deadline, ticking every second. */
export function SilenceCountdown({ deadline, clockOffsetMs }: Props) {
  const now = useNow(1000) + clockOffsetMs;
  const left = new Date(deadline).getTime() - now;
  return (
    <span className="silence-countdown" role="timer" aria-live="off" data-testid="silence-countdown">
      {left > 0 ? `${formatCountdown(left)} left` : 'The deadline has passed: the outcome follows in a moment.'}
    </span>
  );
}
