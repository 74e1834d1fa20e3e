// The boundary flags a co-leader can raise, as data. Each brings the leader a line to say aloud
// (`redirect`): the leader's voice comes first. Only kinds whose `wall` is true may also be projected,
// and never those that point at one person in the room. Each kind names the frames it fits: in
// professional development, talk of one's own reactions is the point, and the kinds about a case
// and its presenter do not apply; probing one member still is wrong in both.
import type { Frame } from './phase-plan';

export const FLAG_KINDS = [
  'cross-examination',
  'step-back-breach',
  'presenter-breaks-in',
  'rescuing',
  'advice-giving',
  'medical-drift',
  'theory-drift',
  'personal-exploration',
  'self-disclosure',
  'intrusive-speculation',
  'judgement',
  'new-case',
  'identifier',
  'strong-emotion',
  'airtime',
  'time',
  'safety-concern',
  'complaint-spiral',
] as const;

export type FlagKind = (typeof FLAG_KINDS)[number];

export interface FlagInfo {
  kind: FlagKind;
  label: string;
  soundsLike: string;
  /**
   * The line the leader is offered to say; null where there is none (the leaders follow up
   * privately). With `leaderOnly` it is advice for the leader, never words for the room.
   */
  redirect: string | null;
  /** Whether the leader may also project the line on the wall. */
  wall: boolean;
  leaderOnly?: boolean;
  /** The frames this kind fits; the flag pad offers it only there. */
  frames: readonly Frame[];
  /** The line in professional development, where the case line would point at a patient. */
  developmentRedirect?: string;
}

const BOTH: readonly Frame[] = ['balint', 'development'];
const CASE_WORK: readonly Frame[] = ['balint'];

export const FLAG_CATALOG: Readonly<Record<FlagKind, FlagInfo>> = {
  'cross-examination': {
    kind: 'cross-examination',
    label: 'Cross-examination',
    soundsLike: '"Why did you…?", questions piling up on the presenter',
    redirect: 'Let\'s hold the "why" questions and start imagining.',
    wall: true,
    frames: CASE_WORK,
  },
  'step-back-breach': {
    kind: 'step-back-breach',
    label: 'Step-back breach',
    soundsLike: 'Someone addresses the presenter while they listen',
    redirect: "They're listening for now — let's speak to each other.",
    wall: true,
    frames: CASE_WORK,
  },
  'presenter-breaks-in': {
    kind: 'presenter-breaks-in',
    label: 'Presenter breaks in',
    soundsLike: 'The presenter answers or explains while stepped back',
    redirect: "You'll have your turn — for now, just listen.",
    wall: false,
    frames: CASE_WORK,
  },
  rescuing: {
    kind: 'rescuing',
    label: 'Rescuing',
    soundsLike: 'Members reassure or rescue the presenter',
    redirect: "Let's stay with the difficulty rather than make it better.",
    wall: true,
    frames: CASE_WORK,
  },
  'advice-giving': {
    kind: 'advice-giving',
    label: 'Advice-giving',
    soundsLike: '"You should…", "Have you tried…"',
    redirect: 'Before fixing anything: what is going on between this doctor and this patient?',
    wall: true,
    frames: CASE_WORK,
  },
  'medical-drift': {
    kind: 'medical-drift',
    label: 'Medical drift',
    soundsLike: 'Diagnosis, drugs, tests',
    redirect: "Let's leave the clinical side and stay with the relationship.",
    wall: true,
    frames: CASE_WORK,
  },
  'theory-drift': {
    kind: 'theory-drift',
    label: 'Theory drift',
    soundsLike: 'Jargon, lecturing, the general case',
    redirect: "Let's come back from the general to this patient and this doctor.",
    wall: true,
    frames: BOTH,
    developmentRedirect: "Let's come back from the general to what it is like for us.",
  },
  'personal-exploration': {
    kind: 'personal-exploration',
    label: 'Personal exploration',
    soundsLike: "Others probe a member's own history or feelings",
    redirect: "Let's leave our own histories aside and come back to this doctor and patient.",
    wall: false,
    frames: BOTH,
    developmentRedirect: "Let's each share only what we choose to, and not probe one colleague.",
  },
  'self-disclosure': {
    kind: 'self-disclosure',
    label: 'Self-disclosure',
    soundsLike: 'A member shares their own history at length',
    redirect: 'Thank you. What might that tell us about this patient?',
    wall: false,
    frames: CASE_WORK,
  },
  'intrusive-speculation': {
    kind: 'intrusive-speculation',
    label: 'Intrusive speculation',
    soundsLike: "Guesses about a colleague's private life",
    redirect: "Let's keep our curiosity on the consultation, not on each other.",
    wall: true,
    frames: BOTH,
    developmentRedirect: "Let's speak from our own experience, not guess at a colleague's life.",
  },
  judgement: {
    kind: 'judgement',
    label: 'Judgement',
    // Strong feelings about the patient are the group's material, not a breach. "A colleague" names
    // the presenter in case work and anyone speaking in professional development: one line for both.
    soundsLike: 'Criticising or mocking a colleague in the group',
    redirect: 'Can we stay curious rather than judging?',
    wall: false,
    frames: BOTH,
  },
  'new-case': {
    kind: 'new-case',
    label: 'New case',
    soundsLike: '"That reminds me of my patient…"',
    redirect: "Let's keep that case for another time.",
    wall: true,
    frames: BOTH,
    developmentRedirect: "That sounds like a case for a Balint round — let's keep it for then.",
  },
  identifier: {
    kind: 'identifier',
    label: 'Identifier',
    soundsLike: 'A name, place or rare detail that identifies',
    redirect: 'Please leave out anything that could identify someone.',
    wall: false,
    frames: BOTH,
  },
  'strong-emotion': {
    kind: 'strong-emotion',
    label: 'Strong emotion',
    soundsLike: 'Tears, anger',
    redirect: 'Check in gently; the group can stay with this.',
    wall: false,
    leaderOnly: true,
    frames: BOTH,
  },
  airtime: {
    kind: 'airtime',
    label: 'Airtime',
    soundsLike: 'One voice dominating',
    redirect: "Let's hear from someone who hasn't spoken yet.",
    wall: true,
    frames: BOTH,
  },
  time: {
    kind: 'time',
    label: 'Time',
    soundsLike: 'A phase running over',
    redirect: 'A few minutes left for this part.',
    wall: true,
    frames: BOTH,
  },
  'safety-concern': {
    kind: 'safety-concern',
    label: 'Safety concern',
    soundsLike: 'A conduct or safety issue',
    redirect: null,
    wall: false,
    frames: BOTH,
  },
  // Residents' development time slides into grievances about the programme or someone absent: the
  // leader turns it back to what it is like for us, without judging the complaint.
  'complaint-spiral': {
    kind: 'complaint-spiral',
    label: 'Complaint spiral',
    soundsLike: 'Complaints about the program or someone absent pile up',
    redirect: "Let's turn from what others did to what it's like for us.",
    wall: true,
    frames: ['development'],
  },
};

/** Strong feelings about the patient are material, not a breach: the leader's line for them. */
export const STRONG_FEELING_LINE = "That's a strong feeling — what might this patient be stirring up?";

/** How the leader answered a flag; the record keeps this, never the words. */
export const FLAG_HANDLINGS = ['said', 'projected', 'projected-edited', 'set-aside'] as const;
export type FlagHandling = (typeof FLAG_HANDLINGS)[number];
