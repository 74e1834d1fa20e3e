// Deutsch, für den Raum: die Begriffe, die Balintgruppen-Leitungen kennen (Fallvorstellung,
// Verständnisfragen, Rückzug und Rückkehr des Fallgebers/der Fallgeberin, Blitzlicht). Die Gruppe
// wird gesiezt; Titel nennen Fallgeber/Fallgeberin, Prompts sprechen möglichst neutral.
import type { LocaleTexts } from './types';

export const de: LocaleTexts = {
  formats: {
    standard: {
      title: 'Standard (American Balint Society)',
      description:
        'Fallvorstellung, Verständnisfragen, Gruppenarbeit mit Rückzug des Fallgebers/der Fallgeberin, Rückkehr.',
    },
    'uk-classic': {
      title: 'Klassisch (britisch)',
      description: 'Der Fallgeber/die Fallgeberin bleibt die ganze Zeit im Kreis und kann mitdiskutieren.',
    },
    psychodrama: {
      title: 'Balint-Psychodrama',
      description: 'Nach den Fragen wird die Szene gespielt und anschließend besprochen.',
    },
    prismatic: {
      title: 'Prismatisch / Großgruppe',
      description: 'Die Teilnehmenden im Saal bringen eigene Stimmungen und Bilder als Facetten des Falls ein.',
    },
    online: {
      title: 'Online',
      description: 'Blitzlicht zum Ankommen, Vertraulichkeits-Check und Vertretungsregel vor dem Fall.',
    },
    student: {
      title: 'Studierendengruppe',
      description: 'Ein ruhigeres Tempo für Studierende, die ihren ersten Patientinnen und Patienten begegnen.',
    },
  },
  phases: {
    opening: {
      title: 'Eröffnung & Rahmen',
      prompt: 'Was hier gesagt wird, bleibt hier. Patientinnen und Patienten bleiben unkenntlich.',
    },
    'case-call': {
      title: 'Wer hat einen Fall?',
      prompt: 'Wem geht gerade eine Patientin oder ein Patient nach?',
    },
    presentation: {
      title: 'Fallvorstellung',
      prompt: 'Erzählen Sie auf Ihre Weise – wir hören einfach zu.',
    },
    'clarifying-questions': {
      title: 'Verständnisfragen',
      prompt: 'Nur, was hilft, sich die Szene vorzustellen. Fakten, kein „Warum“.',
    },
    discussion: {
      title: 'Gruppenarbeit – der Fallgeber/die Fallgeberin zieht sich zurück',
      prompt: 'Wie mag es sein, diese Patientin oder dieser Patient zu sein – und diese Ärztin oder dieser Arzt?',
    },
    'presenter-return': {
      title: 'Rückkehr des Fallgebers/der Fallgeberin',
      prompt: 'Was klingt bei Ihnen nach? Nichts muss beantwortet werden.',
    },
    closing: {
      title: 'Abschluss',
      prompt: 'Wir lassen den Fall jetzt hier. Vielen Dank.',
    },
    'presenter-reflection': {
      title: 'Reflexion des Fallgebers/der Fallgeberin',
      prompt: 'Was hat die Gruppe Ihnen eröffnet?',
    },
    enactment: {
      title: 'Szenisches Spiel',
      prompt: 'Wer gehört zur Szene? Lassen wir die Beziehung sprechen, nicht die Diagnose.',
    },
    facets: {
      title: 'Facetten: Stimmungen und Bilder',
      prompt: 'Welche Stimmung, welches Bild, welche Empfindung hinterlässt dieser Fall in Ihnen?',
    },
    'privacy-check': {
      title: 'Vertraulichkeit & Vertretungsregel',
      prompt:
        'Sind Sie allein, und hört niemand mit? Fällt die Leitung aus, leitet die Co-Leitung, bis sie zurück ist.',
    },
  },
  formatPhases: {
    'uk-classic': {
      discussion: {
        title: 'Gruppenarbeit – der Fallgeber/die Fallgeberin bleibt im Kreis',
        prompt: 'Was geschieht in dieser Arzt-Patient-Beziehung?',
      },
    },
    online: {
      opening: {
        title: 'Ankommen – Blitzlicht',
        prompt: 'Wie kommen Sie heute an? Ein Satz pro Person.',
      },
    },
    student: {
      'case-call': {
        prompt: 'Jede Begegnung zählt. Wem geht gerade eine Patientin oder ein Patient nach?',
      },
      closing: {
        prompt: 'Was nehmen Sie mit zu Ihrer nächsten Patientin, Ihrem nächsten Patienten?',
      },
    },
  },
  flags: {
    'cross-examination': {
      label: 'Kreuzverhör',
      soundsLike: '„Warum haben Sie …?“, Fragen prasseln auf den Fallgeber/die Fallgeberin ein',
      redirect: 'Lassen wir das Fragen – und machen wir uns selbst Gedanken darüber.',
    },
    'step-back-breach': {
      label: 'Rückzug nicht gewahrt',
      soundsLike: 'Jemand spricht den Fallgeber/die Fallgeberin an, obwohl er/sie gerade zuhört',
      redirect: 'Wer den Fall eingebracht hat, hört jetzt nur zu – wir kommen später darauf zurück.',
    },
    'advice-giving': {
      label: 'Ratschläge',
      soundsLike: '„Sie sollten …“, „Haben Sie schon … versucht?“',
      redirect: 'Bevor wir etwas lösen: Was geschieht zwischen diesen beiden?',
    },
    'medical-drift': {
      label: 'Abdriften ins Medizinische',
      soundsLike: 'Diagnose, Medikamente, Untersuchungen',
      redirect: 'Lassen wir das Medizinische beiseite und bleiben wir bei der Beziehung.',
    },
    'theory-drift': {
      label: 'Abdriften in die Theorie',
      soundsLike: 'Fachjargon, Vorträge, der allgemeine Fall',
      redirect: 'Zurück vom Allgemeinen zu dieser einen Arzt-Patient-Beziehung.',
    },
    'personal-exploration': {
      label: 'Abgleiten in Selbsterfahrung',
      soundsLike: 'Eigene Geschichte oder Gefühle eines Gruppenmitglieds werden erforscht',
      redirect: 'Danke. Was könnte uns das über diese Patientin oder diesen Patienten sagen?',
    },
    'intrusive-speculation': {
      label: 'Übergriffige Spekulation',
      soundsLike: 'Vermutungen über das Privatleben einer Kollegin oder eines Kollegen',
      redirect: 'Seien wir neugierig auf die Sprechstunde, nicht aufeinander.',
    },
    judgement: {
      label: 'Bewertung',
      soundsLike: 'Kritik oder Spott über den Fallgeber/die Fallgeberin oder die Patientin/den Patienten',
      redirect: 'Können wir neugierig bleiben, statt zu bewerten?',
    },
    'new-case': {
      label: 'Neuer Fall',
      soundsLike: '„Das erinnert mich an eine Patientin von mir …“',
      redirect: 'Den heben wir uns für ein anderes Mal auf.',
    },
    identifier: {
      label: 'Erkennbares Detail',
      soundsLike: 'Ein Name, ein Ort oder ein seltenes Detail, das jemanden erkennbar macht',
      redirect: 'Bleiben wir bei allgemeinen Angaben, damit niemand erkannt werden kann.',
    },
    'strong-emotion': {
      label: 'Starke Gefühle',
      soundsLike: 'Tränen, Wut',
      redirect: 'Halten wir kurz inne. Es darf sich schwer anfühlen.',
    },
    airtime: {
      label: 'Redeanteile',
      soundsLike: 'Eine Stimme dominiert',
      redirect: 'Lassen wir jetzt auch die zu Wort kommen, die noch nichts gesagt haben.',
    },
    time: {
      label: 'Zeit',
      soundsLike: 'Eine Phase überzieht',
      redirect: 'Für diesen Teil bleiben noch ein paar Minuten.',
    },
    'safety-concern': {
      label: 'Sicherheitsbedenken',
      soundsLike: 'Ein Verhaltens- oder Sicherheitsproblem',
    },
  },
};
