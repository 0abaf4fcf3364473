import {
  type DocumentDto,
  ErrorCode,
  EXPORT_FORMATS_BY_TYPE,
  type ExportFormat,
  type ExportLanguage,
} from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, type MouseEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, describeApiError, documentExportUrl, requestFile } from '../api';
import './exportMenu.css';

interface ExportItem {
  format: ExportFormat;
  lang: ExportLanguage;
  label: string;
}

/**
 * "Export" in the document header: a course standard or talent plan as Word or PDF, a curriculum
 * map as Excel, with Chinese headings (as colleges submit them) or English ones. Each item is a
 * link to the file (so "save link as" works), but a click fetches it, so the button can say the
 * file is being prepared (a plan's PDF takes seconds) and a refusal is said in words rather
 * than as a failed download; the file is saved under the name the server gives (the title).
 */
export function ExportMenu({ document: doc }: { document: DocumentDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const formats = EXPORT_FORMATS_BY_TYPE[doc.type] ?? [];

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: Event) => {
      if (event.target instanceof Node && root.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  if (formats.length === 0) return null;
  const items: ExportItem[] = formats.flatMap((format) => [
    { format, lang: 'zh-CN' as const, label: t(`document.export.${format}`) },
    { format, lang: 'en' as const, label: t(`document.export.${format}En`) },
  ]);

  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = links.indexOf(window.document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      links[(at + step + links.length) % links.length]?.focus();
    } else {
      return;
    }
    event.preventDefault();
  };

  const onItem = async (event: MouseEvent<HTMLAnchorElement>, item: ExportItem) => {
    event.preventDefault();
    setOpen(false);
    setError(null);
    setPreparing(true);
    try {
      const file = await requestFile(documentExportUrl(doc.id, item.format, item.lang));
      saveFile(file.blob, file.name ?? `${doc.title}.${item.format}`);
    } catch (e) {
      setError(exportErrorText(t, e));
    } finally {
      setPreparing(false);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys belong to the menu it holds
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={preparing}
        disabled={preparing}
        title={t('document.export.hint')}
        data-testid="export-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {preparing ? t('document.export.preparing') : t('document.export.label')}
      </button>
      {error && (
        <div className="export-menu__error" role="alert" data-testid="export-error">
          <p>{error}</p>
          <button
            type="button"
            className="export-menu__dismiss"
            aria-label={t('curriculum.common.close')}
            onClick={() => setError(null)}
          >
            ×
          </button>
        </div>
      )}
      {open && (
        <div className="export-menu__list" role="menu" aria-label={t('document.export.label')}>
          {items.map((item) => (
            <a
              key={`${item.format}-${item.lang}`}
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              href={documentExportUrl(doc.id, item.format, item.lang)}
              download
              data-testid={`export-${item.format}-${item.lang}`}
              onClick={(event) => void onItem(event, item)}
            >
              {item.label}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}

/** Hands a fetched file to the browser's downloads, under `name`. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken the bytes once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function exportErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('document.export.errors.failed');
  if (error.code === ErrorCode.EXPORT_BUSY) return t('document.export.errors.busy');
  if (error.code === ErrorCode.EXPORT_FONT_MISSING) return t('document.export.errors.fontMissing');
  return describeApiError(t, error);
}
