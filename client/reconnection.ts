// How a device comes back after the line drops. Shared with the bench, so the figures it records
// are the phone's own behaviour.

/**
 * Short, jittered retries: after a restart the room should be back within a few seconds, and the
 * jitter keeps a hall of phones from arriving in the same instant.
 */
export const RECONNECTION = {
  reconnectionDelay: 500,
  reconnectionDelayMax: 3_000,
  randomizationFactor: 0.5,
} as const;

/**
 * Once the server has said it is restarting, it is back within a second or two: ask more often
 * until it answers, or a whole room waits out a 3-second back-off it did not need.
 */
export const AFTER_RESTARTING = {
  reconnectionDelay: 250,
  reconnectionDelayMax: 1_000,
} as const;
