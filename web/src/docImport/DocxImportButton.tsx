import type { DocumentType } from '@tandem/domain';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ImportDone } from './DocxImportDialog';
import { docImportProfile } from './docImportProfiles';
import './docImport.css';

// mammoth and the HTML-to-Lexical conversion load only when someone opens the dialog.
const DocxImportDialog = lazy(() =>
  import('./DocxImportDialog').then((m) => ({ default: m.DocxImportDialog })),
);

interface DocxImportButtonProps {
  documentType: DocumentType;
  doc: Y.Doc;
  contentLoaded: Promise<void>;
  userId: string;
}

type Outcome = { kind: 'done'; done: ImportDone } | { kind: 'undone' } | null;

/**
 * "Import from Word" beside Export, for editors of a document type that has an import profile;
 * afterwards it says what the import did and offers to take it back in one step.
 */
export function DocxImportButton(props: DocxImportButtonProps) {
  const { t } = useTranslation();
  const profile = docImportProfile(props.documentType);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const undo = outcome?.kind === 'done' ? outcome.done.undo : null;
  // The undo step lives as long as its offer is shown.
  useEffect(() => () => undo?.destroy(), [undo]);
  if (!profile) return null;

  return (
    <div className="doc-import__entry">
      <button
        type="button"
        className="export-menu__button"
        title={t('docImport.openHint')}
        onClick={() => {
          setOutcome(null);
          setOpen(true);
        }}
        data-testid="docx-import-open"
      >
        {t('docImport.open')}
      </button>
      {outcome && (
        <div className="doc-import__outcome" role="status" data-testid="docx-import-done">
          <span>
            {outcome.kind === 'done'
              ? t('docImport.done', { sections: outcome.done.sections, rows: outcome.done.rows })
              : t('docImport.undone')}
          </span>
          {undo && (
            <button
              type="button"
              className="button button--compact"
              onClick={() => {
                undo.undo();
                setOutcome({ kind: 'undone' });
              }}
              data-testid="docx-import-undo"
            >
              {t('docImport.undo')}
            </button>
          )}
          <button
            type="button"
            className="button button--compact button--quiet"
            onClick={() => setOutcome(null)}
          >
            {t('docImport.dismiss')}
          </button>
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <DocxImportDialog
            profile={profile}
            doc={props.doc}
            contentLoaded={props.contentLoaded}
            userId={props.userId}
            onImported={(done) => setOutcome({ kind: 'done', done })}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
