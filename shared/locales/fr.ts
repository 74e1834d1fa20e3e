// Français, pour la salle : les termes des groupes Balint (récit du cas, questions de
// clarification, la personne qui expose le cas se met en retrait, reprise de parole, signal,
// recentrer). Le groupe est vouvoyé ; les titres évitent « présentateur ».
// Espaces insécables avant ? ! : ; et dans les guillemets, pour qu'un projecteur ne coupe pas là.
import type { LocaleTexts } from './types';

export const fr: LocaleTexts = {
  formats: {
    standard: {
      title: 'Standard (American Balint Society)',
      description:
        'Récit du cas, questions, échanges pendant que la personne qui expose se met en retrait, puis reprise de parole.',
    },
    'uk-classic': {
      title: 'Classique britannique',
      description: 'La personne qui expose le cas reste dans le cercle du début à la fin et peut prendre part aux échanges.',
    },
    psychodrama: {
      title: 'Psychodrame Balint',
      description: 'Après les questions, la scène est jouée ; chacun sort ensuite de son rôle, puis le groupe en parle.',
    },
    prismatic: {
      title: 'Prismatique / grand groupe',
      description: 'Toute une salle partage ses propres ressentis et images comme autant de facettes du cas.',
    },
    online: {
      title: 'En ligne',
      description: 'Tour d’arrivée, vérification de la confidentialité et règle de relève avant le cas.',
    },
    student: {
      title: 'Groupe étudiant',
      description: 'Un rythme plus doux pour les étudiantes et étudiants qui rencontrent leurs premiers patients.',
    },
    development: {
      title: 'Développement professionnel',
      description: 'Un échange sur nous en tant que médecins, avec son propre cadre : ni cas, ni patient.',
    },
  },
  phases: {
    opening: {
      title: 'Ouverture et cadre',
      prompt:
        'Merci de laisser de côté tout ce qui pourrait permettre de reconnaître un patient. Ce que nous disons les uns des autres reste ici, aussi.',
      details:
        'Nos règles : pas de conseils ni de « pourquoi » ; téléphones de côté ; aucun enregistrement ; rien qui permette de reconnaître un patient.',
    },
    'case-call': {
      title: 'Qui a un cas ?',
      prompt: 'Quel patient, quelle patiente vous occupe l’esprit ?',
    },
    presentation: {
      title: 'Récit du cas',
      prompt: 'Racontez à votre façon — nous écoutons, simplement.',
    },
    'clarifying-questions': {
      title: 'Questions de clarification',
      prompt: 'Seulement ce qui aide à se représenter la scène. Des faits, pas de « pourquoi ».',
    },
    discussion: {
      title: 'Échanges du groupe — la personne qui a exposé écoute',
      prompt: 'Comment serait-ce d’être ce patient — et ce médecin ?',
    },
    'presenter-return': {
      title: 'Reprise de parole',
      prompt: 'Bon retour parmi nous. Qu’est-ce qui vous reste ? Rien n’appelle de réponse.',
    },
    closing: {
      title: 'Clôture',
      prompt: 'Laissons le cas ici. Merci.',
    },
    'free-round': {
      title: 'Tour libre',
      prompt: 'Pas de cas aujourd’hui. Qu’est-ce qui nous occupe dans notre travail avec les patients ?',
    },
    break: {
      title: 'Pause',
      prompt: 'Une courte pause. Nous commençons le cas suivant ensemble.',
    },
    'presenter-reflection': {
      title: 'Reprise de parole',
      prompt: 'Souhaitez-vous dire quelque chose maintenant ?',
    },
    enactment: {
      title: 'Mise en jeu',
      prompt: 'Qui est dans la scène ? Laissons parler la relation, pas le diagnostic.',
    },
    'de-roling': {
      title: 'Sortir des rôles',
      prompt: 'Sortez de votre rôle et dites votre propre prénom. Qu’avez-vous ressenti dans ce rôle ?',
    },
    facets: {
      title: 'Facettes : ressentis et images',
      prompt: 'Quelle humeur, quelle image ou quelle sensation ce cas laisse-t-il en vous ?',
    },
    'privacy-check': {
      title: 'Confidentialité et règle de relève',
      prompt:
        'Êtes-vous seul·e, sans que personne ne puisse vous entendre ? Merci de ne pas enregistrer. Si la connexion du leader est coupée, le co-leader prend le relais jusqu’à son retour.',
    },
    'development-check-in': {
      title: 'Tour d’arrivée',
      prompt: 'Comment arrivons-nous aujourd’hui, en tant que médecins ? Une phrase ou deux chacun.',
    },
    'development-theme': {
      title: 'Choix du thème',
      prompt: 'De quoi, dans notre travail de médecin, aimerions-nous parler aujourd’hui ?',
    },
    'development-discussion': {
      title: 'Échange libre',
      prompt: 'Qu’est-ce que cela fait à chacun de nous ? Parlons de notre propre vécu, pas d’un patient.',
    },
    'development-closing': {
      title: 'Clôture',
      prompt: 'Qu’emportons-nous de cet échange dans notre travail ? Merci.',
    },
  },
  formatPhases: {
    'uk-classic': {
      discussion: {
        title: 'Échanges du groupe — la personne qui a exposé reste dans le cercle',
        prompt: 'Que se passe-t-il entre ce médecin et ce patient ?',
      },
    },
    online: {
      opening: {
        title: 'Tour d’arrivée',
        prompt:
          'Merci de laisser de côté tout ce qui pourrait permettre de reconnaître un patient. Ce que nous disons les uns des autres reste ici, aussi. Comment arrivez-vous aujourd’hui ? Une phrase chacun.',
      },
    },
    student: {
      'case-call': {
        prompt: 'Toute rencontre compte. Quel patient, quelle patiente vous occupe l’esprit ?',
      },
      closing: {
        prompt: 'Qu’emporterez-vous pour votre prochaine consultation ?',
      },
    },
  },
  flags: {
    'cross-examination': {
      label: 'Interrogatoire',
      soundsLike: '« Pourquoi avez-vous… ? », les questions s’accumulent sur la personne qui expose le cas',
      redirect: 'Gardons les « pourquoi » pour plus tard et commençons à imaginer.',
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
      soundsLike: '« Vous devriez… », « Avez-vous essayé… ? »',
      redirect: 'Avant de chercher des solutions : que se passe-t-il entre ce médecin et ce patient ?',
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
      developmentRedirect: 'Revenons du général à ce que nous vivons, nous.',
    },
    'personal-exploration': {
      label: 'Exploration personnelle',
      soundsLike: 'D’autres sondent l’histoire ou les ressentis d’un participant',
      redirect: 'Laissons nos propres histoires de côté et revenons à ce médecin et à ce patient.',
      developmentRedirect: 'Chacun partage seulement ce qu’il choisit de partager ; n’interrogeons pas un collègue.',
    },
    'self-disclosure': {
      label: 'Confidence personnelle',
      soundsLike: 'Un participant raconte longuement sa propre histoire',
      redirect: 'Merci. Qu’est-ce que cela pourrait nous dire de ce patient ?',
    },
    'intrusive-speculation': {
      label: 'Spéculation intrusive',
      soundsLike: 'Suppositions sur la vie privée d’un ou d’une collègue',
      redirect: 'Gardons notre curiosité pour la consultation, pas pour nous.',
      developmentRedirect: 'Parlons de notre propre vécu, sans faire de suppositions sur la vie d’un collègue.',
    },
    judgement: {
      label: 'Jugement',
      soundsLike: 'Critique ou moquerie envers un ou une collègue du groupe',
      redirect: 'Pouvons-nous rester dans la curiosité plutôt que dans le jugement ?',
    },
    'new-case': {
      label: 'Nouveau cas',
      soundsLike: '« Ça me rappelle une de mes patientes… »',
      redirect: 'Gardons ce cas pour une autre fois.',
      developmentRedirect: 'Cela ressemble à un cas pour un groupe Balint ; gardons-le pour ce moment-là.',
    },
    identifier: {
      label: 'Élément identifiant',
      soundsLike: 'Un nom, un lieu ou un détail rare qui permet d’identifier',
      redirect: 'Laissons de côté tout ce qui pourrait permettre de reconnaître quelqu’un.',
    },
    'strong-emotion': {
      label: 'Émotion forte',
      soundsLike: 'Larmes, colère',
      redirect: 'Prendre des nouvelles avec délicatesse ; le groupe peut rester avec cela.',
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
    'complaint-spiral': {
      label: 'Spirale de plaintes',
      soundsLike: 'Les plaintes sur le programme ou sur un absent s’accumulent',
      redirect: 'Passons de ce que les autres ont fait à ce que cela nous fait vivre.',
    },
  },
  informal: {
    phases: {
      presentation: { prompt: 'Raconte à ta façon — nous écoutons, simplement.' },
      'presenter-return': { prompt: 'Bon retour parmi nous. Qu’est-ce qui te reste ? Rien n’appelle de réponse.' },
      'presenter-reflection': { prompt: 'Souhaites-tu dire quelque chose maintenant ?' },
      'de-roling': { prompt: 'Sors de ton rôle et dis ton propre prénom. Qu’as-tu ressenti dans ce rôle ?' },
      facets: { prompt: 'Quelle humeur, quelle image ou quelle sensation ce cas laisse-t-il en toi ?' },
      'privacy-check': {
        prompt:
          'Es-tu seul·e, sans que personne ne puisse t’entendre ? Merci de ne pas enregistrer. Si la connexion du leader est coupée, le co-leader prend le relais jusqu’à son retour.',
      },
    },
    formatPhases: {
      online: {
        opening: {
          prompt:
            'Merci de laisser de côté tout ce qui pourrait permettre de reconnaître un patient. Ce que nous disons les uns des autres reste ici, aussi. Comment arrives-tu aujourd’hui ? Une phrase chacun.',
        },
      },
      student: {
        closing: { prompt: 'Qu’emporteras-tu pour ta prochaine consultation ?' },
      },
    },
    flags: {
      'presenter-breaks-in': { redirect: 'Tu auras la parole ensuite — pour l’instant, tu écoutes.' },
    },
  },
};
