// Whether a page on another site may read a JSON URL: the question a snippet's author must ask before
// pasting it. A browser shows a script nothing of a refused cross-origin answer, so a refused `cors`
// request is followed by a `no-cors` one, which succeeds only when the server answered at all.

/**
 * @returns {Promise<{level: 'ok' | 'note' | 'warn', message: string}>}
 */
export async function corsCheck(url, page = location.href) {
  let target;
  try {
    target = new URL(url, page);
  } catch {
    return { level: 'warn', message: 'This is not a URL: enter the full address, starting with https://.' };
  }
  if (!/^https?:$/.test(target.protocol)) return { level: 'warn', message: 'The address must start with https:// or http://.' };
  const sameSite = target.origin == new URL(page).origin;
  try {
    const answer = await fetch(target, { credentials: 'omit' });
    if (!answer.ok) return { level: 'warn', message: `The server answered ${answer.status}: check the address.` };
    return sameSite
      ? { level: 'note', message: 'This JSON is on this page’s own site: a page on another site can read it only if its server sends Access-Control-Allow-Origin.' }
      : { level: 'ok', message: 'The server lets other sites read this JSON.' };
  } catch {
    try {
      await fetch(target, { mode: 'no-cors', credentials: 'omit' });
    } catch {
      return { level: 'warn', message: 'The server could not be reached: check the address, or whether it is online.' };
    }
    return {
      level: 'warn',
      message: `The server at ${target.origin} does not let other sites read this JSON (it sends no Access-Control-Allow-Origin header), so the story cannot load on your page. Ask the archive to send “Access-Control-Allow-Origin: *”, or serve the JSON from your own site.`,
    };
  }
}
