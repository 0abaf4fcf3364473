import { type RefObject, useCallback, useEffect, useState } from 'react';
import { revealJump } from './revealJump';

/**
 * Jumps that may first need the page to change (another view, another program): the caller
 * switches state, then the element is revealed once React has rendered it. A few frames of retry
 * cover views that render their content a beat later.
 */
export function useJumpRequest(root: RefObject<HTMLElement | null>): (key: string) => void {
  const [pending, setPending] = useState<{ key: string; nonce: number } | null>(null);
  useEffect(() => {
    if (!pending) return;
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const found = root.current ? revealJump(root.current, pending.key) : false;
      if (!found && tries++ < 10) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pending, root]);
  return useCallback((key: string) => setPending({ key, nonce: Math.random() }), []);
}
