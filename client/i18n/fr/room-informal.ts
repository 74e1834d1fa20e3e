// Français, au tutoiement : seulement les textes qui s'adressent à une personne et changent avec
// « tu ». Ce qui s'adresse au groupe entier (« nous », « on », l'infinitif) reste dans room.ts et
// base.ts et vaut pour les deux registres. La console continue de vouvoyer l'animation.
// Espaces insécables avant ? ! : ; comme dans room.ts.
import type { InformalWords } from '../informal';

export const words: InformalWords = {
  common: {
    offline: 'Pas de connexion pour le moment. Réessaie dans un instant.',
    noAnswer: 'Pas de réponse du serveur. La demande est peut-être bien arrivée : vérifie avant de réessayer.',
  },

  problems: {
    invalid: 'Le serveur ne l’a pas accepté. Vérifie ta saisie.',
    too_large: 'C’est trop de texte à la fois. Raccourcis-le et réessaie.',
    rate_limited: 'Trop de demandes à la fois. Attends un instant et réessaie.',
  },

  status: {
    invalidBody:
      'La séance est peut-être terminée et supprimée, ou le lien a été mal saisi. Demande un nouveau lien à l’animateur ou à l’animatrice.',
    removedTitle: 'Tu as quitté cette séance',
    removedBody: 'L’animation t’a retiré·e de cette séance. Ton prénom a été effacé.',
    deletedBody: 'Son compte rendu est effacé. Merci de ta participation.',
    replacedBody: 'Cette page s’est effacée pour que la séance se déroule à un seul endroit. Rouvre-la ici si tu la veux sur cet écran.',
    revokedBody: 'L’animation a donné un nouveau lien. Demande-le-lui.',
  },

  member: {
    caseOn: 'L’animation sait que tu as un cas.',
    caseHint: 'Appuie si un patient ou une patiente t’occupe l’esprit. Appuie à nouveau pour annuler.',
    pauseWait_one: 'Tu pourras redemander dans {{count}} seconde.',
    pauseWait_other: 'Tu pourras redemander dans {{count}} secondes.',
    presentingTitle: 'C’est toi qui exposes le cas aujourd’hui',
    presentingBody: 'Raconte-le à ta façon quand l’animation t’y invite. Il n’y a rien à préparer.',
    listenTitle: 'Pour l’instant, tu écoutes',
    listenBody: 'L’animation te redonnera la parole.',
    listenRest: 'Le groupe parle de ton cas. Tu peux te mettre en retrait et écouter.',
    turnBody: 'Rien n’appelle de réponse. Dis ce qui te reste, si tu le souhaites.',
    stepBackHint: 'Adresse-toi au groupe, pas à la personne qui présente le cas.',
    returnHint: 'Laisse d’abord parler la personne qui présente le cas. Pas de nouvelles questions, on ne défend pas ses idées.',
    endedBody: 'Ton prénom a été effacé.',
    youAre: 'Tu es {{name}}',
  },

  certificate: {
    heading: 'Ton attestation de participation',
    intro: "Une attestation signée de ta participation à cette séance, pour ta formation. Elle peut être établie une fois, jusqu'à un jour après la séance.",
    name: "Ton nom sur l'attestation",
    nameHint: "Tel que ton programme de formation te connaît. Il figure seulement dans l'attestation et n'est pas conservé ici.",
    nameMissing: "Saisis ton nom pour l'attestation.",
    ready: "Ton attestation est prête. Enregistre le fichier ou garde une capture d'écran du code.",
    code: 'Code QR de ton attestation de participation',
  },

  late: {
    titleTells: 'La personne qui présente expose son cas — entre doucement',
    title: 'Le groupe est au travail — entre doucement',
    body: 'Installe-toi et écoute. Ton téléphone restera silencieux.',
  },
};
