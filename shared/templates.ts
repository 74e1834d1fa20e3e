// The formats a meeting can follow, as plain data. The ids of the standard format's phases are
// part of the public contract; the other formats reuse them wherever a phase means the same thing,
// so that `case.next` can find the case call in any format.
import type { Format, PhasePlan } from './phase-plan';

/** A duration given in minutes, in the seconds a phase plan counts. */
const minutesInSec = (minutes: number): number => minutes * 60;

const opening: PhasePlan = {
  id: 'opening',
  title: 'Opening & frame',
  durationSec: minutesInSec(3),
  prompt: 'Please leave out anything that could identify a patient. What we say about each other stays here too.',
  details:
    'Our ground rules: no advice and no "why" questions; phones down; no recording; nothing that could identify a patient.',
};
const caseCall: PhasePlan = {
  id: 'case-call',
  title: 'Who has a case?',
  durationSec: minutesInSec(2),
  prompt: 'Who has a patient on their mind?',
  callsForCase: true,
  untimedForRoom: true,
};
const presentation: PhasePlan = {
  id: 'presentation',
  title: 'Case presentation',
  durationSec: minutesInSec(8),
  prompt: "Tell it your way — we'll just listen.",
  phonesDown: true,
  presenterTells: true,
};
const clarifyingQuestions: PhasePlan = {
  id: 'clarifying-questions',
  title: 'Clarifying questions',
  durationSec: minutesInSec(5),
  prompt: 'Only what helps you picture the scene. Facts, not "why".',
  phonesDown: true,
};
const discussion: PhasePlan = {
  id: 'discussion',
  title: 'Group discussion — presenter steps back',
  durationSec: minutesInSec(20),
  prompt: 'What might it be like to be this patient — and this doctor?',
  presenterRole: 'listens',
  phonesDown: true,
};
const presenterReturn: PhasePlan = {
  id: 'presenter-return',
  title: 'Presenter returns',
  durationSec: minutesInSec(5),
  prompt: 'Welcome back. What stayed with you? Nothing needs answering.',
  presenterRole: 'returns',
  phonesDown: true,
};
const closing: PhasePlan = {
  id: 'closing',
  title: 'Closing',
  durationSec: minutesInSec(2),
  prompt: "Let's leave the case here. Thank you.",
  phonesDown: true,
};

/**
 * Professional development: its own frame and its own phases, about us as doctors (training, the
 * work, how it sits with us), never a patient. The same phases follow a Balint round as a segment
 * (`development.start`), so the two frames stay apart in one meeting.
 */
export const DEVELOPMENT_PHASES: readonly PhasePlan[] = [
  {
    id: 'development-check-in',
    title: 'Check-in',
    durationSec: minutesInSec(5),
    prompt: 'How are we arriving as doctors today? A sentence or two each.',
    phonesDown: true,
    frame: 'development',
  },
  {
    id: 'development-theme',
    title: 'Choosing a theme',
    durationSec: minutesInSec(5),
    prompt: 'What about our work as doctors would we like to talk about today?',
    phonesDown: true,
    frame: 'development',
  },
  {
    id: 'development-discussion',
    title: 'Open discussion',
    durationSec: minutesInSec(30),
    prompt: "What is this like for each of us? Let's speak from our own experience, not about a patient.",
    phonesDown: true,
    frame: 'development',
  },
  {
    id: 'development-closing',
    title: 'Closing',
    durationSec: minutesInSec(5),
    prompt: 'What will we take from this into our work? Thank you.',
    phonesDown: true,
    frame: 'development',
  },
];

