import type { DomainMessage } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';

export interface ShownProblem {
  path: readonly string[];
  message: DomainMessage;
  /** Present when the problem points at something on screen. */
  onJump?: () => void;
}

/**
 * What a reader found wrong in the document itself (a malformed cell, a link to something that
 * was deleted): listed, never silently dropped, and never a reason for the page to fail.
 */
export function ProblemsPanel({ problems }: { problems: readonly ShownProblem[] }) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  if (problems.length === 0) return null;
  return (
    <section className="problems" aria-labelledby="problems-title" data-testid="problems-panel">
      <h2 id="problems-title" className="problems__title">
        {t('curriculum.problems.title', { count: problems.length })}
      </h2>
      <p className="problems__intro">{t('curriculum.problems.intro')}</p>
      <ul className="problems__list">
        {problems.map((problem, index) => {
          const text = describe(problem.message);
          const where = problem.path.join(' › ');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
            <li key={index} className="problem">
              {problem.onJump ? (
                <button type="button" className="problem__button" onClick={problem.onJump}>
                  {text}
                </button>
              ) : (
                <span>{text}</span>
              )}
              <code className="problem__path">{where}</code>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
