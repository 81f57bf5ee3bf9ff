-- CreateEnum
CREATE TYPE "LessonPlanStatus" AS ENUM ('NOT_STARTED', 'PREPARING', 'READY', 'HELD', 'EVALUATED');

-- CreateEnum
CREATE TYPE "SharedDocumentKind" AS ENUM ('PLAN', 'EVALUATION');

-- CreateEnum
CREATE TYPE "ActivityOutcomeKind" AS ENUM ('AS_PLANNED', 'ADAPTED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "CaptureKind" AS ENUM ('STRESS', 'OBSERVATION', 'HELPED', 'CONVERSATION_NEEDED');

-- CreateEnum
CREATE TYPE "HomeworkStatus" AS ENUM ('HANDED_OUT', 'RETURNED', 'NOT_RETURNED');

-- CreateEnum
CREATE TYPE "ProblemBoxStatus" AS ENUM ('NEW', 'DISCUSSED', 'SOLVED');

-- AlterTable
ALTER TABLE "Pupil" ADD COLUMN     "buddyId" TEXT;

-- CreateTable
CREATE TABLE "LessonPlan" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "lessonNumber" INTEGER NOT NULL,
    "programmeVersionId" TEXT NOT NULL,
    "status" "LessonPlanStatus" NOT NULL DEFAULT 'PREPARING',
    "scheduledAt" TIMESTAMP(3),
    "heldOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LessonPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSignOff" (
    "planId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSignOff_pkey" PRIMARY KEY ("planId","userId")
);

-- CreateTable
CREATE TABLE "SharedField" (
    "documentKind" "SharedDocumentKind" NOT NULL,
    "documentId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedField_pkey" PRIMARY KEY ("documentKind","documentId","key")
);

-- CreateTable
CREATE TABLE "Presence" (
    "documentKind" "SharedDocumentKind" NOT NULL,
    "documentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "field" TEXT,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("documentKind","documentId","userId")
);

-- CreateTable
CREATE TABLE "ActivityOutcome" (
    "planId" TEXT NOT NULL,
    "activityNumber" INTEGER NOT NULL,
    "outcome" "ActivityOutcomeKind" NOT NULL,
    "note" TEXT,
    "actualMinutes" INTEGER,
    "recordedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityOutcome_pkey" PRIMARY KEY ("planId","activityNumber")
);

-- CreateTable
CREATE TABLE "Capture" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "pupilId" TEXT NOT NULL,
    "kind" "CaptureKind" NOT NULL,
    "text" TEXT,
    "activityNumber" INTEGER,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Capture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationConfirmation" (
    "evaluationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationConfirmation_pkey" PRIMARY KEY ("evaluationId","userId")
);

-- CreateTable
CREATE TABLE "EvaluationAnswer" (
    "evaluationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "partKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "EvaluationAnswer_pkey" PRIMARY KEY ("evaluationId","questionKey","partKey")
);

-- CreateTable
CREATE TABLE "EvaluationAmendment" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "questionKey" TEXT,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogbookEntry" (
    "planId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LogbookEntry_pkey" PRIMARY KEY ("planId","authorId")
);

-- CreateTable
CREATE TABLE "PupilConversation" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "pupilId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "talkedById" TEXT NOT NULL,
    "said" TEXT NOT NULL,
    "agreements" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PupilConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PupilMentor" (
    "pupilId" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "contact" TEXT,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PupilMentor_pkey" PRIMARY KEY ("pupilId")
);

-- CreateTable
CREATE TABLE "HomeworkAssignment" (
    "id" TEXT NOT NULL,
    "pupilId" TEXT NOT NULL,
    "lessonNumber" INTEGER NOT NULL,
    "status" "HomeworkStatus" NOT NULL DEFAULT 'HANDED_OUT',
    "returnedOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HomeworkAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpRecord" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "stepKey" TEXT NOT NULL,
    "doneOn" DATE NOT NULL,
    "doneById" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningGoal" (
    "pupilId" TEXT NOT NULL,
    "goal" TEXT,
    "whyItMatters" TEXT,
    "firstIdeas" TEXT,
    "planWhat" TEXT,
    "planWhen" TEXT,
    "planHow" TEXT,
    "helpers" TEXT,
    "motivators" TEXT,
    "saboteurs" TEXT,
    "criteria" JSONB,
    "feedback" JSONB,
    "growth" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningGoal_pkey" PRIMARY KEY ("pupilId")
);

