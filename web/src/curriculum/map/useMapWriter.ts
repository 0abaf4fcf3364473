import {
  addCourse,
  addMapEntity,
  type CourseField,
  type DomainResult,
  deleteCourse,
  deleteMapEntity,
  MAP_ROOTS,
  type MapCollection,
  type MapEntityInput,
  moveCourse,
  type Removed,
  setAlignment,
  setCourseField,
  setMapEntityField,
  type WhereUsed,
} from '@tandem/domain';
import { useEffect, useMemo, useRef } from 'react';
import * as Y from 'yjs';

/** The typed origin of every transaction this editor makes (see STYLE.md). */
export interface MapEditOrigin {
  readonly source: 'client';
  readonly area: 'curriculum-map';
  readonly userId: string;
}

/**
 * Every write the map editor makes, each through the domain's validated helper, so each cell edit
 * is its own Yjs change and a refused value never reaches the document. Undo takes back only
 * your own edits (the UndoManager tracks this editor's origin).
 */
export interface MapWriter {
  readonly origin: MapEditOrigin;
  undo(): void;
  redo(): void;
  /** Runs several writes as one Yjs transaction: peers get one update, Undo takes all of it back. */
  transact(writes: () => void): void;
  courseField(courseId: string, field: string, raw: unknown): DomainResult<unknown>;
  addCourse(input: MapEntityInput<'courses'>): DomainResult<{ id: string }>;
  moveCourse(courseId: string, groupId: string, order: number): DomainResult<unknown>;
  deleteCourse(courseId: string): DomainResult<WhereUsed>;
  alignment(courseId: string, targetId: string, level: string | null): DomainResult<unknown>;
  entityField(
    collection: MapCollection,
    id: string,
    field: string,
    raw: unknown,
  ): DomainResult<unknown>;
  addEntity<C extends MapCollection>(
    collection: C,
    input: MapEntityInput<C>,
  ): DomainResult<{ id: string }>;
  deleteEntity(collection: Exclude<MapCollection, 'courses'>, id: string): DomainResult<Removed[]>;
}

export function useMapWriter(doc: Y.Doc, userId: string): MapWriter {
  const history = useRef<Y.UndoManager | null>(null);
  const writer = useMemo<MapWriter>(() => {
    const origin: MapEditOrigin = { source: 'client', area: 'curriculum-map', userId };
    return {
      origin,
      undo: () => history.current?.undo(),
      redo: () => history.current?.redo(),
      transact: (writes) => doc.transact(writes, origin),
      courseField: (id, field, raw) => setCourseField(doc, id, field as CourseField, raw, origin),
      addCourse: (input) => addCourse(doc, input, origin),
      moveCourse: (id, groupId, order) => moveCourse(doc, id, groupId, order, origin),
      deleteCourse: (id) => deleteCourse(doc, id, origin),
      alignment: (courseId, targetId, level) =>
        setAlignment(doc, courseId, targetId, level, origin),
      entityField: (collection, id, field, raw) =>
        setMapEntityField(doc, collection, id, field, raw, origin),
      addEntity: (collection, input) => addMapEntity(doc, collection, input, origin),
      deleteEntity: (collection, id) => deleteMapEntity(doc, collection, id, origin),
    };
  }, [doc, userId]);
  useEffect(() => {
    // Not the policy root: only the server writes it (owners adopt versions over HTTP).
    const roots = Object.values(MAP_ROOTS).map((name) => doc.getMap(name));
    const manager = new Y.UndoManager(roots, {
      trackedOrigins: new Set([writer.origin]),
      captureTimeout: 0,
    });
    history.current = manager;
    return () => {
      history.current = null;
      manager.destroy();
    };
  }, [doc, writer]);
  return writer;
}
