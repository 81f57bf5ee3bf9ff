'use client';

import { useEffect, useState } from 'react';

/** Beyond this difference the screen's own clock is taken to be wrong and the server's is used. */
const TRUSTED_SKEW_MS = 30_000;

/**
 * "Now" for the lesson clocks, ticking. The screen's clock is used as it is when it roughly agrees
 * with the server's (school laptops keep time; a page load's latency must not make two screens
 * differ); a clock that is clearly off is corrected by the difference seen when the page loaded.
 * Starts at the server's time so the server render and the first browser render agree.
 */
export function useServerNow(serverNow: number, tickMs = 500): { now: number; toServerTime: (clientMs: number) => number } {
  const [offset] = useState(() => {
    const skew = serverNow - Date.now();
    return Math.abs(skew) > TRUSTED_SKEW_MS ? skew : 0;
  });
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, tickMs);
    return () => clearInterval(timer);
  }, [offset, tickMs]);
  return { now, toServerTime: (clientMs) => clientMs + offset };
}