-- CreateTable
CREATE TABLE "PupilTalents" (
    "pupilId" TEXT NOT NULL,
    "talents" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PupilTalents_pkey" PRIMARY KEY ("pupilId")
);

-- CreateTable
CREATE TABLE "ProblemBoxEntry" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "pupilId" TEXT,
    "solutions" TEXT,
    "status" "ProblemBoxStatus" NOT NULL DEFAULT 'NEW',
    "discussedInLesson" INTEGER,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProblemBoxEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Celebration" (
    "pupilId" TEXT NOT NULL,
    "selfRatingNow" INTEGER,
    "selfRatingStart" INTEGER,
    "proudest" TEXT,
    "keepGoing" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Celebration_pkey" PRIMARY KEY ("pupilId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LessonPlan_classId_lessonNumber_key" ON "LessonPlan"("classId", "lessonNumber");

-- CreateIndex
CREATE INDEX "Capture_planId_capturedAt_idx" ON "Capture"("planId", "capturedAt");

-- CreateIndex
CREATE INDEX "Capture_pupilId_idx" ON "Capture"("pupilId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_planId_key" ON "Evaluation"("planId");

-- CreateIndex
CREATE INDEX "EvaluationAmendment_evaluationId_createdAt_idx" ON "EvaluationAmendment"("evaluationId", "createdAt");

-- CreateIndex
CREATE INDEX "PupilConversation_pupilId_idx" ON "PupilConversation"("pupilId");

-- CreateIndex
CREATE INDEX "PupilConversation_planId_idx" ON "PupilConversation"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "HomeworkAssignment_pupilId_lessonNumber_key" ON "HomeworkAssignment"("pupilId", "lessonNumber");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpRecord_assignmentId_stepKey_key" ON "FollowUpRecord"("assignmentId", "stepKey");

-- CreateIndex
CREATE INDEX "ProblemBoxEntry_classId_idx" ON "ProblemBoxEntry"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "Pupil_buddyId_key" ON "Pupil"("buddyId");

-- AddForeignKey
ALTER TABLE "Pupil" ADD CONSTRAINT "Pupil_buddyId_fkey" FOREIGN KEY ("buddyId") REFERENCES "Pupil"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonPlan" ADD CONSTRAINT "LessonPlan_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonPlan" ADD CONSTRAINT "LessonPlan_programmeVersionId_fkey" FOREIGN KEY ("programmeVersionId") REFERENCES "ProgrammeVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignOff" ADD CONSTRAINT "PlanSignOff_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LessonPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignOff" ADD CONSTRAINT "PlanSignOff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityOutcome" ADD CONSTRAINT "ActivityOutcome_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LessonPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LessonPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LessonPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationConfirmation" ADD CONSTRAINT "EvaluationConfirmation_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationConfirmation" ADD CONSTRAINT "EvaluationConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAmendment" ADD CONSTRAINT "EvaluationAmendment_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAmendment" ADD CONSTRAINT "EvaluationAmendment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LogbookEntry" ADD CONSTRAINT "LogbookEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LessonPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LogbookEntry" ADD CONSTRAINT "LogbookEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilConversation" ADD CONSTRAINT "PupilConversation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LessonPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilConversation" ADD CONSTRAINT "PupilConversation_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilConversation" ADD CONSTRAINT "PupilConversation_talkedById_fkey" FOREIGN KEY ("talkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilMentor" ADD CONSTRAINT "PupilMentor_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeworkAssignment" ADD CONSTRAINT "HomeworkAssignment_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpRecord" ADD CONSTRAINT "FollowUpRecord_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "HomeworkAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpRecord" ADD CONSTRAINT "FollowUpRecord_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningGoal" ADD CONSTRAINT "LearningGoal_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilTalents" ADD CONSTRAINT "PupilTalents_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemBoxEntry" ADD CONSTRAINT "ProblemBoxEntry_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemBoxEntry" ADD CONSTRAINT "ProblemBoxEntry_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Celebration" ADD CONSTRAINT "Celebration_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE CASCADE ON UPDATE CASCADE;
