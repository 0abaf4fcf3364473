import { ErrorCode } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, changePassword, describeApiError } from '../api';
import { useCurrentUser } from '../auth';
import { NewPasswordFields } from './NewPasswordFields';
import { usePageTitle } from './usePageTitle';

const MIN_PASSWORD = 10;

/**
 * `/account/password`: change your password. The current one is checked through the same
 * throttle as a sign-in; the new one must pass the password rule; every other sign-in ends.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.changePassword'));
  const user = useCurrentUser();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ field: 'current' | 'password'; text: string } | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (current === '') return setError({ field: 'current', text: t('account.currentRequired') });
    if (password.length < MIN_PASSWORD) {
      return setError({ field: 'password', text: t('workspace.acceptInvite.passwordTooShort') });
    }
    if (password !== repeat) {
      return setError({ field: 'password', text: t('workspace.acceptInvite.passwordMismatch') });
    }
    setSubmitting(true);
    setError(null);
    try {
      await changePassword({ currentPassword: current, newPassword: password });
      setDone(true);
    } catch (caught) {
      if (!(caught instanceof ApiError)) setError({ field: 'password', text: String(caught) });
      else if (caught.code === ErrorCode.AUTH_INVALID_CREDENTIALS)
        setError({ field: 'current', text: t('account.currentWrong') });
      else if (caught.code === ErrorCode.AUTH_LOCKED || caught.code === ErrorCode.RATE_LIMITED)
        setError({ field: 'current', text: t('workspace.acceptInvite.locked') });
      else if (caught.code === ErrorCode.AUTH_PASSWORD_WEAK)
        setError({ field: 'password', text: t('recovery.passwordWeak') });
      else setError({ field: 'password', text: describeApiError(t, caught) });
    } finally {
      setSubmitting(false);
    }
  };

  const currentInput = (
    <input
      id={`${id}-current`}
      className="input"
      type="password"
      autoComplete="current-password"
      value={current}
      aria-invalid={error?.field === 'current'}
      onChange={(event) => setCurrent(event.target.value)}
    />
  );
  const problem = (field: 'current' | 'password') =>
    error?.field === field && (
      <p className="field__error" role="alert">
        {error.text}
      </p>
    );

  return (
    <section className="login" aria-labelledby={`${id}-title`}>
      <form className="card login__card" onSubmit={submit} noValidate>
        <h1 id={`${id}-title`} className="login__title">
          {t('account.changePassword')}
        </h1>
        {done ? (
          <p className="login__intro" role="status">
            {t('account.passwordChanged')}
          </p>
        ) : (
          <>
            <p className="login__intro">{t('account.changeIntro', { email: user.email })}</p>
            <label className="field" htmlFor={`${id}-current`}>
              <span className="field__label">{t('account.currentPassword')}</span>
              {currentInput}
            </label>
            {problem('current')}
            <NewPasswordFields
              id={id}
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              invalid={error?.field === 'password'}
            />
            {problem('password')}
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
          <Link to="/">{t('account.backHome')}</Link>
        </p>
      </form>
    </section>
  );
}
