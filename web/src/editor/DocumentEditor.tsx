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
import { RICH_TEXT_ROOT } from '@tandem/domain';
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Doc } from 'yjs';
import { CommentsEditorPlugin } from '../comments';
import { isSafeUrl } from './blockFormat';
import type { DocumentConnection } from './createProvider';
import { EditablePlugin } from './EditablePlugin';
import { EnsureParagraphPlugin } from './EnsureParagraphPlugin';
import { editorNodes } from './editorNodes';
import { editorTheme } from './editorTheme';
import { markdownTransformers } from './markdownTransformers';
import { Toolbar } from './Toolbar';
import './editor.css';

interface DocumentEditorProps {
  connection: DocumentConnection;
  /** False for roles that may read but not change the document (viewer, commenter). */
  editable: boolean;
  /** Shown next to this user's cursor on everyone else's screen. */
  userName: string;
  userColor: string;
  /** Extra awareness fields for collaborators' presence lists; keep its identity stable. */
  awarenessData?: object;
  /** Rendered above the toolbar in the sticky part of the page (title, status, people). */
  header?: ReactNode;
}

function reportEditorError(error: Error): void {
  // Lexical recovers from most errors by resetting the update; surface them for debugging.
  console.error(error);
}

/**
 * The collaborative rich-text editor for one document. Content lives only in the Y.Doc
 * (`editorState: null`, `shouldBootstrap={false}`): the server's copy is the source of truth, and
 * undo/redo come from CollaborationPlugin's Yjs UndoManager (so you undo your own edits, never a
 * collaborator's), which is why there is no HistoryPlugin here.
 */
export function DocumentEditor({
  connection,
  editable,
  userName,
  userColor,
  awarenessData,
  header,
}: DocumentEditorProps) {
  const { t } = useTranslation();
  const cursorsContainerRef = useRef<HTMLDivElement>(null);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: `tandem:${connection.documentId}`,
      nodes: editorNodes,
      theme: editorTheme,
      editorState: null,
      onError: reportEditorError,
    }),
    [connection.documentId],
  );

  // CollaborationPlugin asks for a provider by id; we already own one per open document.
  // y-websocket's class satisfies Lexical's structural Provider type at runtime, but its event
  // signatures are declared differently, hence the cast.
  const providerFactory = useCallback(
    (id: string, yjsDocMap: Map<string, Doc>): Provider => {
      yjsDocMap.set(id, connection.doc);
      return connection.provider as unknown as Provider;
    },
    [connection],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <LexicalCollaboration>
        <div className="editor">
          <div className="editor__chrome">
            {header}
            {editable && (
              <div className="editor__toolbar">
                <Toolbar />
              </div>
            )}
          </div>
          <div className="editor__paper">
            <div className="editor__surface" ref={cursorsContainerRef}>
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="editor__content"
                    aria-label={t('editor.label')}
                    aria-placeholder={t('editor.placeholder')}
                    placeholder={
                      <div className="editor__placeholder">{t('editor.placeholder')}</div>
                    }
                    spellCheck
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </div>
        </div>
        <CollaborationPlugin
          id={connection.documentId}
          rootName={RICH_TEXT_ROOT}
          providerFactory={providerFactory}
          shouldBootstrap={false}
          username={userName}
          cursorColor={userColor}
          cursorsContainerRef={cursorsContainerRef}
          awarenessData={awarenessData}
        />
        <EditablePlugin editable={editable} />
        <CommentsEditorPlugin rootName={RICH_TEXT_ROOT} />
        {editable && <EnsureParagraphPlugin ready={connection.contentLoaded} />}
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
        <MarkdownShortcutPlugin transformers={markdownTransformers} />
      </LexicalCollaboration>
    </LexicalComposer>
  );
}
