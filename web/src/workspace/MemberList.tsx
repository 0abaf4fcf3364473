import { type Role, SIDES, type Side } from '@tandem/domain';
import type { MemberDto } from '@tandem/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { Avatar, colorForName } from '../presence';
import { RoleBadge } from './Badges';
import { formatDateTime } from './formatDateTime';
import { groupBySide, mayChangeRole, mayRemove, roleChoices } from './memberRoster';

export interface MemberActions {
  /** The viewer's role; null when they may only read the list. */
  actor: Role | null;
  myUserId: string;
  /** A member whose change is on its way to the server. */
  busyUserId: string | null;
  onChangeRole: (member: MemberDto, role: Role) => void;
  onRemove: (member: MemberDto) => void;
}

function RoleControl({ member, actions }: { member: MemberDto; actions: MemberActions }) {
  const { t } = useTranslation();
  const { actor } = actions;
  if (actor === null || !mayChangeRole(actor, member.role)) return <RoleBadge role={member.role} />;
  return (
    <select
      className="input input--compact member-row__role"
      aria-label={t('workspace.members.roleLabel', { name: member.user.name })}
      value={member.role}
      disabled={actions.busyUserId === member.user.id}
      onChange={(event) => {
        const next = roleChoices(actor, member.role).find((c) => c.role === event.target.value);
        if (next?.allowed && next.role !== member.role) actions.onChangeRole(member, next.role);
      }}
    >
      {roleChoices(actor, member.role).map(({ role, allowed }) => (
        <option key={role} value={role} disabled={!allowed}>
          {t(`workspace.roles.${role}`)}
        </option>
      ))}
    </select>
  );
}

function MemberRow({ member, actions }: { member: MemberDto; actions: MemberActions }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = member;
  const isMe = user.id === actions.myUserId;
  const removable = actions.actor !== null && mayRemove(actions.actor, member.role);
  return (
    <li className="member-row" data-testid="member-row" data-email={user.email}>
      <Avatar name={user.name} color={colorForName(user.name)} decorative />
      <div className="member-row__who">
        <span className="member-row__name">
          {user.name}
          {isMe && <span className="member-row__you">{t('workspace.members.you')}</span>}
        </span>
        <span
          className="member-row__meta"
          title={t('workspace.members.joined', {
            date: formatDateTime(member.joinedAt, language, false),
          })}
        >
          {user.organisation.name} · {user.email}
        </span>
      </div>
      <div className="member-row__actions">
        <RoleControl member={member} actions={actions} />
        {removable && (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t('workspace.members.removeLabel', { name: user.name })}
            disabled={actions.busyUserId === user.id}
            onClick={() => actions.onRemove(member)}
          >
            {t('workspace.members.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

function SideGroup({
  side,
  members,
  actions,
}: {
  side: Side;
  members: MemberDto[];
  actions: MemberActions;
}) {
  const { t } = useTranslation();
  const id = useId();
  const sideName = t(`sides.${side}`);
  return (
    <section
      className={`card member-group member-group--${side}`}
      aria-labelledby={id}
      data-testid={`members-${side}`}
    >
      <h2 id={id} className="member-group__title">
        <span className={`side-dot side-dot--${side}`} aria-hidden="true" />
        {sideName}
        <span className="member-group__count">{members.length}</span>
      </h2>
      {members.length === 0 ? (
        <p className="member-group__empty">{t('workspace.members.empty')}</p>
      ) : (
        <ul
          className="member-list"
          aria-label={t('workspace.members.listLabel', { side: sideName })}
        >
          {members.map((member) => (
            <MemberRow key={member.user.id} member={member} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Everyone in the workspace, school side then enterprise side. */
export function MemberList({
  members,
  actions,
}: {
  members: readonly MemberDto[];
  actions: MemberActions;
}) {
  const language = useLanguage();
  const groups = groupBySide(members, language);
  return (
    <>
      {SIDES.map((side) => (
        <SideGroup key={side} side={side} members={groups[side]} actions={actions} />
      ))}
    </>
  );
}