export const FORMATS: readonly Format[] = [
  {
    id: 'standard',
    title: 'Standard (American Balint Society)',
    description: 'Presentation, questions, discussion while the presenter steps back, return.',
    phases: [opening, caseCall, presentation, clarifyingQuestions, discussion, presenterReturn, closing],
  },
  {
    id: 'uk-classic',
    title: 'UK classic',
    description: 'The presenter stays in the circle throughout and may join the discussion.',
    phases: [
      opening,
      caseCall,
      { ...presentation, durationSec: minutesInSec(10) },
      clarifyingQuestions,
      {
        id: 'discussion',
        title: 'Group discussion — presenter stays in',
        durationSec: minutesInSec(30),
        prompt: 'What is happening between this doctor and this patient?',
        phonesDown: true,
      },
      {
        id: 'presenter-reflection',
        title: "Presenter's reflection",
        durationSec: minutesInSec(5),
        prompt: "Anything you'd like to say now?",
        phonesDown: true,
      },
      { ...closing, durationSec: minutesInSec(3) },
    ],
  },
  {
    id: 'psychodrama',
    title: 'Psychodrama',
    description: 'The scene is enacted after the questions, then discussed.',
    phases: [
      opening,
      caseCall,
      presentation,
      clarifyingQuestions,
      {
        id: 'enactment',
        title: 'Enactment',
        durationSec: minutesInSec(15),
        prompt: 'Who is in the scene? Let the relationship speak, not the diagnosis.',
        phonesDown: true,
      },
      {
        // Nobody leaves the enactment still carrying a role: a safety step, never skipped.
        id: 'de-roling',
        title: 'Stepping out of roles',
        durationSec: minutesInSec(5),
        prompt: 'Step out of your role and say your own name. What did you feel in it?',
        phonesDown: true,
      },
      { ...discussion, durationSec: minutesInSec(15) },
      presenterReturn,
      { ...closing, durationSec: minutesInSec(3) },
    ],
  },
  {
    id: 'prismatic',
    title: 'Prismatic / large group',
    description: 'A hall of members reports its own moods and images as facets of the case.',
    phases: [
      { ...opening, durationSec: minutesInSec(5) },
      { ...caseCall, durationSec: minutesInSec(3) },
      { ...presentation, durationSec: minutesInSec(10) },
      clarifyingQuestions,
      {
        id: 'facets',
        title: 'Facets: moods and images',
        durationSec: minutesInSec(15),
        prompt: 'What mood, image or sensation does this case leave in you?',
        presenterRole: 'listens',
        phonesDown: true,
      },
      { ...discussion, durationSec: minutesInSec(15) },
      presenterReturn,
      { ...closing, durationSec: minutesInSec(3) },
    ],
  },
  {
    id: 'online',
    title: 'Online',
    description: 'Check-in, privacy check and the stand-in rule before the case.',
    phases: [
      {
        ...opening,
        title: 'Check-in',
        durationSec: minutesInSec(4),
        // Online the opening is a check-in; the frame it sets stays the same.
        prompt: `${opening.prompt} How are you arriving today? One sentence each.`,
      },
      {
        id: 'privacy-check',
        title: 'Privacy check & stand-in rule',
        durationSec: minutesInSec(2),
        prompt:
          "Are you somewhere private, where no one can overhear? Please don't record. If the leader's connection drops, the co-leader leads until they return.",
      },
      caseCall,
      presentation,
      clarifyingQuestions,
      discussion,
      presenterReturn,
      { ...closing, durationSec: minutesInSec(3) },
    ],
  },
  {
    id: 'student',
    title: 'Student group',
    description: 'A gentler pace for students meeting their first patients.',
    phases: [
      opening,
      {
        ...caseCall,
        durationSec: minutesInSec(3),
        prompt: 'Any encounter counts. Who has a patient on their mind?',
      },
      { ...presentation, durationSec: minutesInSec(7) },
      clarifyingQuestions,
      { ...discussion, durationSec: minutesInSec(15) },
      presenterReturn,
      {
        ...closing,
        durationSec: minutesInSec(5),
        prompt: 'What will you take with you to your next patient?',
      },
    ],
  },
  {
    id: 'development',
    title: 'Professional development',
    description: 'A discussion about us as doctors, with its own frame: no case, no patient.',
    phases: [...DEVELOPMENT_PHASES],
  },
];

/**
 * The free round that a "No case today" may open instead of the closing: an open conversation about
 * the group's work with patients, phones down, before the closing. Part of no format.
 */
export const FREE_ROUND: PhasePlan = {
  id: 'free-round',
  title: 'Free round',
  durationSec: minutesInSec(20),
  prompt: 'No case today. What from our work with patients is on our minds?',
  phonesDown: true,
};

/**
 * A break between two cases: an optional last phase of a round, added in the closing when a second
 * case follows. `case.next` from the break starts the next case at its case call.
 */
export const BREAK_PHASE: PhasePlan = {
  id: 'break',
  title: 'Break',
  durationSec: minutesInSec(10),
  prompt: 'A short break. We start the next case together.',
};

export const DEFAULT_FORMAT_ID = 'standard';

export function findFormat(id: string): Format | undefined {
  return FORMATS.find((format) => format.id === id);
}
