// Español, para la sala: los términos de los grupos Balint (presentación del caso, preguntas
// aclaratorias, quien presenta escucha en silencio y retoma la palabra, reconducir al caso). Se trata
// de usted, que sirve a ambos lados del Atlántico; los títulos dicen «quien presenta», sin género.
import type { LocaleTexts } from './types';

export const es: LocaleTexts = {
  formats: {
    standard: {
      title: 'Estándar (American Balint Society)',
      description: 'Presentación, preguntas, trabajo del grupo mientras quien presenta escucha en silencio, y regreso.',
    },
    'uk-classic': {
      title: 'Clásico británico',
      description: 'Quien presenta permanece en el círculo todo el tiempo y puede participar en la conversación.',
    },
    psychodrama: {
      title: 'Psicodrama Balint',
      description: 'Tras las preguntas se representa la escena; después todos salen de sus papeles y el grupo la comenta.',
    },
    prismatic: {
      title: 'Prismático / grupo grande',
      description: 'Una sala entera aporta sus propios estados de ánimo e imágenes como facetas del caso.',
    },
    online: {
      title: 'En línea',
      description: 'Ronda de llegada, comprobación de privacidad y regla de relevo antes del caso.',
    },
    student: {
      title: 'Grupo de estudiantes',
      description: 'Un ritmo más tranquilo para estudiantes que conocen a sus primeros pacientes.',
    },
    development: {
      title: 'Desarrollo profesional',
      description: 'Una conversación sobre nosotros como médicos, con su propio encuadre: sin caso ni paciente.',
    },
  },
  phases: {
    opening: {
      title: 'Apertura y encuadre',
      prompt:
        'Por favor, dejemos fuera todo lo que pudiera identificar a un paciente. Lo que digamos unos de otros también se queda aquí.',
      details:
        'Nuestras reglas: sin consejos ni «por qué»; móviles guardados; nada de grabar; nada que pueda identificar a un paciente.',
    },
    'case-call': {
      title: '¿Quién tiene un caso?',
      prompt: '¿A quién le ronda por la cabeza un paciente?',
    },
    presentation: {
      title: 'Presentación del caso',
      prompt: 'Cuéntelo a su manera — solo vamos a escuchar.',
    },
    'clarifying-questions': {
      title: 'Preguntas aclaratorias',
      prompt: 'Solo lo que ayude a imaginar la escena. Hechos, no «por qué».',
    },
    discussion: {
      title: 'Trabajo del grupo — quien presenta escucha en silencio',
      prompt: '¿Cómo será ser este paciente — y este médico?',
    },
    'presenter-return': {
      title: 'Quien presenta retoma la palabra',
      prompt: 'De vuelta en el grupo. ¿Con qué se queda? No hace falta responder nada.',
    },
    closing: {
      title: 'Cierre',
      prompt: 'Dejemos el caso aquí. Gracias.',
    },
    'free-round': {
      title: 'Ronda libre',
      prompt: 'Hoy no hay caso. ¿Qué de nuestro trabajo con los pacientes nos ronda la cabeza?',
    },
    break: {
      title: 'Descanso',
      prompt: 'Un breve descanso. Empezamos el siguiente caso juntos.',
    },
    'presenter-reflection': {
      title: 'Quien presenta retoma la palabra',
      prompt: '¿Quiere decir algo ahora?',
    },
    enactment: {
      title: 'Dramatización',
      prompt: '¿Quién está en la escena? Que hable la relación, no el diagnóstico.',
    },
    'de-roling': {
      title: 'Salir de los papeles',
      prompt: 'Salga de su papel y diga su propio nombre. ¿Qué sintió en él?',
    },
    facets: {
      title: 'Facetas: estados de ánimo e imágenes',
      prompt: '¿Qué estado de ánimo, imagen o sensación le deja este caso?',
    },
    'privacy-check': {
      title: 'Privacidad y regla de relevo',
      prompt:
        '¿Está en un lugar privado, donde nadie pueda oírle? Por favor, no grabe. Si se corta la conexión de quien coordina, la cocoordinación toma el relevo hasta que vuelva.',
    },
    'development-check-in': {
      title: 'Ronda de llegada',
      prompt: '¿Cómo llegamos hoy como médicos? Una o dos frases por persona.',
    },
    'development-theme': {
      title: 'Elegir un tema',
      prompt: '¿De qué aspecto de nuestro trabajo como médicos queremos hablar hoy?',
    },
    'development-discussion': {
      title: 'Conversación abierta',
      prompt: '¿Cómo es esto para cada uno de nosotros? Hablemos desde nuestra propia experiencia, no de un paciente.',
    },
    'development-closing': {
      title: 'Cierre',
      prompt: '¿Qué nos llevamos de esto a nuestro trabajo? Gracias.',
    },
  },
  formatPhases: {
    'uk-classic': {
      discussion: {
        title: 'Trabajo del grupo — quien presenta sigue en el círculo',
        prompt: '¿Qué está pasando entre este médico y este paciente?',
      },
    },
    online: {
      opening: {
        title: 'Ronda de llegada',
        prompt:
          'Por favor, dejemos fuera todo lo que pudiera identificar a un paciente. Lo que digamos unos de otros también se queda aquí. ¿Cómo llega hoy? Una frase por persona.',
      },
    },
    student: {
      'case-call': {
        prompt: 'Todo encuentro cuenta. ¿A quién le ronda por la cabeza un paciente?',
      },
      closing: {
        prompt: '¿Qué se lleva para su próxima consulta?',
      },
    },
  },
  flags: {
    'cross-examination': {
      label: 'Interrogatorio',
      soundsLike: '«¿Por qué hizo…?», preguntas que se acumulan sobre quien presenta',
      redirect: 'Dejemos los «por qué» y empecemos a imaginar.',
    },
    'step-back-breach': {
      label: 'Escucha en silencio no respetada',
      soundsLike: 'Alguien se dirige a quien presenta mientras escucha',
      redirect: 'Quien presenta ahora escucha — hablemos entre nosotros.',
    },
    'presenter-breaks-in': {
      label: 'Quien presenta interviene',
      soundsLike: 'Quien presenta responde o explica mientras escucha en silencio',
      redirect: 'Luego tendrá la palabra; ahora le toca escuchar.',
    },
    rescuing: {
      label: 'Rescate',
      soundsLike: 'El grupo tranquiliza o rescata a quien presenta',
      redirect: 'Quedémonos con la dificultad en lugar de aliviarla.',
    },
    'advice-giving': {
      label: 'Consejos',
      soundsLike: '«Debería…», «¿Ha probado…?»',
      redirect: 'Antes de buscar soluciones: ¿qué está pasando entre este médico y este paciente?',
    },
    'medical-drift': {
      label: 'Deriva médica',
      soundsLike: 'Diagnóstico, fármacos, pruebas',
      redirect: 'Dejemos el lado clínico y quedémonos con la relación.',
    },
    'theory-drift': {
      label: 'Deriva teórica',
      soundsLike: 'Jerga, disertaciones, el caso general',
      redirect: 'Volvamos de lo general a este paciente y a este médico.',
      developmentRedirect: 'Volvamos de lo general a cómo lo vivimos nosotros.',
    },
    'personal-exploration': {
      label: 'Exploración personal',
      soundsLike: 'Otros indagan en la historia o los sentimientos de un participante',
      redirect: 'Dejemos de lado nuestras propias historias y volvamos a este médico y a este paciente.',
      developmentRedirect: 'Que cada uno comparta solo lo que quiera, sin indagar en un colega.',
    },
    'self-disclosure': {
      label: 'Confidencia personal',
      soundsLike: 'Un participante cuenta su propia historia con detalle',
      redirect: 'Gracias. ¿Qué podría decirnos eso sobre este paciente?',
    },
    'intrusive-speculation': {
      label: 'Especulación intrusiva',
      soundsLike: 'Suposiciones sobre la vida privada de un colega o una colega',
      redirect: 'Pongamos nuestra curiosidad en la consulta, no en nosotros.',
      developmentRedirect: 'Hablemos desde nuestra propia experiencia, sin suponer cosas sobre la vida de un colega.',
    },
    judgement: {
      label: 'Juicio',
      soundsLike: 'Críticas o burlas hacia alguien del grupo',
      redirect: '¿Podemos seguir con curiosidad en lugar de juzgar?',
    },
    'new-case': {
      label: 'Caso nuevo',
      soundsLike: '«Eso me recuerda a una paciente mía…»',
      redirect: 'Guardemos ese caso para otra ocasión.',
      developmentRedirect: 'Eso parece un caso para el grupo Balint; guardémoslo para entonces.',
    },
    identifier: {
      label: 'Dato identificativo',
      soundsLike: 'Un nombre, un lugar o un detalle poco común que identifica',
      redirect: 'Dejemos fuera todo lo que pudiera identificar a alguien.',
    },
    'strong-emotion': {
      label: 'Emoción intensa',
      soundsLike: 'Lágrimas, enfado',
      redirect: 'Interesarse con delicadeza; el grupo puede quedarse con esto.',
    },
    airtime: {
      label: 'Reparto de la palabra',
      soundsLike: 'Una voz domina',
      redirect: 'Escuchemos a alguien que todavía no haya hablado.',
    },
    time: {
      label: 'Tiempo',
      soundsLike: 'Una fase se alarga',
      redirect: 'Quedan unos minutos para esta parte.',
    },
    'safety-concern': {
      label: 'Problema de seguridad',
      soundsLike: 'Un problema de conducta o de seguridad',
    },
    'complaint-spiral': {
      label: 'Espiral de quejas',
      soundsLike: 'Se acumulan quejas sobre el programa o sobre alguien ausente',
      redirect: 'Pasemos de lo que hicieron otros a cómo lo vivimos nosotros.',
    },
  },
  informal: {
    phases: {
      presentation: { prompt: 'Cuéntalo a tu manera — solo vamos a escuchar.' },
      'presenter-return': { prompt: 'De vuelta en el grupo. ¿Con qué te quedas? No hace falta responder nada.' },
      'presenter-reflection': { prompt: '¿Quieres decir algo ahora?' },
      'de-roling': { prompt: 'Sal de tu papel y di tu propio nombre. ¿Qué sentiste en él?' },
      facets: { prompt: '¿Qué estado de ánimo, imagen o sensación te deja este caso?' },
      'privacy-check': {
        prompt:
          '¿Estás en un lugar privado, donde nadie pueda oírte? Por favor, no grabes. Si se corta la conexión de quien coordina, la cocoordinación toma el relevo hasta que vuelva.',
      },
    },
    formatPhases: {
      online: {
        opening: {
          prompt:
            'Por favor, dejemos fuera todo lo que pudiera identificar a un paciente. Lo que digamos unos de otros también se queda aquí. ¿Cómo llegas hoy? Una frase por persona.',
        },
      },
      student: {
        closing: { prompt: '¿Qué te llevas para tu próxima consulta?' },
      },
    },
    flags: {
      'presenter-breaks-in': { redirect: 'Luego tendrás la palabra; ahora te toca escuchar.' },
    },
  },
};
