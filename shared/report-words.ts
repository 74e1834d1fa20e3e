// The words of the exported process record, in the four languages: the same labels the debrief
// screen shows (tests/unit/report-words.test.ts holds them to the screen's words), so that a leader
// who exports what they read gets the same words, not the record's ids in English.
import type { CueKind } from './cues';
import type { Language } from './language';

export interface ReportWords {
  /** The file's heading: the screen's "Debrief" kicker and the meeting's title. */
  title: string;
  format: string;
  started: string;
  ended: string;
  stillRunning: string;
  /** "Times are in {{zone}}": the zone every clock time of the file is in. */
  timesIn: string;
  pauseSignals: string;
  /** How many attendance certificates members took; the line is left out when none. */
  certificates: string;
  caseHeading: string;
  /** A professional-development part is no case: "Part N", as the debrief heads it. */
  partHeading: string;
  /** The frame's name beside a part's heading (room `frames.development`). */
  development: string;
  noCase: string;
  /** Beside a phase an edit took out of the plan (console `recordPhases.dropped`). */
  dropped: string;
  phase: string;
  startedAt: string;
  planned: string;
  actual: string;
  notReached: string;
  skipped: string;
  endedIn: string;
  flags: string;
  flagsHeading: string;
  noFlags: string;
  flagTime: string;
  flagCase: string;
  flagKind: string;
  flagHandled: string;
  handled: {
    open: string;
    acknowledged: string;
    said: string;
    projected: string;
    projectedEdited: string;
    setAside: string;
    resolved: string;
    dismissed: string;
  };
  cuesHeading: string;
  noCues: string;
  cues: Record<CueKind, string>;
  leadershipHeading: string;
  leaderThroughout: string;
  takeover: string;
  handback: string;
  /** The anonymous check-out, as the debrief shows it (console `checkoutResults`). */
  checkout: { heading: string; answered: string; tooFew: string; scale: string; safety: string; focus: string };
}

