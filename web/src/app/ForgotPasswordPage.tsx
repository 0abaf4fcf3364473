import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, describeApiError, requestPasswordReset } from '../api';
import { AccountFormCard } from './AccountFormCard';
import { usePageTitle } from './usePageTitle';

/** `/forgot`: asks for a reset link. The answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('recovery.forgotTitle'));
  const id = useId();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '') return setError(t('login.required'));
    setSubmitting(true);
    setError(null);
    try {
      await requestPasswordReset(email.trim());
      setSent(email.trim());
    } catch (caught) {
      setError(caught instanceof ApiError ? describeApiError(t, caught) : String(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AccountFormCard
      id={id}
      title={t('recovery.forgotTitle')}
      intro={t('recovery.forgotIntro')}
      done={sent ? t('recovery.sent', { email: sent }) : null}
      error={error}
      submitting={submitting}
      submitLabel={t('recovery.send')}
      submittingLabel={t('recovery.sending')}
      onSubmit={submit}
      footer={<Link to="/login">{t('recovery.toLogin')}</Link>}
    >
      <label className="field" htmlFor={`${id}-email`}>
        <span className="field__label">{t('login.emailLabel')}</span>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
    </AccountFormCard>
  );
}
