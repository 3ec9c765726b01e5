/** The seed page's entry in the native format, with every field. */
export const seedEntry = {
  id: 'leon-trotsky-arrival-mexico',
  url: 'https://archive.example.org/photos/leon-trotsky-arrival-mexico',
  title: "Leon Trotsky's arrival in Mexico",
  date: '1939',
  headline: 'Why is Stalin in the Kremlin and I in exile?',
  story: [
    'In September 1939, the American newspaper New York Herald Tribune published an interview with Leon Trotsky.',
    '“Stalin made a pact with Germany because he is afraid of both Hitler and an uprising within the Red Army,” Trotsky said.',
  ],
  image: {
    src: 'img/trotsky.jpg',
    alt: 'Trotsky and Sedova step down from a train, greeted by a crowd',
    width: 1200,
    height: 800,
    caption: 'Leon Trotsky and Natalya Sedova arrive in Mexico, January 1937.',
  },
  creator: 'Unknown photographer',
  contributor: { name: 'OldPik', url: 'https://archive.example.org/users/oldpik' },
  published: '2025-01-06',
  credit: 'Courtesy of the Old Photos archive',
  rights: { label: 'Public domain', url: 'https://creativecommons.org/publicdomain/mark/1.0/' },
  series: { name: 'Old Photos', url: 'https://archive.example.org/series/old-photos' },
  previous: {
    title: 'Heavy and Slow, Uncle Joe',
    url: 'https://archive.example.org/photos/heavy-and-slow',
    src: 'heavy-and-slow.json',
  },
  next: { title: 'Frida Kahlo in a Men’s Suit', url: 'https://archive.example.org/photos/frida-suit' },
  location: { lat: 19.4326, lon: -99.1332, name: 'Mexico City' },
};

export interface EchoOptions {
  status?: number;
  delay?: number;
  type?: string;
  retryAfter?: string;
  failTimes?: number;
  key?: string;
}

let keys = 0;

/** A URL of the test server that answers `body` (see tests/support/test-server.mjs). */
export function echo(body: unknown, options: EchoOptions = {}): string {
  const params = new URLSearchParams({
    body: typeof body == 'string' ? body : JSON.stringify(body),
    key: options.key ?? `k${Date.now()}-${keys++}`,
  });
  for (const [name, value] of Object.entries(options)) if (name != 'key') params.set(name, String(value));
  return new URL(`/api/echo?${params}`, location.href).href;
}

/** How many requests the test server saw for an echo URL's key. */
export async function requestCount(url: string): Promise<number> {
  const key = new URL(url).searchParams.get('key');
  const response = await fetch(`/api/count?key=${key}`);
  return (await response.json()).count;
}

/**
 * A fetcher that answers `body` as JSON after `delay` ms, honouring the abort signal, counting calls
 * and keeping each call's answer (`answers`, settled once answered or aborted).
 */
export function stubFetch(body: unknown | ((url: string) => unknown), delay = 0) {
  const calls: string[] = [];
  const answers: Promise<unknown>[] = [];
  const fetcher = (url: string, init: RequestInit) => {
    const answer = new Promise<Response>((resolve, reject) => {
      calls.push(url);
      const timer = setTimeout(() => {
        const data = typeof body == 'function' ? (body as (url: string) => unknown)(url) : body;
        resolve(new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } }));
      }, delay);
      init.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(init.signal!.reason)));
    });
    answers.push(answer.catch(() => {}));
    return answer;
  };
  return Object.assign(fetcher, { calls, answers });
}
