// The reader of the "everything" page is signed in, as a host that knows its readers says so.
for (const story of document.querySelectorAll('photo-story')) {
  story.user = { id: 'bench', name: 'Bench Reader' };
  story.token = 'bench-token';
}
