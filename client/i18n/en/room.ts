// English, the source: what the phones, the display and the start page say. Each language is its
// own chunk; the console's words stay out of it, and the join page loads only `base`.
// Numbers that decide the grammar go in as `count` (i18next picks the _one/_other form); every
// other value goes in by name.
export const words = {
  landing: {
    title: 'Balint Live',
    tagline: 'A calm frame for your Balint group: phases, time and safety, on every device in the room.',
    startHeading: 'Start a meeting',
    meetingTitle: 'Meeting title',
    meetingTitlePlaceholder: 'Tuesday group',
    format: 'Format',
    standardFormat: 'Standard',
    formatMinutes: 'about {{minutes}} min per case',
    start: 'Start meeting',
    starting: 'Starting…',
    startFailed: 'The meeting could not be started.',
    templatesFailed: 'The formats could not be loaded. The standard format will be used.',
    joinHeading: 'Join a meeting',
    joinCode: 'Join code',
    joinCodeHint: 'Six letters and digits, shown on the screen in the room.',
    join: 'Continue',
    codeTooShort: 'The code has six characters.',
    privacy:
      'No accounts. Members join with a first name that is deleted when the meeting ends. Nothing about patients is asked for or kept.',
    groupHeading: 'Start a group',
    groupIntro:
      'For a group that meets again and again: its own formats and the record of its meetings, behind a private link. No accounts.',
    groupName: 'Group name',
    groupNamePlaceholder: 'Thursday Balint group',
    groupStart: 'Start the group',
    groupStarting: 'Starting…',
    groupNameMissing: 'Give the group a name.',
    groupFailed: 'The group could not be started.',
    myGroups: 'Your groups on this device',
    groupFormats: "This group's formats",
    builtInFormats: 'Built-in formats',
    formatsHint: "Edit the phases in a meeting's console and save them as the group's format to see them here.",
    version: 'Version {{version}}',
  },

  member: {
    caseToggle: 'I have a case',
    caseOn: 'The leader knows you have a case.',
    caseHint: 'Tap if a patient is on your mind. Tap again to take it back.',
    pauseButton: 'I need a pause',
    pauseConfirmTitle: 'Ask for a pause?',
    pauseConfirmBody: 'The leaders see only that someone asked. No one sees who.',
    pauseSend: 'Yes, ask for a pause',
    pauseSent: 'The leaders know someone needs a pause. No one sees who.',
    pauseWait_one: 'You can ask again in {{count}} second.',
    pauseWait_other: 'You can ask again in {{count}} seconds.',
    presentingTitle: "You're presenting today",
    presentingBody: 'Tell it your way when the leader invites you. Nothing needs preparing.',
    listenTitle: 'Listen for now',
    listenBody: 'The leader will invite you back.',
    listenRest: 'The group is talking about your case. You can sit back and listen.',
    turnTitle: 'Welcome back',
    turnBody: 'Nothing needs answering. Say what stayed with you, if you like.',
    stepBackHint: 'Speak to the group, not the presenter.',
    returnHint: 'Let the presenter speak first. No new questions, no defending.',
    promptToggle: 'What this phase asks',
    phonesDown: 'Phones down for now. This screen stays quiet.',
    endedTitle: 'The meeting has ended.',
    endedBody: 'Your name has been deleted.',
    youAre: 'You are {{name}}',
  },

  display: {
    aboutMinutes_one: 'about {{count}} min',
    aboutMinutes_other: 'about {{count}} min',
    minuteOrTwo: 'a minute or two',
    blankTitle: 'The display is blank for now',
    endedTitle: 'The meeting has ended',
    endedBody: 'Thank you.',
    joinHeading: 'Join on your phone',
  },

  coLeader: {
    title: 'Co-leader',
    flagsHeading: 'Raise a flag',
    flagsHint: 'One tap tells the leader privately. Nothing appears in the room.',
    note: 'Optional note for the leader, sent with your next tap',
    noteHint_one: '{{count}} character left.',
    noteHint_other: '{{count}} characters left.',
    raised: 'Sent to the leader: {{label}}',
    sentShort: '✓ Sent to the leader',
    myFlags: 'Flags this meeting',
    noFlags: 'No flags yet.',
    status: {
      open: 'waiting',
      acknowledged: 'seen by the leader',
      resolved: 'taken up',
      dismissed: 'noted',
    },
    knocking: '{{name}} is knocking at the locked room. The leader can let them in.',
    leaderAway: 'The leader has lost the connection.',
    takeoverIn: 'You can take over in {{clock}} if they do not come back.',
    takeover: 'Take over leading',
    takeoverConfirm: 'Take over leading the meeting? The leader can take it back when they return.',
    leading: 'You are leading the meeting',
    leadingBody: 'The leader can take the lead back when they return.',
    endedBody: 'Names and notes have been deleted. The process record stays for the debrief.',
  },

  chime: {
    console: "Chime when a phase's time runs out",
    display: 'Chime when time runs out',
    state: '{{chime}}: {{state}}',
    on: 'on',
    off: 'off',
  },

  // Co-leading, both ways: short cues between leader and co-leader, never shown to the room.
  cues: {
    toLeader: 'Cue the leader',
    toCoLeader: 'Cue your co-leader',
    hint: 'Only the two of you see these.',
    // The cues' own words are the exported record's (the `record` namespace, shared/report-words/):
    // only the leaders' screens show them, so a member's phone never downloads them.
    sent: 'Sent: {{cue}}',
    sentShort: '✓ Sent',
    fromLeader: 'The leader',
    fromCoLeader: 'Your co-leader',
    received: 'Cues received',
    toast: '{{from}}: “{{cue}}”',
    gotIt: 'Got it',
    gotItLabel: 'Got it: {{cue}}',
    hiddenToast: '{{from}} sent a cue.',
    arrived: '{{from}}: {{cue}}',
  },

  late: {
    titleTells: 'The presenter is telling their case — come in quietly',
    title: 'The group is at work — come in quietly',
    body: 'Find a seat and listen. Your phone will stay quiet.',
    continue: 'Continue',
  },

  knock: {
    title: "You've knocked",
    body: "The leader will let you in when there's a moment.",
    keepOpen: 'Keep this page open: the meeting opens here by itself.',
    weak: 'The connection is weak. Still waiting, nothing is lost.',
    stop: 'Stop waiting',
    refusedBody: 'Thank you for coming.',
  },

  // The member's phone at the end: an attendance certificate for their training record.
  certificate: {
    heading: 'Save your attendance certificate',
    intro: 'A signed record that you took part in this meeting, for your training program. You can take it once, until a day after the meeting.',
    name: 'Your name on the certificate',
    nameHint: 'As your program knows you. It goes into the certificate only: it is not kept here.',
    nameMissing: 'Type your name for the certificate.',
    take: 'Create the certificate',
    taking: 'Creating…',
    ready: 'Your certificate is ready. Save the file, or keep a screenshot of the code.',
    download: 'Save the certificate file',
    code: 'QR code of your attendance certificate',
    checkAt: 'Anyone can check it at {{address}}.',
    notThere: 'Only members who were in this meeting can take a certificate.',
    taken: 'A certificate was already taken with this link, or the day after the meeting is over.',
    failed: 'The certificate could not be created.',
    fileTitle: 'Balint Live attendance certificate',
  },

  // The members' pause signals on the co-leader's phone: counts only, "now" apart from the meeting's.
  coLeaderPauses: {
    heading: 'Pause signals',
    now_one: '{{count}} now, not yet seen by the leader',
    now_other: '{{count}} now, not yet seen by the leader',
    noneNow: 'None waiting',
    meeting_one: '{{count}} in this meeting',
    meeting_other: '{{count}} in this meeting',
  },

  // Two frames kept apart: the moment the room leaves the case for professional development. The
  // frames' names, which only the leaders' screens show, are the record's (`record:frames.*`).
  frames: {
    momentTitle: 'We\'re leaving the case now.',
    momentBody: 'What follows is about us as doctors, not about the patient.',
    mark: 'Frame',
  },

  // The anonymous check-out on a phone at the closing: an invitation, optional and quiet.
  checkout: {
    heading: 'Check-out',
    invitation: 'Two short questions before we part. Anonymous, and optional.',
    notNow: 'Not now',
    progress: 'Question {{number}} of {{count}}',
    safety: 'How safe did the group feel today?',
    focus: 'How much did we stay with the doctor and the patient?',
    low: 'Not at all',
    high: 'Completely',
    value: '{{value}} of 5',
    thanks: 'Thank you.',
    thanksBody: 'Only the counts are kept, never who answered what.',
  },
};
