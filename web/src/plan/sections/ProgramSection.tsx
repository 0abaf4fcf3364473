import type { PlanInfo } from '@tandem/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpKey, localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { FactList, InfoField, type LinkedMap, MapPicker } from '../../standard';
import type { ProgramView } from '../model/programView';
import type { PlanWriter } from '../model/usePlanWriter';
import { PlanSection } from './PlanSection';

interface ProgramSectionProps {
  info: PlanInfo;
  linked: LinkedMap;
  view: ProgramView | null;
  workspaceId: string | null;
  editable: boolean;
  writer: PlanWriter;
}

/**
 * Section 1: which curriculum map and which of its programs the plan is for. The program's name
 * and code are shown as the map has them now; the plan stores only the ids. Until both are
 * chosen, the section asks for them first: everything else of the plan is read from there.
 */
export function ProgramSection({
  info,
  linked,
  view,
  editable,
  writer,
  ...props
}: ProgramSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const map = linked.state === 'ready' ? linked.model.snapshot : null;
  const programs = map?.programs ?? [];
  const gone = map !== null && info.programId !== null && view === null;
  const needsSetup = !info.mapDocumentId || !info.programId;
  const field = (
    name: 'cohortYear' | 'educationLevel' | 'versionLabel',
    value: string | null,
    type: 'text' | 'number' = 'text',
    placeholder?: string,
  ) => (
    <InfoField
      field={name}
      section="program"
      label={t(`plan.fields.${name}`)}
      value={value}
      type={type}
      placeholder={placeholder}
      editable={editable}
      writer={writer}
    />
  );
  return (
    <PlanSection id="program">
      {needsSetup && (
        <p className="plan-setup" role="status" data-testid="plan-setup">
          {t('plan.setup')}
        </p>
      )}
      <div className="link-picker">
        <MapPicker
          value={info.mapDocumentId}
          linked={linked}
          workspaceId={props.workspaceId}
          editable={editable}
          section="program"
          // Another map has other programs: the program is chosen again.
          onPick={(mapId) => writer.infoFields({ mapDocumentId: mapId, programId: null })}
        />
        <div
          className="info-field"
          data-jump={jumpKey.standardField('program', 'programId')}
          tabIndex={-1}
        >
          <label htmlFor={id} className="info-field__label">
            {t('plan.fields.programId')}
          </label>
          <select
            id={id}
            className="input input--compact"
            value={info.programId ?? ''}
            disabled={!editable || map === null}
            onChange={(e) => writer.info('programId', e.target.value || null)}
            data-testid="program-picker"
          >
            <option value="" disabled>
              {map ? t('plan.pickProgram') : t('curriculum.standard.pickMapFirst')}
            </option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} {localName(p, language)}
              </option>
            ))}
            {gone && <option value={info.programId ?? ''}>{info.programId} ⚠</option>}
          </select>
          {gone && (
            <span className="info-field__error" role="alert">
              {t('plan.programGone', { id: info.programId })}
            </span>
          )}
        </div>
      </div>
      {view && (
        <FactList
          testId="program-facts"
          facts={[
            [t('plan.fields.programName'), localName(view.program, language)],
            [t('plan.fields.programCode'), view.program.code],
            [t('plan.fields.scale'), localName(view.scale, language)],
          ]}
        />
      )}
      <div className="info-grid">
        {field('cohortYear', info.cohortYear === null ? null : String(info.cohortYear), 'number')}
        {field('educationLevel', info.educationLevel, 'text', t('plan.educationLevelHint'))}
        {field('versionLabel', info.versionLabel)}
      </div>
    </PlanSection>
  );
}
