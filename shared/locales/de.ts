// Deutsch, für den Raum: die Begriffe, die Balintgruppen-Leitungen kennen (Fallvorstellung,
// Verständnisfragen, Gruppengespräch, zurück in die Runde, Intervention). Die Gruppe wird gesiezt;
// Titel vermeiden Schrägstrich-Formen („Referent:in“), Prompts sprechen möglichst neutral.
import type { LocaleTexts } from './types';

export const de: LocaleTexts = {
  formats: {
    standard: {
      title: 'Standard (American Balint Society)',
      description:
        'Fallvorstellung, Verständnisfragen, Gruppengespräch, während Referent:in zuhört, dann zurück in die Runde.',
    },
    'uk-classic': {
      title: 'Klassisch (britisch)',
      description: 'Die Referentin oder der Referent bleibt die ganze Zeit in der Runde und kann sich am Gespräch beteiligen.',
    },
    psychodrama: {
      title: 'Balint-Psychodrama',
      description: 'Nach den Fragen wird die Szene gespielt; danach treten alle aus ihren Rollen, und die Gruppe bespricht sie.',
    },
    prismatic: {
      title: 'Prismatisch / Großgruppe',
      description: 'Die Teilnehmer*innen im Saal bringen eigene Stimmungen und Bilder als Facetten des Falls ein.',
    },
    online: {
      title: 'Online',
      description: 'Ankommen, Vertraulichkeits-Check und Vertretungsregel vor dem Fall.',
    },
    student: {
      title: 'Studierendengruppe',
      description: 'Ein ruhigeres Tempo für Studierende, die ihren ersten Patientinnen und Patienten begegnen.',
    },
    development: {
      title: 'Berufliche Entwicklung',
      description: 'Ein Gespräch über uns als Ärztinnen und Ärzte, mit eigenem Rahmen: kein Fall, keine Patientin, kein Patient.',
    },
  },
  phases: {
    opening: {
      title: 'Eröffnung & Rahmen',
      prompt:
        'Bitte lassen wir alles weg, woran eine Patientin oder ein Patient erkannt werden könnte. Was wir hier übereinander sagen, bleibt ebenfalls hier.',
      details:
        'Unsere Regeln: keine Ratschläge und keine Warum-Fragen; Handys beiseite; keine Aufnahmen; nichts, woran eine Patientin oder ein Patient erkannt werden könnte.',
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
      prompt: 'Nur Fragen, die helfen, sich die Szene vorzustellen. Fakten, kein „Warum“.',
    },
    discussion: {
      title: 'Gruppengespräch – Referent:in hört zu',
      prompt: 'Wie mag es sein, diese Patientin oder dieser Patient zu sein – und diese Ärztin oder dieser Arzt?',
    },
    'presenter-return': {
      title: 'Zurück in die Runde',
      prompt: 'Willkommen zurück in der Runde. Was klingt bei Ihnen nach? Nichts muss beantwortet werden.',
    },
    closing: {
      title: 'Abschluss',
      prompt: 'Wir lassen den Fall hier im Raum. Vielen Dank.',
    },
    'free-round': {
      title: 'Freie Runde',
      prompt: 'Heute kein Fall. Was aus unserer Arbeit mit Patientinnen und Patienten beschäftigt uns?',
    },
    break: {
      title: 'Pause',
      prompt: 'Eine kurze Pause. Den nächsten Fall beginnen wir gemeinsam.',
    },
    'presenter-reflection': {
      title: 'Nachklang: Referent:in',
      prompt: 'Möchten Sie jetzt noch etwas sagen?',
    },
    enactment: {
      title: 'Szenisches Spiel',
      prompt: 'Wer gehört zur Szene? Lassen wir die Beziehung sprechen, nicht die Diagnose.',
    },
    'de-roling': {
      title: 'Aus den Rollen treten',
      prompt: 'Treten Sie aus Ihrer Rolle und sagen Sie Ihren eigenen Namen. Was haben Sie in der Rolle gespürt?',
    },
    facets: {
      title: 'Facetten: Stimmungen und Bilder',
      prompt: 'Welche Stimmung, welches Bild, welche Empfindung hinterlässt dieser Fall in Ihnen?',
    },
    'privacy-check': {
      title: 'Vertraulichkeit & Vertretungsregel',
      prompt:
        'Sind Sie an einem Ort, an dem niemand mithören kann? Bitte nichts aufnehmen. Bricht die Verbindung der Leitung ab, übernimmt die Co-Leitung, bis sie zurück ist.',
    },
    'development-check-in': {
      title: 'Ankommen',
      prompt: 'Wie kommen wir heute als Ärztinnen und Ärzte an? Ein, zwei Sätze pro Person.',
    },
    'development-theme': {
      title: 'Thema finden',
      prompt: 'Worüber aus unserer Arbeit als Ärztinnen und Ärzte möchten wir heute sprechen?',
    },
    'development-discussion': {
      title: 'Offenes Gespräch',
      prompt: 'Wie ist das für jede und jeden von uns? Sprechen wir aus eigener Erfahrung, nicht über eine Patientin oder einen Patienten.',
    },
    'development-closing': {
      title: 'Abschluss',
      prompt: 'Was nehmen wir davon mit in unsere Arbeit? Vielen Dank.',
    },
  },
  formatPhases: {
    'uk-classic': {
      discussion: {
        title: 'Gruppengespräch – Referent:in bleibt in der Runde',
        prompt: 'Was geschieht in dieser Arzt-Patient-Beziehung?',
      },
    },
    online: {
      opening: {
        title: 'Ankommen',
        prompt:
          'Bitte lassen wir alles weg, woran eine Patientin oder ein Patient erkannt werden könnte. Was wir hier übereinander sagen, bleibt ebenfalls hier. Wie kommen Sie heute an? Ein Satz pro Person.',
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
      developmentRedirect: 'Kommen wir vom Allgemeinen zurück zu dem, wie es uns selbst damit geht.',
    },
    'personal-exploration': {
      label: 'Nachforschen im Persönlichen',
      soundsLike: 'Andere fragen nach der eigenen Geschichte oder den Gefühlen eines Mitglieds',
      redirect: 'Lassen wir unsere eigenen Geschichten beiseite und kommen wir zurück zu dieser Arzt-Patient-Beziehung.',
      developmentRedirect: 'Jede und jeder teilt nur, was sie oder er teilen möchte – fragen wir niemanden aus.',
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
      developmentRedirect: 'Sprechen wir aus eigener Erfahrung, statt über das Leben einer Kollegin oder eines Kollegen zu mutmaßen.',
    },
    judgement: {
      label: 'Abwertung',
      soundsLike: 'Kritik oder Spott über eine Kollegin oder einen Kollegen in der Gruppe',
      redirect: 'Können wir neugierig bleiben, statt abzuwerten?',
    },
    'new-case': {
      label: 'Neuer Fall',
      soundsLike: '„Das erinnert mich an eine Patientin von mir …“',
      redirect: 'Diesen Fall heben wir uns für ein anderes Mal auf.',
      developmentRedirect: 'Das klingt nach einem Fall für die Balintarbeit – heben wir ihn uns dafür auf.',
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
    'complaint-spiral': {
      label: 'Klagespirale',
      soundsLike: 'Klagen über das Weiterbildungsprogramm oder über Abwesende häufen sich',
      redirect: 'Wenden wir uns von dem, was andere getan haben, dem zu, wie es uns damit geht.',
    },
  },
  informal: {
    phases: {
      presentation: { prompt: 'Erzähl auf deine Weise – wir hören einfach zu.' },
      'presenter-return': {
        prompt: 'Willkommen zurück in der Runde. Was klingt bei dir nach? Nichts muss beantwortet werden.',
      },
      'presenter-reflection': { prompt: 'Möchtest du jetzt noch etwas sagen?' },
      'de-roling': { prompt: 'Tretet aus euren Rollen und sagt eure eigenen Namen. Was habt ihr in der Rolle gespürt?' },
      facets: { prompt: 'Welche Stimmung, welches Bild, welche Empfindung hinterlässt dieser Fall in dir?' },
      'privacy-check': {
        prompt:
          'Bist du an einem Ort, an dem niemand mithören kann? Bitte nichts aufnehmen. Bricht die Verbindung der Leitung ab, übernimmt die Co-Leitung, bis sie zurück ist.',
      },
    },
    formatPhases: {
      online: {
        opening: {
          prompt:
            'Bitte lassen wir alles weg, woran eine Patientin oder ein Patient erkannt werden könnte. Was wir hier übereinander sagen, bleibt ebenfalls hier. Wie kommst du heute an? Ein Satz pro Person.',
        },
      },
      student: {
        closing: { prompt: 'Was nimmst du mit zu deiner nächsten Patientin, deinem nächsten Patienten?' },
      },
    },
    flags: {
      'presenter-breaks-in': { redirect: 'Später hast du wieder das Wort – hör jetzt einfach zu.' },
    },
  },
};
