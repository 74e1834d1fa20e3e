// A Balint group that meets again and again: a name, its own formats, and (kept by the server)
// the process records of its meetings. No accounts: a private link holds the group's token.
import { z } from 'zod';
import { phaseEditSchema } from './commands';
import { LIMITS } from './limits';
import { planFromEdits } from './plan-edits';
import { REGISTERS } from './language';
import { DISPLAY_CLOCKS } from './settings';
import type { Report } from './report';
import { findFormat, FORMATS } from './templates';
import { type Format, type PhasePlan, traitsOf } from './phase-plan';

export interface Group {
  groupId: string;
  name: string;
  formats: Format[];
  createdAt: number;
  /** The anonymous check-out at the closing: off unless the group turns it on. */
  checkout?: boolean;
}

export const FORMAT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const formatBody = z.object({
  title: z.string().trim().min(1).max(LIMITS.phaseTitleMax),
  phases: z.array(phaseEditSchema).min(1).max(LIMITS.phasesMax),
  /** The step-back hints on members' phones; on when left out. */
  hints: z.boolean().optional(),
  /** How the room sees time in this group's meetings; the defaults when left out. */
  settings: z
    .object({ displayClock: z.enum(DISPLAY_CLOCKS).optional(), phoneClock: z.boolean().optional() })
    .optional(),
  /** How the room's words address one person in this group's meetings; formal when left out. */
  register: z.enum(REGISTERS).optional(),
});
export type FormatBody = z.infer<typeof formatBody>;

/** A group's own format from the leader's edits; null when two phases share an id. */
export function formatFromBody(formatId: string, body: FormatBody): Format | null {
  const builtIn = FORMATS.find((format) => format.id === formatId);
  const phases = planFromEdits(body.phases, builtIn?.phases ?? SHIPPED_PHASES);
  if (!phases) return null;
  return {
    id: formatId,
    title: body.title,
    description: '',
    phases,
    hints: body.hints ?? true,
    ...(body.settings ? { settings: body.settings } : {}),
    ...(body.register ? { register: body.register } : {}),
  };
}

/** Saving a format under an id the group already has replaces it. */
export function withFormat(group: Group, format: Format): Group {
  const others = group.formats.filter((candidate) => candidate.id !== format.id);
  return { ...group, formats: [...others, format] };
}

/** Every phase the formats ship, first of each id: what a shipped phase id does in any format. */
const SHIPPED_PHASES: PhasePlan[] = FORMATS.flatMap((format) => format.phases).filter(
  (phase, index, all) => all.findIndex((other) => other.id === phase.id) === index,
);

/**
 * A format saved before phases carried traits has none at all: its phases with a shipped id take
 * that phase's traits, so an old group's meetings still send phones down and call for a case.
 */
function withShippedTraits(format: Format): Format {
  if (format.phases.some((phase) => Object.keys(traitsOf(phase)).length > 0)) return format;
  return {
    ...format,
    phases: format.phases.map((phase) => {
      const shipped = SHIPPED_PHASES.find((candidate) => candidate.id === phase.id);
      return shipped ? { ...phase, ...traitsOf(shipped) } : phase;
    }),
  };
}

/** A group's format first, then the built-in one of that id. */
export function findGroupFormat(group: Group | null, formatId: string): Format | undefined {
  const own = group?.formats.find((format) => format.id === formatId);
  return own ? withShippedTraits(own) : findFormat(formatId);
}

export interface GroupPage {
  groupId: string;
  name: string;
  formats: Format[];
  meetings: Report[];
}
