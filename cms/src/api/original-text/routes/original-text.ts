/**
 * The originals' text extraction (issue 14 §2): its progress for operators (a full-access API token, like the
 * search index's rebuild), and a document's files with their status for the editor's side panel, which calls it
 * with the admin panel's session (checked in the action, as the comment panel's routes are).
 */
export default {
  routes: [
    { method: 'GET', path: '/original-text/progress', handler: 'original-text.progress' },
    { method: 'GET', path: '/original-text/documents/:documentId', handler: 'original-text.document', config: { auth: false } },
  ],
};
