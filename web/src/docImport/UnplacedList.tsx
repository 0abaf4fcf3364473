import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSectionNames } from '../i18n';
import type { UnplacedItem } from './buildDocImportPlan';
import type { DocImportProfile } from './DocImportProfile';

/** The preview shows this much of an item; Copy takes all of it. */
const EXCERPT_CHARS = 280;

type CopyState = { key: string; ok: boolean } | null;

/** What the import cannot place, each with its text to copy and put where it belongs by hand. */
export function UnplacedList({
  items,
  profile,
}: {
  items: readonly UnplacedItem[];
  profile: DocImportProfile;
}) {
  const { t } = useTranslation();
  const names = useSectionNames(profile.documentType);
  const [copied, setCopied] = useState<CopyState>(null);
  if (items.length === 0) return null;

  const label = (item: UnplacedItem) => {
    const section = item.sectionId === null ? '' : (names.title(item.sectionId) ?? item.sectionId);
    return t(`docImport.kinds.${item.kind}`, { where: item.where ?? '', section, line: item.line });
  };
  const copy = async (key: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ key, ok: true });
    } catch {
      // No clipboard (permission refused, insecure page): the text is on screen to select.
      setCopied({ key, ok: false });
    }
  };
  const copyState = (key: string) =>
    copied?.key === key ? t(copied.ok ? 'docImport.copied' : 'docImport.copyFailed') : '';
  const all = items.map((item) => [label(item), item.text].filter((s) => s !== '').join('\n'));

  return (
    <section className="doc-import__unplaced" data-testid="docx-unplaced">
      <div className="doc-import__unplaced-head">
        <h3 className="doc-import__heading">
          {t('docImport.unplacedTitle', { count: items.length })}
        </h3>
        <button
          type="button"
          className="button button--compact"
          onClick={() => copy('all', all.join('\n\n'))}
        >
          {t('docImport.copyAll')}
        </button>
        <span role="status" className="field__hint">
          {copyState('all')}
        </span>
      </div>
      <p className="field__hint">{t('docImport.unplacedHint')}</p>
      <ul className="doc-import__unplaced-list">
        {items.map((item, index) => {
          const key = String(index);
          const text = item.text;
          return (
            <li key={key} className="doc-import__unplaced-item" data-kind={item.kind}>
              <div className="doc-import__unplaced-label">
                <strong>{label(item)}</strong>
                {text !== '' && (
                  <button
                    type="button"
                    className="button button--compact button--quiet"
                    onClick={() => copy(key, text)}
                  >
                    {t('docImport.copy')}
                  </button>
                )}
                <span role="status" className="field__hint">
                  {copyState(key)}
                </span>
              </div>
              {item.kind === 'image' && (
                <p className="field__hint">{t('docImport.kinds.imageNoText')}</p>
              )}
              {text !== '' && (
                <p className="doc-import__excerpt">
                  {text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
