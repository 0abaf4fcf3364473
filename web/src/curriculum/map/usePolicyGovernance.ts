import {
  type DomainResult,
  docPolicyEntries,
  POLICY_ROOT,
  type PolicyEntries,
  withPolicyField,
} from '@tandem/domain';
import type { PolicyStateDto } from '@tandem/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ApiError, describeApiError, getPolicy, setPolicy } from '../../api';

/** The policy version in force and the one way to change it: an owner adopting a version. */
export interface PolicyGovernance {
  /** Null until the server answered (or when it could not be asked). */
  state: PolicyStateDto | null;
  mayChange: boolean;
  pending: boolean;
  /** Why the last change was not adopted, in the reader's language. */
  error: string | null;
  /**
   * Checks the change locally (a refused value is reported at once and never sent), then asks
   * the server to adopt it. The server writes it into the map, so every client sees it.
   */
  adopt(path: string, value: unknown): DomainResult<unknown>;
}

export function usePolicyGovernance(documentId: string, doc: Y.Doc): PolicyGovernance {
  const { t } = useTranslation();
  const [state, setState] = useState<PolicyStateDto | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<PolicyStateDto | null>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const next = await getPolicy(documentId, signal);
        latest.current = next;
        setState(next);
      } catch (err) {
        // Aborted on unmount, or offline: the panel stays read-only until the next answer.
        if (!(err instanceof ApiError) || signal?.aborted) return;
        setError(describeApiError(t, err));
      }
    },
    [documentId, t],
  );

  // The server writes each adopted version into the map: when the map's policy changes, so
  // does "who adopted it when".
  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    const policy = doc.getMap(POLICY_ROOT);
    const onChange = () => void reload(controller.signal);
    policy.observe(onChange);
    return () => {
      controller.abort();
      policy.unobserve(onChange);
    };
  }, [doc, reload]);

  const describe = useCallback(
    (err: unknown): string => {
      if (!(err instanceof ApiError)) return t('errors.server', { status: 0 });
      if (err.code === 'POLICY_CONFLICT') return t('curriculum.policy.errors.conflict');
      if (err.code === 'POLICY_NOT_ALLOWED') return t('curriculum.policy.errors.notAllowed');
      return describeApiError(t, err);
    },
    [t],
  );

  const adopt = useCallback(
    (path: string, value: unknown): DomainResult<unknown> => {
      const base = latest.current;
      const entries: PolicyEntries = base?.override ?? docPolicyEntries(doc);
      const checked = withPolicyField(entries, path, value);
      if (!checked.ok || !base) return checked;
      setPending(true);
      setError(null);
      setPolicy(documentId, { baseVersion: base.version, override: checked.value.entries })
        .then((next) => {
          latest.current = next;
          setState(next);
        })
        .catch(async (err: unknown) => {
          setError(describe(err));
          await reload();
        })
        .finally(() => setPending(false));
      return checked;
    },
    [doc, documentId, describe, reload],
  );

  return { state, mayChange: state?.mayChange ?? false, pending, error, adopt };
}
