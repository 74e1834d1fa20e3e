// Deutsch, für den Raum: gesiezt, mit den Worten der Balintarbeit wie in shared/locales/de.ts
// (Leitung und Co-Leitung, Referentin oder Referent, Fall einbringen, Gruppengespräch).
import type { BaseWords } from '../words';

export const words: BaseWords = {
  common: {
    offline: 'Gerade keine Verbindung. Versuchen Sie es gleich noch einmal.',
    noAnswer:
      'Keine Antwort vom Server. Vielleicht ist es trotzdem angekommen: Bitte prüfen Sie das, bevor Sie es erneut versuchen.',
    reconnecting: 'Verbindung wird wiederhergestellt …',
    offlineReconnecting: 'Offline · Verbindung wird wiederhergestellt …',
    connecting: 'Verbindung wird hergestellt …',
    cancel: 'Abbrechen',
    close: 'Schließen',
    copy: 'Kopieren',
    copyLabel: 'Kopieren: {{label}}',
    copied: 'Kopiert',
    copyByHand: 'Dieser Browser kann hier nicht kopieren: Link markieren und kopieren. Er ist privat – nicht auf dem Beamer zeigen.',
    loading: 'Wird geladen …',
    backHome: 'Zur Startseite',
    timerPaused: 'Pausiert',
    overTime: 'überzogen',
    timeLeft: 'verbleibend',
    joinAt: 'Teilnehmen unter {{host}}',
    joinCode: 'Zugangscode',
    qrAlt: 'QR-Code zum Teilnehmen: {{url}}',
    announcePhase: 'Jetzt: {{title}}',
    announceNotice: 'Einblendung für die Gruppe: {{notice}}',
    noticeLabel: 'Einblendung für die Gruppe',
    phaseOf: 'Phase {{number}} von {{total}}',
    presenter: 'Fall von: {{name}}',
    pageTitle: '{{meeting}} · Balint Live',
    pageTitleWithFlags: '({{flags}}) {{meeting}} · Balint Live',
    meetingEnded: 'Die Sitzung ist beendet',
    openDebrief: 'Nachbesprechung öffnen',
    openDebriefHint: 'Zeitverlauf, Hinweise und Pausenwünsche – mit Platz für Ihre Prozessnotizen.',
  },

  language: {
    label: 'Sprache',
  },

  problems: {
    invalid: 'Der Server hat das nicht angenommen. Prüfen Sie die Eingabe.',
    unauthorized: 'Der verwendete Link ist nicht mehr gültig.',
    forbidden: 'Dieses Gerät darf das gerade nicht.',
    not_found: 'Das gibt es nicht mehr.',
    conflict: 'Das ist schon geschehen oder gerade nicht möglich.',
    too_large: 'Das ist zu viel Text auf einmal. Kürzen Sie ihn und versuchen Sie es erneut.',
    locked: 'Der Raum ist gerade geschlossen, oder die Sitzung ist beendet.',
    rate_limited: 'Zu viel auf einmal. Warten Sie einen Moment und versuchen Sie es erneut.',
  },

  status: {
    invalidTitle: 'Dieser Link ist nicht mehr gültig',
    invalidBody:
      'Die Sitzung ist vielleicht beendet und gelöscht, oder der Link wurde falsch eingegeben. Bitten Sie die Leitung um einen neuen Link.',
    noTokenTitle: 'Dieser Link ist unvollständig',
    noTokenBody: 'Öffnen Sie den vollständigen Link, den Sie bekommen haben, oder treten Sie mit dem Code erneut bei.',
    removedTitle: 'Sie haben diese Sitzung verlassen',
    removedBody: 'Die Leitung hat Sie aus dieser Sitzung entfernt. Ihr Name wurde gelöscht.',
    deletedTitle: 'Diese Sitzung wurde gelöscht',
    deletedBody: 'Das Protokoll ist gelöscht. Danke für Ihre Teilnahme.',
    notFoundTitle: 'Hier ist nichts',
    notFoundBody: 'Diese Adresse führt zu keiner Sitzung.',
    loadFailed: 'Dieser Teil der App konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie neu.',
    reload: 'Neu laden',
    replacedTitle: 'Diese Sitzung ist auf einem anderen Bildschirm geöffnet',
    replacedBody: 'Diese Seite hat Platz gemacht, damit die Sitzung an einem Ort läuft. Öffnen Sie sie hier wieder, wenn Sie sie auf diesem Bildschirm möchten.',
    openHere: 'Hier öffnen',
    revokedTitle: 'Dieser Link wurde ersetzt',
    revokedBody: 'Die Leitung hat einen neuen Link ausgegeben. Bitte fragen Sie danach.',
    updateReady: 'Eine neuere Version von Balint Live ist bereit.',
    updateReload: 'Jetzt neu laden',
  },

  join: {
    title: 'An der Sitzung teilnehmen',
    code: 'Zugangscode',
    name: 'Ihr Vorname oder Ihre Initialen',
    nameHint: 'Nur für diese Sitzung. Er wird gelöscht, wenn die Sitzung endet.',
    kept:
      'Für die Nachbesprechung der Leitung bleibt: wie die Phasen verliefen, welche Arten von Hinweisen sich die Leitungen gaben, wie oft um eine Pause gebeten wurde, wie viele teilnahmen und, wo die Gruppe es wünscht, die Zahlen der anonymen Abschlussfragen. Keine Namen und nichts über Patientinnen und Patienten.',
    submit: 'Teilnehmen',
    joining: 'Sie werden angemeldet …',
    nameMissing: 'Geben Sie einen Vornamen oder Initialen ein.',
    codeMissing: 'Geben Sie den sechsstelligen Code vom Bildschirm ein.',
    notFound: 'Keine Sitzung hat diesen Code. Prüfen Sie den Code auf dem Bildschirm im Raum.',
    locked:
      'Der Raum ist gerade geschlossen, oder die Sitzung ist beendet. Sie können anklopfen: Die Leitung lässt Sie herein, sobald es passt.',
    knock: 'Anklopfen',
    knocking: 'Sie klopfen an …',
    refused: 'Die Leitung konnte Sie diesmal nicht hereinlassen.',
    rateLimited: 'Zu viele Versuche von diesem Gerät. Warten Sie eine Minute und versuchen Sie es erneut.',
    invalid: 'Prüfen Sie Code und Namen und versuchen Sie es dann erneut.',
    offline: 'Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung.',
    failed: 'Die Anmeldung hat nicht geklappt. Versuchen Sie es erneut.',
    alreadyJoined: 'Dieses Telefon nimmt bereits an dieser Sitzung teil.',
    backToMeeting: 'Zurück zur Sitzung',
    joinAgain: 'Als jemand anderes teilnehmen',
  },

  joinStep: {
    continue: 'Weiter',
    checking: 'Code wird geprüft …',
  },

  screenLanguage: {
    label: 'Sprache dieses Bildschirms',
  },
};
