import type { RuleResult } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import './checks.css';

interface RulePanelProps {
  results: readonly RuleResult[];
  /** Program names by id, to label results measured per program. */
  programNames?: ReadonlyMap<string, string>;
  onJump(result: RuleResult): void;
  /** Milliseconds the last recompute took, shown small for the curious (and for tests). */
  /** How long the last recompute took: for tests and profiling (`data-check-ms`), not shown. */
  checkMs?: number;
}

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

function SeverityIcon({ severity }: { severity: RuleResult['severity'] }) {
  const paths = {
    error: <circle cx="8" cy="8" r="5" />,
    warning: <path d="M8 2.5 14 13H2z" />,
    info: <rect x="3" y="3" width="10" height="10" rx="2" />,
  };
  return (
    <svg
      className={`severity-icon severity-icon--${severity}`}
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {paths[severity]}
    </svg>
  );
}

/**
 * Rule checks, recomputed on every change: errors, then warnings, then notes. Each names its rule
 * and, on click, jumps to the course, cell or section it is about.
 */
export function RulePanel({ results, programNames, onJump, checkMs }: RulePanelProps) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const counts = Object.fromEntries(
    SEVERITY_ORDER.map((s) => [s, results.filter((r) => r.severity === s).length]),
  );
  return (
    <section
      className="checks"
      aria-labelledby="checks-title"
      data-testid="rule-panel"
      data-check-ms={checkMs?.toFixed(1)}
    >
      <header className="checks__head">
        <h2 id="checks-title" className="checks__title">
          {t('curriculum.checks.title')}
        </h2>
        <span className="checks__counts" aria-live="polite">
          {results.length === 0
            ? t('curriculum.checks.allPass')
            : t('curriculum.checks.counts', { errors: counts.error, warnings: counts.warning })}
        </span>
      </header>
      {results.length === 0 ? (
        <p className="checks__empty">
          <span className="checks__ok" aria-hidden="true">
            ✓
          </span>{' '}
          {t('curriculum.checks.allPassBody')}
        </p>
      ) : (
        <ol className="checks__list">
          {SEVERITY_ORDER.flatMap((severity) => results.filter((r) => r.severity === severity)).map(
            (result, index) => {
              const program = result.programId ? programNames?.get(result.programId) : undefined;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: results have no identity; order is stable per recompute
                <li key={index}>
                  <button
                    type="button"
                    className={`check check--${result.severity}`}
                    data-rule={result.ruleId}
                    onClick={() => onJump(result)}
                  >
                    <SeverityIcon severity={result.severity} />
                    <span className="check__rule">{result.ruleId}</span>
                    <span className="check__text">
                      <span className="visually-hidden">
                        {t(`curriculum.enums.severity.${result.severity}`)}:{' '}
                      </span>
                      {describe(result.message)}
                      {program && <span className="check__scope">{program}</span>}
                    </span>
                  </button>
                </li>
              );
            },
          )}
        </ol>
      )}
    </section>
  );
}
