import { describe, expect, it } from 'vitest';
import {
  editKeyCommit,
  type GridState,
  gridReducer,
  INITIAL_GRID_STATE,
  type KeyLike,
  navKeyAction,
  tabAction,
} from './gridNavigation';

const bounds = { rows: 5, cols: 4 };
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const at = (row: number, col: number): GridState => ({
  pos: { row, col },
  mode: 'nav',
  seed: null,
});

function press(state: GridState, k: KeyLike): GridState {
  const action = navKeyAction(k);
  return action ? gridReducer(state, action, bounds) : state;
}

describe('grid keyboard navigation', () => {
  it('arrows move one cell and stop at the edges', () => {
    expect(press(at(0, 0), key('ArrowDown')).pos).toEqual({ row: 1, col: 0 });
    expect(press(at(0, 0), key('ArrowUp')).pos).toEqual({ row: 0, col: 0 });
    expect(press(at(4, 3), key('ArrowRight')).pos).toEqual({ row: 4, col: 3 });
    expect(press(at(2, 2), key('ArrowLeft')).pos).toEqual({ row: 2, col: 1 });
  });

  it('Home/End go to the row edges, Ctrl+Home/End to the first and last row', () => {
    expect(press(at(2, 2), key('End')).pos).toEqual({ row: 2, col: 3 });
    expect(press(at(2, 2), key('Home')).pos).toEqual({ row: 2, col: 0 });
    expect(press(at(2, 2), key('End', { ctrlKey: true })).pos).toEqual({ row: 4, col: 2 });
    expect(press(at(2, 2), key('Home', { metaKey: true })).pos).toEqual({ row: 0, col: 2 });
    expect(press(at(2, 2), key('PageDown')).pos).toEqual({ row: 4, col: 2 });
  });

  it('Enter starts editing; typing a character starts editing with that character', () => {
    expect(press(at(1, 1), key('Enter'))).toEqual({
      pos: { row: 1, col: 1 },
      mode: 'edit',
      seed: null,
    });
    expect(press(at(1, 1), key('7'))).toMatchObject({ mode: 'edit', seed: '7' });
    expect(press(at(1, 1), key('7', { ctrlKey: true })).mode).toBe('nav');
    // Arrows belong to the input while editing.
    const editing = press(at(1, 1), key('Enter'));
    expect(press(editing, key('ArrowDown')).pos).toEqual({ row: 1, col: 1 });
  });

  it('a commit moves like a spreadsheet: Enter down, Shift+Enter up, Tab right', () => {
    const editing: GridState = { pos: { row: 1, col: 1 }, mode: 'edit', seed: null };
    const then = (k: KeyLike) => {
      const after = editKeyCommit(k);
      if (after === null || after === 'cancel') return after;
      return gridReducer(editing, { type: 'committed', move: after }, bounds);
    };
    expect(then(key('Enter'))).toEqual(at(2, 1));
    expect(then(key('Enter', { shiftKey: true }))).toEqual(at(0, 1));
    expect(then(key('Tab'))).toEqual(at(1, 2));
    expect(then(key('Tab', { shiftKey: true }))).toEqual(at(1, 0));
    expect(editKeyCommit(key('Escape'))).toBe('cancel');
    expect(editKeyCommit(key('a'))).toBeNull();
    expect(gridReducer(editing, { type: 'cancel' }, bounds)).toEqual(at(1, 1));
  });

  it('Tab leaves the grid at the row edge instead of trapping focus', () => {
    expect(tabAction(key('Tab'), { row: 0, col: 1 }, bounds)).toEqual({
      type: 'move',
      dRow: 0,
      dCol: 1,
    });
    expect(tabAction(key('Tab'), { row: 0, col: 3 }, bounds)).toBeNull();
    expect(tabAction(key('Tab', { shiftKey: true }), { row: 0, col: 0 }, bounds)).toBeNull();
  });

  it('maps reorder, clear, toggle and undo shortcuts', () => {
    expect(navKeyAction(key('ArrowUp', { altKey: true }))).toEqual({ type: 'reorder', delta: -1 });
    expect(navKeyAction(key('Delete'))).toEqual({ type: 'clear' });
    expect(navKeyAction(key(' '))).toEqual({ type: 'activate' });
    expect(navKeyAction(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(navKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(navKeyAction(key('Escape'))).toBeNull();
  });

  it('keeps the focus inside a grid that shrank, and has none in an empty grid', () => {
    expect(gridReducer(at(4, 3), { type: 'focus', pos: { row: 9, col: 9 } }, bounds).pos).toEqual({
      row: 4,
      col: 3,
    });
    expect(
      gridReducer(
        INITIAL_GRID_STATE,
        { type: 'focus', pos: { row: 0, col: 0 } },
        { rows: 0, cols: 3 },
      ).pos,
    ).toBeNull();
  });
});
