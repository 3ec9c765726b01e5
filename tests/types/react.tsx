/*
 * The tags in React 19 JSX, typed from the manifest (`photo-story-elements/jsx`): properties,
 * attributes and `on<event-name>` handlers, each event with its class.
 */
import type {} from '../../dist/jsx.js';

export const story = (
  <photo-story
    src="https://archive.example.org/api/photos/42.json"
    heading-level="3"
    theme="dark"
    hide="nearby"
    entry={{ title: 'Leon Trotsky’s arrival in Mexico', story: 'One paragraph.' }}
    onphoto-story-load={(event) => event.detail.entry.title}
    onphoto-story-error={(event) => event.detail.reason}
    onnearby-select={(event) => event.preventDefault()}
  >
    <a href="https://archive.example.org/photos/42">Leon Trotsky’s arrival in Mexico</a>
  </photo-story>
);

export const thread = <comment-thread comments={[{ text: 'Seen.' }]} limit={10} oncomment-posted={(event) => event.detail.status} />;

// @ts-expect-error a theme is light, dark or auto
export const wrongTheme = <photo-story theme="blue" />;

// @ts-expect-error what a story shows has no reason: that is an error's
export const wrongDetail = <photo-story onphoto-story-load={(event) => event.detail.reason} />;
