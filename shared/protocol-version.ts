// The wire's version, in a module of its own so the client reads it without the server's schemas.
// A client sends the one it was built with as `auth.protocol`; one from an older build is told to
// reload (`reload`), and never cut off: the page in a leader's hand keeps working until a calm moment
// to reload. Raise it when a change leaves an older page half-working.
// 2: two frames. An older page shows no framing moment and offers case flags the server now
// refuses in professional development.
export const PROTOCOL_VERSION = 2;
