// The boundary flags a co-leader can raise, as data. The redirect is what the leader may send to
// the room in one click; it speaks to the group, never about a person.

export const FLAG_KINDS = [
  'cross-examination',
  'step-back-breach',
  'advice-giving',
  'medical-drift',
  'theory-drift',
  'personal-exploration',
  'intrusive-speculation',
  'judgement',
  'new-case',
  'identifier',
  'strong-emotion',
  'airtime',
  'time',
  'safety-concern',
] as const;

export type FlagKind = (typeof FLAG_KINDS)[number];

export interface FlagInfo {
  kind: FlagKind;
  label: string;
  soundsLike: string;
  /** null where the room gets no notice: the leaders follow up privately. */
  redirect: string | null;
}

export const FLAG_CATALOG: Readonly<Record<FlagKind, FlagInfo>> = {
  'cross-examination': {
    kind: 'cross-examination',
    label: 'Cross-examination',
    soundsLike: '"Why did you…?", questions piling up on the presenter',
    redirect: "Let's stop asking and wonder about it ourselves.",
  },
  'step-back-breach': {
    kind: 'step-back-breach',
    label: 'Step-back breach',
    soundsLike: 'Someone addresses the presenter while they listen',
    redirect: "They're listening for now — we'll come back to them.",
  },
  'advice-giving': {
    kind: 'advice-giving',
    label: 'Advice-giving',
    soundsLike: '"You should…", "Have you tried…"',
    redirect: 'Before fixing anything: what is going on between these two?',
  },
  'medical-drift': {
    kind: 'medical-drift',
    label: 'Medical drift',
    soundsLike: 'Diagnosis, drugs, tests',
    redirect: "Let's leave the clinical side and stay with the relationship.",
  },
  'theory-drift': {
    kind: 'theory-drift',
    label: 'Theory drift',
    soundsLike: 'Jargon, lecturing, the general case',
    redirect: 'Back from the general to this patient and this doctor.',
  },
  'personal-exploration': {
    kind: 'personal-exploration',
    label: 'Personal exploration',
    soundsLike: "A member's own history or feelings probed",
    redirect: 'Thank you. What might that tell us about this patient?',
  },
  'intrusive-speculation': {
    kind: 'intrusive-speculation',
    label: 'Intrusive speculation',
    soundsLike: "Guesses about a colleague's private life",
    redirect: 'Curiosity on the consultation, not on each other.',
  },
  judgement: {
    kind: 'judgement',
    label: 'Judgement',
    soundsLike: 'Criticising or mocking the presenter or patient',
    redirect: 'Can we stay curious rather than judging?',
  },
  'new-case': {
    kind: 'new-case',
    label: 'New case',
    soundsLike: '"That reminds me of my patient…"',
    redirect: "Let's keep that one for another time.",
  },
  identifier: {
    kind: 'identifier',
    label: 'Identifier',
    soundsLike: 'A name, place or rare detail that identifies',
    redirect: 'Keep details general so no one can be recognised.',
  },
  'strong-emotion': {
    kind: 'strong-emotion',
    label: 'Strong emotion',
    soundsLike: 'Tears, anger',
    redirect: "Let's pause. It's all right for this to feel heavy.",
  },
  airtime: {
    kind: 'airtime',
    label: 'Airtime',
    soundsLike: 'One voice dominating',
    redirect: "Let's hear from someone who hasn't spoken yet.",
  },
  time: {
    kind: 'time',
    label: 'Time',
    soundsLike: 'A phase running over',
    redirect: 'A few minutes left for this part.',
  },
  'safety-concern': {
    kind: 'safety-concern',
    label: 'Safety concern',
    soundsLike: 'A conduct or safety issue',
    redirect: null,
  },
};
