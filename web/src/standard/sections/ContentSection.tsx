import { type ContentUnit, type Course, DELIVERERS, VENUES } from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type GridColumn, jumpKey, useEnumOptions } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';
import { StandardSection } from './StandardSection';
import { StandardTable } from './StandardTable';

interface ContentSectionProps {
  units: readonly ContentUnit[];
  course: Course | null;
  editable: boolean;
  writer: StandardWriter;
}

function TotalCell({
  field,
  actual,
  expected,
}: {
  field: 'hoursTheory' | 'hoursPractice';
  actual: number;
  expected: number | null;
}) {
  const { t } = useTranslation();
  const off = expected !== null && actual !== expected;
  return (
    <td
      className={`grid-cell grid-cell--end std-total${off ? ' is-off' : expected !== null ? ' is-ok' : ''}`}
      data-jump={jumpKey.standardField('content', field)}
      tabIndex={-1}
      data-testid={`total-${field}`}
      title={
        expected === null
          ? t('curriculum.standard.noCourseHours')
          : t('curriculum.standard.courseHas', { hours: expected })
      }
    >
      {formatNumber(actual)}
      {expected !== null && <span className="std-total__expected">/{expected}</span>}
    </td>
  );
}

/** Section 5: content units with hours, venue and who teaches; totals are checked against the map (R9). */
export function ContentSection({ units, course, editable, writer }: ContentSectionProps) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const columns = useMemo<GridColumn<ContentUnit>[]>(() => {
    const f = t('curriculum.fields', { returnObjects: true });
    return [
      { id: 'module', kind: 'text', label: f.module, width: 110, value: (u) => u.module },
      { id: 'task', kind: 'text', label: f.task, width: 150, value: (u) => u.task },
      {
        id: 'requirements',
        kind: 'text',
        label: f.requirements,
        width: 180,
        value: (u) => u.requirements,
      },
      {
        id: 'hoursTheory',
        kind: 'number',
        label: t('curriculum.columns.theory'),
        title: f.hoursTheory,
        width: 60,
        align: 'end',
        value: (u) => u.hoursTheory,
      },
      {
        id: 'hoursPractice',
        kind: 'number',
        label: t('curriculum.columns.practice'),
        title: f.hoursPractice,
        width: 60,
        align: 'end',
        value: (u) => u.hoursPractice,
      },
      {
        id: 'venue',
        kind: 'enum',
        label: f.venue,
        width: 80,
        nullable: true,
        options: options('venue', VENUES),
        value: (u) => u.venue,
      },
      {
        id: 'deliveredBy',
        kind: 'enum',
        label: f.deliveredBy,
        width: 84,
        options: options('deliveredBy', DELIVERERS),
        value: (u) => u.deliveredBy,
      },
      {
        id: 'certificateItem',
        kind: 'text',
        label: f.certificateItem,
        width: 130,
        nullable: true,
        value: (u) => u.certificateItem,
      },
    ];
  }, [t, options]);
  const theory = units.reduce((sum, u) => sum + u.hoursTheory, 0);
  const practice = units.reduce((sum, u) => sum + u.hoursPractice, 0);
  const total = course ? course.hoursTheory + course.hoursPractice : null;
  const footer = (
    <tfoot className="std-foot">
      <tr>
        <th colSpan={4} scope="row" className="std-foot__label">
          {t('curriculum.standard.unitTotals')}
        </th>
        <TotalCell field="hoursTheory" actual={theory} expected={course?.hoursTheory ?? null} />
        <TotalCell
          field="hoursPractice"
          actual={practice}
          expected={course?.hoursPractice ?? null}
        />
        <td colSpan={3} />
      </tr>
    </tfoot>
  );
  const add = () =>
    writer.add('units', {
      module: t('curriculum.standard.newModule'),
      task: t('curriculum.structure.newName'),
      hoursTheory: 0,
      hoursPractice: 0,
      deliveredBy: 'school',
    });
  return (
    <StandardSection
      id="content"
      number={5}
      status={t('curriculum.standard.hoursStatus', {
        actual: formatNumber(theory + practice),
        expected: total ?? '—',
      })}
      actions={
        editable && (
          <button type="button" className="link-button" onClick={add}>
            {t('curriculum.standard.addUnit')}
          </button>
        )
      }
    >
      <StandardTable
        label={t('curriculum.standard.sections.content')}
        sectionId="content"
        collection="units"
        sections={[{ id: 'units', rows: units }]}
        columns={columns}
        editable={editable}
        writer={writer}
        footer={footer}
        emptyText={t('curriculum.standard.noUnits')}
        testId="units-grid"
      />
    </StandardSection>
  );
}
