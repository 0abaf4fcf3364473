import { useTranslation } from 'react-i18next';
import { useSectionNames } from '../i18n';
import type { DocImportPlan, PlannedNarrative } from './buildDocImportPlan';
import type { DocImportProfile } from './DocImportProfile';
import type { NarrativeMode } from './narrativeUpdate';
import type { PlannedTable } from './planTable';
import { RowsPreview } from './RowsPreview';

/** What the document holds now, read when the preview was made. */
export interface ExistingContent {
  /** Section id → whether its rich text already has words. */
  text: Readonly<Record<string, boolean>>;
  /** Collection → rows it already has. */
  rows: Readonly<Record<string, number>>;
}

interface SectionsPreviewProps {
  plan: DocImportPlan;
  profile: DocImportProfile;
  existing: ExistingContent;
  modes: Readonly<Record<string, NarrativeMode>>;
  onMode(sectionId: string, mode: NarrativeMode): void;
}

const EXCERPT_CHARS = 200;

function NarrativePreview(props: {
  narrative: PlannedNarrative;
  hasText: boolean;
  mode: NarrativeMode;
  onMode(mode: NarrativeMode): void;
}) {
  const { t } = useTranslation();
  const { narrative } = props;
  const text = narrative.text;
  return (
    <div className="doc-import__narrative">
      <p className="doc-import__excerpt" data-testid="docx-excerpt">
        {text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text}
      </p>
      {props.hasText ? (
        <fieldset className="doc-import__mode">
          <legend className="field__hint">
            {t('docImport.hasText')} {t('docImport.modeLabel')}
          </legend>
          {(['append', 'replace'] as const).map((mode) => (
            <label key={mode} className="doc-import__mode-choice">
              <input
                type="radio"
                name={`docx-mode-${narrative.section.id}`}
                value={mode}
                checked={props.mode === mode}
                onChange={() => props.onMode(mode)}
                data-testid={`docx-mode-${narrative.section.id}-${mode}`}
              />
              {t(`docImport.modes.${mode}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="field__hint">{t('docImport.emptySection')}</p>
      )}
    </div>
  );
}

function TablePreview({ table, existing }: { table: PlannedTable; existing: number }) {
  const { t } = useTranslation();
  const count = (action: string) => table.rows.filter((r) => r.action === action).length;
  const invalid = count('invalid');
  const skipped = count('skip');
  return (
    <div className="doc-import__table">
      <p className="field__hint">
        {t('docImport.rowsSummary', { add: count('add'), existing })}
        {invalid > 0 && ` · ${t('docImport.rowsInvalid', { count: invalid })}`}
        {skipped > 0 && ` · ${t('docImport.rowsSkipped', { count: skipped })}`}
      </p>
      <RowsPreview table={table} />
    </div>
  );
}

/** Each template section the file names, in template order, with what will go into it. */
export function SectionsPreview(props: SectionsPreviewProps) {
  const { t } = useTranslation();
  const names = useSectionNames(props.profile.documentType);
  const { plan, existing } = props;
  return (
    <ol className="doc-import__sections" data-testid="docx-sections">
      {plan.sectionIds.map((id) => {
        const narrative = plan.narratives.find((n) => n.section.id === id);
        const tables = plan.tables.filter((table) => table.mapping.sectionId === id);
        const number = names.number(id);
        return (
          <li key={id} className="doc-import__section" data-section={id}>
            <h3 className="doc-import__heading">
              {number !== null && <span className="doc-import__number">{number}</span>}
              {names.title(id) ?? id}
            </h3>
            {narrative && (
              <>
                <p className="field__hint">
                  {t('docImport.from', { headings: narrative.headings.join('”, “') })}
                </p>
                <NarrativePreview
                  narrative={narrative}
                  hasText={existing.text[id] === true}
                  mode={props.modes[id] ?? 'append'}
                  onMode={(mode) => props.onMode(id, mode)}
                />
              </>
            )}
            {!narrative && tables.length === 0 && (
              <p className="field__hint">{t('docImport.sectionNothing')}</p>
            )}
            {tables.map((table, i) => (
              <TablePreview
                // biome-ignore lint/suspicious/noArrayIndexKey: tables keep their file order
                key={i}
                table={table}
                existing={existing.rows[table.mapping.collection] ?? 0}
              />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
