// English, the source: the words every page may need before anything else (loading, links that
// no longer work, the language switch) and the join page's own. This namespace is all a phone
// loads to join, so it stays small; the phone's meeting words come after, in `room`.
import type { HttpErrorCode } from '../../../shared/errors';

export const words = {
  common: {
    offline: 'Not connected right now. Try again in a moment.',
    noAnswer: 'No answer from the server. It may still have arrived: check before trying again.',
    reconnecting: 'Reconnecting…',
    offlineReconnecting: 'Offline · reconnecting…',
    connecting: 'Connecting…',
    cancel: 'Cancel',
    close: 'Close',
    copy: 'Copy',
    copyLabel: 'Copy: {{label}}',
    copied: 'Copied',
    copyByHand: 'This browser cannot copy here: select the link and copy it. It is private — keep it off the projector.',
    loading: 'Loading…',
    backHome: 'Back to the start page',
    timerPaused: 'Paused',
    overTime: 'over time',
    timeLeft: 'time left',
    joinAt: 'Join at {{host}}',
    joinCode: 'Join code',
    qrAlt: 'QR code to join: {{url}}',
    announcePhase: 'Now: {{title}}',
    announceNotice: 'Notice to the room: {{notice}}',
    noticeLabel: 'Notice to the room',
    phaseOf: 'Phase {{number}} of {{total}}',
    presenter: 'Presenting: {{name}}',
    pageTitle: '{{meeting}} · Balint Live',
    pageTitleWithFlags: '({{flags}}) {{meeting}} · Balint Live',
    meetingEnded: 'The meeting has ended',
    openDebrief: 'Open the debrief',
    openDebriefHint: 'The timeline, the flags and the pause signals, with room for your process notes.',
  },

  language: {
    label: 'Language',
  },

  // The server's refusals, one text per code of its one list (shared/errors.ts): a code added
  // there does not compile here until it has its words.
  problems: {
    invalid: 'The server did not accept this. Check what was entered.',
    unauthorized: 'The link used here is no longer valid.',
    forbidden: 'This device may not do that right now.',
    not_found: 'That is no longer there.',
    conflict: 'That has already happened, or cannot happen right now.',
    too_large: 'That is too much text at once. Shorten it and try again.',
    locked: 'The room is locked for now, or the meeting has ended.',
    rate_limited: 'Too much at once. Wait a moment and try again.',
  } satisfies Record<HttpErrorCode, string>,

  status: {
    invalidTitle: 'This link is no longer valid',
    invalidBody:
      'The meeting may have ended and been deleted, or the link was mistyped. Ask the leader for a new link.',
    noTokenTitle: 'This link is incomplete',
    noTokenBody: 'Open the full link you were given, or join again with the code.',
    removedTitle: 'You have left this meeting',
    removedBody: 'The leader removed you from this meeting. Your name has been deleted.',
    deletedTitle: 'This meeting has been deleted',
    deletedBody: 'Its record is gone. Thank you for taking part.',
    notFoundTitle: 'Nothing here',
    notFoundBody: 'This address does not lead to a meeting.',
    loadFailed: 'This part of the app could not be loaded. Check the connection and reload.',
    reload: 'Reload',
    replacedTitle: 'This meeting is open on another screen',
    replacedBody: 'This page stepped aside so that the meeting runs in one place. Open it here again if you want it on this screen.',
    openHere: 'Open it here',
    revokedTitle: 'This link has been replaced',
    revokedBody: 'The leader gave out a new link. Ask them for it.',
    updateReady: 'A newer version of Balint Live is ready.',
    updateReload: 'Reload now',
  },

  join: {
    title: 'Join the meeting',
    code: 'Join code',
    name: 'Your first name or initials',
    nameHint: 'Only for this meeting. It is deleted when the meeting ends.',
    kept:
      "Kept for the leaders' debrief: how the phases ran, which kinds of moments the leaders flagged to each other, how many pauses were asked for, how many took part and, where the group asks for it, the counts of the anonymous check-out at the closing. No names, and nothing about patients.",
    submit: 'Join',
    joining: 'Joining…',
    nameMissing: 'Type a first name or initials.',
    codeMissing: 'Type the six-character code from the screen.',
    notFound: 'No meeting has this code. Check the code on the screen in the room.',
    locked:
      "The room is locked for now, or the meeting has ended. You can knock: the leader will let you in when there's a moment.",
    knock: 'Knock',
    knocking: 'Knocking…',
    refused: "The leader couldn't let you in this time.",
    rateLimited: 'Too many attempts from this device. Wait a minute and try again.',
    invalid: 'Check the code and the name, then try again.',
    offline: 'The server could not be reached. Check your connection.',
    failed: 'Joining did not work. Try again.',
    alreadyJoined: 'This phone has already joined this meeting.',
    backToMeeting: 'Back to the meeting',
    joinAgain: 'Join as someone new',
  },

  // Joining in two steps: the code is checked before the name is asked for.
  joinStep: {
    continue: 'Continue',
    checking: 'Checking the code…',
  },

  // The device's own language, named apart from the display's.
  screenLanguage: {
    label: 'Language of this screen',
  },
};
