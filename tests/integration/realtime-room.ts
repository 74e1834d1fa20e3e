// The room the realtime tests play in: a meeting with its leader, co-leader, display and two
// members, each on a socket of their own, on the test file's server.
import type { CreatedMeeting } from '../../shared/protocol';
import { type Client, createMeeting, joinMeeting, type serverForFile } from './harness';

export interface Room {
  meeting: CreatedMeeting;
  leader: Client;
  coLeader: Client;
  display: Client;
  ann: Client;
  annId: string;
  bo: Client;
  boId: string;
}

/** The keys only the leaders' views may carry. */
export const PRIVATE_KEYS = ['flags', 'pauseSignals', 'participants'];

/** Opens rooms on `served`; their sockets close with the file. */
export function roomsOn(served: ReturnType<typeof serverForFile>): () => Promise<Room> {
  const client = served.client;
  return async function room(): Promise<Room> {
    const meeting = await createMeeting(served.url, { title: 'Thursday' });
    const annJoin = await joinMeeting(served.url, meeting.joinCode, 'Ann');
    const boJoin = await joinMeeting(served.url, meeting.joinCode, 'Bo');
    return {
      meeting,
      leader: await client(meeting.leaderToken),
      coLeader: await client(meeting.coLeaderToken),
      display: await client(meeting.displayToken),
      ann: await client(annJoin.token),
      annId: annJoin.participantId,
      bo: await client(boJoin.token),
      boId: boJoin.participantId,
    };
  };
}
