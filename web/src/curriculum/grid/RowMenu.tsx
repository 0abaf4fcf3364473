import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { listKeyIndex } from './listKeys';

export interface RowAction {
  id: string;
  label: string;
  onSelect(): void;
  danger?: boolean;
  disabled?: boolean;
}

interface RowMenuProps {
  anchor: HTMLElement;
  label: string;
  actions: readonly RowAction[];
  onClose(): void;
}

/** The actions of one row (move, where used, delete) as an ARIA menu under its button. */
export function RowMenu({ anchor, label, actions, onClose }: RowMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const enabled = actions.filter((a) => !a.disabled);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    setPlace({ top: Math.min(rect.bottom + 2, window.innerHeight - 220), left: rect.left });
  }, [anchor]);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"][tabindex="0"]')?.focus();
  });

  useEffect(() => {
    const close = (event: Event) => {
      if (event.target instanceof Node && menu.current?.contains(event.target)) return;
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

  const onKeyDown = (event: KeyboardEvent) => {
    const count = enabled.length;
    const next = listKeyIndex(event.key, active, count, true);
    if (next === null && event.key !== 'Escape' && event.key !== 'Tab') return;
    event.preventDefault();
    event.stopPropagation();
    if (next !== null) return setActive(next);
    onClose();
    if (event.key === 'Escape') anchor.focus();
  };

  return (
    <div
      ref={menu}
      className="row-menu"
      role="menu"
      aria-label={label}
      style={place ?? { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {actions.map((action) => {
        const index = enabled.indexOf(action);
        return (
          <button
            key={action.id}
            type="button"
            role="menuitem"
            className={`row-menu__item${action.danger ? ' row-menu__item--danger' : ''}`}
            tabIndex={index === active ? 0 : -1}
            disabled={action.disabled}
            onClick={() => {
              action.onSelect();
              onClose();
            }}
          >
            {action.label}
          </button>
        );
      })}
    </div>
  );
}
