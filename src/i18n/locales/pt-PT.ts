import type { Locale } from './locale.js';

/** Portuguese as in Portugal: only what differs from Brazilian Portuguese (plurals: one, many, other; 0 takes `other`). */
export const strings: Partial<Locale> = {
  loading: 'A carregar a história da foto',
  network: 'Não foi possível aceder ao arquivo.',
  timeout: 'O arquivo demorou demasiado tempo a responder.',
  mustLogIn: 'Tem de iniciar sessão para comentar as fotos.',
  logIn: 'Iniciar sessão',
  newWindow: 'Abre numa nova janela',
  pending: 'A aguardar moderação',
  sending: 'A enviar…',
  notShown: { one: '{count} comentário anterior não mostrado', many: '{count} de comentários anteriores não mostrados', other: '{count} comentários anteriores não mostrados' },
  label: 'O seu comentário',
  signedInAs: 'Sessão iniciada como {name}.',
  logOut: 'Terminar sessão',
  replyingTo: 'A responder a {name}.',
  replyingToEarlier: 'A responder a um comentário anterior.',
  left: { one: '{count} carácter restante', other: '{count} caracteres restantes' },
  over: { one: '{count} carácter a mais', other: '{count} caracteres a mais' },
  sendingComment: 'A enviar o seu comentário…',
  posted: 'O seu comentário foi publicado.',
  held: 'O seu comentário foi enviado e aguarda moderação.',
  signInAgain: 'A sua sessão expirou: inicie sessão novamente para publicar.',
};
