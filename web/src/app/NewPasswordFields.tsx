import { useTranslation } from 'react-i18next';

interface NewPasswordFieldsProps {
  /** Prefix of the inputs' ids (from useId). */
  id: string;
  password: string;
  repeat: string;
  onPassword(value: string): void;
  onRepeat(value: string): void;
  invalid: boolean;
}

/** A new password and its repetition, with the rule's hint: the reset and change forms. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const input = (key: 'password' | 'repeat', value: string, set: (v: string) => void) => (
    <input
      id={`${props.id}-${key}`}
      className="input"
      type="password"
      autoComplete="new-password"
      value={value}
      aria-invalid={props.invalid}
      onChange={(event) => set(event.target.value)}
    />
  );
  return (
    <>
      <label className="field" htmlFor={`${props.id}-password`}>
        <span className="field__label">{t('recovery.newPassword')}</span>
        {input('password', props.password, props.onPassword)}
        <span className="field__hint">{t('workspace.acceptInvite.passwordHint')}</span>
      </label>
      <label className="field" htmlFor={`${props.id}-repeat`}>
        <span className="field__label">{t('recovery.repeat')}</span>
        {input('repeat', props.repeat, props.onRepeat)}
      </label>
    </>
  );
}
