import { ASSESSMENT_KINDS, type AssessmentItem, type PolicyProfile } from '@tandem/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type GridColumn, jumpKey, useEnumOptions } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';
import { StandardSection } from './StandardSection';
import { StandardTable } from './StandardTable';

interface AssessmentSectionProps {
  items: readonly AssessmentItem[];
  profile: PolicyProfile;
  editable: boolean;
  writer: StandardWriter;
  narrative: ReactNode;
}

/** Section 7: process, final, enterprise and certificate assessment; weights must total 100% (R11). */
export function AssessmentSection({
  items,
  profile,
  editable,
  writer,
  narrative,
}: AssessmentSectionProps) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const columns = useMemo<GridColumn<AssessmentItem>[]>(() => {
    const f = t('curriculum.fields', { returnObjects: true });
    return [
      {
        id: 'kind',
        kind: 'enum',
        label: f.kind,
        width: 150,
        options: options('assessmentKind', ASSESSMENT_KINDS),
        value: (a) => a.kind,
      },
      { id: 'name', kind: 'text', label: f.name, width: 200, value: (a) => a.name },
      { id: 'method', kind: 'text', label: f.method, width: 340, value: (a) => a.method },
      {
        id: 'weight',
        kind: 'number',
        label: f.weight,
        width: 84,
        align: 'end',
        value: (a) => a.weight,
      },
    ];
  }, [t, options]);
  const sum = Math.round(items.reduce((acc, a) => acc + a.weight, 0) * 100) / 100;
  const expected = profile.rules.R11.totalWeight;
  const off = Math.abs(sum - expected) > 1e-6;
  const footer = (
    <tfoot className="std-foot">
      <tr>
        <th colSpan={4} scope="row" className="std-foot__label">
          {t('curriculum.standard.weightTotal')}
        </th>
        <td
          className={`grid-cell grid-cell--end std-total${off ? ' is-off' : ' is-ok'}`}
          data-jump={jumpKey.standardField('assessment', 'weight')}
          tabIndex={-1}
          data-testid="total-weight"
        >
          {formatNumber(sum)}%<span className="std-total__expected">/{expected}</span>
        </td>
      </tr>
    </tfoot>
  );
  const add = () =>
    writer.add('assessment', {
      kind: 'process',
      name: t('curriculum.structure.newName'),
      weight: 0,
    });
  return (
    <StandardSection
      id="assessment"
      number={7}
      status={`${formatNumber(sum)}% / ${expected}%`}
      actions={
        editable && (
          <button type="button" className="link-button" onClick={add}>
            {t('curriculum.standard.addAssessment')}
          </button>
        )
      }
    >
      <StandardTable
        label={t('curriculum.standard.sections.assessment')}
        sectionId="assessment"
        collection="assessment"
        sections={[{ id: 'items', rows: items }]}
        columns={columns}
        editable={editable}
        writer={writer}
        footer={footer}
        emptyText={t('curriculum.standard.noAssessment')}
        testId="assessment-grid"
      />
      {narrative}
    </StandardSection>
  );
}
