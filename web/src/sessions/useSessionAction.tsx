import type { Ack } from '@tandem/protocol';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallFailure } from '../presence';

const KNOWN = new Set([
  'VALIDATION_FAILED',
  'WORKSPACE_NOT_FOUND',
  'PRESENCE_NOT_JOINED',
  'DOC_NOT_FOUND',
  'SESSION_NOT_FOUND',
  'SESSION_NOT_CHAIR',
  'SESSION_NOT_PRESENTER',
  'SESSION_BAD_STATE',
  'SESSION_NO_QUORUM',
  'VOTE_NOT_VOTING_MEMBER',
  'VOTE_DUPLICATE',
  'VOTE_NOT_SELF',
  'VOTE_NOT_PRESENT',
  'FORBIDDEN',
  'RATE_LIMITED',
  'INTERNAL',
  'NETWORK',
] as const);
type Known = typeof KNOWN extends Set<infer K> ? K : never;

export interface ActionError {
  code: string;
  text: string;
}

/** A failed ack in the reader's language; the server's own message fills in details. */
export function useDescribeSessionError(): (failure: CallFailure) => ActionError {
  const { t } = useTranslation();
  return ({ code, message }) => {
    const key: Known = KNOWN.has(code as Known) ? (code as Known) : 'INTERNAL';
    return { code, text: t(`sessions.errors.${key}`, { message }) };
  };
}

/**
 * Runs one session call at a time: `pending` while it is out, the translated refusal in
 * `error` (the server decides; the UI only hides what it would refuse anyway).
 */
export function useSessionAction() {
  const describe = useDescribeSessionError();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const run = useCallback(
    async <T,>(action: () => Promise<Ack<T> | CallFailure | null | undefined>) => {
      setPending(true);
      setError(null);
      try {
        const res = await action();
        if (res && !res.ok) setError(describe(res));
        return res?.ok ? res.data : null;
      } finally {
        setPending(false);
      }
    },
    [describe],
  );
  const clear = useCallback(() => setError(null), []);
  return { pending, error, run, clear };
}

export function ActionErrorText({ error }: { error: ActionError | null }) {
  if (!error) return null;
  return (
    <p className="session-error" role="alert" data-error-code={error.code}>
      {error.text}
    </p>
  );
}
