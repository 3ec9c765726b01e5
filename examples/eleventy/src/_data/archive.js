/** The archive the stories come from: `PHOTO_STORY_ARCHIVE` (its /archive/api/ URL), else the demo server's. */
export default process.env.PHOTO_STORY_ARCHIVE ?? 'http://127.0.0.1:8000/archive/api/';
