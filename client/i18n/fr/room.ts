// Français, pour la salle : vouvoiement, et les mots du travail Balint de shared/locales/fr.ts
// (animateur, co-animation, la personne qui présente le cas, échanges du groupe, signal, recentrer).
// Espaces insécables avant ? ! : ; et dans les guillemets, pour qu'un projecteur ne coupe pas là.
import type { RoomWords } from '../words';

export const words: RoomWords = {
  landing: {
    title: 'Balint Live',
    tagline:
      'Un cadre calme pour votre groupe Balint : les phases, le temps et la sécurité, sur chaque appareil de la salle.',
    startHeading: 'Commencer une séance',
    meetingTitle: 'Titre de la séance',
    meetingTitlePlaceholder: 'Groupe du mardi',
    format: 'Déroulé',
    standardFormat: 'Standard',
    formatMinutes: 'environ {{minutes}} min par cas',
    start: 'Commencer la séance',
    starting: 'Démarrage…',
    startFailed: "La séance n’a pas pu commencer.",
    templatesFailed: "Les déroulés n’ont pas pu être chargés. Le déroulé standard sera utilisé.",
    joinHeading: 'Rejoindre une séance',
    joinCode: "Code d’accès",
    joinCodeHint: "Six lettres et chiffres, affichés sur l’écran de la salle.",
    join: 'Continuer',
    codeTooShort: 'Le code compte six caractères.',
    privacy:
      "Pas de compte. Les participants rejoignent avec un prénom, effacé à la fin de la séance. Rien n’est demandé ni conservé sur les patients.",
    groupHeading: 'Créer un groupe',
    groupIntro:
      'Pour un groupe qui se réunit régulièrement : ses propres déroulés et le compte rendu de ses séances, derrière un lien privé. Pas de compte.',
    groupName: 'Nom du groupe',
    groupNamePlaceholder: 'Groupe Balint du jeudi',
    groupStart: 'Créer le groupe',
    groupStarting: 'Création…',
    groupNameMissing: 'Donnez un nom au groupe.',
    groupFailed: "Le groupe n’a pas pu être créé.",
    myGroups: 'Vos groupes sur cet appareil',
    groupFormats: 'Déroulés de ce groupe',
    builtInFormats: 'Déroulés fournis',
    formatsHint: "Modifiez les phases dans la console d’une séance et enregistrez-les comme déroulé du groupe pour les voir ici.",
    version: 'Version {{version}}',
  },

  member: {
    caseToggle: "J’ai un cas",
    caseOn: "L’animation sait que vous avez un cas.",
    caseHint: 'Appuyez si un patient ou une patiente vous occupe l’esprit. Appuyez à nouveau pour annuler.',
    pauseButton: "J’ai besoin d’une pause",
    pauseConfirmTitle: 'Demander une pause ?',
    pauseConfirmBody: "L’animation voit seulement que quelqu’un a demandé. Personne ne voit qui.",
    pauseSend: 'Oui, demander une pause',
    pauseSent: "L’animation sait que quelqu’un a besoin d’une pause. Personne ne voit qui.",
    pauseWait_one: 'Vous pourrez redemander dans {{count}} seconde.',
    pauseWait_other: 'Vous pourrez redemander dans {{count}} secondes.',
    presentingTitle: 'C’est vous qui exposez le cas aujourd’hui',
    presentingBody: 'Racontez-le à votre façon quand l’animation vous y invite. Il n’y a rien à préparer.',
    listenTitle: 'Pour l’instant, vous écoutez',
    listenBody: 'L’animation vous redonnera la parole.',
    listenRest: 'Le groupe parle de votre cas. Vous pouvez vous mettre en retrait et écouter.',
    turnTitle: 'Bon retour parmi nous',
    turnBody: "Rien n’appelle de réponse. Dites ce qui vous reste, si vous le souhaitez.",
    stepBackHint: 'Adressez-vous au groupe, pas à la personne qui présente le cas.',
    returnHint: 'Laissez d’abord parler la personne qui présente le cas. Pas de nouvelles questions, on ne défend pas ses idées.',
    promptToggle: 'Ce que cette phase nous demande',
    phonesDown: 'Téléphones de côté pour le moment. Cet écran reste calme.',
    endedTitle: 'La séance est terminée.',
    endedBody: 'Votre prénom a été effacé.',
    youAre: 'Vous êtes {{name}}',
  },

  display: {
    aboutMinutes_one: 'encore environ {{count}} min',
    aboutMinutes_other: 'encore environ {{count}} min',
    minuteOrTwo: 'encore une minute ou deux',
    blankTitle: 'L’écran est masqué pour le moment',
    endedTitle: 'La séance est terminée',
    endedBody: 'Merci.',
    joinHeading: 'Rejoindre avec son téléphone',
  },

  coLeader: {
    title: 'Co-animation',
    flagsHeading: 'Envoyer un signal',
    flagsHint: "Une simple pression prévient l’animation en privé. Rien n’apparaît dans la salle.",
    note: "Note facultative pour l’animation, envoyée avec votre prochaine pression",
    noteHint_one: 'Encore {{count}} caractère.',
    noteHint_other: 'Encore {{count}} caractères.',
    raised: "Envoyé à l’animation : {{label}}",
    sentShort: "✓ Envoyé à l’animation",
    myFlags: 'Signaux de cette séance',
    noFlags: 'Pas encore de signal.',
    status: {
      open: 'en attente',
      acknowledged: 'vu par l’animation',
      resolved: 'repris',
      dismissed: 'noté',
    },
    knocking: '{{name}} frappe à la porte de la salle fermée. L’animation peut lui ouvrir.',
    leaderAway: "L’animateur ou l’animatrice a perdu la connexion.",
    takeoverIn: "Vous pourrez prendre le relais dans {{clock}} s’il ou elle ne revient pas.",
    takeover: "Prendre le relais de l’animation",
    takeoverConfirm:
      "Prendre le relais de l’animation de la séance ? L’animateur ou l’animatrice pourra la reprendre à son retour.",
    leading: 'Vous animez la séance',
    leadingBody: "L’animateur ou l’animatrice pourra reprendre la main à son retour.",
    endedBody: 'Les prénoms et les notes ont été effacés. Le compte rendu du processus reste pour le bilan.',
  },

  chime: {
    console: "Carillon quand le temps d’une phase est écoulé",
    display: 'Carillon quand le temps est écoulé',
    state: '{{chime}} : {{state}}',
    on: 'activé',
    off: 'désactivé',
  },

  cues: {
    toLeader: 'Faire signe à l’animation',
    toCoLeader: 'Faire signe à la co-animation',
    hint: 'Visibles de vous deux seulement.',
    // The cues' own words are the exported record's (the `record` namespace, shared/report-words/):
    // only the leaders' screens show them, so a member's phone never downloads them.
    sent: 'Envoyé : {{cue}}',
    sentShort: '✓ Envoyé',
    fromLeader: 'L’animation',
    fromCoLeader: 'La co-animation',
    received: 'Signes reçus',
    toast: '{{from}} : « {{cue}} »',
    gotIt: 'Compris',
    gotItLabel: 'Compris : {{cue}}',
    hiddenToast: '{{from}} vous a fait signe.',
    arrived: '{{from}} : {{cue}}',
  },

  late: {
    titleTells: 'La personne qui présente expose son cas — entrez doucement',
    title: 'Le groupe est au travail — entrez doucement',
    body: 'Installez-vous et écoutez. Votre téléphone restera silencieux.',
    continue: 'Continuer',
  },

  knock: {
    title: 'Vous avez frappé à la porte',
    body: 'L’animation vous fera entrer dès que le moment s’y prête.',
    keepOpen: 'Gardez cette page ouverte : la séance s’y ouvrira d’elle-même.',
    weak: 'La connexion est faible. Vous attendez toujours, rien n’est perdu.',
    stop: 'Ne plus attendre',
    refusedBody: 'Merci de votre venue.',
  },

  certificate: {
    heading: 'Votre attestation de participation',
    intro: "Une attestation signée de votre participation à cette séance, pour votre formation. Elle peut être établie une fois, jusqu'à un jour après la séance.",
    name: "Votre nom sur l'attestation",
    nameHint: "Tel que votre programme de formation vous connaît. Il figure seulement dans l'attestation et n'est pas conservé ici.",
    nameMissing: "Saisissez votre nom pour l'attestation.",
    take: "Établir l'attestation",
    taking: 'En cours…',
    ready: "Votre attestation est prête. Enregistrez le fichier ou gardez une capture d'écran du code.",
    download: "Enregistrer le fichier de l'attestation",
    code: 'Code QR de votre attestation de participation',
    checkAt: 'Chacun peut la vérifier sur {{address}}.',
    notThere: 'Seuls les participants présents à cette séance peuvent obtenir une attestation.',
    taken: 'Une attestation a déjà été établie avec ce lien, ou le jour qui suit la séance est passé.',
    failed: "L'attestation n'a pas pu être établie.",
    fileTitle: 'Balint Live – attestation de participation',
  },

  coLeaderPauses: {
    heading: 'Demandes de pause',
    now_one: '{{count}} en ce moment, pas encore vue par l’animation',
    now_other: '{{count}} en ce moment, pas encore vues par l’animation',
    noneNow: 'Aucune en attente',
    meeting_one: '{{count}} pendant cette séance',
    meeting_other: '{{count}} pendant cette séance',
  },

  // Two frames kept apart: the moment the room leaves the case for professional development. The
  // frames' names, which only the leaders' screens show, are the record's (`record:frames.*`).
  frames: {
    momentTitle: 'Nous quittons maintenant le cas.',
    momentBody: 'Ce qui suit porte sur nous en tant que médecins, pas sur le patient.',
    mark: 'Cadre',
  },

  // Les questions de clôture anonymes sur le téléphone : une invitation, facultative et discrète.
  checkout: {
    heading: 'Pour conclure',
    invitation: 'Deux petites questions avant de nous quitter. Anonymes et facultatives.',
    notNow: 'Pas maintenant',
    progress: 'Question {{number}} sur {{count}}',
    safety: 'À quel point le groupe a-t-il été un lieu sûr aujourd’hui ?',
    focus: 'Dans quelle mesure sommes-nous restés sur la relation médecin-malade ?',
    low: 'Pas du tout',
    high: 'Tout à fait',
    value: '{{value}} sur 5',
    thanks: 'Merci.',
    thanksBody: 'Seuls les totaux sont gardés, jamais qui a répondu quoi.',
  },
};
