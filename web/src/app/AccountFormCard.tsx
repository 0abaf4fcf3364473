import type { FormEvent, ReactNode } from 'react';

interface AccountFormCardProps {
  /** Prefix of the ids inside (from useId). */
  id: string;
  title: string;
  intro: string;
  /** Shown instead of the fields once the form has done its work. */
  done: string | null;
  error: string | null;
  submitting: boolean;
  submitLabel: string;
  submittingLabel: string;
  onSubmit(event: FormEvent): void;
  /** The link under the card (back to sign-in, back home). */
  footer: ReactNode;
  children: ReactNode;
}

/**
 * The card the account pages share (forgot, reset and change password): a title, an intro, the
 * fields, one error line and the submit button — or, once done, what happened.
 */
export function AccountFormCard(props: AccountFormCardProps) {
  return (
    <section className="login" aria-labelledby={`${props.id}-title`}>
      <form className="card login__card" onSubmit={props.onSubmit} noValidate>
        <h1 id={`${props.id}-title`} className="login__title">
          {props.title}
        </h1>
        {props.done !== null ? (
          <p className="login__intro" role="status">
            {props.done}
          </p>
        ) : (
          <>
            <p className="login__intro">{props.intro}</p>
            {props.children}
            {props.error && (
              <p className="field__error" role="alert">
                {props.error}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={props.submitting}
            >
              {props.submitting ? props.submittingLabel : props.submitLabel}
            </button>
          </>
        )}
        <p className="login__hint">{props.footer}</p>
      </form>
    </section>
  );
}
