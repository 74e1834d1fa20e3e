// Français, pour la salle : vouvoiement, et les mots du travail Balint de shared/locales/fr.ts
// (animateur, co-animation, la personne qui présente le cas, échanges du groupe, signal, recentrer).
// Espaces insécables avant ? ! : ; et dans les guillemets, pour qu'un projecteur ne coupe pas là.
import type { BaseWords } from '../words';

export const words: BaseWords = {
  common: {
    offline: 'Pas de connexion pour le moment. Réessayez dans un instant.',
    noAnswer:
      'Pas de réponse du serveur. La demande est peut-être bien arrivée : vérifiez avant de réessayer.',
    reconnecting: 'Reconnexion…',
    offlineReconnecting: 'Hors ligne · reconnexion…',
    connecting: 'Connexion…',
    cancel: 'Annuler',
    close: 'Fermer',
    copy: 'Copier',
    copyLabel: 'Copier : {{label}}',
    copied: 'Copié',
    copyByHand: 'Ce navigateur ne peut pas copier ici : sélectionnez le lien et copiez-le. Il est privé — à ne pas projeter.',
    loading: 'Chargement…',
    backHome: "Retour à la page d’accueil",
    timerPaused: 'En pause',
    overTime: 'de dépassement',
    timeLeft: 'restant',
    joinAt: 'Rejoindre sur {{host}}',
    joinCode: "Code d’accès",
    qrAlt: 'Code QR pour rejoindre : {{url}}',
    announcePhase: 'Maintenant : {{title}}',
    announceNotice: 'Message au groupe : {{notice}}',
    noticeLabel: 'Message au groupe',
    phaseOf: 'Phase {{number}} sur {{total}}',
    presenter: 'Cas présenté par : {{name}}',
    pageTitle: '{{meeting}} · Balint Live',
    pageTitleWithFlags: '({{flags}}) {{meeting}} · Balint Live',
    meetingEnded: 'La séance est terminée',
    openDebrief: 'Ouvrir le bilan',
    openDebriefHint: "La chronologie, les signaux et les demandes de pause, avec de la place pour vos notes de processus.",
  },

  language: {
    label: 'Langue',
  },

  problems: {
    invalid: "Le serveur ne l’a pas accepté. Vérifiez la saisie.",
    unauthorized: 'Le lien utilisé n’est plus valide.',
    forbidden: 'Cet appareil ne peut pas faire cela pour le moment.',
    not_found: "Cela n’existe plus.",
    conflict: "C’est déjà fait, ou ce n’est pas possible pour le moment.",
    too_large: 'C’est trop de texte à la fois. Raccourcissez-le et réessayez.',
    locked: 'La salle est fermée pour le moment, ou la séance est terminée.',
    rate_limited: 'Trop de demandes à la fois. Attendez un instant et réessayez.',
  },

  status: {
    invalidTitle: "Ce lien n’est plus valide",
    invalidBody:
      "La séance est peut-être terminée et supprimée, ou le lien a été mal saisi. Demandez un nouveau lien à l’animateur ou à l’animatrice.",
    noTokenTitle: 'Ce lien est incomplet',
    noTokenBody: 'Ouvrez le lien complet que vous avez reçu, ou rejoignez à nouveau avec le code.',
    removedTitle: 'Vous avez quitté cette séance',
    removedBody: "L’animation vous a retiré de cette séance. Votre prénom a été effacé.",
    deletedTitle: 'Cette séance a été supprimée',
    deletedBody: 'Son compte rendu est effacé. Merci de votre participation.',
    notFoundTitle: 'Rien ici',
    notFoundBody: 'Cette adresse ne mène à aucune séance.',
    loadFailed: "Cette partie de l’application n’a pas pu être chargée. Vérifiez la connexion et rechargez.",
    reload: 'Recharger',
    replacedTitle: 'Cette séance est ouverte sur un autre écran',
    replacedBody: 'Cette page s’est effacée pour que la séance se déroule à un seul endroit. Rouvrez-la ici si vous la voulez sur cet écran.',
    openHere: 'L’ouvrir ici',
    revokedTitle: 'Ce lien a été remplacé',
    revokedBody: 'L’animation a donné un nouveau lien. Demandez-le-lui.',
    updateReady: 'Une version plus récente de Balint Live est prête.',
    updateReload: 'Recharger maintenant',
  },

  join: {
    title: 'Rejoindre la séance',
    code: "Code d’accès",
    name: 'Votre prénom ou vos initiales',
    nameHint: 'Seulement pour cette séance. Il est effacé à la fin de la séance.',
    kept:
      'Conservé pour le bilan de l’animation : le déroulé des phases, les types de signaux échangés au sein de l’animation, le nombre de demandes de pause, le nombre de participants et, si le groupe le souhaite, les totaux des questions de clôture anonymes. Aucun prénom, et rien sur les patients.',
    submit: 'Rejoindre',
    joining: 'Connexion…',
    nameMissing: 'Saisissez un prénom ou des initiales.',
    codeMissing: "Saisissez le code à six caractères affiché à l’écran.",
    notFound: "Aucune séance n’a ce code. Vérifiez le code sur l’écran de la salle.",
    locked:
      'La salle est fermée pour le moment, ou la séance est terminée. Vous pouvez frapper : l’animation vous fera entrer dès que le moment s’y prête.',
    knock: 'Frapper à la porte',
    knocking: 'Vous frappez…',
    refused: 'L’animation n’a pas pu vous faire entrer cette fois-ci.',
    rateLimited: "Trop d’essais depuis cet appareil. Attendez une minute et réessayez.",
    invalid: 'Vérifiez le code et le prénom, puis réessayez.',
    offline: "Le serveur n’a pas pu être joint. Vérifiez votre connexion.",
    failed: "La connexion n’a pas abouti. Réessayez.",
    alreadyJoined: 'Ce téléphone a déjà rejoint cette séance.',
    backToMeeting: 'Retour à la séance',
    joinAgain: "Rejoindre en tant qu’autre personne",
  },

  joinStep: {
    continue: 'Continuer',
    checking: 'Vérification du code…',
  },

  screenLanguage: {
    label: 'Langue de cet écran',
  },
};
