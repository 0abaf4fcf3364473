import type { PolicyProfile } from '@tandem/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PolicyField,
  policyDisplay,
  policyFromInput,
  policyValue,
} from '../model/policyFields';

interface PolicyFieldInputProps {
  field: PolicyField;
  profile: PolicyProfile;
  overridden: boolean;
  editable: boolean;
  onWrite(path: string, value: unknown): boolean;
}

/** One threshold: a number (ratios as %), a severity, or a set of members; "reset" clears the override. */
export function PolicyFieldInput({
  field,
  profile,
  overridden,
  editable,
  onWrite,
}: PolicyFieldInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const value = policyValue(profile, field);
  const shown = policyDisplay(field, value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const labels: Readonly<Record<string, string>> = t('curriculum.policyFields', {
    returnObjects: true,
  });
  const severities: Readonly<Record<string, string>> = t('curriculum.enums.severity', {
    returnObjects: true,
  });
  const members: Readonly<Record<string, string>> = t('curriculum.memberLabels', {
    returnObjects: true,
  });
  const label = labels[field.field] ?? field.field;
  const reset = overridden && editable && (
    <button
      type="button"
      className="link-button link-button--small"
      onClick={() => onWrite(field.path, null)}
    >
      {t('curriculum.policy.reset')}
    </button>
  );
  if (field.kind === 'severity') {
    return (
      <span className="policy-field">
        <select
          aria-label={`${field.ruleId} ${label}`}
          className={`input input--compact severity-select severity-select--${String(value)}`}
          value={String(value)}
          disabled={!editable}
          onChange={(e) => onWrite(field.path, e.target.value)}
        >
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {severities[o] ?? o}
            </option>
          ))}
        </select>
        {reset}
      </span>
    );
  }
  if (field.kind === 'members') {
    const chosen = Array.isArray(value) ? value.map(String) : [];
    return (
      <fieldset className="policy-field policy-field--members">
        <legend>{label}</legend>
        {(field.options ?? []).map((o) => (
          <label key={o} className="checkbox checkbox--compact">
            <input
              type="checkbox"
              checked={chosen.includes(o)}
              disabled={!editable}
              onChange={() =>
                onWrite(
                  field.path,
                  chosen.includes(o) ? chosen.filter((m) => m !== o) : [...chosen, o],
                )
              }
            />
            {members[o] ?? o}
          </label>
        ))}
        {reset}
      </fieldset>
    );
  }
  const commit = () => {
    if (draft === shown) return;
    const parsed = policyFromInput(field, draft);
    if (!parsed.ok || !onWrite(field.path, parsed.value)) setDraft(shown);
  };
  return (
    <span className="policy-field">
      <label htmlFor={id} className="policy-field__label">
        {label}
      </label>
      <input
        id={id}
        className="input input--compact input--number"
        inputMode="decimal"
        value={draft}
        disabled={!editable}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(shown);
        }}
      />
      {field.kind === 'percent' && <span className="policy-field__unit">%</span>}
      {reset}
    </span>
  );
}
