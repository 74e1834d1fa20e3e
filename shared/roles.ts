export const ROLES = ['leader', 'co-leader', 'member', 'display'] as const;
export type Role = (typeof ROLES)[number];

/** Who is driving the meeting: the leader, or the co-leader after a takeover. */
export type Acting = 'leader' | 'co-leader';

/** Someone who sends a command: a role, and for a member which participant they are. */
export interface Actor {
  role: Role;
  participantId?: string;
}
