// How long names, notes, notices and plans may be: one place for the schemas and the forms.
export const LIMITS = {
  titleMax: 120,
  nameMax: 40,
  noteMax: 140,
  noticeMax: 200,
  idMax: 64,
  extendMaxSec: 3600,
  phasesMax: 20,
  phaseTitleMax: 80,
  promptMax: 300,
  phaseDurationMinSec: 10,
  phaseDurationMaxSec: 4 * 3600,
  groupNameMax: 80,
  /** The name a member types for an attendance certificate: a full name with titles, not a first name. */
  certificateNameMax: 80,
  meetingMaxMin: 8 * 60,
} as const;
