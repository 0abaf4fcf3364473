import type { PresenceStatus } from '@tandem/protocol';
import { useEffect, useState } from 'react';

/** No keyboard, pointer or scroll input for this long: idle. */
export const IDLE_AFTER_MS = 60_000;

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** active / idle (no input for a minute) / away (the tab is hidden). */
export function useActivityStatus(idleAfterMs = IDLE_AFTER_MS): PresenceStatus {
  const [status, setStatus] = useState<PresenceStatus>(() =>
    document.visibilityState === 'hidden' ? 'away' : 'active',
  );
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setStatus('idle'), idleAfterMs);
    };
    const onInput = () => {
      const now = Date.now();
      // pointermove fires constantly; re-arming the timer once a second is plenty.
      if (now - last < 1000) return;
      last = now;
      if (document.visibilityState === 'hidden') return;
      setStatus('active');
      arm();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        clearTimeout(timer);
        setStatus('away');
      } else {
        last = 0;
        onInput();
      }
    };
    for (const e of INPUT_EVENTS) window.addEventListener(e, onInput, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    arm();
    return () => {
      clearTimeout(timer);
      for (const e of INPUT_EVENTS) window.removeEventListener(e, onInput);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [idleAfterMs]);
  return status;
}
