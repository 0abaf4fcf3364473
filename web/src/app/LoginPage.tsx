import { ErrorCode } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, describeApiError } from '../api';
import { safeNext, useAuth } from '../auth';
import { usePageTitle } from './usePageTitle';

function useSignInErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return String(error);
    if (error.code === ErrorCode.AUTH_INVALID_CREDENTIALS) return t('login.invalidCredentials');
    if (error.code === ErrorCode.AUTH_LOCKED || error.code === ErrorCode.RATE_LIMITED) {
      return t('login.locked');
    }
    return describeApiError(t, error);
  };
}

/** `/login`: email and password; back to where you were going afterwards. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { state, signIn } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const messageFor = useSignInErrorMessage();

  if (state.status === 'signed-in' && !submitting) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setError(t('login.required'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (caught) {
      setError(messageFor(caught));
      setSubmitting(false);
    }
  };

  return (
    <section className="login" aria-labelledby={`${id}-title`}>
      <form className="card login__card" onSubmit={submit} noValidate>
        <h1 id={`${id}-title`} className="login__title">
          {t('login.title')}
        </h1>
        <p className="login__intro">{t('login.intro')}</p>
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
        <label className="field" htmlFor={`${id}-password`}>
          <span className="field__label">{t('login.passwordLabel')}</span>
          <input
            id={`${id}-password`}
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
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
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
        <p className="login__hint">
          <Link to="/forgot">{t('login.forgot')}</Link>
        </p>
        <p className="login__hint">{t('login.inviteOnly')}</p>
      </form>
    </section>
  );
}
