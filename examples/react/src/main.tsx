import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { EntryJson } from 'photo-story-elements';
import { PhotoStory } from 'photo-story-elements/react';

/** The archive: `?archive=<its /archive/api/ URL>` (the demo server's), else this page's own. */
const archive = new URLSearchParams(location.search).get('archive') ?? `${location.origin}/archive/api/`;

/** An entry the app already has, in the JSON format: typed, and shown without a request. */
const local: EntryJson = {
  title: 'A record the app already has',
  story: 'Written by the app itself.\n\nTwo paragraphs.',
  contributor: { name: 'The app' },
};

function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  // `src` is React's state: a picked nearby photo becomes the story by setting it (a story's own swap
  // would be undone by the next render, which sets `src` again).
  const [src, setSrc] = useState(`${archive}photos/leon-trotsky-arrival-mexico.json`);
  return (
    <main>
      <h1>React</h1>
      {/* The React component: typed props and camel-case events; a picked nearby photo becomes the story. */}
      <PhotoStory
        id="component"
        src={src}
        onPhotoStoryLoad={(event) => note(`loaded: ${event.detail.entry.title}`)}
        onPhotoStoryError={(event) => note(`error: ${event.detail.reason}`)}
        onNearbySelect={(event) => {
          const { item } = event.detail;
          if (!item.src) return;
          event.preventDefault();
          note(`picked: ${item.title}`);
          setSrc(item.src);
        }}
      />
      {/* The plain tag, typed by photo-story-elements/jsx. */}
      <photo-story id="tag" heading-level="2" entry={local} onphoto-story-load={(event) => note(`tag loaded: ${event.detail.entry.title}`)} />
      <output id="log">{log.join('\n')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
