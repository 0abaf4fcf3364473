import { ErrorCode, type InvitationPreview } from '@tandem/protocol';
import { type FormEvent, type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, acceptInvitation, describeApiError, setCsrfToken } from '../api';
import { useAuth } from '../auth';

const MIN_PASSWORD = 10;

export type Dead = 'invalid' | 'expired';

/** Why an invitation link cannot be used, from the server's answer; null if it is another failure. */
export const deadReason = (error: ApiError): Dead | null =>
  error.code === ErrorCode.INVITE_EXPIRED || error.status === 410
    ? 'expired'
    : error.code === ErrorCode.INVITE_INVALID || error.status === 404
      ? 'invalid'
      : null;

type Errors = Partial<Record<'name' | 'password' | 'confirm' | 'submit', string>>;

/**
 * Name and password. The page is not told whether the address has an account (the inviter
 * holds this link too): an existing account's password joins at once; anything else waits
 * until the address is confirmed, by mail or by an owner.
 */
export function AcceptInvitationForm({
  token,
  preview,
  onDead,
}: {
  token: string;
  preview: InvitationPreview;
  onDead: (reason: Dead) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { state, reload } = useAuth();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [submitting, setSubmitting] = useState(false);
  const [pending, setPending] = useState<{ emailed: boolean } | null>(null);

  const validate = (): boolean => {
    const found: Errors = {};
    if (name.trim() === '') found.name = t('workspace.acceptInvite.nameRequired');
    if (password.length < MIN_PASSWORD) {
      found.password = t('workspace.acceptInvite.passwordTooShort');
    }
    if (!found.password && confirm !== password) {
      found.confirm = t('workspace.acceptInvite.passwordMismatch');
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const failed = (error: unknown) => {
    if (!(error instanceof ApiError)) return setErrors({ submit: String(error) });
    const dead = deadReason(error);
    if (dead) return onDead(dead);
    if (error.code === ErrorCode.AUTH_PASSWORD_WEAK) {
      return setErrors({ password: t('recovery.passwordWeak') });
    }
    if (error.code === ErrorCode.RATE_LIMITED || error.code === ErrorCode.AUTH_LOCKED) {
      return setErrors({ submit: t('workspace.acceptInvite.locked') });
    }
    if (error.status === 400 && /password/i.test(error.message)) {
      return setErrors({ password: t('workspace.acceptInvite.passwordTooShort') });
    }
    setErrors({ submit: describeApiError(t, error) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!validate()) return;
    setSubmitting(true);
    try {
      const session = await acceptInvitation(token, { name: name.trim(), password });
      if ('status' in session) {
        setPending({ emailed: session.emailed });
        setSubmitting(false);
        return;
      }
      setCsrfToken(session.csrfToken);
      await reload();
      navigate('/', { replace: true });
    } catch (error) {
      failed(error);
      setSubmitting(false);
    }
  };

  const field = (key: 'name' | 'password' | 'confirm', label: string, input: ReactElement) => (
    <>
      <label className="field" htmlFor={`${id}-${key}`}>
        <span className="field__label">{label}</span>
        {input}
        {key === 'password' && (
          <span className="field__hint">{t('workspace.acceptInvite.passwordHint')}</span>
        )}
      </label>
      {errors[key] && (
        <p id={`${id}-${key}-error`} className="field__error" role="alert">
          {errors[key]}
        </p>
      )}
    </>
  );
  const inputProps = (key: 'name' | 'password' | 'confirm') => ({
    id: `${id}-${key}`,
    className: 'input',
    'aria-invalid': errors[key] !== undefined,
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined,
  });

  if (pending) {
    return (
      <div className="accept-form" role="status">
        <p className="accept-form__intro">
          {pending.emailed
            ? t('workspace.acceptInvite.pendingMail', { email: preview.email })
            : t('workspace.acceptInvite.pendingOwner')}
        </p>
        <p className="accept-form__note">{t('workspace.acceptInvite.pendingExisting')}</p>
      </div>
    );
  }

  return (
    <form className="accept-form" onSubmit={submit} noValidate>
      {state.status === 'signed-in' && state.user.email !== preview.email && (
        <p className="accept-form__note">
          {t('workspace.acceptInvite.signedInAs', { name: state.user.name, email: preview.email })}
        </p>
      )}
      <p className="accept-form__intro">
        {t('workspace.acceptInvite.eitherAccount', { email: preview.email })}
      </p>
      {/* Lets password managers file the new password under the invited address. */}
      <input type="hidden" name="username" autoComplete="username" value={preview.email} />
      {field(
        'name',
        t('workspace.acceptInvite.nameLabel'),
        <input
          {...inputProps('name')}
          name="name"
          autoComplete="name"
          maxLength={100}
          placeholder={t('workspace.acceptInvite.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />,
      )}
      {field(
        'password',
        t('workspace.acceptInvite.newPasswordLabel'),
        <input
          {...inputProps('password')}
          type="password"
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />,
      )}
      {field(
        'confirm',
        t('workspace.acceptInvite.confirmLabel'),
        <input
          {...inputProps('confirm')}
          type="password"
          name="confirm"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
        />,
      )}
      {errors.submit && (
        <p className="field__error" role="alert">
          {errors.submit}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={submitting}>
        {submitting ? t('workspace.acceptInvite.submitting') : t('workspace.acceptInvite.submit')}
      </button>
    </form>
  );
}
