// Español, de tú: solo los textos que se dirigen a una persona y cambian con «tú». Lo que se dice
// al grupo entero (nosotros, infinitivo) está una sola vez en room.ts y base.ts y vale en los dos
// registros. La consola sigue tratando de usted a quien coordina.
import type { InformalWords } from '../informal';

export const words: InformalWords = {
  common: {
    offline: 'Sin conexión ahora mismo. Inténtalo de nuevo en un momento.',
    noAnswer: 'El servidor no responde. Puede que haya llegado de todos modos: compruébalo antes de volver a intentarlo.',
  },

  problems: {
    invalid: 'El servidor no lo ha aceptado. Revisa lo que has escrito.',
    too_large: 'Es demasiado texto de una vez. Acórtalo y vuelve a intentarlo.',
    rate_limited: 'Demasiadas peticiones a la vez. Espera un momento y vuelve a intentarlo.',
  },

  status: {
    invalidBody:
      'Puede que la sesión haya terminado y se haya borrado, o que el enlace esté mal escrito. Pide un enlace nuevo a quien coordina.',
    removedTitle: 'Has salido de esta sesión',
    removedBody: 'La coordinación te ha retirado de esta sesión. Tu nombre se ha borrado.',
    replacedBody:
      'Esta página se ha hecho a un lado para que la sesión funcione en un solo lugar. Vuelve a abrirla aquí si la quieres en esta pantalla.',
    revokedBody: 'Quien coordina ha dado un enlace nuevo. Pídeselo.',
  },

  member: {
    caseOn: 'La coordinación sabe que tienes un caso.',
    caseHint: 'Toca si tienes en mente a un paciente o una paciente. Vuelve a tocar para retirarlo.',
    pauseWait_one: 'Podrás volver a pedirla dentro de {{count}} segundo.',
    pauseWait_other: 'Podrás volver a pedirla dentro de {{count}} segundos.',
    presentingTitle: 'Hoy presentas tú el caso',
    presentingBody: 'Cuéntalo a tu manera cuando la coordinación te invite. No hace falta preparar nada.',
    listenTitle: 'Ahora te toca escuchar',
    listenBody: 'La coordinación te devolverá la palabra.',
    listenRest: 'El grupo está hablando de tu caso. Puedes escuchar en silencio.',
    turnBody: 'No hace falta responder nada. Di con qué te quedas, si quieres.',
    stepBackHint: 'Dirígete al grupo, no a quien presenta.',
    returnHint: 'Deja hablar primero a quien presenta. Sin preguntas nuevas y sin defender las propias ideas.',
    endedBody: 'Tu nombre se ha borrado.',
    youAre: 'Eres {{name}}',
  },

  certificate: {
    heading: 'Guarda tu certificado de asistencia',
    intro: 'Un certificado firmado de tu participación en esta sesión, para tu formación. Se puede obtener una vez, hasta un día después de la sesión.',
    name: 'Tu nombre en el certificado',
    nameHint: 'Tal como te conoce tu programa de formación. Solo figura en el certificado; aquí no se guarda.',
    nameMissing: 'Escribe tu nombre para el certificado.',
    ready: 'Tu certificado está listo. Guarda el archivo o haz una captura de pantalla del código.',
    code: 'Código QR de tu certificado de asistencia',
  },

  late: {
    titleTells: 'Quien presenta está contando el caso: entra en silencio',
    title: 'El grupo está trabajando: entra en silencio',
    body: 'Busca un lugar y escucha. Tu teléfono se quedará en silencio.',
  },
};