export const REPORT_WORDS: Readonly<Record<Language, ReportWords>> = {
  en: {
    title: 'Debrief: {{title}}',
    format: 'Format',
    started: 'Started',
    ended: 'Ended',
    stillRunning: 'still running',
    timesIn: 'Times are in {{zone}}.',
    pauseSignals: 'Pause signals',
    certificates: 'Attendance certificates issued',
    caseHeading: 'Case {{number}}',
    partHeading: 'Part {{number}}',
    development: 'Professional development',
    dropped: 'taken out of the plan',
    noCase: 'No case today',
    phase: 'Phase',
    startedAt: 'Started',
    planned: 'Planned',
    actual: 'Ran',
    notReached: 'not reached',
    skipped: 'skipped',
    endedIn: 'The meeting ended early, in {{phase}}.',
    flags: 'Flags',
    flagsHeading: 'Flags and how they were handled',
    noFlags: 'No flags were raised.',
    flagTime: 'Time',
    flagCase: 'Case',
    flagKind: 'Flag',
    flagHandled: 'How it was handled',
    handled: {
      open: 'not marked',
      acknowledged: 'acknowledged',
      said: 'said aloud',
      projected: 'said and projected',
      projectedEdited: 'projected in the leader’s own words',
      setAside: 'set aside',
      resolved: 'followed up',
      dismissed: 'set aside',
    },
    cuesHeading: 'Cues between the leaders',
    noCues: 'None passed.',
    cues: {
      'i-take-this': "I'll take this",
      'you-take-this': 'Can you take this?',
      'let-silence-run': 'Let the silence run',
      'invite-patient-view': "Invite the patient's view",
      'presenter-shaken': 'The presenter looks shaken',
      'intervening-a-lot': "We're intervening a lot",
    },
    leadershipHeading: 'Leadership',
    leaderThroughout: 'The leader led throughout.',
    takeover: 'The co-leader took over',
    handback: 'The leader took the lead back',
    checkout: {
      heading: 'Anonymous check-out',
      answered: 'People who answered',
      tooFew: 'Too few answers to show',
      scale: 'From 1 (not at all) to 5 (completely)',
      safety: 'How safe did the group feel?',
      focus: 'How much did we stay with the doctor and the patient?',
    },
  },
  de: {
    title: 'Nachbesprechung: {{title}}',
    format: 'Ablauf',
    started: 'Begonnen',
    ended: 'Beendet',
    stillRunning: 'läuft noch',
    timesIn: 'Uhrzeiten in {{zone}}.',
    pauseSignals: 'Pausenwünsche',
    certificates: 'Ausgestellte Teilnahmebescheinigungen',
    caseHeading: 'Fall {{number}}',
    partHeading: 'Teil {{number}}',
    development: 'Berufliche Entwicklung',
    dropped: 'aus dem Ablauf genommen',
    noCase: 'Heute kein Fall',
    phase: 'Phase',
    startedAt: 'Beginn',
    planned: 'Geplant',
    actual: 'Gelaufen',
    notReached: 'nicht erreicht',
    skipped: 'übersprungen',
    endedIn: 'Die Sitzung endete vorzeitig, in der Phase „{{phase}}“.',
    flags: 'Hinweise',
    flagsHeading: 'Hinweise und wie mit ihnen umgegangen wurde',
    noFlags: 'Es wurden keine Hinweise gegeben.',
    flagTime: 'Zeit',
    flagCase: 'Fall',
    flagKind: 'Hinweis',
    flagHandled: 'Umgang',
    handled: {
      open: 'ohne Vermerk',
      acknowledged: 'gesehen',
      said: 'ausgesprochen',
      projected: 'ausgesprochen und projiziert',
      projectedEdited: 'in eigenen Worten projiziert',
      setAside: 'stehen gelassen',
      resolved: 'nachgegangen',
      dismissed: 'stehen gelassen',
    },
    cuesHeading: 'Zeichen zwischen den Leitungen',
    noCues: 'Keine gegeben.',
    cues: {
      'i-take-this': 'Ich übernehme das',
      'you-take-this': 'Können Sie das übernehmen?',
      'let-silence-run': 'Die Stille aushalten',
      'invite-patient-view': 'Die Sicht des Patienten einladen',
      'presenter-shaken': 'Referent:in wirkt mitgenommen',
      'intervening-a-lot': 'Wir intervenieren viel',
    },
    leadershipHeading: 'Leitung',
    leaderThroughout: 'Die Leitung hat durchgehend geleitet.',
    takeover: 'Die Co-Leitung hat übernommen',
    handback: 'Die Leitung hat zurückgenommen',
    checkout: {
      heading: 'Anonyme Abschlussfragen',
      answered: 'Personen, die geantwortet haben',
      tooFew: 'Zu wenige Antworten, um sie zu zeigen',
      scale: 'Von 1 (gar nicht) bis 5 (völlig)',
      safety: 'Wie sicher hat sich die Gruppe angefühlt?',
      focus: 'Wie sehr sind wir bei der Arzt-Patient-Beziehung geblieben?',
    },
  },
  fr: {
    title: 'Bilan : {{title}}',
    format: 'Déroulé',
    started: 'Début',
    ended: 'Fin',
    stillRunning: 'en cours',
    timesIn: 'Heures exprimées en {{zone}}.',
    pauseSignals: 'Demandes de pause',
    certificates: 'Attestations de participation établies',
    caseHeading: 'Cas {{number}}',
    partHeading: 'Partie {{number}}',
    development: 'Développement professionnel',
    dropped: 'retirée du déroulé',
    noCase: 'Pas de cas aujourd’hui',
    phase: 'Phase',
    startedAt: 'Début',
    planned: 'Prévu',
    actual: 'Réalisé',
    notReached: 'non atteinte',
    skipped: 'passée',
    endedIn: 'La séance s’est terminée plus tôt, pendant « {{phase}} ».',
    flags: 'Signaux',
    flagsHeading: 'Les signaux et leur traitement',
    noFlags: "Aucun signal n’a été envoyé.",
    flagTime: 'Heure',
    flagCase: 'Cas',
    flagKind: 'Signal',
    flagHandled: 'Traitement',
    handled: {
      open: 'sans mention',
      acknowledged: 'vu',
      said: 'dit à voix haute',
      projected: 'dit et projeté',
      projectedEdited: 'projeté avec les mots du leader',
      setAside: 'laissé de côté',
      resolved: 'suivi',
      dismissed: 'laissé de côté',
    },
    cuesHeading: 'Signes entre les personnes qui animent',
    noCues: 'Aucun.',
    cues: {
      'i-take-this': 'Je m’en charge',
      'you-take-this': 'Pouvez-vous vous en charger ?',
      'let-silence-run': 'Laisser durer le silence',
      'invite-patient-view': 'Inviter le point de vue du patient',
      'presenter-shaken': 'La personne qui expose semble ébranlée',
      'intervening-a-lot': 'Nous intervenons beaucoup',
    },
    leadershipHeading: 'Animation',
    leaderThroughout: "L’animateur ou l’animatrice a animé du début à la fin.",
    takeover: 'La co-animation a pris le relais',
    handback: "L’animation a repris la main",
    checkout: {
      heading: 'Questions de clôture anonymes',
      answered: 'Personnes ayant répondu',
      tooFew: 'Trop peu de réponses pour les montrer',
      scale: 'De 1 (pas du tout) à 5 (tout à fait)',
      safety: 'À quel point le groupe a-t-il été un lieu sûr ?',
      focus: 'Dans quelle mesure sommes-nous restés sur la relation médecin-malade ?',
    },
  },
  es: {
    title: 'Revisión: {{title}}',
    format: 'Formato',
    started: 'Inicio',
    ended: 'Fin',
    stillRunning: 'aún en curso',
    timesIn: 'Horas en {{zone}}.',
    pauseSignals: 'Peticiones de pausa',
    certificates: 'Certificados de asistencia emitidos',
    caseHeading: 'Caso {{number}}',
    partHeading: 'Parte {{number}}',
    development: 'Desarrollo profesional',
    dropped: 'retirada del plan',
    noCase: 'Hoy no hay caso',
    phase: 'Fase',
    startedAt: 'Inicio',
    planned: 'Previsto',
    actual: 'Duración',
    notReached: 'no alcanzada',
    skipped: 'omitida',
    endedIn: 'La sesión terminó antes de lo previsto, en «{{phase}}».',
    flags: 'Avisos',
    flagsHeading: 'Los avisos y cómo se atendieron',
    noFlags: 'No se envió ningún aviso.',
    flagTime: 'Hora',
    flagCase: 'Caso',
    flagKind: 'Aviso',
    flagHandled: 'Cómo se atendió',
    handled: {
      open: 'sin marcar',
      acknowledged: 'visto',
      said: 'dicho en voz alta',
      projected: 'dicho y proyectado',
      projectedEdited: 'proyectado con palabras propias',
      setAside: 'dejado de lado',
      resolved: 'con seguimiento',
      dismissed: 'dejado de lado',
    },
    cuesHeading: 'Indicaciones entre quienes coordinan',
    noCues: 'Ninguna.',
    cues: {
      'i-take-this': 'Me encargo yo',
      'you-take-this': '¿Se encarga usted?',
      'let-silence-run': 'Sostener el silencio',
      'invite-patient-view': 'Invitar la mirada del paciente',
      'presenter-shaken': 'Quien presenta lo está pasando mal',
      'intervening-a-lot': 'Estamos interviniendo mucho',
    },
    leadershipHeading: 'Coordinación',
    leaderThroughout: 'Quien coordina lo hizo de principio a fin.',
    takeover: 'La cocoordinación tomó el relevo',
    handback: 'Quien coordina retomó la conducción',
    checkout: {
      heading: 'Preguntas de cierre anónimas',
      answered: 'Personas que respondieron',
      tooFew: 'Muy pocas respuestas para mostrarlas',
      scale: 'Del 1 (nada) al 5 (totalmente)',
      safety: '¿Cuánta seguridad se sintió en el grupo?',
      focus: '¿Cuánto nos mantuvimos en la relación médico-paciente?',
    },
  },
};

/** A text with its {{values}} put in. */
export function fillWords(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
