import { ErrorCode } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, describeApiError, resetPassword } from '../api';
import { AccountFormCard } from './AccountFormCard';
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
    <AccountFormCard
      id={id}
      title={t('recovery.resetTitle')}
      intro={t('recovery.resetIntro')}
      done={done ? t('recovery.saved') : null}
      error={error}
      submitting={submitting}
      submitLabel={t('recovery.save')}
      submittingLabel={t('recovery.saving')}
      onSubmit={submit}
      footer={<Link to="/login">{t('recovery.toLogin')}</Link>}
    >
      <NewPasswordFields
        id={id}
        password={password}
        repeat={repeat}
        onPassword={setPassword}
        onRepeat={setRepeat}
        invalid={error !== null}
      />
    </AccountFormCard>
  );
}
