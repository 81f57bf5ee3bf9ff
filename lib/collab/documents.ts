import 'server-only';
import { evaluationDocument } from '../evaluation/document';
import { planDocument } from '../plans/document';
import { runDocument } from '../run/document';
import type { SharedDocumentType } from './document-type';
import type { DocumentKind } from './types';

/** Every kind of shared document, by kind. Features register theirs here. */
export const sharedDocuments: Partial<Record<DocumentKind, SharedDocumentType>> = {
  PLAN: planDocument,
  RUN: runDocument,
  EVALUATION: evaluationDocument,
};
