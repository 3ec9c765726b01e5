/** Entries in the native format for the stories; photos come from .storybook/assets. */
const photo = new URL('/assets/landscape.svg', location.href).href;
const portrait = new URL('/assets/portrait.svg', location.href).href;

export const seed = {
  id: 'leon-trotsky-arrival-mexico',
  url: 'https://archive.example.org/photos/leon-trotsky-arrival-mexico',
  title: "Leon Trotsky's arrival in Mexico",
  date: '1939',
  headline: 'Why is Stalin in the Kremlin and I in exile?',
  story: [
    'In September 1939, the American newspaper New York Herald Tribune published an interview with Leon Trotsky, a deported Soviet politician who was living in Mexico City at the time and was considered Stalin’s main enemy.',
    '“Stalin made a pact with Germany because he is afraid of both Hitler and an uprising within the Red Army,” Trotsky said.',
    'In the photo, Leon Trotsky and his second wife Natalya Sedova arrive in Mexico, January 1937. One of Trotsky’s greeters is the Mexican artist Frida Kahlo, who is in the photo.',
  ],
  image: {
    src: photo,
    alt: 'Trotsky and Sedova step down from a train, greeted by a small crowd',
    width: 1200,
    height: 800,
    caption: 'Leon Trotsky and Natalya Sedova arrive in Mexico, January 1937.',
  },
  creator: 'Unknown photographer',
  contributor: { name: 'OldPik', url: 'https://archive.example.org/users/oldpik' },
  published: '2025-01-06',
  rights: { label: 'Public domain', url: 'https://creativecommons.org/publicdomain/mark/1.0/' },
  series: { name: 'Old Photos', url: 'https://archive.example.org/series/old-photos' },
  previous: { title: 'Heavy and Slow, Uncle Joe', url: 'https://archive.example.org/photos/heavy-and-slow' },
  location: { lat: 19.4326, lon: -99.1332, name: 'Mexico City' },
};

export const portraitEntry = {
  title: 'Frida Kahlo in a Men’s Suit',
  date: '1926',
  story: 'A family portrait in which the young painter chose to pose in a man’s three-piece suit.',
  image: { src: portrait, alt: 'A young woman in a dark suit stands among her family', width: 800, height: 1100 },
  contributor: { name: 'OldPik' },
  published: '2025-01-09',
};

export const minimal = { story: 'A record with only a story: no title, no photo, no credit.' };

export const hostile = {
  title: '<img src=x onerror="alert(1)">Shown as text',
  story: ['<script>alert(2)</script><p>Markup in the story is <b>only text</b> &amp; entities are decoded.</p>'],
  url: 'javascript:alert(3)',
  contributor: { name: '<b>Mallory</b>', url: 'javascript:alert(4)' },
};
