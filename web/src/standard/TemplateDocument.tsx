import { type ReactNode, type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import {
  AwarenessContext,
  type StructuredEditorProps,
  useJumpRequest,
  useLiveConnection,
} from '../curriculum';
import { NarrativeEditor } from './narrative/NarrativeEditor';
import { SectionConnectGate } from './narrative/SectionConnectGate';

/** What a document written to a template (a course standard, a talent plan) shares. */
export interface TemplateDocument {
  loaded: boolean;
  root: RefObject<HTMLDivElement | null>;
  /** Scrolls to, focuses and flashes the element marked `data-jump="<key>"`. */
  reveal(key: string): void;
  /** The rich-text editor of one narrative section of the document. */
  narrative(sectionId: string, label: string, placeholder: string): ReactNode;
}

/**
 * The live connection of a template document with narrative sections: the socket connects once
 * every section's editor observes the doc (see SectionConnectGate), so every narrative section
 * must be rendered from the start.
 */
export function useTemplateDocument(
  props: StructuredEditorProps,
  narrativeSections: readonly string[],
): TemplateDocument {
  const { connection, editable, user, documentId } = props;
  const gate = useMemo(
    () => new SectionConnectGate(connection.provider, narrativeSections),
    [connection, narrativeSections],
  );
  useEffect(() => () => gate.destroy(), [gate]);
  const loaded = useLiveConnection(connection, user, false);
  const root = useRef<HTMLDivElement>(null);
  const reveal = useJumpRequest(root);
  const awarenessData = useMemo(() => ({ userId: user.id, side: user.side }), [user.id, user.side]);
  const narrative = useCallback(
    (sectionId: string, label: string, placeholder: string) => (
      <NarrativeEditor
        documentId={documentId}
        sectionId={sectionId}
        doc={connection.doc}
        provider={gate.providerFor(sectionId)}
        ready={connection.contentLoaded}
        editable={editable}
        label={label}
        placeholder={placeholder}
        userName={user.name}
        userColor={user.color}
        awarenessData={awarenessData}
      />
    ),
    [documentId, connection, gate, editable, user.name, user.color, awarenessData],
  );
  return { loaded, root, reveal, narrative };
}

interface TemplateDocumentShellProps {
  editor: StructuredEditorProps;
  document: TemplateDocument;
  testId: string;
  className?: string;
  mainLabel: string;
  toc: ReactNode;
  side: ReactNode;
  children: ReactNode;
}

/** Contents on the left, the sheet in the middle, checks on the right, the header above. */
export function TemplateDocumentShell(props: TemplateDocumentShellProps) {
  const { editor, document } = props;
  return (
    <AwarenessContext.Provider value={editor.connection.provider.awareness}>
      <div
        className={`std-editor${props.className ? ` ${props.className}` : ''}`}
        ref={document.root}
        data-testid={props.testId}
        data-loaded={document.loaded}
      >
        <div className="std-editor__chrome">{editor.header}</div>
        <div className="std-editor__body">
          {props.toc}
          <main className="std-editor__main" aria-label={props.mainLabel}>
            {props.children}
          </main>
          {props.side}
        </div>
      </div>
    </AwarenessContext.Provider>
  );
}
