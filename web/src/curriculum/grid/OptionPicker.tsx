import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellOption } from './columns';
import { listKeyIndex } from './listKeys';

interface OptionPickerProps {
  anchor: HTMLElement | null;
  options: readonly CellOption[];
  selected: readonly string[];
  multiple: boolean;
  /** Offer "none" first (nullable enums). */
  allowNone: boolean;
  label: string;
  onPick(value: string | null): void;
  onClose(): void;
}

const NONE = '\u0000none';

/**
 * A listbox under a grid cell: arrows move, Enter or Space picks, Escape closes. Fixed to the
 * viewport so the grid's scroll box cannot clip it; scrolling the grid closes it.
 */
export function OptionPicker(props: OptionPickerProps) {
  const { anchor, options, selected, multiple, allowNone, label, onPick, onClose } = props;
  const { t } = useTranslation();
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const values = [...(allowNone ? [NONE] : []), ...options.map((o) => o.value)];
  const first = Math.max(0, values.indexOf(selected[0] ?? NONE));
  const [active, setActive] = useState(first);
  const [place, setPlace] = useState<{ top: number; left: number; minWidth: number } | null>(null);

  useLayoutEffect(() => {
    if (!anchor) return;
    const rect = anchor.getBoundingClientRect();
    const below = window.innerHeight - rect.bottom;
    const top = below > 260 ? rect.bottom + 2 : Math.max(8, rect.top - 262);
    setPlace({ top, left: rect.left, minWidth: Math.max(rect.width, 180) });
    list.current?.focus();
  }, [anchor]);

  useEffect(() => {
    const close = (event: Event) => {
      if (event.target instanceof Node && list.current?.contains(event.target)) return;
      onClose();
    };
    // Scrolling the grid moves the anchor and would leave the list floating elsewhere; other
    // scrolls (the page nudged by focus, the list itself) must not close it.
    const box = anchor?.closest('.grid__scroll');
    document.addEventListener('pointerdown', close);
    box?.addEventListener('scroll', onClose);
    return () => {
      document.removeEventListener('pointerdown', close);
      box?.removeEventListener('scroll', onClose);
    };
  }, [onClose, anchor]);

  const pick = (value: string | undefined) => {
    if (value === undefined) return;
    onPick(value === NONE ? null : value);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = listKeyIndex(event.key, active, values.length, false);
    const closes = event.key === 'Escape' || event.key === 'Tab';
    const picks = event.key === ' ' || (event.key === 'Enter' && !multiple);
    if (next === null && !closes && !picks && event.key !== 'Enter') return;
    event.preventDefault();
    event.stopPropagation();
    if (next !== null) setActive(next);
    else if (picks) pick(values[active]);
    else onClose();
  };

  return (
    <div
      ref={list}
      className="option-picker"
      role="listbox"
      aria-label={label}
      aria-multiselectable={multiple || undefined}
      aria-activedescendant={`${id}-${active}`}
      tabIndex={-1}
      style={place ?? { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {values.map((value, index) => {
        const option = options.find((o) => o.value === value);
        const isSelected = value === NONE ? selected.length === 0 : selected.includes(value);
        return (
          // Keys are handled by the listbox (aria-activedescendant); options are clicked.
          // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: see above
          <div
            key={value}
            id={`${id}-${index}`}
            role="option"
            aria-selected={isSelected}
            className={`option-picker__option${index === active ? ' is-active' : ''}`}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => pick(value)}
            onPointerEnter={() => setActive(index)}
          >
            <span className="option-picker__check" aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            {value === NONE ? t('curriculum.grid.none') : (option?.label ?? value)}
          </div>
        );
      })}
    </div>
  );
}
