// Who may send which command. "lead" commands belong to whoever is leading right now: the leader,
// or the co-leader after a takeover. That way a returning leader sees who leads and takes the
// lead back on purpose (`leader.return`) instead of two people driving the room at once.
import type { CommandType } from './commands';
import type { Acting, Role } from './roles';

type Permission = 'lead' | 'leaders' | 'leader' | 'co-leader' | 'member';

export const PERMISSIONS: Readonly<Record<CommandType, Permission>> = {
  'phase.next': 'lead',
  'phase.previous': 'lead',
  'phase.undo': 'lead',
  'phase.goto': 'lead',
  'timer.pause': 'lead',
  'timer.resume': 'lead',
  'timer.extend': 'lead',
  'presenter.set': 'lead',
  'notice.show': 'lead',
  'notice.clear': 'lead',
  'participant.remove': 'lead',
  'hints.set': 'lead',
  'room.settings': 'lead',
  'knock.admit': 'lead',
  'case.none': 'lead',
  'meeting.plan': 'lead',
  'display.blank': 'lead',
  'cue.send': 'leaders',
  'language.set': 'lead',
  'room.lock': 'lead',
  'room.unlock': 'lead',
  'case.next': 'lead',
  'development.start': 'lead',
  'phases.update': 'lead',
  'case.volunteer': 'member',
  'pause.signal': 'member',
  'checkout.answer': 'member',
  'pause.seen': 'lead',
  'flag.raise': 'leaders',
  'flag.update': 'leaders',
  'leader.takeover': 'co-leader',
  'leader.return': 'leader',
  'session.end': 'leader',
};

export function mayPerform(role: Role, type: CommandType, acting: Acting): boolean {
  const permission = PERMISSIONS[type];
  switch (permission) {
    case 'lead':
      return role === acting;
    case 'leaders':
      return role === 'leader' || role === 'co-leader';
    default:
      return role === permission;
  }
}

/**
 * Who may do what over HTTP, beside the room's commands. A meeting's link holds a role; a group's
 * link holds the group, and its pages open with it and nothing else (never a meeting's token).
 */
export type Holder = Role | 'group';

export const HTTP_PERMISSIONS = {
  // The process record and the leaders' debrief notes are the leaders' own.
  'report.read': ['leader', 'co-leader'],
  'debrief.write': ['leader', 'co-leader'],
  // A link shown by mistake is replaced, and a meeting erased, only by whoever started it.
  'link.replace': ['leader'],
  'meeting.erase': ['leader'],
  'group.read': ['group'],
  'group.erase': ['group'],
  'format.save': ['group'],
  'leaders.read': ['group'],
  'leaders.save': ['group'],
  'log.read': ['group'],
  'log.correct': ['group'],
  'supervision.read': ['group'],
  'supervision.write': ['group'],
  'checkout.read': ['group'],
  'checkout.set': ['group'],
} as const satisfies Record<string, readonly Holder[]>;

export type HttpAction = keyof typeof HTTP_PERMISSIONS;

/** Actions a group's link opens; every other action is opened by a meeting's link. */
export function isGroupAction(action: HttpAction): boolean {
  return (HTTP_PERMISSIONS[action] as readonly Holder[]).includes('group');
}

export function mayRequest(holder: Holder, action: HttpAction): boolean {
  return (HTTP_PERMISSIONS[action] as readonly Holder[]).includes(holder);
}
