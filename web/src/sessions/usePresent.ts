import type { SessionPresent } from '@tandem/protocol';
import { useNavigate } from 'react-router';
import { call, useRealtime } from '../presence';
import { revealSection } from './revealSection';
import { useSessionAction } from './useSessionAction';

/**
 * The presenter takes the room somewhere (S3). With `go`, the presenter's own tab goes there
 * too (presenting an agenda item from the room); from a document it already is there.
 */
export function usePresent() {
  const realtime = useRealtime();
  const navigate = useNavigate();
  const action = useSessionAction();
  const present = async (target: SessionPresent, go: boolean) => {
    if (!realtime) return;
    const state = await action.run(() => call(realtime.socket, 'session:present', target));
    if (!state || !go) return;
    await navigate(`/d/${target.documentId}`);
    if (target.section) revealSection(target.section);
  };
  return { ...action, present };
}
