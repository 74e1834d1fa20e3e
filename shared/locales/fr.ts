// Français, pour la salle : les termes des groupes Balint (présentation du cas, questions de
// clarification, le présentateur se retire, retour du présentateur). Le groupe est vouvoyé ; les
// titres disent « présentateur ou présentatrice », les consignes « la personne qui présente ».
// Espaces insécables avant ? ! : ; et dans les guillemets, pour qu'un projecteur ne coupe pas là.
import type { LocaleTexts } from './types';

export const fr: LocaleTexts = {
  formats: {
    standard: {
      title: 'Standard (American Balint Society)',
      description:
        'Présentation du cas, questions, discussion pendant que le présentateur ou la présentatrice se retire, puis retour.',
    },
    'uk-classic': {
      title: 'Classique britannique',
      description:
        'Le présentateur ou la présentatrice reste dans le cercle du début à la fin et peut prendre part à la discussion.',
    },
    psychodrama: {
      title: 'Psychodrame Balint',
      description: 'Après les questions, la scène est jouée, puis discutée.',
    },
    prismatic: {
      title: 'Prismatique / grand groupe',
      description: "Toute une salle partage ses propres états d’âme et images comme autant de facettes du cas.",
    },
    online: {
      title: 'En ligne',
      description: "Tour d’arrivée, vérification de la confidentialité et règle de relève avant le cas.",
    },
    student: {
      title: 'Groupe étudiant',
      description: 'Un rythme plus doux pour les étudiantes et étudiants qui rencontrent leurs premiers patients.',
    },
  },
  phases: {
    opening: {
      title: 'Ouverture et cadre',
      prompt: 'Ce qui se dit ici reste ici. Aucun patient, aucune patiente ne doit être reconnaissable.',
    },
    'case-call': {
      title: 'Qui a un cas ?',
      prompt: "Quel patient, quelle patiente vous occupe l’esprit ?",
    },
    presentation: {
      title: 'Présentation du cas',
      prompt: 'Racontez à votre façon — nous écoutons, simplement.',
    },
    'clarifying-questions': {
      title: 'Questions de clarification',
      prompt: 'Seulement ce qui aide à se représenter la scène. Des faits, pas de « pourquoi ».',
    },
    discussion: {
      title: 'Discussion de groupe — le présentateur ou la présentatrice se retire',
      prompt: "Comment serait-ce d’être à la place de ce patient ou de cette patiente — et de ce médecin ?",
    },
    'presenter-return': {
      title: 'Retour du présentateur ou de la présentatrice',
      prompt: "Qu’est-ce qui résonne en vous ? Rien n’appelle de réponse.",
    },
    closing: {
      title: 'Clôture',
      prompt: 'Laissons le cas ici. Merci.',
    },
    'free-round': {
      title: 'Tour libre',
      prompt: 'Pas de cas aujourd’hui. Qu’est-ce qui nous occupe dans notre travail avec les patients ?',
    },
    'presenter-reflection': {
      title: 'Réflexion du présentateur ou de la présentatrice',
      prompt: "Qu’est-ce que le groupe a ouvert pour vous ?",
    },
    enactment: {
      title: 'Mise en jeu',
      prompt: 'Qui est dans la scène ? Laissons parler la relation, pas le diagnostic.',
    },
    facets: {
      title: "Facettes : états d’âme et images",
      prompt: "Quelle humeur, quelle image ou quelle sensation ce cas laisse-t-il en vous ?",
    },
    'privacy-check': {
      title: 'Confidentialité et règle de relève',
      prompt:
        "Êtes-vous au calme, sans personne qui puisse vous entendre ? Si la personne qui anime est déconnectée, la co-animation prend le relais jusqu’à son retour.",
    },
  },
  formatPhases: {
    'uk-classic': {
      discussion: {
        title: 'Discussion de groupe — le présentateur ou la présentatrice reste dans le cercle',
        prompt: 'Que se passe-t-il dans cette relation médecin-malade ?',
      },
    },
    online: {
      opening: {
        title: "Tour d’arrivée",
        prompt: "Dans quel état arrivez-vous aujourd’hui ? Une phrase par personne.",
      },
    },
    student: {
      'case-call': {
        prompt: "Toute rencontre compte. Quel patient, quelle patiente vous occupe l’esprit ?",
      },
      closing: {
        prompt: "Qu’emporterez-vous pour votre prochaine consultation ?",
      },
    },
  },
  flags: {
    'cross-examination': {
      label: 'Interrogatoire',
      soundsLike: '« Pourquoi avez-vous… ? », les questions s’accumulent sur la personne qui expose le cas',
      redirect: 'Gardons les « pourquoi » pour plus tard et commençons à imaginer.',
    },
    'step-back-breach': {
      label: 'Retrait non respecté',
      soundsLike: 'Quelqu’un s’adresse à la personne qui expose le cas pendant qu’elle écoute',
      redirect: 'Pour l’instant, elle écoute — parlons-nous entre nous.',
    },
    'presenter-breaks-in': {
      label: 'La personne qui expose intervient',
      soundsLike: 'La personne qui expose le cas répond ou explique pendant son retrait',
      redirect: 'Vous aurez la parole ensuite — pour l’instant, vous écoutez.',
    },
    rescuing: {
      label: 'Sauvetage',
      soundsLike: 'Le groupe rassure ou vient au secours de la personne qui expose le cas',
      redirect: 'Restons avec la difficulté plutôt que de chercher à l’adoucir.',
    },
    'advice-giving': {
      label: 'Conseils',
      soundsLike: '« Vous devriez… », « Avez-vous essayé… ? »',
      redirect: 'Avant de chercher des solutions : que se passe-t-il entre ce médecin et ce patient ?',
    },
    'medical-drift': {
      label: 'Dérive médicale',
      soundsLike: 'Diagnostic, médicaments, examens',
      redirect: 'Laissons le côté clinique et restons sur la relation.',
    },
    'theory-drift': {
      label: 'Dérive théorique',
      soundsLike: 'Jargon, exposé magistral, le cas général',
      redirect: 'Revenons du général à ce patient et à ce médecin.',
    },
    'personal-exploration': {
      label: 'Exploration personnelle',
      soundsLike: 'D’autres sondent l’histoire ou les ressentis d’un participant',
      redirect: 'Laissons nos propres histoires de côté et revenons à ce médecin et à ce patient.',
    },
    'self-disclosure': {
      label: 'Confidence personnelle',
      soundsLike: 'Un participant raconte longuement sa propre histoire',
      redirect: 'Merci. Qu’est-ce que cela pourrait nous dire de ce patient ?',
    },
    'intrusive-speculation': {
      label: 'Spéculation intrusive',
      soundsLike: 'Suppositions sur la vie privée d’un ou d’une collègue',
      redirect: 'Gardons notre curiosité pour la consultation, pas pour nous.',
    },
    judgement: {
      label: 'Jugement',
      soundsLike: 'Critique ou moquerie envers la personne qui expose le cas ou un participant',
      redirect: 'Pouvons-nous rester dans la curiosité plutôt que dans le jugement ?',
    },
    'new-case': {
      label: 'Nouveau cas',
      soundsLike: '« Ça me rappelle une de mes patientes… »',
      redirect: 'Gardons ce cas pour une autre fois.',
    },
    identifier: {
      label: 'Élément identifiant',
      soundsLike: 'Un nom, un lieu ou un détail rare qui permet d’identifier',
      redirect: 'Laissons de côté tout ce qui pourrait permettre de reconnaître quelqu’un.',
    },
    'strong-emotion': {
      label: 'Émotion forte',
      soundsLike: 'Larmes, colère',
      redirect: 'Prendre des nouvelles avec délicatesse ; le groupe peut rester avec cela.',
    },
    airtime: {
      label: 'Temps de parole',
      soundsLike: 'Une voix domine',
      redirect: 'Écoutons quelqu’un qui n’a pas encore parlé.',
    },
    time: {
      label: 'Temps',
      soundsLike: 'Une phase déborde',
      redirect: 'Il reste quelques minutes pour cette partie.',
    },
    'safety-concern': {
      label: 'Problème de sécurité',
      soundsLike: 'Un problème de conduite ou de sécurité',
    },
  },
};
