// Comment threads and live attribution in the document page (issue #5).

export { CommentMarker } from './CommentMarker';
export { CommentsProvider, useCommentsStore } from './CommentsContext';
export { CommentsEditorPlugin } from './CommentsEditorPlugin';
export { CommentsHeaderButtons } from './CommentsHeaderButtons';
export { DocumentComments } from './DocumentComments';
export { useCommentRowAction } from './useCommentRowAction';
