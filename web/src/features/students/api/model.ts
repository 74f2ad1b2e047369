// Students, rosters, commitments and parking operators as the API returns them
// (server/api/schemas.json: Student, StudentDetail, StudentImportPreviewResponse,
// CommitmentCoverageResponse, UnsignedCommitmentsResponse, ParkingOperator).
import { z } from 'zod';

export const SEXES = ['Nam', 'Nữ'] as const;
export const COMMITMENT_KINDS = ['student', 'parent'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
/** Encodings the import accepts ("auto": the server detects). */
export const ENCODINGS = ['auto', 'utf-8', 'cp1258', 'tcvn3', 'vni'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const studentSchema = z.object({
  id: z.number(),
  personal_id: z.string().nullable(),
  full_name: z.string(),
  birth_date: z.string(),
  sex: z.enum(SEXES).nullable(),
  school_year: z.string(),
  class_name: z.string(),
  unit_id: z.number(),
  school_code: z.string(),
  school_name: z.string(),
  // In lists: the guardians, the phone null unless the caller is of the student's current school.
  guardians: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string().nullable() })).optional(),
});
export type Student = z.infer<typeof studentSchema>;

export const studentListSchema = z.object({
  school_year: z.string(),
  students: z.array(studentSchema),
  next_after: z.number().nullable(),
});
export type StudentList = z.infer<typeof studentListSchema>;

export const studentYearSchema = z.object({
  school_year: z.string(),
  class_name: z.string(),
  unit_id: z.number(),
  school_code: z.string(),
  school_name: z.string(),
});

export const studentDetailSchema = studentSchema.extend({
  years: z.array(studentYearSchema),
  guardians: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string().nullable() })),
  vehicles: z.array(z.object({ plate: z.string(), kind: z.string() })),
  phones_hidden: z.boolean(),
});
export type StudentDetail = z.infer<typeof studentDetailSchema>;

export const importPreviewSchema = z.object({
  unit_id: z.number(),
  school_name: z.string(),
  school_year: z.string(),
  file_kind: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  count: z.number(),
  inserted: z.number(),
  updated: z.number(),
  rows: z.array(
    z.object({
      row: z.number(),
      full_name: z.string(),
      birth_date: z.string(),
      sex: z.string().nullable(),
      class_name: z.string(),
      personal_id: z.string().nullable(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

const campaignCountsSchema = z.object({ signed: z.number(), not_signed: z.number(), changed: z.number() }).nullable();
export type CampaignCounts = z.infer<typeof campaignCountsSchema>;

export const commitmentImportPreviewSchema = z.object({
  unit_id: z.number(),
  school_name: z.string(),
  school_year: z.string(),
  file_kind: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  count: z.number(),
  student: campaignCountsSchema,
  parent: campaignCountsSchema,
  rows: z.array(
    z.object({
      row: z.number(),
      student_id: z.number(),
      full_name: z.string(),
      class_name: z.string(),
      student_signed: z.boolean().nullable(),
      parent_signed: z.boolean().nullable(),
      signed_date: z.string().nullable(),
    }),
  ),
});
export type CommitmentImportPreview = z.infer<typeof commitmentImportPreviewSchema>;

export interface ImportRequest {
  file_id: number;
  unit_id: number;
  school_year: string;
  encoding: Encoding;
}

const share = z.number().nullable();

export const classCoverageSchema = z.object({ class_name: z.string(), roster: z.number(), signed: z.number(), share });
export type ClassCoverage = z.infer<typeof classCoverageSchema>;

export const schoolCoverageSchema = z.object({
  unit_id: z.number(),
  school_code: z.string(),
  school_name: z.string(),
  roster: z.number(),
  signed: z.number(),
  share,
  classes: z.array(classCoverageSchema),
});
export type SchoolCoverage = z.infer<typeof schoolCoverageSchema>;

export const coverageSchema = z.object({
  unit_id: z.number(),
  school_year: z.string(),
  kind: z.enum(COMMITMENT_KINDS),
  kind_label: z.string(),
  roster: z.number(),
  signed: z.number(),
  share,
  schools: z.array(schoolCoverageSchema),
  parking: z.object({ listed: z.number(), signed: z.number(), share }),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const unsignedSchema = z.object({
  title: z.string(),
  school_name: z.string(),
  school_year: z.string(),
  kind: z.enum(COMMITMENT_KINDS),
  class_name: z.string(),
  students: z.array(studentSchema),
});
export type Unsigned = z.infer<typeof unsignedSchema>;

export const parkingOperatorSchema = z.object({
  id: z.number(),
  unit_id: z.number(),
  name: z.string(),
  address: z.string(),
  signed_date: z.string().nullable(),
  status_label: z.string(),
});
export type ParkingOperator = z.infer<typeof parkingOperatorSchema>;

export interface ParkingOperatorInput {
  name?: string;
  address?: string;
  signed_date?: string | null;
}
