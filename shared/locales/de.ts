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
    'free-round': {
      title: 'Freie Runde',
      prompt: 'Heute kein Fall. Was aus unserer Arbeit mit Patientinnen und Patienten beschäftigt uns?',
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
      soundsLike: '„Warum haben Sie …?“, Fragen prasseln auf die Referentin oder den Referenten ein',
      redirect: 'Stellen wir die Warum-Fragen zurück und beginnen wir, uns die Szene vorzustellen.',
    },
    'step-back-breach': {
      label: 'Zurücklehnen nicht gewahrt',
      soundsLike: 'Jemand spricht die Referentin oder den Referenten an, während sie oder er zuhört',
      redirect: 'Wer den Fall vorgestellt hat, hört jetzt zu – sprechen wir miteinander.',
    },
    'presenter-breaks-in': {
      label: 'Referent:in spricht dazwischen',
      soundsLike: 'Wer den Fall vorgestellt hat, antwortet oder erklärt, statt zuzuhören',
      redirect: 'Später haben Sie wieder das Wort – hören Sie jetzt einfach zu.',
    },
    rescuing: {
      label: 'Retten',
      soundsLike: 'Die Gruppe beruhigt oder rettet die Referentin oder den Referenten',
      redirect: 'Bleiben wir bei der Schwierigkeit, statt sie besser zu machen.',
    },
    'advice-giving': {
      label: 'Ratschläge',
      soundsLike: '„Sie sollten …“, „Haben Sie schon … versucht?“',
      redirect: 'Bevor wir nach Lösungen suchen: Was geschieht in dieser Arzt-Patient-Beziehung?',
    },
    'medical-drift': {
      label: 'Abdriften ins Medizinische',
      soundsLike: 'Diagnose, Medikamente, Untersuchungen',
      redirect: 'Lassen wir das Medizinische beiseite und bleiben wir bei der Beziehung.',
    },
    'theory-drift': {
      label: 'Abdriften in die Theorie',
      soundsLike: 'Fachjargon, Vorträge, der allgemeine Fall',
      redirect: 'Kommen wir vom Allgemeinen zurück zu dieser Patientin, diesem Patienten und dieser Ärztin, diesem Arzt.',
    },
    'personal-exploration': {
      label: 'Nachforschen im Persönlichen',
      soundsLike: 'Andere fragen nach der eigenen Geschichte oder den Gefühlen eines Mitglieds',
      redirect: 'Lassen wir unsere eigenen Geschichten beiseite und kommen wir zurück zu dieser Arzt-Patient-Beziehung.',
    },
    'self-disclosure': {
      label: 'Selbstoffenbarung',
      soundsLike: 'Ein Mitglied erzählt ausführlich aus der eigenen Geschichte',
      redirect: 'Danke. Was könnte uns das über diese Patientin oder diesen Patienten sagen?',
    },
    'intrusive-speculation': {
      label: 'Übergriffige Spekulation',
      soundsLike: 'Vermutungen über das Privatleben einer Kollegin oder eines Kollegen',
      redirect: 'Richten wir unsere Neugier auf die Sprechstunde, nicht aufeinander.',
    },
    judgement: {
      label: 'Abwertung',
      soundsLike: 'Kritik oder Spott über die Referentin, den Referenten oder ein Mitglied',
      redirect: 'Können wir neugierig bleiben, statt abzuwerten?',
    },
    'new-case': {
      label: 'Neuer Fall',
      soundsLike: '„Das erinnert mich an eine Patientin von mir …“',
      redirect: 'Diesen Fall heben wir uns für ein anderes Mal auf.',
    },
    identifier: {
      label: 'Erkennbares Detail',
      soundsLike: 'Ein Name, ein Ort oder ein seltenes Detail, das jemanden erkennbar macht',
      redirect: 'Bitte lassen wir alles weg, woran jemand erkannt werden könnte.',
    },
    'strong-emotion': {
      label: 'Starke Gefühle',
      soundsLike: 'Tränen, Wut',
      redirect: 'Behutsam nachfragen; die Gruppe kann das aushalten.',
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
