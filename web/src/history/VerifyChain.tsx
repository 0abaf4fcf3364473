import type { SignoffVerification } from '@tandem/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifySignoffs } from '../api';
import { toApiError } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';

/** "Verify sign-off chain": the server recomputes every record hash and signed state (H11). */
export function VerifyChain({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SignoffVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await verifySignoffs(documentId));
    } catch (e) {
      setResult(null);
      setError(describeHistoryError(t, toApiError(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="verify-chain">
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => void verify()}
      >
        {busy ? t('history.signoff.verifying') : t('history.signoff.verify')}
      </button>
      <div aria-live="polite" data-testid="verify-result">
        {result?.ok && (
          <p className="history-message history-message--ok" data-verify="ok">
            {t('history.signoff.verifyOk', { count: result.checked })}
          </p>
        )}
        {result && !result.ok && (
          <div className="history-message history-message--error" data-verify="problems">
            <p>{t('history.signoff.verifyProblems')}</p>
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.signoffId}-${p.problem}`}>{p.problem}</li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p className="history-message history-message--error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
