/**
 * Keyboard model of an editable grid, spreadsheet style, as pure functions so it can be tested
 * without a browser. Navigation mode moves a single focused cell (roving tabindex); edit mode
 * belongs to the cell's input until Enter, Tab or Escape hands control back.
 */
export interface GridPos {
  row: number;
  col: number;
}

export type GridMode = 'nav' | 'edit';

export interface GridState {
  pos: GridPos | null;
  mode: GridMode;
  /** What the editor starts with when typing a character replaced the cell's value. */
  seed: string | null;
}

export interface GridBounds {
  rows: number;
  cols: number;
}

export type AfterCommit = 'down' | 'up' | 'right' | 'left' | 'stay';

export type GridAction =
  | { type: 'focus'; pos: GridPos }
  | { type: 'move'; dRow: number; dCol: number }
  | { type: 'rowEdge'; edge: 'start' | 'end' }
  | { type: 'gridEdge'; edge: 'start' | 'end' }
  | { type: 'edit'; seed?: string }
  | { type: 'cancel' }
  | { type: 'committed'; move: AfterCommit }
  | { type: 'clear' }
  | { type: 'activate' }
  | { type: 'reorder'; delta: -1 | 1 }
  | { type: 'undo' }
  | { type: 'redo' };

export const INITIAL_GRID_STATE: GridState = { pos: null, mode: 'nav', seed: null };

const PAGE_ROWS = 10;

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

function clampPos(pos: GridPos, bounds: GridBounds): GridPos | null {
  if (bounds.rows === 0 || bounds.cols === 0) return null;
  return { row: clamp(pos.row, bounds.rows - 1), col: clamp(pos.col, bounds.cols - 1) };
}

const STEP: Record<AfterCommit, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  stay: [0, 0],
};

/** The next grid state; actions the state does not own (clear, activate, reorder…) leave it be. */
export function gridReducer(state: GridState, action: GridAction, bounds: GridBounds): GridState {
  const here = state.pos ?? { row: 0, col: 0 };
  switch (action.type) {
    case 'focus':
      return { pos: clampPos(action.pos, bounds), mode: 'nav', seed: null };
    case 'move':
      if (state.mode === 'edit') return state;
      return {
        ...state,
        pos: clampPos({ row: here.row + action.dRow, col: here.col + action.dCol }, bounds),
      };
    case 'rowEdge':
      return {
        ...state,
        pos: clampPos({ row: here.row, col: action.edge === 'start' ? 0 : bounds.cols }, bounds),
      };
    case 'gridEdge':
      return {
        ...state,
        pos: clampPos({ row: action.edge === 'start' ? 0 : bounds.rows, col: here.col }, bounds),
      };
    case 'edit':
      if (state.pos === null) return state;
      return { ...state, mode: 'edit', seed: action.seed ?? null };
    case 'cancel':
      return { ...state, mode: 'nav', seed: null };
    case 'committed': {
      const [dRow, dCol] = STEP[action.move];
      const pos = clampPos({ row: here.row + dRow, col: here.col + dCol }, bounds);
      return { pos, mode: 'nav', seed: null };
    }
    default:
      return state;
  }
}

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** True for a key that types a character (not a shortcut, not a named key like "Enter"). */
export function isTypingKey(event: KeyLike): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Maps a key pressed on a focused cell (navigation mode) to a grid action; null = not ours. */
export function navKeyAction(event: KeyLike): GridAction | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    return { type: 'reorder', delta: event.key === 'ArrowUp' ? -1 : 1 };
  }
  if (mod && event.key.toLowerCase() === 'z') return { type: event.shiftKey ? 'redo' : 'undo' };
  if (mod && event.key.toLowerCase() === 'y') return { type: 'redo' };
  switch (event.key) {
    case 'ArrowUp':
      return { type: 'move', dRow: -1, dCol: 0 };
    case 'ArrowDown':
      return { type: 'move', dRow: 1, dCol: 0 };
    case 'ArrowLeft':
      return { type: 'move', dRow: 0, dCol: -1 };
    case 'ArrowRight':
      return { type: 'move', dRow: 0, dCol: 1 };
    case 'PageUp':
      return { type: 'move', dRow: -PAGE_ROWS, dCol: 0 };
    case 'PageDown':
      return { type: 'move', dRow: PAGE_ROWS, dCol: 0 };
    case 'Home':
      return mod ? { type: 'gridEdge', edge: 'start' } : { type: 'rowEdge', edge: 'start' };
    case 'End':
      return mod ? { type: 'gridEdge', edge: 'end' } : { type: 'rowEdge', edge: 'end' };
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case ' ':
      return { type: 'activate' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
    default:
      return isTypingKey(event) ? { type: 'edit', seed: event.key } : null;
  }
}

/**
 * Tab in navigation mode moves along the row and leaves the grid at its edge (so keyboard users
 * are never trapped); null means "let the browser move focus".
 */
export function tabAction(
  event: KeyLike,
  pos: GridPos | null,
  bounds: GridBounds,
): GridAction | null {
  if (event.key !== 'Tab' || pos === null) return null;
  const col = pos.col + (event.shiftKey ? -1 : 1);
  if (col < 0 || col >= bounds.cols) return null;
  return { type: 'move', dRow: 0, dCol: event.shiftKey ? -1 : 1 };
}

/** Keys that end editing a cell: where the focus goes once the value is accepted. */
export function editKeyCommit(event: KeyLike): AfterCommit | 'cancel' | null {
  if (event.key === 'Escape') return 'cancel';
  if (event.key === 'Enter' && !event.altKey) return event.shiftKey ? 'up' : 'down';
  if (event.key === 'Tab') return event.shiftKey ? 'left' : 'right';
  return null;
}
