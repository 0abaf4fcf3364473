import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { useModalDialog } from '../app/useModalDialog';
import { useDomainMessage } from '../curriculum';
import { editorNodes } from '../editor';
import { useLanguage, useSectionNames } from '../i18n';
import { applyDocImport, type DocImportOrigin } from './applyDocImport';
import { buildDocImportPlan, type DocImportPlan } from './buildDocImportPlan';
import type { DocImportProfile } from './DocImportProfile';
import type { NarrativeMode } from './narrativeUpdate';
import { type DocxError, readDocx } from './readDocx';
import { type ExistingContent, SectionsPreview } from './SectionsPreview';
import { sectionHasText } from './sectionHasText';
import { UnplacedList } from './UnplacedList';
import './docImport.css';

export interface ImportDone {
  sections: number;
  rows: number;
  undo: Y.UndoManager;
}

interface DocxImportDialogProps {
  profile: DocImportProfile;
  doc: Y.Doc;
  /** The document's content has arrived: "already has text" must be judged on all of it. */
  contentLoaded: Promise<void>;
  userId: string;
  onImported(done: ImportDone): void;
  onClose(): void;
}

/** The sections whose tables become rows, quoted and listed as the reader's language lists. */
function useTableSections(profile: DocImportProfile): string {
  const names = useSectionNames(profile.documentType);
  const language = useLanguage();
  const ids = [...new Set(profile.tables.map((table) => table.sectionId))];
  const titles = ids.map((id) => `“${names.title(id) ?? id}”`);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(titles);
}

function readExisting(doc: Y.Doc, profile: DocImportProfile, plan: DocImportPlan) {
  const text: Record<string, boolean> = {};
  for (const n of plan.narratives) {
    if (n.section.rootName)
      text[n.section.id] = sectionHasText(doc.get(n.section.rootName, Y.XmlText));
  }
  const rows: Record<string, number> = {};
  for (const table of profile.tables) rows[table.collection] = doc.getMap(table.root).size;
  return { text, rows } satisfies ExistingContent;
}

/**
 * Choose a .docx → see what goes into which section and what has no place → Import. The file
 * is only read until Import; Cancel (or Escape) writes nothing.
 */
export function DocxImportDialog(props: DocxImportDialogProps) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const ref = useModalDialog();
  const tableSections = useTableSections(props.profile);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<DocxError | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ plan: DocImportPlan; existing: ExistingContent } | null>(
    null,
  );
  const [modes, setModes] = useState<Record<string, NarrativeMode>>({});

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setRefused(null);
    setModes({});
    if (!file) return;
    setReading(true);
    const read = await readDocx(file);
    if (read.ok) await props.contentLoaded;
    setReading(false);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    const body = new DOMParser().parseFromString(read.html, 'text/html').body;
    const { doc, profile } = props;
    const plan = buildDocImportPlan(
      body,
      profile,
      (c) => profile.takenCodes?.(doc, c) ?? new Set(),
    );
    setPreview({ plan, existing: readExisting(doc, profile, plan) });
  };

  const plan = preview?.plan ?? null;
  const rows = plan?.tables.flatMap((t) => t.rows).filter((r) => r.action === 'add').length ?? 0;
  const writes = (plan?.narratives.length ?? 0) + rows;
  const confirm = () => {
    if (!plan || writes === 0) return;
    const origin: DocImportOrigin = { source: 'client', area: 'doc-import', userId: props.userId };
    const result = applyDocImport(props.doc, props.profile, plan, modes, origin, editorNodes);
    if (!result.ok) {
      setRefused(t('docImport.failed', { line: result.line, reason: describe(result.message) }));
      return;
    }
    props.onImported(result);
    ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide doc-import"
      aria-labelledby="docx-import-title"
      onClose={props.onClose}
      data-testid="docx-import"
    >
      <div className="dialog__form">
        <h2 id="docx-import-title" className="dialog__title">
          {t('docImport.title')}
        </h2>
        <p className="field__hint">{t('docImport.intro', { sections: tableSections })}</p>
        <label className="field">
          <span className="field__label">{t('docImport.fileLabel')}</span>
          <input
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => choose(event.target.files?.[0])}
            data-testid="docx-file"
          />
        </label>
        {reading && <p role="status">{t('docImport.reading')}</p>}
        {error && (
          <p className="field__error" role="alert" data-testid="docx-error">
            {t(`docImport.errors.${error.code}`, error.params)}
          </p>
        )}
        {preview && plan && (
          <div className="doc-import__preview">
            <p className="doc-import__summary" role="status" data-testid="docx-summary">
              {plan.sectionIds.length === 0
                ? t('docImport.nothingMatched')
                : t('docImport.summary', {
                    sections: plan.narratives.length,
                    rows,
                    unplaced: plan.unplaced.length,
                  })}
            </p>
            <SectionsPreview
              plan={plan}
              profile={props.profile}
              existing={preview.existing}
              modes={modes}
              onMode={(id, mode) => setModes((m) => ({ ...m, [id]: mode }))}
            />
            <UnplacedList items={plan.unplaced} profile={props.profile} />
          </div>
        )}
        {preview && <p className="field__hint">{t('docImport.notWritten')}</p>}
        {refused && (
          <p className="field__error" role="alert">
            {refused}
          </p>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => ref.current?.close()}
            data-testid="docx-cancel"
          >
            {t('docImport.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={writes === 0}
            onClick={confirm}
            data-testid="docx-confirm"
          >
            {t('docImport.confirm')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
