-- AlterEnum
ALTER TYPE "SharedDocumentKind" ADD VALUE 'RUN';
