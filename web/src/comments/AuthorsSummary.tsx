import type { DocumentType } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { useSectionNames } from '../i18n';
import { AUTHOR_SIDES } from './Authorship';
import { rootReadingOrder, sectionLabel } from './anchorLabel';
import type { CommentsState, CommentsStore } from './CommentsStore';

/** The "Show authors" legend: a switch per side and each side's share of every section. */
export function AuthorsSummary({
  store,
  state,
  documentType,
}: {
  store: CommentsStore;
  state: CommentsState;
  documentType: DocumentType;
}) {
  const { t } = useTranslation();
  const sections = useSectionNames(documentType);
  const sideName = (side: (typeof AUTHOR_SIDES)[number]) => t(`comments.authors.sides.${side}`);
  return (
    <section
      className="authors"
      aria-label={t('comments.authors.title')}
      data-testid="authors-summary"
    >
      <h3 className="authors__title">{t('comments.authors.title')}</h3>
      <p className="authors__hint">{t('comments.authors.hint')}</p>
      <div className="authors__sides">
        {AUTHOR_SIDES.map((side) => (
          <label key={side} className={`authors__side authors__side--${side}`}>
            <input
              type="checkbox"
              checked={state.sides[side]}
              aria-label={t('comments.authors.showSide', { side: sideName(side) })}
              onChange={() => store.toggleSide(side)}
            />
            <span className="authors__swatch" aria-hidden="true" />
            {sideName(side)}
          </label>
        ))}
      </div>
      {state.shares === null ? (
        <p className="authors__hint">{t('comments.authors.loading')}</p>
      ) : (
        <ul className="authors__sections">
          {[...state.shares]
            .sort((a, b) => rootReadingOrder(a.root, sections) - rootReadingOrder(b.root, sections))
            .map((section) => {
              const total = section.chars.school + section.chars.enterprise + section.chars.unknown;
              return (
                <li key={section.root} className="authors__section" data-root={section.root}>
                  <span className="authors__section-name">
                    {sectionLabel(section.root, t, sections)}
                  </span>
                  {total === 0 ? (
                    <span className="authors__hint">{t('comments.authors.noText')}</span>
                  ) : (
                    <>
                      <span className="authors__bar" aria-hidden="true">
                        {AUTHOR_SIDES.map((side) => (
                          <span
                            key={side}
                            className={`authors__bar-part authors__bar-part--${side}`}
                            style={{ width: `${section.share[side]}%` }}
                          />
                        ))}
                      </span>
                      <span className="authors__shares">
                        {AUTHOR_SIDES.filter((side) => section.chars[side] > 0).map((side) => (
                          <span
                            key={side}
                            className={`authors__share authors__share--${side}`}
                            data-side={side}
                          >
                            {t(
                              side === 'unknown'
                                ? 'comments.authors.shareUnknown'
                                : 'comments.authors.share',
                              {
                                side: sideName(side),
                                percent: section.share[side],
                              },
                            )}
                          </span>
                        ))}
                      </span>
                    </>
                  )}
                </li>
              );
            })}
        </ul>
      )}
    </section>
  );
}
