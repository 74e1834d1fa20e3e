// Every command a client can send over the socket, one zod schema each. The schemas are the edge:
// a payload that does not parse never reaches the reducer. The Command type comes from them.
import { z } from 'zod';
import { checkoutAnswersSchema } from './checkout';
import { CUE_KINDS } from './cues';
import { FLAG_KINDS } from './flags';
import { LIMITS } from './limits';
import { LANGUAGES, REGISTERS } from './language';
import { DISPLAY_CLOCKS } from './settings';


const id = z.string().min(1).max(LIMITS.idMax);
const bare = <T extends string>(type: T) => z.object({ type: z.literal(type) });

export const phaseEditSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes')
    .optional(),
  title: z.string().trim().min(1).max(LIMITS.phaseTitleMax),
  durationSec: z.int().min(LIMITS.phaseDurationMinSec).max(LIMITS.phaseDurationMaxSec),
  prompt: z.string().trim().max(LIMITS.promptMax),
  // null puts the presenter back in the circle; left out, a phase keeps the role it had.
  presenterRole: z.enum(['listens', 'returns']).nullable().optional(),
  // The phase's other traits; left out, a kept phase keeps its own and a new phase has none.
  callsForCase: z.boolean().optional(),
  phonesDown: z.boolean().optional(),
  untimedForRoom: z.boolean().optional(),
  presenterTells: z.boolean().optional(),
  // Ours: a professional-development phase; left out, a kept phase keeps its frame, a new one is Balint.
  frame: z.literal('development').optional(),
});

export const commandSchema = z.discriminatedUnion('type', [
  bare('phase.next'),
  bare('phase.previous'),
  // Ours: takes back the last advance (next or goto) within UNDO_WINDOW_MS, its seconds given back.
  bare('phase.undo'),
  z.object({ type: z.literal('phase.goto'), phaseId: id }),
  bare('timer.pause'),
  bare('timer.resume'),
  z.object({ type: z.literal('timer.extend'), seconds: z.int().min(1).max(LIMITS.extendMaxSec) }),
  z.object({ type: z.literal('presenter.set'), participantId: id.nullable() }),
  z.object({ type: z.literal('case.volunteer'), volunteer: z.boolean() }),
  bare('pause.signal'),
  // Ours: a member's answers to the anonymous check-out, values only (shared/checkout.ts).
  z.object({ type: z.literal('checkout.answer'), answers: checkoutAnswersSchema }),
  // Ours: the leader has seen the pause signals so far; the count standing "now" goes back to none.
  bare('pause.seen'),
  z.object({
    type: z.literal('flag.raise'),
    kind: z.enum(FLAG_KINDS),
    note: z.string().trim().max(LIMITS.noteMax).optional(),
  }),
  z.object({
    type: z.literal('flag.update'),
    flagId: id,
    status: z.enum(['acknowledged', 'resolved', 'dismissed']),
    // "Said it": the leader said the line aloud (with status "resolved").
    handled: z.literal('said').optional(),
  }),
  z.object({
    type: z.literal('notice.show'),
    text: z.string().trim().min(1).max(LIMITS.noticeMax),
    // Ours, beyond the contract: sending a flag's redirect resolves that flag in the same change.
    flagId: id.optional(),
  }),
  bare('notice.clear'),
  z.object({ type: z.literal('participant.remove'), participantId: id }),
  // Ours, beyond the contract: the step-back hints on members' phones, on or off.
  z.object({ type: z.literal('hints.set'), enabled: z.boolean() }),
  // Ours, beyond the contract: the room language, which the display speaks whatever its device says,
  // and the register the room's words address one person in (Sie or du, vous or tu, usted or tú).
  z
    .object({ type: z.literal('language.set'), language: z.enum(LANGUAGES).optional(), register: z.enum(REGISTERS).optional() })
    .refine((change) => change.language !== undefined || change.register !== undefined, {
      message: 'Name language or register.',
    }),
  z
    .object({
      type: z.literal('room.settings'),
      displayClock: z.enum(DISPLAY_CLOCKS).optional(),
      phoneClock: z.boolean().optional(),
    })
    .refine((change) => change.displayClock !== undefined || change.phoneClock !== undefined, {
      message: 'Name displayClock or phoneClock.',
    }),
  z.object({ type: z.literal('cue.send'), cue: z.enum(CUE_KINDS) }),
  // Ours: let in a latecomer who knocked at the locked room.
  z.object({ type: z.literal('knock.admit'), knockId: id }),
  // Ours: the case call found no case; the meeting goes to its closing, or to a free round.
  z.object({ type: z.literal('case.none'), then: z.enum(['closing', 'free']).optional() }),
  // Ours: the leader blanks the wall, and brings it back.
  z.object({ type: z.literal('display.blank'), blank: z.boolean() }),
  // Ours: how long the whole meeting is planned to run, for the budget across every case.
  z.object({ type: z.literal('meeting.plan'), minutes: z.int().min(1).max(LIMITS.meetingMaxMin) }),
  bare('room.lock'),
  bare('room.unlock'),
  bare('leader.takeover'),
  bare('leader.return'),
  bare('case.next'),
  // Ours: the boundary from Balint case work into the professional-development part (shared/frames.ts).
  bare('development.start'),
  z.object({
    type: z.literal('phases.update'),
    phases: z.array(phaseEditSchema).min(1).max(LIMITS.phasesMax),
  }),
  bare('session.end'),
]);

/** Ours: an optional id beside a command's fields, so that a repeat is carried out only once. */
export const commandIdSchema = z.object({ commandId: z.string().min(1).max(LIMITS.idMax).optional() });

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
export type PhaseEdit = z.infer<typeof phaseEditSchema>;

export const COMMAND_TYPES = commandSchema.options.map(
  (option) => option.shape.type.value,
) as readonly CommandType[];
