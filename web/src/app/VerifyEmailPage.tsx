import { ErrorCode } from '@tandem/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, describeApiError, setCsrfToken, verifyEmail } from '../api';
import { useAuth } from '../auth';
import { usePageTitle } from './usePageTitle';

/**
 * `/verify/:token`: the mailed confirmation link. A button, not an automatic request, so a mail
 * scanner that follows links does not use it up.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('recovery.verifyTitle'));
  const { token = '' } = useParams();
  const id = useId();
  const navigate = useNavigate();
  const { reload } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const confirm = async () => {
    setSubmitting(true);
    setError(null);
    try {
      const session = await verifyEmail(token);
      setCsrfToken(session.csrfToken);
      await reload();
      navigate('/', { replace: true });
    } catch (caught) {
      if (!(caught instanceof ApiError)) setError(String(caught));
      else if (caught.code === ErrorCode.INVITE_EMAIL_TAKEN) setError(t('recovery.emailTaken'));
      else if (caught.status === 404) setError(t('recovery.linkInvalid'));
      else setError(describeApiError(t, caught));
      setSubmitting(false);
    }
  };

  return (
    <section className="login" aria-labelledby={`${id}-title`}>
      <div className="card login__card">
        <h1 id={`${id}-title`} className="login__title">
          {t('recovery.verifyTitle')}
        </h1>
        <p className="login__intro">{t('recovery.verifyIntro')}</p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          className="button button--primary button--block"
          disabled={submitting}
          onClick={() => void confirm()}
        >
          {submitting ? t('recovery.verifying') : t('recovery.verify')}
        </button>
        <p className="login__hint">
          <Link to="/login">{t('recovery.toLogin')}</Link>
        </p>
      </div>
    </section>
  );
}
