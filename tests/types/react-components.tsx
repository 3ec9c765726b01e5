/*
 * The React components (`photo-story-elements/react`): typed properties and camel-case events.
 */
import { CommentThread, LoginGate, NearbyPhotos, PhotoStory } from '../../dist/react.js';

export const story = (
  <PhotoStory
    src="https://archive.example.org/api/photos/42.json"
    entry={{ title: 'Leon Trotsky’s arrival in Mexico', story: ['One.', 'Two.'] }}
    headingLevel={2}
    onPhotoStoryLoad={(event) => event.detail.entry.title}
    onPhotoStoryError={(event) => event.detail.reason}
    onNearbySelect={(event) => event.preventDefault()}
  />
);

export const lists = (
  <>
    <NearbyPhotos items={[{ title: 'Nearby' }]} layout="strip" onNearbySelect={(event) => event.detail.item.title} />
    <CommentThread comments={{ comments: [{ text: 'Seen.' }] }} onCommentPosted={(event) => event.detail.status} />
    <LoginGate loginUrl="/login" onLoginRequest={(event) => event.detail.url} />
  </>
);

// @ts-expect-error what a story shows has no reason: that is an error's
export const wrong = <PhotoStory onPhotoStoryLoad={(event) => event.detail.reason} />;
