// What the SQLite store's two threads say to each other: the writes the writer thread commits
// and its answers. Types only, plus the file name both open.
import type { Grant, TokenChanges } from '../meeting-store';

export const DATABASE_FILE = 'balint-live.sqlite';

/** A meeting's row as the writer stores it: the state already serialized by the caller. */
export interface SessionRow {
  sessionId: string;
  joinCode: string;
  ended: boolean;
  version: number;
  groupId: string | null;
  json: string;
  /** The server's clock at the change: the meeting's last activity. */
  updatedAt: number;
}

export type Write =
  | { op: 'create'; row: SessionRow; tokens: { hash: string; grant: Grant }[] }
  | { op: 'save'; row: SessionRow; expectedVersion: number; tokens?: TokenChanges; erasing: boolean }
  | { op: 'erase'; sessionId: string }
  | { op: 'sweep'; before: number }
  | { op: 'touch'; sessionId: string; at: number }
  | { op: 'markAttended'; sessionId: string; participantId: string }
  | { op: 'replaceRoleToken'; sessionId: string; role: string; hash: string }
  | { op: 'createGroup'; groupId: string; tokenHash: string; json: string; at: number }
  | { op: 'saveGroup'; groupId: string; json: string; at: number }
  | { op: 'touchGroup'; groupId: string; at: number }
  | { op: 'eraseGroup'; groupId: string }
  | { op: 'putGroupRecord'; groupId: string; key: string; json: string; expectedVersion: number; erasing: boolean }
  | { op: 'sweepGroups'; before: number }
  | { op: 'markCheckout'; sessionId: string; mark: string }
  | { op: 'unmarkCheckout'; sessionId: string; mark: string };

export type WriteRequest = { id: number } & Write;
export type WriteReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };
