/**
 * Thrown by a document type's afterFieldSaved when, under its lock, the document turns out to be
 * locked after all (e.g. an evaluation submitted while this save was on its way). The save's
 * transaction rolls back and the editor is told the document is locked.
 */
export class DocumentLockedError extends Error {
  constructor() {
    super('document locked');
    this.name = 'DocumentLockedError';
  }
}
