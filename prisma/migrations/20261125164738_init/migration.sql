-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'TEACHER', 'CARE_WORKER');

-- CreateEnum
CREATE TYPE "SchoolKind" AS ENUM ('SO', 'VSO');

-- CreateEnum
CREATE TYPE "LeadRole" AS ENUM ('CARE_WORKER', 'TEACHER', 'BOTH');

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SchoolKind" NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Class" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "schoolYear" TEXT NOT NULL,
    "ageRange" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Class_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "coordinatorAllSchools" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassTeamMember" (
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassTeamMember_pkey" PRIMARY KEY ("classId","userId")
);

-- CreateTable
CREATE TABLE "CoordinatorSchool" (
    "userId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,

    CONSTRAINT "CoordinatorSchool_pkey" PRIMARY KEY ("userId","schoolId")
);

-- CreateTable
CREATE TABLE "Pupil" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "leftAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pupil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "classId" TEXT,
    "ip" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeVersion" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "extras" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeLesson" (
    "id" TEXT NOT NULL,
    "programmeVersionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "optional" BOOLEAN NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "preparation" TEXT NOT NULL,
    "homework" JSONB,

    CONSTRAINT "ProgrammeLesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeActivity" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "recurringOpening" BOOLEAN NOT NULL,
    "purpose" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "teacherGuidance" TEXT,
    "careWorkerGuidance" TEXT,
    "lead" "LeadRole" NOT NULL,
    "minutes" INTEGER,
    "optional" BOOLEAN NOT NULL,
    "attachments" INTEGER[],
    "mentorHomework" BOOLEAN NOT NULL,
    "pupilFacingText" TEXT,

    CONSTRAINT "ProgrammeActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityOption" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "ownChoice" BOOLEAN NOT NULL,

    CONSTRAINT "ActivityOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeMaterial" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "ProgrammeMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationQuestion" (
    "id" TEXT NOT NULL,
    "programmeVersionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "parts" JSONB NOT NULL,

    CONSTRAINT "EvaluationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialFile" (
    "id" TEXT NOT NULL,
    "lessonNumber" INTEGER NOT NULL,
    "materialNumber" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaterialFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Class_schoolId_name_schoolYear_key" ON "Class"("schoolId", "name", "schoolYear");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "ClassTeamMember_userId_idx" ON "ClassTeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Pupil_code_key" ON "Pupil"("code");

-- CreateIndex
CREATE INDEX "Pupil_classId_idx" ON "Pupil"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_classId_at_idx" ON "AuditLog"("classId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_at_idx" ON "AuditLog"("entity", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeVersion_version_key" ON "ProgrammeVersion"("version");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeLesson_programmeVersionId_number_key" ON "ProgrammeLesson"("programmeVersionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeActivity_lessonId_number_key" ON "ProgrammeActivity"("lessonId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityOption_activityId_key_key" ON "ActivityOption"("activityId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeMaterial_lessonId_number_key" ON "ProgrammeMaterial"("lessonId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationQuestion_programmeVersionId_number_key" ON "EvaluationQuestion"("programmeVersionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialFile_lessonNumber_materialNumber_key" ON "MaterialFile"("lessonNumber", "materialNumber");

-- AddForeignKey
ALTER TABLE "Class" ADD CONSTRAINT "Class_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTeamMember" ADD CONSTRAINT "ClassTeamMember_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTeamMember" ADD CONSTRAINT "ClassTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorSchool" ADD CONSTRAINT "CoordinatorSchool_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorSchool" ADD CONSTRAINT "CoordinatorSchool_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pupil" ADD CONSTRAINT "Pupil_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeLesson" ADD CONSTRAINT "ProgrammeLesson_programmeVersionId_fkey" FOREIGN KEY ("programmeVersionId") REFERENCES "ProgrammeVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeActivity" ADD CONSTRAINT "ProgrammeActivity_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "ProgrammeLesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityOption" ADD CONSTRAINT "ActivityOption_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProgrammeActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeMaterial" ADD CONSTRAINT "ProgrammeMaterial_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "ProgrammeLesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationQuestion" ADD CONSTRAINT "EvaluationQuestion_programmeVersionId_fkey" FOREIGN KEY ("programmeVersionId") REFERENCES "ProgrammeVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
