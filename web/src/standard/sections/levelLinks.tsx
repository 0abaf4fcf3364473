import type { DomainResult } from '@tandem/domain';
import type { ReactNode } from 'react';
import type { CellOption, GridWriter } from '../../curriculum';

/** Something a row can link to with a level: a competency, a course. */
export interface LinkTarget {
  id: string;
  code: string;
  /** The option's text in the picker, e.g. "ZY401 电子商务基础". */
  label: string;
}

/** `<targetId>` → level code, one key per link (`competencies.<id>`, `courses.<id>`). */
export type LevelLinkMap = Readonly<Record<string, string>>;

interface LevelLinksOptions {
  targets: readonly LinkTarget[];
  /**
   * The levels to choose from, one option per target and level ("ZY401 · M"); null for one option
   * per target, linked at `defaultLevel`.
   */
  levels: readonly { code: string; label: string }[] | null;
  defaultLevel(targetId: string): string;
  /** Whether the targets are known (the map is open), so a link to a missing one is flagged. */
  checked: boolean;
}

/** The separator of a leveled option's value; ids never contain it (ID_PATTERN). */
const AT = '@';

function parse(value: string): { id: string; level: string | null } {
  const at = value.indexOf(AT);
  return at < 0
    ? { id: value, level: null }
    : { id: value.slice(0, at), level: value.slice(at + 1) };
}

/**
 * Links with a level of a mapping scale, edited in a grid's tag picker: the options, the chips a
 * cell shows, and a writer that turns one ticked or unticked option into one `<field>.<id>` write.
 * Ticking another level of a linked target replaces its level (one key per target).
 */
export function levelLinks({ targets, levels, defaultLevel, checked }: LevelLinksOptions) {
  const code = new Map(targets.map((t) => [t.id, t.code]));
  const encode = (id: string, level: string) => (levels ? `${id}${AT}${level}` : id);
  /** The option values a row's links select. */
  const value = (links: LevelLinkMap): string[] =>
    Object.entries(links).map(([id, level]) => encode(id, level));
  return {
    value,
    options(rows: readonly LevelLinkMap[]): CellOption[] {
      const known: CellOption[] = targets.flatMap((t) =>
        levels
          ? levels.map((l) => ({
              value: encode(t.id, l.code),
              label: `${t.label} · ${l.code} ${l.label}`,
              short: `${t.code} ${l.code}`,
            }))
          : [{ value: t.id, label: t.label, short: t.code }],
      );
      const seen = new Set(known.map((o) => o.value));
      const dangling = rows
        .flatMap((links) => Object.entries(links))
        .filter(([id]) => !code.has(id))
        .map(([id, level]) => encode(id, level))
        .filter((value, i, all) => !seen.has(value) && all.indexOf(value) === i)
        .map((value) => ({ value, label: `${parse(value).id} ⚠`, short: `${parse(value).id} ⚠` }));
      return [...known, ...dangling];
    },
    display(links: LevelLinkMap): ReactNode {
      const entries = Object.entries(links);
      if (entries.length === 0) return '';
      return (
        <span className="link-chips">
          {entries.map(([id, level]) => (
            <span
              key={id}
              className={`link-chip${code.has(id) || !checked ? '' : ' link-chip--dangling'}`}
            >
              {code.get(id) ?? id}
              <span className="link-chip__level">{level}</span>
            </span>
          ))}
        </span>
      );
    },
    writer(
      linksOf: (rowId: string) => LevelLinkMap,
      write: (rowId: string, targetId: string, level: string | null) => DomainResult<unknown>,
    ): GridWriter {
      const commit = (rowId: string, raw: unknown): DomainResult<unknown> => {
        const next = new Set(Array.isArray(raw) ? raw.map(String) : []);
        const current = new Set(value(linksOf(rowId)));
        const added = [...next].find((v) => !current.has(v));
        if (added) {
          const { id, level } = parse(added);
          return write(rowId, id, level ?? defaultLevel(id));
        }
        const removed = [...current].find((v) => !next.has(v));
        if (removed) return write(rowId, parse(removed).id, null);
        return { ok: true, value: null };
      };
      return {
        validate: () => ({ ok: true, value: null }),
        commit: (id, _f, raw) => commit(id, raw),
      };
    },
  };
}
