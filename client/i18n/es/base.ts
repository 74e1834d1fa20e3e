// Español, para la sala: de usted, con las palabras del trabajo Balint de shared/locales/es.ts
// (coordinador, cocoordinación, quien presenta el caso, trabajo del grupo, aviso de la cocoordinación).
import type { BaseWords } from '../words';

export const words: BaseWords = {
  common: {
    offline: 'Sin conexión ahora mismo. Inténtelo de nuevo en un momento.',
    noAnswer:
      'El servidor no responde. Puede que haya llegado de todos modos: compruébelo antes de volver a intentarlo.',
    reconnecting: 'Reconectando…',
    offlineReconnecting: 'Sin conexión · reconectando…',
    connecting: 'Conectando…',
    cancel: 'Cancelar',
    close: 'Cerrar',
    copy: 'Copiar',
    copyLabel: 'Copiar: {{label}}',
    copied: 'Copiado',
    copyByHand: 'Este navegador no puede copiar aquí: seleccione el enlace y cópielo. Es privado: no lo proyecte.',
    loading: 'Cargando…',
    backHome: 'Volver a la página de inicio',
    timerPaused: 'En pausa',
    overTime: 'de más',
    timeLeft: 'restante',
    joinAt: 'Para unirse: {{host}}',
    joinCode: 'Código de acceso',
    qrAlt: 'Código QR para unirse: {{url}}',
    announcePhase: 'Ahora: {{title}}',
    announceNotice: 'Mensaje al grupo: {{notice}}',
    noticeLabel: 'Mensaje al grupo',
    phaseOf: 'Fase {{number}} de {{total}}',
    presenter: 'Presenta el caso: {{name}}',
    pageTitle: '{{meeting}} · Balint Live',
    pageTitleWithFlags: '({{flags}}) {{meeting}} · Balint Live',
    meetingEnded: 'La sesión ha terminado',
    openDebrief: 'Abrir la revisión',
    openDebriefHint: 'La cronología, los avisos y las peticiones de pausa, con espacio para sus notas del proceso.',
  },

  language: {
    label: 'Idioma',
  },

  problems: {
    invalid: 'El servidor no lo ha aceptado. Revise lo que ha escrito.',
    unauthorized: 'El enlace usado ya no es válido.',
    forbidden: 'Este dispositivo no puede hacer eso ahora.',
    not_found: 'Eso ya no existe.',
    conflict: 'Eso ya ha ocurrido o no es posible ahora.',
    too_large: 'Es demasiado texto de una vez. Acórtelo y vuelva a intentarlo.',
    locked: 'La sala está cerrada por ahora, o la sesión ha terminado.',
    rate_limited: 'Demasiadas peticiones a la vez. Espere un momento y vuelva a intentarlo.',
  },

  status: {
    invalidTitle: 'Este enlace ya no es válido',
    invalidBody:
      'Puede que la sesión haya terminado y se haya borrado, o que el enlace esté mal escrito. Pida un enlace nuevo a quien coordina.',
    noTokenTitle: 'Este enlace está incompleto',
    noTokenBody: 'Abra el enlace completo que recibió, o vuelva a unirse con el código.',
    removedTitle: 'Ha salido de esta sesión',
    removedBody: 'La coordinación le ha retirado de esta sesión. Su nombre se ha borrado.',
    deletedTitle: 'Esta sesión se ha borrado',
    deletedBody: 'El registro de la sesión ya no existe. Gracias por participar.',
    notFoundTitle: 'Aquí no hay nada',
    notFoundBody: 'Esta dirección no lleva a ninguna sesión.',
    loadFailed: 'No se pudo cargar esta parte de la aplicación. Compruebe la conexión y vuelva a cargar.',
    reload: 'Volver a cargar',
    replacedTitle: 'Esta sesión está abierta en otra pantalla',
    replacedBody: 'Esta página se ha hecho a un lado para que la sesión funcione en un solo lugar. Vuelva a abrirla aquí si la quiere en esta pantalla.',
    openHere: 'Abrirla aquí',
    revokedTitle: 'Este enlace ha sido sustituido',
    revokedBody: 'Quien coordina ha dado un enlace nuevo. Pídaselo.',
    updateReady: 'Hay una versión más reciente de Balint Live.',
    updateReload: 'Volver a cargar ahora',
  },

  join: {
    title: 'Unirse a la sesión',
    code: 'Código de acceso',
    name: 'Su nombre de pila o sus iniciales',
    nameHint: 'Solo para esta sesión. Se borra cuando la sesión termina.',
    kept:
      'Se guarda para la revisión de la coordinación: cómo transcurrieron las fases, qué tipos de avisos se dieron quienes coordinan, cuántas pausas se pidieron, cuántas personas participaron y, donde el grupo lo pide, los recuentos de las preguntas de cierre anónimas. Ningún nombre y nada sobre pacientes.',
    submit: 'Unirse',
    joining: 'Uniéndose…',
    nameMissing: 'Escriba un nombre de pila o unas iniciales.',
    codeMissing: 'Escriba el código de seis caracteres de la pantalla.',
    notFound: 'Ninguna sesión tiene este código. Compruebe el código en la pantalla de la sala.',
    locked:
      'La sala está cerrada por ahora, o la sesión ha terminado. Puede llamar a la puerta: la coordinación le dejará entrar en cuanto haya un momento.',
    knock: 'Llamar a la puerta',
    knocking: 'Llamando…',
    refused: 'La coordinación no ha podido dejarle entrar esta vez.',
    rateLimited: 'Demasiados intentos desde este dispositivo. Espere un minuto y vuelva a intentarlo.',
    invalid: 'Compruebe el código y el nombre, y vuelva a intentarlo.',
    offline: 'No se pudo conectar con el servidor. Compruebe su conexión.',
    failed: 'No se pudo unir. Vuelva a intentarlo.',
    alreadyJoined: 'Este teléfono ya se ha unido a esta sesión.',
    backToMeeting: 'Volver a la sesión',
    joinAgain: 'Unirse como otra persona',
  },

  joinStep: {
    continue: 'Continuar',
    checking: 'Comprobando el código…',
  },

  screenLanguage: {
    label: 'Idioma de esta pantalla',
  },
};
