import { type Role, SIDES, type Side } from '@tandem/domain';
import {
  type CreatedInvitation,
  type CreateInvitationBody,
  Email,
  type OrganisationDto,
} from '@tandem/protocol';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvitation, listOrganisations } from '../api';
import { CreatedInvitationCard } from './CreatedInvitationCard';
import { describeWorkspaceError } from './describeWorkspaceError';
import { inviteRoles } from './memberRoster';
import { toApiError, useLoad } from './useLoad';

const NEW_ORGANISATION = '__new__';

type Errors = Partial<Record<'email' | 'organisation' | 'orgName' | 'submit', string>>;

function OrganisationSelect({
  id,
  workspaceId,
  value,
  onChange,
  invalid,
}: {
  id: string;
  workspaceId: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const [organisations] = useLoad(
    useCallback((signal: AbortSignal) => listOrganisations(signal, workspaceId), [workspaceId]),
  );
  const list: OrganisationDto[] = organisations.state === 'ready' ? organisations.data : [];
  return (
    <select
      id={id}
      className="input"
      name="organisation"
      value={value}
      aria-invalid={invalid}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('workspace.invite.orgChoose')}</option>
      {SIDES.map((side) => (
        <optgroup key={side} label={t(`sides.${side}`)}>
          {list
            .filter((org) => org.side === side)
            .map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
        </optgroup>
      ))}
      <option value={NEW_ORGANISATION}>{t('workspace.invite.orgNew')}</option>
    </select>
  );
}

function SideChoice({ value, onChange }: { value: Side; onChange: (side: Side) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="side-choice">
      <legend className="field__label">{t('workspace.invite.orgSideLabel')}</legend>
      {SIDES.map((side) => (
        <label key={side} className={`side-choice__option side-choice__option--${side}`}>
          <input
            type="radio"
            name="side"
            value={side}
            checked={value === side}
            onChange={() => onChange(side)}
          />
          {t(`sides.${side}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Email, role and organisation → a single-use link (POST …/invitations). */
export function InviteForm({
  workspaceId,
  actor,
  onCreated,
}: {
  workspaceId: string;
  actor: Role;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const roles = inviteRoles(actor);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(
    roles.includes('editor') ? 'editor' : (roles[0] ?? 'viewer'),
  );
  const [organisation, setOrganisation] = useState('');
  const [orgName, setOrgName] = useState('');
  const [side, setSide] = useState<Side>('enterprise');
  const [errors, setErrors] = useState<Errors>({});
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  if (created) {
    return <CreatedInvitationCard invitation={created} onAnother={() => setCreated(null)} />;
  }

  const validate = (): CreateInvitationBody | null => {
    const found: Errors = {};
    const parsedEmail = Email.safeParse(email);
    if (!parsedEmail.success) found.email = t('workspace.invite.emailInvalid');
    if (organisation === '') found.organisation = t('workspace.invite.orgRequired');
    if (organisation === NEW_ORGANISATION && orgName.trim() === '') {
      found.orgName = t('workspace.invite.orgNameRequired');
    }
    setErrors(found);
    if (!parsedEmail.success || Object.keys(found).length > 0) return null;
    return {
      email: parsedEmail.data,
      role,
      organisation:
        organisation === NEW_ORGANISATION ? { name: orgName.trim(), side } : { id: organisation },
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = validate();
    if (!body) return;
    setSubmitting(true);
    try {
      setCreated(await createInvitation(workspaceId, body));
      setEmail('');
      setOrganisation('');
      setOrgName('');
      onCreated();
    } catch (error) {
      setErrors({ submit: describeWorkspaceError(t, toApiError(error)) });
    } finally {
      setSubmitting(false);
    }
  };

  const errorOf = (field: keyof Errors) =>
    errors[field] && (
      <p id={`${id}-${field}-error`} className="field__error" role="alert">
        {errors[field]}
      </p>
    );

  return (
    <form className="card invite-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t('workspace.invite.title')}
      </h2>
      <p className="card__intro">{t('workspace.invite.intro')}</p>
      <label className="field" htmlFor={`${id}-email`}>
        <span className="field__label">{t('workspace.invite.emailLabel')}</span>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          name="email"
          autoComplete="off"
          placeholder={t('workspace.invite.emailPlaceholder')}
          value={email}
          aria-invalid={errors.email !== undefined}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      {errorOf('email')}
      <label className="field" htmlFor={`${id}-role`}>
        <span className="field__label">{t('workspace.invite.roleLabel')}</span>
        <select
          id={`${id}-role`}
          className="input"
          name="role"
          value={role}
          onChange={(event) => {
            const next = roles.find((candidate) => candidate === event.target.value);
            if (next) setRole(next);
          }}
        >
          {roles.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`workspace.roles.${candidate}`)}
            </option>
          ))}
        </select>
        <span className="field__hint">{t(`workspace.roleHints.${role}`)}</span>
      </label>
      <label className="field" htmlFor={`${id}-org`}>
        <span className="field__label">{t('workspace.invite.orgLabel')}</span>
        <OrganisationSelect
          workspaceId={workspaceId}
          id={`${id}-org`}
          value={organisation}
          onChange={setOrganisation}
          invalid={errors.organisation !== undefined}
        />
      </label>
      {errorOf('organisation')}
      {organisation === NEW_ORGANISATION && (
        <div className="invite-form__new-org">
          <label className="field" htmlFor={`${id}-org-name`}>
            <span className="field__label">{t('workspace.invite.orgNameLabel')}</span>
            <input
              id={`${id}-org-name`}
              className="input"
              value={orgName}
              maxLength={100}
              placeholder={t('workspace.invite.orgNamePlaceholder')}
              aria-invalid={errors.orgName !== undefined}
              onChange={(event) => setOrgName(event.target.value)}
            />
          </label>
          {errorOf('orgName')}
          <SideChoice value={side} onChange={setSide} />
        </div>
      )}
      {errorOf('submit')}
      <button type="submit" className="button button--primary button--block" disabled={submitting}>
        {submitting ? t('workspace.invite.submitting') : t('workspace.invite.submit')}
      </button>
    </form>
  );
}
