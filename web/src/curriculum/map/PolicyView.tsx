import type { DocPolicy, DomainMessage, RuleId } from '@tandem/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import { POLICY_RULE_IDS, policyFields } from '../model/policyFields';
import { PolicyFieldInput } from './PolicyFieldInput';
import { PolicyInForce } from './PolicyInForce';
import type { PolicyGovernance } from './usePolicyGovernance';

interface PolicyViewProps {
  policy: DocPolicy;
  /** Owners, on a live connection: each change is adopted as a new, audited version. */
  editable: boolean;
  governance: PolicyGovernance;
}

function overridden(policy: DocPolicy, ruleId: RuleId, field: string): boolean {
  const rule = policy.override.rules?.[ruleId] as Readonly<Record<string, unknown>> | undefined;
  return rule !== undefined && rule[field] !== undefined;
}

/** Ratios are typed as percentages, so their bounds are explained as percentages too. */
function asShown(path: string, message: DomainMessage): DomainMessage {
  if (!/Ratio$/.test(path)) return message;
  const params = { ...message.params };
  for (const bound of ['min', 'max'] as const) {
    const value = params[bound];
    if (typeof value === 'number') params[bound] = Math.round(value * 1000) / 10;
  }
  return { ...message, params };
}

/**
 * The policy profile the checks use (MOE-2019 unless the map overrides it), one threshold per
 * field, and which version is in force. Owners change it: the server adopts each change as a
 * version, audits it and writes it into the map, so every client and the server judge alike.
 */
export function PolicyView({ policy, editable, governance }: PolicyViewProps) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const [refusal, setRefusal] = useState<{ path: string; message: DomainMessage } | null>(null);
  const labels: Readonly<Record<string, string>> = t('curriculum.policyFields', {
    returnObjects: true,
  });
  const refusalLabel = (path: string) => {
    const [ruleId = '', field = ''] = path.split('.');
    return `${ruleId} ${labels[field] ?? field}`;
  };
  const write = (path: string, value: unknown): boolean => {
    const result = governance.adopt(path, value);
    setRefusal(result.ok ? null : { path, message: asShown(path, result.message) });
    return result.ok;
  };
  return (
    <div className="policy-view" data-jump="policy" tabIndex={-1} data-testid="policy-view">
      <header className="policy-view__head">
        <h2 className="policy-view__title">{t('curriculum.policy.title')}</h2>
        <p className="policy-view__profile">
          {t('curriculum.policy.profile', { id: policy.profile.id, name: policy.profile.name })}
        </p>
        <PolicyInForce state={governance.state} />
        <p className="policy-view__hint">
          {editable ? t('curriculum.policy.hintEdit') : t('curriculum.policy.hintRead')}
        </p>
        {governance.pending && (
          <p className="policy-view__hint" role="status">
            {t('curriculum.policy.saving')}
          </p>
        )}
      </header>
      {governance.error && (
        <p className="structure-section__error" role="alert">
          {governance.error}
        </p>
      )}
      {refusal && (
        <p className="structure-section__error" role="alert">
          {refusalLabel(refusal.path)}: {describe(refusal.message)}
        </p>
      )}
      <table className="policy-table">
        <thead>
          <tr>
            <th scope="col">{t('curriculum.policy.rule')}</th>
            <th scope="col">{t('curriculum.policy.severity')}</th>
            <th scope="col">{t('curriculum.policy.thresholds')}</th>
          </tr>
        </thead>
        <tbody>
          {POLICY_RULE_IDS.map((ruleId) => {
            const [severity, ...thresholds] = policyFields(ruleId);
            return (
              <tr key={ruleId} data-rule={ruleId}>
                <th scope="row">
                  <span className="check__rule">{ruleId}</span> {t(`curriculum.rules.${ruleId}`)}
                </th>
                <td>
                  {severity && (
                    <PolicyFieldInput
                      field={severity}
                      profile={policy.profile}
                      overridden={overridden(policy, ruleId, 'severity')}
                      editable={editable}
                      onWrite={write}
                    />
                  )}
                </td>
                <td>
                  <div className="policy-table__fields">
                    {thresholds.map((field) => (
                      <PolicyFieldInput
                        key={field.path}
                        field={field}
                        profile={policy.profile}
                        overridden={overridden(policy, ruleId, field.field)}
                        editable={editable}
                        onWrite={write}
                      />
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
