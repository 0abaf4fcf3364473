import type { DomainMessage } from '@tandem/domain';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EditConflict, useEditConflict } from '../live/useEditConflict';
import { useDomainMessage } from '../messages/useDomainMessage';
import { draftFromValue, rawFromDraft } from './cellText';
import type { CellKind, RemoteCell } from './columns';
import type { CommitThen } from './GridCell';
import { editKeyCommit } from './gridNavigation';

interface CellInputProps {
  kind: CellKind;
  label: string;
  initial: unknown;
  seed: string | null;
  nullable: boolean;
  validate(raw: unknown): DomainMessage | null;
  /** People whose focus is in this cell now (their change shows while you type). */
  remote: readonly RemoteCell[] | undefined;
  /** Returns whether the value was accepted (and written). */
  onCommit(raw: unknown, then: CommitThen): boolean;
  onCancel(): void;
  /** Leaving the cell while in conflict: nothing is written; the grid offers to apply yours. */
  onConflict(mine: unknown, conflict: EditConflict): void;
}

/**
 * The input of a cell being edited. What you type is checked as you type (the same domain check
 * the write runs), so a refused value is explained before you press Enter; Enter, Tab and leaving
 * the cell write it, Escape drops it.
 *
 * When someone else changes the cell while you type, the input says who and to what: Enter still
 * writes yours (you have seen theirs), Escape takes theirs, and leaving the cell writes nothing and
 * hands the grid your value to apply if you choose.
 */
export function CellInput(props: CellInputProps) {
  const { kind, label, initial, seed, nullable, validate, onCommit, onCancel } = props;
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const [draft, setDraft] = useState(() => draftFromValue(initial, seed));
  const [problem, setProblem] = useState<DomainMessage | null>(null);
  const live = draftFromValue(initial, null);
  const original = useRef(live);
  const done = useRef(false);
  const { conflict, base, rebase } = useEditConflict(live, draft, props.remote);
  // Untouched so far: follow the live value, there is nothing of yours to keep.
  useEffect(() => {
    if (draft === base && live !== base) {
      rebase(live);
      original.current = live;
      setDraft(live);
    }
  }, [draft, base, live, rebase]);

  const commit = (then: CommitThen) => {
    if (done.current) return;
    if (conflict && then === 'blur') {
      done.current = true;
      props.onConflict(rawFromDraft(kind, draft, nullable), conflict);
      onCancel();
      return;
    }
    if (draft === original.current) {
      done.current = then !== 'keep';
      if (then === 'blur') onCancel();
      else onCommit(initial, then);
      return;
    }
    const accepted = onCommit(rawFromDraft(kind, draft, nullable), then);
    if (accepted || then === 'blur') done.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = editKeyCommit(event);
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (next === 'cancel') {
      done.current = true;
      onCancel();
      return;
    }
    commit(next);
  };

  return (
    <>
      <input
        className="grid-cell__input"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        title={problem ? describe(problem) : undefined}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        value={draft}
        // biome-ignore lint/a11y/noAutofocus: the cell became an input because the user asked to edit it
        autoFocus
        onFocus={(event) => {
          if (seed === null) event.currentTarget.select();
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(validate(rawFromDraft(kind, event.target.value, nullable)));
        }}
        onKeyDown={onKeyDown}
        onBlur={() => commit('blur')}
      />
      {conflict && (
        <span className="grid-cell__conflict" role="status" data-testid="cell-conflict">
          {t('fields.changedMeanwhile', {
            name: conflict.by ?? t('fields.someone'),
            value: conflict.theirs || t('fields.emptyValue'),
          })}
        </span>
      )}
    </>
  );
}
