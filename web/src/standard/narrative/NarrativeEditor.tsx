import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { Provider } from '@lexical/yjs';
import { sectionRootName } from '@tandem/domain';
import { useCallback, useMemo, useRef } from 'react';
import type { Doc } from 'yjs';
import { CommentsEditorPlugin } from '../../comments';
import {
  EditablePlugin,
  EnsureParagraphPlugin,
  editorNodes,
  editorTheme,
  isSafeUrl,
  markdownTransformers,
  Toolbar,
} from '../../editor';
import type { SectionProvider } from './SectionConnectGate';

interface NarrativeEditorProps {
  documentId: string;
  /** A section of the document's template (a course standard's, a talent plan's). */
  sectionId: string;
  doc: Doc;
  provider: SectionProvider<unknown>;
  ready: Promise<void>;
  editable: boolean;
  label: string;
  placeholder: string;
  userName: string;
  userColor: string;
  awarenessData: object;
}

function reportEditorError(error: Error): void {
  // Lexical recovers by resetting the update; keep the error visible for debugging.
  console.error(error);
}

/**
 * The rich text of one narrative section, bound to the `section:<id>` Y.XmlText of the document's
 * own Y.Doc (a course standard, a talent plan). Its formatting toolbar shows while the section has the focus.
 */
export function NarrativeEditor(props: NarrativeEditorProps) {
  const { documentId, sectionId, doc, provider } = props;
  const cursors = useRef<HTMLDivElement>(null);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: `tandem:${documentId}:${sectionId}`,
      nodes: editorNodes,
      theme: editorTheme,
      editorState: null,
      onError: reportEditorError,
    }),
    [documentId, sectionId],
  );
  // The provider surface is the one CollaborationPlugin uses; y-websocket's declared event types
  // differ from Lexical's Provider type, which is why the cast is needed (as in DocumentEditor).
  const providerFactory = useCallback(
    (id: string, yjsDocMap: Map<string, Doc>): Provider => {
      yjsDocMap.set(id, doc);
      return provider as unknown as Provider;
    },
    [doc, provider],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <LexicalCollaboration>
        <div className="narrative" data-section={sectionId}>
          {props.editable && (
            <div className="narrative__toolbar">
              <Toolbar />
            </div>
          )}
          <div className="narrative__surface" ref={cursors}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="editor__content narrative__content"
                  aria-label={props.label}
                  aria-placeholder={props.placeholder}
                  placeholder={<div className="narrative__placeholder">{props.placeholder}</div>}
                  spellCheck
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        <CollaborationPlugin
          id={`${documentId}/${sectionId}`}
          rootName={sectionRootName(sectionId)}
          providerFactory={providerFactory}
          shouldBootstrap={false}
          username={props.userName}
          cursorColor={props.userColor}
          cursorsContainerRef={cursors}
          awarenessData={props.awarenessData}
        />
        <EditablePlugin editable={props.editable} />
        <CommentsEditorPlugin rootName={sectionRootName(sectionId)} />
        {props.editable && <EnsureParagraphPlugin ready={props.ready} />}
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
        <MarkdownShortcutPlugin transformers={markdownTransformers} />
      </LexicalCollaboration>
    </LexicalComposer>
  );
}
