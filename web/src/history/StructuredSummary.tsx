import { useTranslation } from 'react-i18next';
import { optionalMessage } from './historyModel';

type Row = Record<string, unknown> & { id: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A root like `courses` (id → fields) as rows in their saved order. */
function rowsOf(data: Record<string, unknown>, root: string): Row[] {
  const value = data[root];
  if (!isRecord(value)) return [];
  return Object.entries(value)
    .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
    .map(([id, fields]): Row => ({ ...fields, id }))
    .sort((a, b) => num(a.order) - num(b.order));
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

/**
 * A read-only summary of a structured document at a version: for a curriculum map its courses by
 * module with hours and credits; for a course standard its information, units and objectives.
 * Not a second grid: enough to see what the version said.
 */
export function StructuredSummary({ data }: { data: Record<string, unknown> }) {
  const meta = isRecord(data.meta) ? data.meta : {};
  if (meta.type === 'curriculum-map' || 'courses' in data) return <MapSummary data={data} />;
  return <StandardSummary data={data} />;
}

function MapSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation();
  const courses = rowsOf(data, 'courses');
  const groups = rowsOf(data, 'groups');
  const byGroup = new Map<string, Row[]>();
  for (const c of courses) {
    const key = groups.some((g) => g.id === c.groupId) ? str(c.groupId) : '';
    byGroup.set(key, [...(byGroup.get(key) ?? []), c]);
  }
  const sections = [
    ...groups.map((g) => ({ id: g.id, name: str(g.name) })),
    { id: '', name: t('history.structured.ungrouped') },
  ].filter((s) => (byGroup.get(s.id) ?? []).length > 0);
  const hours = courses.reduce((sum, c) => sum + num(c.hoursTheory) + num(c.hoursPractice), 0);
  const credits = courses.reduce((sum, c) => sum + num(c.credits), 0);
  return (
    <section className="structured-summary" data-testid="map-summary">
      <p className="structured-summary__totals">
        {t('history.structured.courses', { count: courses.length })} ·{' '}
        {t('history.structured.totals', { hours, credits })}
      </p>
      {sections.map((s) => (
        <div key={s.id || 'none'} className="structured-summary__group">
          <h3 className="version-section__title">{s.name}</h3>
          <CourseTable rows={byGroup.get(s.id) ?? []} />
        </div>
      ))}
    </section>
  );
}

function CourseTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <table className="summary-table">
      <thead>
        <tr>
          <th scope="col">{t('history.structured.code')}</th>
          <th scope="col">{t('history.structured.course')}</th>
          <th scope="col" className="summary-table__num">
            {t('history.structured.theory')}
          </th>
          <th scope="col" className="summary-table__num">
            {t('history.structured.practice')}
          </th>
          <th scope="col" className="summary-table__num">
            {t('history.structured.total')}
          </th>
          <th scope="col" className="summary-table__num">
            {t('history.structured.credits')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} data-course-id={c.id}>
            <td className="summary-table__code">{str(c.code)}</td>
            <td>{str(c.name)}</td>
            <td className="summary-table__num">{num(c.hoursTheory)}</td>
            <td className="summary-table__num">{num(c.hoursPractice)}</td>
            <td className="summary-table__num">{num(c.hoursTheory) + num(c.hoursPractice)}</td>
            <td className="summary-table__num">{num(c.credits)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const INFO_FIELDS = ['courseName', 'courseCode', 'courseNameEn', 'versionLabel', 'approvedBy'];

function StandardSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation();
  const info = isRecord(data.info) ? data.info : {};
  const units = rowsOf(data, 'units');
  const objectives = rowsOf(data, 'objectives');
  const infoRows = INFO_FIELDS.filter((f) => str(info[f]).trim() !== '');
  return (
    <section className="structured-summary" data-testid="standard-summary">
      {infoRows.length > 0 && (
        <>
          <h3 className="version-section__title">{t('history.structured.info')}</h3>
          <dl className="summary-facts">
            {infoRows.map((f) => (
              <div key={f} className="summary-facts__row">
                <dt>{optionalMessage(`curriculum.fields.${f}`, f)}</dt>
                <dd>{str(info[f])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {objectives.length > 0 && (
        <>
          <h3 className="version-section__title">{t('history.structured.objectives')}</h3>
          <ul className="summary-list">
            {objectives.map((o) => (
              <li key={o.id}>
                <span className="summary-table__code">{str(o.code)}</span> {str(o.text)}
              </li>
            ))}
          </ul>
        </>
      )}
      {units.length > 0 && (
        <>
          <h3 className="version-section__title">{t('history.structured.units')}</h3>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('history.structured.unit')}</th>
                <th scope="col" className="summary-table__num">
                  {t('history.structured.theory')}
                </th>
                <th scope="col" className="summary-table__num">
                  {t('history.structured.practice')}
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <td>{[str(u.module), str(u.task)].filter(Boolean).join(' — ')}</td>
                  <td className="summary-table__num">{num(u.hoursTheory)}</td>
                  <td className="summary-table__num">{num(u.hoursPractice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
