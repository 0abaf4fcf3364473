import {
  type DocumentDto,
  EXPORT_FORMATS_BY_TYPE,
  type ExportFormat,
  type ExportLanguage,
} from '@tandem/protocol';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentExportUrl } from '../api';
import './exportMenu.css';

interface ExportItem {
  format: ExportFormat;
  lang: ExportLanguage;
  label: string;
}

/**
 * "Export" in the document header: a course standard as Word or PDF, a curriculum map as Excel,
 * with Chinese headings (as colleges submit them) or English ones. The files are plain links
 * with `download`, so the browser saves them under the name the server gives (the title).
 */
export function ExportMenu({ document: doc }: { document: DocumentDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
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

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys belong to the menu it holds
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('document.export.hint')}
        data-testid="export-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {t('document.export.label')}
      </button>
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
              onClick={() => setOpen(false)}
            >
              {item.label}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
