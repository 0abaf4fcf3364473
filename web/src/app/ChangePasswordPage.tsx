import { ErrorCode } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, changePassword, describeApiError } from '../api';
import { useCurrentUser } from '../auth';
import { AccountFormCard } from './AccountFormCard';
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
  return (
    <AccountFormCard
      id={id}
      title={t('account.changePassword')}
      intro={t('account.changeIntro', { email: user.email })}
      done={done ? t('account.passwordChanged') : null}
      error={error?.field === 'password' ? error.text : null}
      submitting={submitting}
      submitLabel={t('recovery.save')}
      submittingLabel={t('recovery.saving')}
      onSubmit={submit}
      footer={<Link to="/">{t('account.backHome')}</Link>}
    >
      <label className="field" htmlFor={`${id}-current`}>
        <span className="field__label">{t('account.currentPassword')}</span>
        {currentInput}
      </label>
      {error?.field === 'current' && (
        <p className="field__error" role="alert">
          {error.text}
        </p>
      )}
      <NewPasswordFields
        id={id}
        password={password}
        repeat={repeat}
        onPassword={setPassword}
        onRepeat={setRepeat}
        invalid={error?.field === 'password'}
      />
    </AccountFormCard>
  );
}
