// How much of the meeting's time the room sees. The room comes first: by default the wall shows the
// time only roughly ("about 12 min") and phones show none at all, so eyes stay in the circle.
export const DISPLAY_CLOCKS = ['quiet', 'full', 'off'] as const;
export type DisplayClock = (typeof DISPLAY_CLOCKS)[number];

export interface RoomSettings {
  /** quiet: "about 12 min", no seconds; full: the big countdown; off: no time on the wall. */
  displayClock: DisplayClock;
  /** Phones follow the phase with a countdown (a teaching group's choice); off, they go dark. */
  phoneClock: boolean;
}

export const DEFAULT_SETTINGS: RoomSettings = { displayClock: 'quiet', phoneClock: false };

export function withSettings(settings: RoomSettings, change: Partial<RoomSettings>): RoomSettings {
  return {
    displayClock: change.displayClock ?? settings.displayClock,
    phoneClock: change.phoneClock ?? settings.phoneClock,
  };
}
