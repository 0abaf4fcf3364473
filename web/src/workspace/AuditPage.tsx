import { can, type Role } from '@tandem/domain';
import type { WorkspaceDetail } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { describeApiError, listAudit } from '../api';
import { useLanguage } from '../i18n';
import { type AuditDetail, type AuditRow, type Party, toAuditRow } from './auditEntry';
import { formatDateTime } from './formatDateTime';
import { useLoad } from './useLoad';
import { usePageTitle } from './usePageTitle';
import { WorkspaceFrame } from './WorkspaceFrame';

function partyText(t: TFunction, party: Party): string {
  switch (party.kind) {
    case 'member':
      return party.user.name;
    case 'former':
      return party.name
        ? t('workspace.audit.formerMemberNamed', { name: party.name })
        : t('workspace.audit.formerMember');
    case 'email':
      return party.email;
    case 'pair':
      return t(`workspace.pairKinds.${party.pairKind}`);
    case 'document':
      return t('workspace.audit.details.document', { title: party.title });
    case 'text':
      return party.text;
    case 'none':
      return t('workspace.audit.none');
  }
}

function detailText(t: TFunction, detail: AuditDetail): string {
  const role = (r: Role) => t(`workspace.roles.${r}`);
  switch (detail.kind) {
    case 'role-change':
      return t('workspace.audit.details.roleChange', {
        from: role(detail.from),
        to: role(detail.to),
      });
    case 'role':
      return t('workspace.audit.details.role', { role: role(detail.role) });
    case 'invited': {
      const as = t('workspace.audit.details.invitedAs', { role: role(detail.role) });
      if (detail.emailed === null) return as;
      const how = detail.emailed
        ? t('workspace.audit.details.emailed')
        : t('workspace.audit.details.notEmailed');
      return `${as} · ${how}`;
    }
    case 'pair':
      return t('workspace.audit.details.pair', {
        school: partyText(t, detail.school),
        enterprise: partyText(t, detail.enterprise),
      });
    case 'raw':
      return detail.text;
  }
}

function PartyCell({ party }: { party: Party }) {
  const { t } = useTranslation();
  const className =
    party.kind === 'member'
      ? `person-tag person-tag--${party.user.organisation.side}`
      : party.kind === 'former' || party.kind === 'none'
        ? 'audit-table__muted'
        : undefined;
  return (
    <span className={className} title={party.kind === 'member' ? party.user.email : undefined}>
      {party.kind === 'member' && (
        <span className={`side-dot side-dot--${party.user.organisation.side}`} aria-hidden="true" />
      )}
      {partyText(t, party)}
    </span>
  );
}

function AuditTable({ rows }: { rows: AuditRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="card audit-card">
      <table className="audit-table" aria-label={t('workspace.audit.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('workspace.audit.columns.time')}</th>
            <th scope="col">{t('workspace.audit.columns.event')}</th>
            <th scope="col">{t('workspace.audit.columns.actor')}</th>
            <th scope="col">{t('workspace.audit.columns.target')}</th>
            <th scope="col">{t('workspace.audit.columns.details')}</th>
            <th scope="col">{t('workspace.audit.columns.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="audit-row" data-event={row.event.name}>
              <td className="audit-table__time">
                <time dateTime={row.createdAt}>{formatDateTime(row.createdAt, language)}</time>
              </td>
              <td>
                <span className={`event-badge event-badge--${row.event.name.split('.')[0]}`}>
                  {row.event.kind === 'known'
                    ? t(`workspace.audit.events.${row.event.name}`)
                    : row.event.name}
                </span>
              </td>
              <td>
                <PartyCell party={row.actor} />
              </td>
              <td>
                <PartyCell party={row.target} />
              </td>
              <td className="audit-table__details">
                {row.details.map((detail) => detailText(t, detail)).join(' · ') ||
                  t('workspace.audit.none')}
              </td>
              <td className="audit-table__ip">{row.ip ?? t('workspace.audit.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditContent({ detail }: { detail: WorkspaceDetail }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => listAudit(detail.id, signal), [detail.id]);
  const [entries, reload] = useLoad(load);
  const members = useMemo(
    () => new Map(detail.members.map((member) => [member.user.id, member.user])),
    [detail.members],
  );
  if (entries.state === 'loading') {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('workspace.audit.loading')}
      </div>
    );
  }
  if (entries.state === 'error') {
    if (entries.error.status === 403) return <Forbidden />;
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('workspace.audit.loadError')}</p>
        <p className="state__body">{describeApiError(t, entries.error)}</p>
        <button type="button" className="button" onClick={reload}>
          {t('workspace.frame.retry')}
        </button>
      </div>
    );
  }
  if (entries.data.length === 0) {
    return (
      <div className="state state--empty">
        <p className="state__title">{t('workspace.audit.empty')}</p>
      </div>
    );
  }
  return <AuditTable rows={entries.data.map((entry) => toAuditRow(entry, members))} />;
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="state state--forbidden" role="alert" data-testid="audit-forbidden">
      <p className="state__code" aria-hidden="true">
        403
      </p>
      <p className="state__title">{t('workspace.audit.forbiddenTitle')}</p>
      <p className="state__body">{t('workspace.audit.forbiddenBody')}</p>
    </div>
  );
}

/** `/w/:workspaceId/audit` (owners): the workspace's security events, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  usePageTitle(t('workspace.audit.title'));
  return (
    <WorkspaceFrame
      workspaceId={workspaceId}
      title={t('workspace.audit.title')}
      subtitle={t('workspace.audit.subtitle')}
    >
      {(detail) =>
        can(detail.role, 'audit:read') ? <AuditContent detail={detail} /> : <Forbidden />
      }
    </WorkspaceFrame>
  );
}
