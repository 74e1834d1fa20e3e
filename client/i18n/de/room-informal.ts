// Deutsch, geduzt: nur die Texte, die eine Person ansprechen und sich mit „du“ ändern. Was die
// ganze Gruppe anspricht („wir“, Infinitiv), steht einmal in room.ts und base.ts und gilt in beiden
// Registern. Die Konsole spricht die Leitung weiter mit „Sie“ an.
import type { InformalWords } from '../informal';

export const words: InformalWords = {
  common: {
    offline: 'Gerade keine Verbindung. Versuch es gleich noch einmal.',
    noAnswer: 'Keine Antwort vom Server. Vielleicht ist es trotzdem angekommen: Bitte prüf das, bevor du es erneut versuchst.',
  },

  problems: {
    invalid: 'Der Server hat das nicht angenommen. Prüf die Eingabe.',
    too_large: 'Das ist zu viel Text auf einmal. Kürz ihn und versuch es erneut.',
    rate_limited: 'Zu viel auf einmal. Warte einen Moment und versuch es erneut.',
  },

  status: {
    invalidBody:
      'Die Sitzung ist vielleicht beendet und gelöscht, oder der Link wurde falsch eingegeben. Frag die Leitung nach einem neuen Link.',
    removedTitle: 'Du hast diese Sitzung verlassen',
    removedBody: 'Die Leitung hat dich aus dieser Sitzung entfernt. Dein Name wurde gelöscht.',
    deletedBody: 'Das Protokoll ist gelöscht. Danke für deine Teilnahme.',
    replacedBody:
      'Diese Seite hat Platz gemacht, damit die Sitzung an einem Ort läuft. Öffne sie hier wieder, wenn du sie auf diesem Bildschirm möchtest.',
    revokedBody: 'Die Leitung hat einen neuen Link ausgegeben. Frag bitte danach.',
  },

  member: {
    caseOn: 'Die Leitung weiß, dass du einen Fall hast.',
    caseHint: 'Tipp hier, wenn dir eine Patientin oder ein Patient nachgeht. Erneut tippen nimmt es zurück.',
    pauseWait_one: 'Du kannst in {{count}} Sekunde erneut fragen.',
    pauseWait_other: 'Du kannst in {{count}} Sekunden erneut fragen.',
    presentingTitle: 'Du stellst heute den Fall vor',
    presentingBody: 'Erzähl auf deine Weise, wenn die Leitung dich einlädt. Vorbereiten musst du nichts.',
    listenBody: 'Die Leitung holt dich wieder in die Runde.',
    listenRest: 'Die Gruppe spricht über deinen Fall. Du kannst dich zurücklehnen und zuhören.',
    turnBody: 'Nichts muss beantwortet werden. Sag, was bei dir nachklingt, wenn du magst.',
    stepBackHint: 'Sprich zur Gruppe, nicht zur Referentin oder zum Referenten.',
    returnHint: 'Lass die Referentin oder den Referenten zuerst sprechen. Keine neuen Fragen, nichts verteidigen.',
    endedBody: 'Dein Name wurde gelöscht.',
    youAre: 'Du bist {{name}}',
  },

  certificate: {
    intro: 'Eine signierte Bestätigung deiner Teilnahme an dieser Sitzung, für deine Weiterbildung. Ausgestellt wird sie einmal, bis einen Tag nach der Sitzung.',
    name: 'Dein Name auf der Bescheinigung',
    nameHint: 'So, wie dein Weiterbildungsprogramm dich kennt. Er steht nur in der Bescheinigung und wird hier nicht gespeichert.',
    nameMissing: 'Gib bitte deinen Namen für die Bescheinigung ein.',
    ready: 'Deine Bescheinigung ist fertig. Speichere die Datei oder mach ein Bildschirmfoto des Codes.',
    code: 'QR-Code deiner Teilnahmebescheinigung',
  },

  late: {
    body: 'Such dir einen Platz und hör zu. Dein Telefon bleibt ruhig.',
  },
};
