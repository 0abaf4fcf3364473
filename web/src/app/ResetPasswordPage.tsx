import { ErrorCode } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, describeApiError, resetPassword } from '../api';
import { NewPasswordFields } from './NewPasswordFields';
import { usePageTitle } from './usePageTitle';

const MIN_PASSWORD = 10;

/** `/reset/:token`: the mailed link; a new password, which ends every other sign-in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('recovery.resetTitle'));
  const { token = '' } = useParams();
  const id = useId();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD)
      return setError(t('workspace.acceptInvite.passwordTooShort'));
    if (password !== repeat) return setError(t('workspace.acceptInvite.passwordMismatch'));
    setSubmitting(true);
    setError(null);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (caught) {
      if (!(caught instanceof ApiError)) setError(String(caught));
      else if (caught.code === ErrorCode.AUTH_PASSWORD_WEAK) setError(t('recovery.passwordWeak'));
      else if (caught.code === ErrorCode.AUTH_LINK_INVALID) setError(t('recovery.linkInvalid'));
      else setError(describeApiError(t, caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="login" aria-labelledby={`${id}-title`}>
      <form className="card login__card" onSubmit={submit} noValidate>
        <h1 id={`${id}-title`} className="login__title">
          {t('recovery.resetTitle')}
        </h1>
        {done ? (
          <p className="login__intro" role="status">
            {t('recovery.saved')}
          </p>
        ) : (
          <>
            <p className="login__intro">{t('recovery.resetIntro')}</p>
            <NewPasswordFields
              id={id}
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              invalid={error !== null}
            />
            {error && (
              <p className="field__error" role="alert">
                {error}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={submitting}
            >
              {submitting ? t('recovery.saving') : t('recovery.save')}
            </button>
          </>
        )}
        <p className="login__hint">
          <Link to="/login">{t('recovery.toLogin')}</Link>
        </p>
      </form>
    </section>
  );
}
