/** A blank page holding `markup` and nothing else, as an author's page would after pasting it. */
export async function blankPage(markup: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${markup}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

/** The URL of the drop-in bundle, as a page would include it. */
export const EMBED = new URL('/dist/embed.js', location.href).href;
