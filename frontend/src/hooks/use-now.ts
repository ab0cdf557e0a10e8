import { useEffect, useState } from 'react';

/** The current time, refreshed at the start of every minute (or every `intervalMs`). */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      // Line the ticks up with the clock, so a shown "14:05" turns over when the minute does.
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, intervalMs - (Date.now() % intervalMs));
    };
    schedule();
    return () => clearTimeout(timer);
  }, [intervalMs]);
  return now;
}
