// The paths a token opens. Tokens travel only in the fragment, never to the server in a URL.
export const surfacePaths = {
  leader: (sessionId: string, token: string) => `/s/${sessionId}/leader#${token}`,
  coLeader: (sessionId: string, token: string) => `/s/${sessionId}/co-leader#${token}`,
  display: (sessionId: string, token: string) => `/s/${sessionId}/display#${token}`,
  member: (sessionId: string, token: string) => `/s/${sessionId}/member#${token}`,
  join: (joinCode: string) => `/join/${joinCode}`,
  group: (groupId: string, token: string) => `/g/${groupId}#${token}`,
};
