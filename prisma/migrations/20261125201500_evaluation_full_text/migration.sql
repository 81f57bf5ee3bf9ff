-- Full-text search in the coordinator's "Antwoorden" (lib/answers/search.ts) with PostgreSQL's
-- Dutch configuration. Prisma's schema cannot describe expression indexes, so these live only
-- here (the drift test in tests/integration/migrations.test.ts knows them by name). A query uses
-- them only when it repeats the expression exactly: to_tsvector('dutch', "text").

-- CreateIndex
CREATE INDEX "EvaluationAnswer_text_dutch_idx" ON "EvaluationAnswer" USING GIN (to_tsvector('dutch', "text"));

-- CreateIndex
CREATE INDEX "EvaluationAmendment_text_dutch_idx" ON "EvaluationAmendment" USING GIN (to_tsvector('dutch', "text"));
