// The marks a meeting keeps for attendance certificates once it has ended. Apart from
// shared/certificates.ts so that the meeting's state can hold them without importing the rest.

/**
 * Which members were connected (bare participant ids: no names, no times) and which of them took
 * a certificate, kept until the day after the end is over; and how many were issued, for the
 * record, kept as long as the record.
 */
export interface CertificateMarks {
  /** Members who had the meeting open on a device at some point. */
  attended: string[];
  /** Members who took their certificate. */
  issued: string[];
  count: number;
}

/** The marks a meeting starts its certificate day with: the members connected during it who are still in it. */
export function certificateMarksAtEnd(participantIds: readonly string[], attended: readonly string[]): CertificateMarks {
  const inMeeting = new Set(participantIds);
  return { attended: [...new Set(attended)].filter((id) => inMeeting.has(id)), issued: [], count: 0 };
}
